/* digits: f(a+h) and f(a-h) digit by digit. A double has 17 significant
 * decimal digits (what "%.16e" prints); written one above the other with
 * their points in one column, the leading digits on which they agree are
 * visibly the ones the subtraction cancels: the difference starts at the
 * first place where they disagree, and what is left of the 17 is all the
 * derivative can know. */
#include "digits.h"

#include "numfmt.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A finite double as its 17 significant digits: the digit of place e (its
 * value times 10^e) first. Zero has no leading place: it gets the place of
 * the number it is shown with. */
struct decimal {
	char digit[DIGITS_SIGNIFICANT];
	int e;
	bool negative, zero;
};

static struct decimal decimal_of(double v)
{
	struct decimal d = { .zero = v == 0 };
	char text[40];
	snprintf(text, sizeof text, "%.16e", v);
	const char *p = text;
	d.negative = *p == '-';
	if (d.negative)
		p++;
	for (int i = 0; i < DIGITS_SIGNIFICANT; i++, p++) {
		if (*p == '.')
			p++;
		d.digit[i] = *p;
	}
	d.e = d.zero ? INT_MIN : atoi(p + 1);
	return d;
}

/* The character of place p (10^p) shown as place shown (its place on the
 * line, 0 the one before the point): a digit of d's 17, a 0 between them
 * and the point, else a blank. */
static char place_char(const struct decimal *d, int p, int shown)
{
	if (d->zero)
		return shown <= 0 ? '0' : ' ';
	int i = d->e - p;
	if (i >= 0 && i < DIGITS_SIGNIFICANT)
		return d->digit[i];
	if (i < 0)
		return shown <= 0 ? '0' : ' ';
	return shown >= 0 ? '0' : ' ';
}

/* Where a text's places go: from place hi down to lo, shifted by 10^shift
 * (written after them as "e+NN" when it is not 0). */
struct layout {
	int hi, lo, shift;
};

static int column_of(const struct layout *l, int place)
{
	int p = place - l->shift;
	return 1 + (l->hi - p) + (p < 0 ? 1 : 0); /* column 0: the sign */
}

/* d in the layout: a sign column, the places, the point after place 0;
 * bar_place: a '|' after that place's digit (INT_MIN: none). */
static void render(char *out, size_t len, const struct decimal *d, const struct layout *l,
                   int bar_place)
{
	char text[DIGITS_TEXT_MAX + 8];
	size_t n = 0;
	text[n++] = ' ';
	for (int p = l->hi; p >= l->lo && n + 3 < sizeof text - 8; p--) {
		text[n++] = place_char(d, p + l->shift, p);
		if (p == 0)
			text[n++] = '.';
		if (p + l->shift == bar_place)
			text[n++] = '|';
	}
	text[n] = '\0';
	if (l->shift != 0) { /* the exponent right after the digits */
		while (n > 0 && text[n - 1] == ' ')
			n--;
		snprintf(text + n, sizeof text - n, "e%+03d", l->shift);
	}
	if (d->negative) {
		size_t first = 1;
		while (text[first] == ' ')
			first++;
		text[first - 1] = '-';
	}
	snprintf(out, len, "%s", text);
}

/* The lowest place a number's 17 digits reach, relative to the shift. */
static int lowest_place(const struct decimal *d, int shift)
{
	return d->zero ? -1 : d->e - shift - (DIGITS_SIGNIFICANT - 1);
}

static int highest_place(const struct decimal *d, int shift)
{
	return d->zero ? 0 : d->e - shift;
}

/* Places between the points of f's values and its difference that still
 * make a readable line; beyond, the values share an exponent. */
#define POSITIONAL_PLACES DIGITS_MAX_PLACES
/* Integral digits beyond these read better as an exponent. */
#define POSITIONAL_HIGHEST 15

static int min_int(int a, int b) { return a < b ? a : b; }
static int max_int(int a, int b) { return a > b ? a : b; }

/* The layout of f's two values (and the difference, when it fits too):
 * plain decimals when short enough, else mantissas over the larger one's
 * exponent. */
static struct layout layout_of(const struct decimal *above, const struct decimal *below,
                               const struct decimal *difference, int e_max, bool *with_difference)
{
	for (int attempt = 0; attempt < 2; attempt++) {
		struct layout l = { .shift = attempt == 0 ? 0 : e_max };
		l.hi = max_int(max_int(highest_place(above, l.shift), highest_place(below, l.shift)), 0);
		l.lo = min_int(min_int(lowest_place(above, l.shift), lowest_place(below, l.shift)), -1);
		int lo_all = min_int(l.lo, lowest_place(difference, l.shift));
		int hi_all = max_int(l.hi, highest_place(difference, l.shift));
		*with_difference = hi_all - lo_all + 1 <= POSITIONAL_PLACES;
		if (*with_difference) {
			l.hi = hi_all;
			l.lo = lo_all;
		}
		bool plain = e_max <= POSITIONAL_HIGHEST && l.hi - l.lo + 1 <= POSITIONAL_PLACES;
		/* values far apart (1e300 and 1e-300): the larger one's places,
		 * the smaller one's below them cut */
		if (attempt == 1 && l.hi - l.lo + 1 > POSITIONAL_PLACES)
			l.lo = l.hi - POSITIONAL_PLACES + 1;
		if (plain || attempt == 1)
			return l;
	}
	return (struct layout){ 0, -1, 0 };
}

