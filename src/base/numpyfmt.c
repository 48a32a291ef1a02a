/* numpyfmt: print(np.array(v)) for a float64 vector, character for
 * character as NumPy's default print options write it, so slope's screens
 * show the book's "[6. 8.]" and "[-6.11110793e-10  8.14814391e-10]".
 *
 * NumPy's rules (numpy/core/arrayprint.py: FloatingFormat, _formatArray;
 * numpy/core/src/multiarray/dragon4.c), restated for what slope needs:
 *
 *   Form. Every element takes the exponent form when, over the finite
 *   nonzero |v|, the largest is >= 1e8, the smallest < 1e-4, or their
 *   quotient (a rounded double division) > 1000. Else the positional form.
 *
 *   Digits. Dragon4 in "unique" mode with a cutoff: digits of the exact
 *   binary value are produced one at a time until the text so far reads
 *   back as v (the shortest round trip), or until the cutoff (8 decimals
 *   positional, 9 significant digits in exponent form). The last digit is
 *   then rounded: down if only the lower neighbour of the digits so far is
 *   close enough to read back, up if only the upper one is, else to the
 *   nearer of the two by the exact remainder, a tie to the even digit. So
 *   2^-9 = 0.001953125 prints 0.00195312, and 1.000000015 (a double a hair
 *   below the decimal tie) 1.00000001, not the 1.00000002 that rounding
 *   its shortest text "1.000000015" would give.
 *
 *   Widths. A first pass prints each finite element alone, trailing zeros
 *   trimmed ("6.", "-2.4", "1.e-05"). Positional: every element is padded
 *   with spaces on the left to the widest integer part (its '-' counted)
 *   and on the right to the widest fraction, so "10.25" and "0.5" become
 *   "10.25" and " 0.5 ". Exponent form: every element gets the widest
 *   fraction's number of decimals (more digits of its exact value, zeros
 *   kept) and the widest exponent's digit count ("1.e-100", "1.e-005").
 *   With the default sign '-' no space is reserved for a sign that no
 *   element has; -0.0 keeps its sign ("-0."). nan and inf are right-aligned
 *   in the common width, never signed except -inf; a signed nan prints
 *   "nan".
 *
 *   Lines. Elements are joined by one space inside "[...]"; a line that
 *   would pass 74 columns (75 less the closing bracket) breaks, with its
 *   trailing spaces (padding too) removed, and goes on after one space.
 *   Over 1000 elements print the first 3, "...", the last 3, widths taken
 *   from those 6 alone.
 *
 * Nothing here reads the locale: digits come from exact integer arithmetic
 * (a small fixed-size bignum, enough for every double), not from printf. */
#include "numpyfmt.h"

#include <assert.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* NumPy's default print options. */
#define PRECISION 8         /* decimals, or digits after the first one */
#define EXP_FORM_SMALL 1e-4 /* a nonzero |v| below this: exponent form */
#define EXP_FORM_LARGE 1e8  /* a |v| at or above this: exponent form */
#define EXP_FORM_RATIO 1000.0
#define LINE_WIDTH 75
#define SUMMARY_THRESHOLD 1000 /* more elements than this are summarised */
#define EDGE_ITEMS 3

/* ------------------------------------------------------------------------
 * Exact unsigned integers, as many 32-bit words as the worst double needs:
 * 2 * 2^-1074 scaled by 10^324 and then by 10 is under 2^1090. */

#define BIG_WORDS 40

struct big {
	int len; /* words in use, the top one nonzero; 0 for zero */
	uint32_t w[BIG_WORDS];
};

static void big_trim(struct big *a)
{
	while (a->len > 0 && a->w[a->len - 1] == 0)
		a->len--;
}

static void big_set(struct big *a, uint64_t v)
{
	a->w[0] = (uint32_t)v;
	a->w[1] = (uint32_t)(v >> 32);
	a->len = 2;
	big_trim(a);
}

static void big_shift_left(struct big *a, int bits)
{
	if (a->len == 0)
		return;
	int words = bits / 32, shift = bits % 32;
	assert(a->len + words < BIG_WORDS);
	if (shift == 0) {
		memmove(a->w + words, a->w, (size_t)a->len * sizeof a->w[0]);
	} else {
		a->w[a->len + words] = a->w[a->len - 1] >> (32 - shift);
		for (int i = a->len - 1; i > 0; i--)
			a->w[i + words] =
				a->w[i] << shift | a->w[i - 1] >> (32 - shift);
		a->w[words] = a->w[0] << shift;
	}
	memset(a->w, 0, (size_t)words * sizeof a->w[0]);
	a->len += words + (shift != 0);
	big_trim(a);
}

