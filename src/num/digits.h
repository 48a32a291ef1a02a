/* digits: the rounding error of the numerical derivative, digit by digit.
 * f(a+h) and f(a-h) (the forward difference: f(a)) with all 17 significant
 * digits, aligned at the decimal point; the leading digits the subtraction
 * cancels; how many significant digits it loses and how many are left; and
 * the truncation error that a large h brings instead. */
#ifndef SLOPE_DIGITS_H
#define SLOPE_DIGITS_H

#include <stddef.h>

#include "numdiff.h"

/* The most places an aligned text shows, and its longest form: a sign, the
 * places, the point, an exponent. */
#define DIGITS_MAX_PLACES 40
#define DIGITS_TEXT_MAX 64

/* Significant digits a double is printed with: every one it has. */
#define DIGITS_SIGNIFICANT 17

struct digits {
	double h;
	double above, below;    /* f(a+h); f(a-h), or f(a) for the forward difference */
	double difference;      /* above - below */
	double slope;           /* the numerical derivative */
	/* above, below and the difference, 17 significant digits each, aligned
	 * at the point (the same width, the point in the same column), and a
	 * line of '^' under the leading digits the subtraction cancels */
	char above_text[DIGITS_TEXT_MAX], below_text[DIGITS_TEXT_MAX];
	char difference_text[DIGITS_TEXT_MAX], marks[DIGITS_TEXT_MAX];
	int shared;             /* the leading digits cancelled: 0..17 */
	double lost;            /* log10(|above| / |difference|) within 0..17;
	                           17 when the difference is 0; NAN when a value
	                           is not finite */
	double kept;            /* 17 - lost */
	double truncation;      /* about |f'''(a)| h^2/6 (forward: |f''(a)| h/2),
	                           from the exact derivative; NAN if not finite */
};

/* The digits of the difference that f's numerical derivative at a with
 * step h takes (central or forward). f must have an exact derivative. */
void digits_of(struct digits *d, const struct objective *f, enum diff_method m, double a,
               double h);

/* "2.0000|300000999998": f(a+h)'s 17 significant digits on a line of its
 * own, a bar after the places the subtraction cancels. */
void digits_marked(char *buf, size_t len, const struct digits *d);

#endif