/* |f'''(a)| h^2/6 for the central difference, |f''(a)| h/2 for the forward
 * one, the derivatives of f' taken by differences of the exact f' (a
 * difference within rounding of 0 is 0: a quadratic has no f'''). */
static double truncation_error(const struct objective *f, enum diff_method m, double a,
                               double h)
{
	double d = 1e-3 * fmax(1.0, fabs(a)), x[3] = { a - d, a, a + d }, g[3];
	for (int i = 0; i < 3; i++) {
		f->value_and_gradient(f->ctx, &x[i], &g[i]);
		if (!isfinite(g[i]))
			return NAN;
	}
	double noise = 4 * DBL_EPSILON * (fabs(g[0]) + 2 * fabs(g[1]) + fabs(g[2]));
	if (m == DIFF_FORWARD) {
		double step = g[2] - g[0];
		return fabs(step) <= noise ? 0.0 : fabs(step / (2 * d)) * h / 2;
	}
	double curve = g[2] - 2 * g[1] + g[0];
	return fabs(curve) <= noise ? 0.0 : fabs(curve / (d * d)) * h * h / 6;
}

void digits_of(struct digits *d, const struct objective *f, enum diff_method m, double a,
               double h)
{
	memset(d, 0, sizeof *d);
	double x_above = a + h, x_below = m == DIFF_FORWARD ? a : a - h;
	d->h = h;
	d->above = f->value(f->ctx, &x_above);
	d->below = f->value(f->ctx, &x_below);
	d->difference = d->above - d->below;
	d->slope = difference_by_method(f, m, a, h);
	d->truncation = truncation_error(f, m, a, h);
	if (!isfinite(d->truncation))
		d->truncation = NAN;
	if (!isfinite(d->above) || !isfinite(d->below)) {
		char text[NUMFMT_MAX];
		snprintf(d->above_text, sizeof d->above_text, "%s", format_double(text, d->above));
		snprintf(d->below_text, sizeof d->below_text, "%s", format_double(text, d->below));
		snprintf(d->difference_text, sizeof d->difference_text, "%s",
		         format_double(text, d->difference));
		d->lost = d->kept = NAN;
		return;
	}
	struct decimal above = decimal_of(d->above), below = decimal_of(d->below),
	               difference = decimal_of(d->difference);
	int e_max = above.zero ? below.e : below.zero ? above.e : max_int(above.e, below.e);
	if (above.zero && below.zero)
		e_max = 0;
	/* zeros sit at the others' place */
	if (above.zero)
		above.e = e_max;
	if (below.zero)
		below.e = e_max;
	double larger = fmax(fabs(d->above), fabs(d->below));
	if (difference.zero) {
		d->shared = DIGITS_SIGNIFICANT;
		d->lost = DIGITS_SIGNIFICANT;
	} else {
		d->shared = max_int(min_int(e_max - difference.e, DIGITS_SIGNIFICANT), 0);
		d->lost = larger == 0 ? 0 : log10(larger / fabs(d->difference));
		d->lost = fmin(fmax(d->lost, 0.0), DIGITS_SIGNIFICANT);
	}
	d->kept = DIGITS_SIGNIFICANT - d->lost;

	bool with_difference;
	struct layout l = layout_of(&above, &below, &difference, e_max, &with_difference);
	render(d->above_text, sizeof d->above_text, &above, &l, INT_MIN);
	render(d->below_text, sizeof d->below_text, &below, &l, INT_MIN);
	if (with_difference) {
		render(d->difference_text, sizeof d->difference_text, &difference, &l, INT_MIN);
	} else {
		struct layout own = { highest_place(&difference, difference.e), -16, difference.e };
		render(d->difference_text, sizeof d->difference_text, &difference, &own, INT_MIN);
	}
	size_t width = strlen(d->above_text);
	memset(d->marks, ' ', width);
	d->marks[width] = '\0';
	for (int k = 0; k < d->shared; k++) {
		int col = column_of(&l, e_max - k);
		if (col >= 0 && (size_t)col < width)
			d->marks[col] = '^';
	}
	/* no padding after the last mark */
	for (size_t n = width; n > 0 && d->marks[n - 1] == ' '; n--)
		d->marks[n - 1] = '\0';
}

void digits_marked(char *buf, size_t len, const struct digits *d)
{
	if (!isfinite(d->above) || !isfinite(d->below)) {
		char text[NUMFMT_MAX];
		snprintf(buf, len, "%s", format_double(text, d->above));
		return;
	}
	struct decimal above = decimal_of(d->above), below = decimal_of(d->below);
	int e_max = above.zero ? (below.zero ? 0 : below.e)
	                       : below.zero ? above.e : max_int(above.e, below.e);
	if (above.zero)
		above.e = e_max;
	bool plain = e_max <= POSITIONAL_HIGHEST && e_max >= -5;
	struct layout l = { .shift = plain ? 0 : e_max };
	l.hi = max_int(highest_place(&above, l.shift), 0);
	l.lo = min_int(lowest_place(&above, l.shift), -1);
	render(buf, len, &above, &l, d->shared > 0 ? e_max - d->shared + 1 : INT_MIN);
	/* no sign column for a positive number on a line of its own */
	if (buf[0] == ' ')
		memmove(buf, buf + 1, strlen(buf));
}