static void big_multiply_small(struct big *a, uint32_t m)
{
	uint64_t carry = 0;
	for (int i = 0; i < a->len; i++) {
		uint64_t product = (uint64_t)a->w[i] * m + carry;
		a->w[i] = (uint32_t)product;
		carry = product >> 32;
	}
	if (carry != 0) {
		assert(a->len < BIG_WORDS);
		a->w[a->len++] = (uint32_t)carry;
	}
}

static void big_multiply_pow10(struct big *a, int e)
{
	static const uint32_t pow10[10] = {
		1, 10, 100, 1000, 10000, 100000, 1000000, 10000000,
		100000000, 1000000000,
	};
	for (; e >= 9; e -= 9)
		big_multiply_small(a, pow10[9]);
	big_multiply_small(a, pow10[e]);
}

static int big_compare(const struct big *a, const struct big *b)
{
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	for (int i = a->len - 1; i >= 0; i--)
		if (a->w[i] != b->w[i])
			return a->w[i] < b->w[i] ? -1 : 1;
	return 0;
}

/* a -= b, for a >= b. */
static void big_subtract(struct big *a, const struct big *b)
{
	uint32_t borrow = 0;
	for (int i = 0; i < a->len; i++) {
		uint64_t sub = (uint64_t)(i < b->len ? b->w[i] : 0) + borrow;
		borrow = a->w[i] < sub;
		a->w[i] = (uint32_t)(a->w[i] - sub);
	}
	assert(borrow == 0);
	big_trim(a);
}

static void big_add(struct big *sum, const struct big *a, const struct big *b)
{
	int len = a->len > b->len ? a->len : b->len;
	uint64_t carry = 0;
	for (int i = 0; i < len; i++) {
		carry += (uint64_t)(i < a->len ? a->w[i] : 0) +
		         (i < b->len ? b->w[i] : 0);
		sum->w[i] = (uint32_t)carry;
		carry >>= 32;
	}
	sum->len = len;
	if (carry != 0) {
		assert(len < BIG_WORDS);
		sum->w[sum->len++] = (uint32_t)carry;
	}
}

/* ------------------------------------------------------------------------
 * Dragon4's digits. */

/* More digits than any call below asks for: 9 in exponent form, at most
 * 8 + 8 positional (|v| < 1e8 there). */
#define DIGITS_MAX 40

/* Where the cutoff counts from: all digits, or the decimal point. */
enum cutoff { CUT_TOTAL, CUT_FRACTION };

/* |v| = 0.d1d2d3... * 10^(exp10 + 1): digit[0] weighs 10^exp10. */
struct decimal {
	char digit[DIGITS_MAX];
	int n;
	int exp10;
};

/* floor(x / 2^s) also for negative x (>> of a negative is
 * implementation-defined in C). */
static int floor_shift(int64_t x, int s)
{
	return (int)(x >= 0 ? x >> s : -((-x - 1) >> s) - 1);
}

/* floor(log10(2^e)); exact for |e| <= 1100, checked with exact arithmetic. */
static int floor_log10_pow2(int e)
{
	return floor_shift((int64_t)e * 78913, 18);
}

/* Rounds the digits in out up by one unit in the last place, given that
 * the last digit d is not stored yet; 9s carry ("0.99999999|7" -> "1"). */
static void round_up(struct decimal *out, int d)
{
	if (d < 9) {
		out->digit[out->n++] = (char)('0' + d + 1);
		return;
	}
	while (out->n > 0 && out->digit[out->n - 1] == '9')
		out->n--;
	if (out->n == 0) {
		out->digit[out->n++] = '1';
		out->exp10++;
	} else {
		out->digit[out->n - 1]++;
	}
}

/* The digits of |v| (finite) as NumPy's Dragon4 produces them in unique
 * mode. cut: the most digits (CUT_TOTAL) or decimals (CUT_FRACTION) to
 * print; min_digits: how many to print even when fewer read back as v, -1
 * for none (it counts like cut).
 *
 * In integers: v = R/S, and the halves of the gaps to the neighbouring
 * doubles are M-/S below and M+/S above (M+ = 2 M- at a power of two, where
 * the double below is nearer). A text reads back as v when it lies within
 * them, the ends included when v's significand is even (strtod breaks ties
 * to even). */
