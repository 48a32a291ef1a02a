/* numparse: reading numbers that people type. strtod reads the C locale's
 * numbers because main sets only LC_CTYPE. */
#include "numparse.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

bool parse_number(const char *text, double *out)
{
	char *end;
	if (*text == '\0' || strchr(" \t\n", *text))
		return false;
	errno = 0;
	double v = strtod(text, &end);
	if (*end != '\0' || !isfinite(v))
		return false;
	*out = v;
	return true;
}

/* The number in text[from, to): 0, or a column with a reason. */
static int number_between(const char *text, size_t from, size_t to, double *out,
                          char *err, size_t errlen)
{
	char part[128];
	size_t n = to - from;
	if (n == 0) {
		snprintf(err, errlen, _("a number is missing at column %zu"), from + 1);
		return (int)from + 1;
	}
	if (n < sizeof part) {
		memcpy(part, text + from, n);
		part[n] = '\0';
		if (parse_number(part, out))
			return 0;
	}
	snprintf(err, errlen, _("'%.*s' at column %zu is not a finite number"), (int)(n > 40 ? 40 : n),
	         text + from, from + 1);
	return (int)from + 1;
}

int parse_two_numbers_at(const char *text, char sep, double out[2], char *err,
                         size_t errlen)
{
	const char *mid = strchr(text, sep);
	size_t len = strlen(text);
	if (mid == NULL) {
		/* TRANSLATORS: %c is the separator, ',' or ':', twice */
		snprintf(err, errlen, _("two numbers separated by '%c' are expected (such as 3%c4)"), sep, sep);
		return (int)len + 1;
	}
	const char *again = strchr(mid + 1, sep);
	if (again != NULL) {
		snprintf(err, errlen, _("a second '%c' at column %zu: two numbers only"), sep,
		         (size_t)(again - text) + 1);
		return (int)(again - text) + 1;
	}
	size_t at = (size_t)(mid - text);
	int col = number_between(text, 0, at, &out[0], err, errlen);
	return col ? col : number_between(text, at + 1, len, &out[1], err, errlen);
}

bool parse_two_numbers(const char *text, char sep, double out[2])
{
	char err[160];
	return parse_two_numbers_at(text, sep, out, err, sizeof err) == 0;
}

int parse_count_at(const char *text, long max, long *out, char *err, size_t errlen)
{
	long n = 0;
	size_t i = 0;
	for (; text[i]; i++) {
		if (text[i] < '0' || text[i] > '9') {
			snprintf(err, errlen, _("'%c' at column %zu is not a digit: a whole number from 0 to %ld"),
			         text[i], i + 1, max);
			return (int)i + 1;
		}
		n = n * 10 + (text[i] - '0');
		if (n > max) {
			snprintf(err, errlen, _("more than %ld at column %zu: a whole number from 0 to %ld"),
			         max, i + 1, max);
			return (int)i + 1;
		}
	}
	if (i == 0) {
		snprintf(err, errlen, _("a whole number from 0 to %ld is expected"), max);
		return 1;
	}
	*out = n;
	return 0;
}
