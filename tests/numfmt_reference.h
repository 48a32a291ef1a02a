/* numfmt_reference: the first, slow, obviously right format_double (try
 * each precision until the text reads back), kept as the oracle of the
 * tests and the baseline of the benchmark. Include in one file only. */
#ifndef SLOPE_NUMFMT_REFERENCE_H
#define SLOPE_NUMFMT_REFERENCE_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"

/* ---- The reference: the first, slow, obviously right implementation ----
 *
 * printf rounds correctly, so the first precision whose text reads back is
 * the shortest, and of the shortest candidates the nearest one. Leaves the
 * digits (no point, no sign) in digits and returns the decimal exponent of
 * the first digit. The search starts at first_precision: 0, unless the
 * caller knows that no smaller precision reads back. */
static int reference_digits(double v, int first_precision, char *digits, size_t cap)
{
	char sci[40];
	for (int precision = first_precision; precision <= 16; precision++) {
		snprintf(sci, sizeof sci, "%.*e", precision, v);
		if (strtod(sci, NULL) == v)
			break;
	}
	/* sci is "d.ddde+XX" (or "de+XX"); v is positive here. */
	size_t n = 0;
	const char *p = sci;
	for (; *p != 'e'; p++)
		if (*p != '.' && n + 1 < cap)
			digits[n++] = *p;
	while (n > 1 && digits[n - 1] == '0')
		n--;
	digits[n] = '\0';
	return atoi(p + 1);
}

static void reference_exponent_form(char *out, const char *digits,
                                    int exponent)
{
	size_t n = strlen(out);
	out[n++] = digits[0];
	if (digits[1] != '\0') {
		out[n++] = '.';
		for (const char *d = digits + 1; *d; d++)
			out[n++] = *d;
	}
	snprintf(out + n, NUMFMT_MAX - n, "e%c%02d", exponent < 0 ? '-' : '+',
	         abs(exponent));
}

static void reference_fixed_form(char *out, const char *digits, int exponent)
{
	size_t n = strlen(out);
	int ndigits = (int)strlen(digits);
	if (exponent < 0) {
		out[n++] = '0';
		out[n++] = '.';
		for (int i = -1; i > exponent; i--)
			out[n++] = '0';
		for (int i = 0; i < ndigits; i++)
			out[n++] = digits[i];
	} else {
		for (int i = 0; i <= exponent || i < ndigits; i++) {
			if (i == exponent + 1)
				out[n++] = '.';
			out[n++] = i < ndigits ? digits[i] : '0';
		}
	}
	out[n] = '\0';
}

/* v as the reference prints it; first_precision as for reference_digits. */
static char *reference_format_from(char *buf, double v, int first_precision)
{
	if (isnan(v)) {
		strcpy(buf, "nan");
		return buf;
	}
	if (isinf(v)) {
		strcpy(buf, v < 0 ? "-inf" : "inf");
		return buf;
	}
	buf[0] = '\0';
	if (signbit(v))
		strcpy(buf, "-");
	v = fabs(v);
	if (v == 0) {
		strcat(buf, "0");
		return buf;
	}
	char digits[24];
	int exponent = reference_digits(v, first_precision, digits, sizeof digits);
	if (exponent < -4 || exponent >= 16)
		reference_exponent_form(buf, digits, exponent);
	else
		reference_fixed_form(buf, digits, exponent);
	return buf;
}

static char *reference_format(char *buf, double v)
{
	return reference_format_from(buf, v, 0);
}

#endif