static void dragon4_digits(double v, enum cutoff mode, int cut, int min_digits,
                           struct decimal *out)
{
	uint64_t bits;
	memcpy(&bits, &v, sizeof bits);
	uint64_t fraction = bits & (((uint64_t)1 << 52) - 1);
	int biased = (int)(bits >> 52) & 0x7ff;
	out->n = 0;
	if (biased == 0 && fraction == 0) {
		out->digit[out->n++] = '0';
		out->exp10 = 0;
		return;
	}
	uint64_t c = biased != 0 ? fraction | (uint64_t)1 << 52 : fraction;
	int q = biased != 0 ? biased - 1075 : -1074; /* v = c * 2^q */
	bool unequal = biased > 1 && fraction == 0;
	bool even = (c & 1) == 0;

	/* Everything times 2 (times 4 with unequal gaps) so the half gaps are
	 * whole numbers; 2^q goes into S when q < 0. */
	struct big r, s, low_margin, high_margin, sum;
	int extra = unequal ? 2 : 1;
	big_set(&r, c);
	big_set(&s, 1);
	big_set(&low_margin, 1);
	if (q >= 0) {
		big_shift_left(&r, q + extra);
		big_shift_left(&s, extra);
		big_shift_left(&low_margin, q);
	} else {
		big_shift_left(&r, extra);
		big_shift_left(&s, extra - q);
	}
	high_margin = low_margin;
	if (unequal)
		big_shift_left(&high_margin, 1);

	/* k with v < 10^k, so that R/S = v / 10^k < 1. The estimate from the
	 * top bit is k or k - 1. */
	int top_bit = 63;
	while ((c >> top_bit) == 0)
		top_bit--;
	int k = floor_log10_pow2(top_bit + q) + 1;
	/* NumPy starts no later than the cutoff's digit, so a value below it
	 * prints leading zero digits. Positional form only sees |v| >= 1e-4, so
	 * this never applies here; it keeps the loop below finite. */
	if (mode == CUT_FRACTION && k <= -cut)
		k = -cut + 1;
	if (k >= 0) {
		big_multiply_pow10(&s, k);
	} else {
		big_multiply_pow10(&r, -k);
		big_multiply_pow10(&low_margin, -k);
		big_multiply_pow10(&high_margin, -k);
	}
	while (big_compare(&r, &s) >= 0) {
		big_multiply_small(&s, 10);
		k++;
	}

	/* The last digit to print has weight 10^last at the latest (the
	 * cutoff), 10^first_stop at the earliest (min_digits). */
	int last = mode == CUT_TOTAL ? k - cut : -cut;
	if (last < k - DIGITS_MAX)
		last = k - DIGITS_MAX;
	int first_stop = k;
	if (min_digits >= 0) {
		int want = mode == CUT_TOTAL ? k - min_digits : -min_digits;
		if (want < first_stop)
			first_stop = want;
	}

	out->exp10 = k - 1;
	int position = k, d;
	bool low, high;
	for (;;) {
		position--;
		big_multiply_small(&r, 10);
		big_multiply_small(&low_margin, 10);
		big_multiply_small(&high_margin, 10);
		for (d = 0; big_compare(&r, &s) >= 0; d++)
			big_subtract(&r, &s);
		/* low: the digits so far, d last, read back as v; high: so do
		 * they with d + 1. */
		big_add(&sum, &r, &high_margin);
		int below = big_compare(&r, &low_margin);
		int above = big_compare(&sum, &s);
		low = even ? below <= 0 : below < 0;
		high = even ? above >= 0 : above > 0;
		if (((low || high) && position <= first_stop) || position == last)
			break;
		out->digit[out->n++] = (char)('0' + d);
	}

	/* NumPy's rule. For doubles at 9 digits it always agrees with rounding
	 * the exact value to nearest, ties to even (a search over every power
	 * of two and millions of subnormals found no difference), so what
	 * prints is the shortest round trip when it fits, else that rounding.
	 * It is kept as NumPy writes it so the two can be read side by side. */
	bool round_down = low;
	if (low == high) {
		/* Both or neither read back: the nearer, a tie to even. */
		big_shift_left(&r, 1);
		int half = big_compare(&r, &s);
		round_down = half < 0 || (half == 0 && d % 2 == 0);
	}
	if (round_down)
		out->digit[out->n++] = (char)('0' + d);
	else
		round_up(out, d);
}

