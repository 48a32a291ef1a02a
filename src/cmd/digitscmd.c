/* digitscmd: slope diff --digits, the rounding error of the numerical
 * derivative as text: f(a+h) and f(a-h) with every digit, one above the
 * other, the digits the subtraction cancels marked; with --scan a row per
 * h. */
#include "digitscmd.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "digits.h"
#include "i18n.h"
#include "numfmt.h"
#include "text.h"

/* The labels' width: the values start in one column. */
#define LABEL_COLUMNS 18

static void labelled(FILE *out, const char *label, const char *value)
{
	char padded[128];
	int len = (int)strlen(value);
	while (len > 0 && value[len - 1] == ' ')
		len--; /* no padding at the end of a line */
	fprintf(out, "%s%.*s\n", text_pad(padded, sizeof padded, label, LABEL_COLUMNS), len, value);
}

/* "4.5", or "17" when every digit is gone. */
static const char *digit_count(char *buf, size_t len, double v)
{
	if (isnan(v))
		snprintf(buf, len, "%s", _("undefined"));
	else if (v == floor(v))
		snprintf(buf, len, "%.0f", v);
	else
		snprintf(buf, len, "%.1f", v);
	return buf;
}

/* The truncation error with two digits, 0 as 0. */
static const char *error_text(char *buf, size_t len, double v)
{
	if (isnan(v))
		snprintf(buf, len, "%s", _("undefined"));
	else if (v == 0)
		snprintf(buf, len, "0");
	else
		snprintf(buf, len, "%.1e", v);
	return buf;
}

static void print_one(FILE *out, const struct config *cfg, const struct objective *f)
{
	struct digits d;
	digits_of(&d, f, cfg->method, cfg->at, cfg->h);
	bool forward = cfg->method == DIFF_FORWARD;
	char a[NUMFMT_MAX], h[NUMFMT_MAX], slope[NUMFMT_MAX], lost[32], kept[32], trunc[32];
	fprintf(out, "f(x)              %s\n", expr_text(cfg->curve));
	fprintf(out, "a                 %s\n", format_double(a, cfg->at));
	fprintf(out, "h                 %s\n", format_double(h, cfg->h));
	labelled(out, "f(a+h)", d.above_text);
	labelled(out, forward ? "f(a)" : "f(a-h)", d.below_text);
	/* TRANSLATORS: the label of a line of ^ marks under the digits two
	 * numbers share; at most 17 columns */
	labelled(out, _("shared digits"), d.marks);
	labelled(out, forward ? "f(a+h) - f(a)" : "f(a+h) - f(a-h)", d.difference_text);
	digit_count(lost, sizeof lost, d.lost);
	digit_count(kept, sizeof kept, d.kept);
	if (isnan(d.lost))
		fputs(forward ? _("digits lost       undefined: f is not finite at a or a+h\n")
		              : _("digits lost       undefined: f is not finite at a-h or a+h\n"), out);
	else
		fprintf(out, forward ? _("digits lost       %s of 17, about log10(|f(a+h)| / |f(a+h) - f(a)|)\n")
	                     : _("digits lost       %s of 17, about log10(|f(a+h)| / |f(a+h) - f(a-h)|)\n"),
	        lost);
	if (!isnan(d.kept))
		fprintf(out, _("digits kept       %s: what the difference, and so the derivative, has left\n"), kept);
	fprintf(out, forward ? _("numerical f'(a)   %s   (f(a+h) - f(a)) / h\n")
	                     : _("numerical f'(a)   %s   (f(a+h) - f(a-h)) / (2*h)\n"),
	        format_double(slope, d.slope));
	fprintf(out, forward ? _("truncation error  %s   about |f''(a)|*h/2: what a large h costs instead\n")
	                     : _("truncation error  %s   about |f'''(a)|*h**2/6: what a large h costs instead\n"),
	        error_text(trunc, sizeof trunc, d.truncation));
}

/* A row per h, as diff --scan's: 1e-1 to 1e-16 and the book's 1e-50. */
static void print_scan(FILE *out, const struct config *cfg, const struct objective *f)
{
	char a[NUMFMT_MAX];
	fprintf(out, "f(x)  %s\n", expr_text(cfg->curve));
	fprintf(out, "a     %s\n", format_double(a, cfg->at));
	/* TRANSLATORS: the header of diff --digits --scan; the columns below
	 * are as wide as the English words (h, f(a+h), shared, lost, kept, ...) */
	fputs(cfg->method == DIFF_FORWARD
	              ? _("h      f(a+h), | after the digits f(a) shares  shared  lost  kept  numerical f'(a)         truncation\n")
	              : _("h      f(a+h), | after the digits f(a-h) shares  shared  lost  kept  numerical f'(a)         truncation\n"),
	      out);
	int first_width = cfg->method == DIFF_FORWARD ? 38 : 40;
	for (int k = 1; k <= 17; k++) {
		char text[16], marked[DIGITS_TEXT_MAX + 8], lost[32], kept[32], slope[NUMFMT_MAX],
		        trunc[32], column[DIGITS_TEXT_MAX + 8];
		snprintf(text, sizeof text, "1e-%d", k <= 16 ? k : 50);
		struct digits d;
		digits_of(&d, f, cfg->method, cfg->at, strtod(text, NULL));
		digits_marked(marked, sizeof marked, &d);
		fprintf(out, "%-6s %s  %-6d  %-4s  %-4s  %-22s  %s\n", text,
		        text_pad(column, sizeof column, marked, first_width), d.shared,
		        digit_count(lost, sizeof lost, d.lost), digit_count(kept, sizeof kept, d.kept),
		        format_double(slope, d.slope), error_text(trunc, sizeof trunc, d.truncation));
	}
}

int command_digits(FILE *out, const struct config *cfg)
{
	struct objective f = objective_of_expr(cfg->curve);
	if (cfg->scan)
		print_scan(out, cfg, &f);
	else
		print_one(out, cfg, &f);
	return 0;
}