/* ------------------------------------------------------------------------
 * One element's text. */

/* An element's longest text: positional "-99999999.99999999" (18); exponent
 * form "-1.23456789e-100" (16); nan/inf padded to either. */
#define ELEMENT_MAX 32

/* v positional with at most `precision` decimals, trailing zeros trimmed
 * but the point kept ("6."), then spaces to pad_left characters before the
 * point and pad_right after it (-1: none). Returns the length. */
static int write_positional(char *out, double v, int precision, int min_digits, int pad_left,
                            int pad_right)
{
	struct decimal d;
	dragon4_digits(v, CUT_FRACTION, precision, min_digits, &d);
	char body[ELEMENT_MAX + DIGITS_MAX];
	int len = 0, whole, decimals;
	bool negative = signbit(v);
	if (negative)
		body[len++] = '-';
	if (d.exp10 >= 0) {
		whole = d.exp10 + 1;
		int shown = d.n < whole ? d.n : whole;
		memcpy(body + len, d.digit, (size_t)shown);
		len += shown;
		for (int i = shown; i < whole; i++)
			body[len++] = '0';
		body[len++] = '.';
		decimals = d.n - shown;
		memcpy(body + len, d.digit + shown, (size_t)decimals);
		len += decimals;
	} else {
		whole = 1;
		body[len++] = '0';
		body[len++] = '.';
		for (int i = -1; i > d.exp10; i--)
			body[len++] = '0';
		memcpy(body + len, d.digit, (size_t)d.n);
		len += d.n;
		decimals = d.n - d.exp10 - 1;
	}
	/* Rounding can leave zeros behind ("1.000000004" -> "1.00000000"). */
	while (decimals > 0 && body[len - 1] == '0') {
		len--;
		decimals--;
	}

	int left = pad_left - (whole + negative);
	int right = pad_right - decimals;
	if (left < 0)
		left = 0;
	if (right < 0)
		right = 0;
	assert(left + len + right < ELEMENT_MAX);
	memset(out, ' ', (size_t)left);
	memcpy(out + left, body, (size_t)len);
	memset(out + left + len, ' ', (size_t)right);
	out[left + len + right] = '\0';
	return left + len + right;
}

/* v as d.ddde+XX with at most `precision` decimals: trailing zeros trimmed
 * (the point kept, "1.e-05"), or kept and filled up to min_digits when
 * keep_zeros; the exponent with at least exp_digits digits (-1: 2); spaces
 * to pad_left characters before the point (-1: none). Returns the length. */
static int write_scientific(char *out, double v, int precision, int min_digits,
                            bool keep_zeros, int pad_left, int exp_digits)
{
	struct decimal d;
	dragon4_digits(v, CUT_TOTAL, precision + 1,
	               min_digits < 0 ? -1 : min_digits + 1, &d);
	bool negative = signbit(v);
	int len = 0;
	for (int i = 1 + negative; i < pad_left; i++)
		out[len++] = ' ';
	if (negative)
		out[len++] = '-';
	out[len++] = d.digit[0];
	out[len++] = '.';
	memcpy(out + len, d.digit + 1, (size_t)(d.n - 1));
	len += d.n - 1;
	int decimals = d.n - 1;
	if (keep_zeros) {
		for (; decimals < min_digits; decimals++)
			out[len++] = '0';
	} else {
		while (decimals > 0 && out[len - 1] == '0') {
			len--;
			decimals--;
		}
	}

	int e = d.exp10;
	out[len++] = 'e';
	out[len++] = e < 0 ? '-' : '+';
	if (e < 0)
		e = -e;
	if (exp_digits < 0)
		exp_digits = 2;
	char exp_text[8];
	int n = 0;
	do {
		exp_text[n++] = (char)('0' + e % 10);
		e /= 10;
	} while (e > 0);
	while (n < exp_digits)
		exp_text[n++] = '0';
	assert(len + n < ELEMENT_MAX);
	while (n > 0)
		out[len++] = exp_text[--n];
	out[len] = '\0';
	return len;
}

/* ------------------------------------------------------------------------
 * The array. */

/* The elements a print shows: all of them, or the first and last
 * EDGE_ITEMS of a summarised array. */
struct shown {
	const double *v;
	int n;         /* elements in the array */
	int count;     /* elements shown */
	bool summary;  /* "..." after the first EDGE_ITEMS */
};

static double shown_value(const struct shown *s, int i)
{
	return s->summary && i >= EDGE_ITEMS ? s->v[s->n - s->count + i]
	                                     : s->v[i];
}

/* What every element is formatted with, from the shown elements. */
struct layout {
	bool exp_form;
	int pad_left, pad_right;
	int precision;  /* exponent form: decimals of every element */
	int exp_digits; /* exponent form: digits of every exponent */
};

static int max_int(int a, int b)
{
	return a > b ? a : b;
}

static struct layout layout_of(const struct shown *s)
{
	struct layout lay = { false, 0, 0, PRECISION, -1 };
	double largest = 0, smallest = INFINITY;
	bool finite = false, nonfinite = false, negative_inf = false;
	for (int i = 0; i < s->count; i++) {
		double v = shown_value(s, i);
		if (!isfinite(v)) {
			nonfinite = true;
			negative_inf |= isinf(v) && v < 0;
			continue;
		}
		finite = true;
		if (v != 0) {
			largest = fmax(largest, fabs(v));
			smallest = fmin(smallest, fabs(v));
		}
	}
	/* A quotient that overflows is inf, > 1000 as NumPy finds it. */
	lay.exp_form = largest != 0 &&
	               (largest >= EXP_FORM_LARGE || smallest < EXP_FORM_SMALL ||
	                largest / smallest > EXP_FORM_RATIO);

	/* Widths from each finite element printed alone. */
	char text[ELEMENT_MAX];
	int decimals = 0;
	for (int i = 0; finite && i < s->count; i++) {
		double v = shown_value(s, i);
		if (!isfinite(v))
			continue;
		if (lay.exp_form) {
			write_scientific(text, v, PRECISION, -1, false, -1, -1);
			const char *point = strchr(text, '.'), *e = strchr(text, 'e');
			lay.pad_left = max_int(lay.pad_left, (int)(point - text));
			decimals = max_int(decimals, (int)(e - point - 1));
			lay.exp_digits = max_int(lay.exp_digits,
			                         (int)strlen(e + 2));
		} else {
			int len = write_positional(text, v, PRECISION, -1, -1, -1);
			int before = (int)(strchr(text, '.') - text);
			lay.pad_left = max_int(lay.pad_left, before);
			lay.pad_right = max_int(lay.pad_right, len - before - 1);
		}
	}
	if (finite && lay.exp_form) {
		lay.precision = decimals;
		lay.pad_right = lay.exp_digits + 2 + decimals;
	}
	/* nan and inf must fit too: "nan" takes the point's column and
	 * pad_right columns, the rest goes left. */
	if (nonfinite) {
		int beside = lay.pad_right + 1;
		lay.pad_left = max_int(lay.pad_left, 3 - beside);
		lay.pad_left = max_int(lay.pad_left, 3 + negative_inf - beside);
	}
	return lay;
}

static int write_element(char *out, double v, const struct layout *lay)
{
	if (!isfinite(v)) {
		const char *name = isnan(v) ? "nan" : v < 0 ? "-inf" : "inf";
		int len = (int)strlen(name);
		int width = max_int(lay->pad_left + lay->pad_right + 1, len);
		assert(width < ELEMENT_MAX);
		memset(out, ' ', (size_t)(width - len));
		memcpy(out + width - len, name, (size_t)len + 1);
		return width;
	}
	if (lay->exp_form)
		return write_scientific(out, v, lay->precision, lay->precision,
		                        true, lay->pad_left, lay->exp_digits);
	return write_positional(out, v, PRECISION, 0, lay->pad_left, lay->pad_right);
}

/* Text written into a buffer of len bytes, cut short when it is full. */
struct sink {
	char *buf;
	size_t len, used;
};

static void sink_write(struct sink *out, const char *text, size_t n)
{
	if (out->len == 0)
		return;
	size_t room = out->len - 1 - out->used;
	if (n > room)
		n = room;
	memcpy(out->buf + out->used, text, n);
	out->used += n;
	out->buf[out->used] = '\0';
}

/* The line being filled; a line never passes LINE_WIDTH by more than one
 * element and a space. */
struct line {
	char text[LINE_WIDTH + 2 * ELEMENT_MAX];
	int len;
};

/* Adds text to the line as it is: NumPy puts a separator after an element
 * without looking at the width. */
static void line_append(struct line *line, const char *text, int len)
{
	assert(line->len + len < (int)sizeof line->text);
	memcpy(line->text + line->len, text, (size_t)len);
	line->len += len;
}

/* Adds word to the line, first breaking it if the word would pass column
 * LINE_WIDTH - 1 (the last column stays free for a closing bracket) and
 * the line holds more than its opening bracket or indent. */
static void line_add(struct line *line, struct sink *out, const char *word,
                     int len)
{
	if (line->len + len > LINE_WIDTH - 1 && line->len > 1) {
		int end = line->len;
		while (line->text[end - 1] == ' ')
			end--;
		sink_write(out, line->text, (size_t)end);
		sink_write(out, "\n", 1);
		line->text[0] = ' ';
		line->len = 1;
	}
	line_append(line, word, len);
}

char *format_numpy_array(char *buf, size_t len, const double *v, int n)
{
	struct sink out = { buf, len, 0 };
	if (len > 0)
		buf[0] = '\0';
	assert(n >= 0);
	if (n <= 0) {
		sink_write(&out, "[]", 2);
		return buf;
	}
	struct shown s = { v, n, n, false };
	if (n > SUMMARY_THRESHOLD) {
		s.count = 2 * EDGE_ITEMS;
		s.summary = true;
	}
	struct layout lay = layout_of(&s);

	struct line line = { "[", 1 };
	char word[ELEMENT_MAX];
	for (int i = 0; i < s.count; i++) {
		line_add(&line, &out, word,
		         write_element(word, shown_value(&s, i), &lay));
		if (i + 1 < s.count)
			line_append(&line, " ", 1);
		if (s.summary && i + 1 == EDGE_ITEMS) {
			line_add(&line, &out, "...", 3);
			line_append(&line, " ", 1);
		}
	}
	sink_write(&out, line.text, (size_t)line.len);
	sink_write(&out, "]", 1);
	return buf;
}

/* An element's text respelled as NumPy spells a scalar: "25." as "25.0",
 * "1.e-10" as "1e-10"; then copied to buf as far as it fits. */
static char *respell_as_scalar(char *buf, size_t len, char *text)
{
	size_t n = strlen(text);
	char *point = strchr(text, '.');
	if (n > 0 && text[n - 1] == '.')
		strcpy(text + n, "0");
	else if (point != NULL && point[1] == 'e')
		memmove(point, point + 1, strlen(point + 1) + 1);
	struct sink out = { buf, len, 0 };
	if (len > 0)
		buf[0] = '\0';
	sink_write(&out, text, strlen(text));
	return buf;
}

static const char *non_finite_text(double v)
{
	return isnan(v) ? "nan" : v < 0 ? "-inf" : "inf";
}

char *format_scalar_rounded(char *buf, size_t len, double v, int precision)
{
	char text[ELEMENT_MAX + 2];
	precision = precision < 1 ? 1 : precision > PRECISION ? PRECISION : precision;
	if (!isfinite(v))
		strcpy(text, non_finite_text(v));
	else if (v == 0 || (fabs(v) >= 1e-4 && fabs(v) < 1e8))
		write_positional(text, v, precision, -1, -1, -1);
	else
		write_scientific(text, v, precision, -1, false, -1, -1);
	return respell_as_scalar(buf, len, text);
}

char *format_scalar_digits(char *buf, size_t len, double v, int digits)
{
	char text[ELEMENT_MAX + 2];
	digits = digits < 1 ? 1 : digits > PRECISION ? PRECISION : digits;
	if (!isfinite(v)) {
		strcpy(text, non_finite_text(v));
		return respell_as_scalar(buf, len, text);
	}
	struct decimal d;
	dragon4_digits(v, CUT_TOTAL, digits, -1, &d);
	int e = v == 0 ? 0 : d.exp10; /* of the first digit, after rounding */
	if (e < -4 || e >= digits)
		write_scientific(text, v, digits - 1, -1, false, -1, -1);
	else
		write_positional(text, v, digits - 1 - e, -1, -1, -1);
	return respell_as_scalar(buf, len, text);
}
