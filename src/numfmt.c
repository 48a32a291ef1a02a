/* numfmt: the shortest decimal text that reads back to the same double, laid
 * out the way Python's repr lays it out (fixed for 1e-4 <= |v| < 1e16, else
 * an exponent with at least two digits).
 *
 * The digits come from a Schubfach-style search (after Raffaello Giulietti's
 * "The Schubfach way to render doubles"), written afresh here:
 *
 *   v = c * 2^q. Every real in the rounding interval R around v reads back
 *   as v: R = [v - 2^(q-1), v + 2^(q-1)], or with a lower half of only
 *   2^(q-2) when v is a power of two (the double below is closer). Its ends
 *   belong to R when c is even, because strtod breaks ties to even.
 *
 *   Pick k with 10^k <= |R| < 10^(k+1). Then R holds at least one multiple
 *   of 10^k and at most one multiple of 10^(k+1). The shortest text is that
 *   multiple of 10^(k+1) if there is one (it is v's bracketing sp10 or tp10
 *   below); else the multiples of 10^k around v, s and s+1, have the same
 *   length, and the nearer one in R wins, the even one on an exact tie.
 *   That is Python's repr (David Gay's dtoa mode 0): shortest, then nearest,
 *   then even.
 *
 * To decide which candidates lie in R we need v, and R's ends, times 10^-k,
 * as a floor plus "was it exact". A 128-bit approximation of 10^-k gives
 * both, except when the product lands within its error of an integer; then
 * a small exact bignum decides. */
#include "numfmt.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* POW10, the powers of ten by which v is scaled: written with exact
 * arithmetic by tools/gen-numfmt-table.py. */
#include "numfmt_table.h"

__extension__ typedef unsigned __int128 u128;

/* Bits of a double. */
#define SIGNIFICAND_BITS 52
#define HIDDEN_BIT ((uint64_t)1 << SIGNIFICAND_BITS)
#define EXPONENT_MASK 0x7ff
#define EXPONENT_BIAS 1075 /* v = c * 2^(biased - 1075) for normal v */
#define Q_MIN (-1074)      /* exponent of every subnormal, and of the least normals */

/* floor(x / 2^s), also for negative x, without relying on how >> treats
 * negative numbers (implementation-defined in C). */
static int floor_shift(int64_t x, int s)
{
	return (int)(x >= 0 ? x >> s : -((-x - 1) >> s) - 1);
}

/* floor(log10(2^q)), floor(log10(3/4 * 2^q)) and floor(log2(10^e)) by fixed
 * point multiplication. The constants were checked against exact rational
 * arithmetic for every |q| <= 1100 and |e| <= 400, more than doubles need. */
static int floor_log10_pow2(int q)
{
	return floor_shift((int64_t)q * 315653, 20);
}

static int floor_log10_three_quarters_pow2(int q)
{
	return floor_shift((int64_t)q * 315653 - 130708, 20);
}

static int floor_log2_pow10(int e)
{
	return floor_shift((int64_t)e * 217706, 16);
}


/* ---- Exact arithmetic for the rare products that land near an integer ---- */

/* Big enough for c * 4 * 10^324 (about 1135 bits) and its counterparts. */
#define BIG_LIMBS 20

struct big {
	uint64_t limb[BIG_LIMBS]; /* little-endian */
	int n;                    /* limbs in use; limb[n - 1] != 0 unless n == 0 */
};

static void big_set(struct big *b, uint64_t x)
{
	b->limb[0] = x;
	b->n = x != 0;
}

static void big_mul_small(struct big *b, uint64_t m)
{
	uint64_t carry = 0;
	for (int i = 0; i < b->n; i++) {
		u128 p = (u128)b->limb[i] * m + carry;
		b->limb[i] = (uint64_t)p;
		carry = (uint64_t)(p >> 64);
	}
	if (carry != 0)
		b->limb[b->n++] = carry;
}

static void big_mul_pow10(struct big *b, int e)
{
	for (; e >= 19; e -= 19)
		big_mul_small(b, 10000000000000000000u);
	uint64_t m = 1;
	while (e-- > 0)
		m *= 10;
	big_mul_small(b, m);
}

static void big_shift_left(struct big *b, int bits)
{
	if (b->n == 0)
		return;
	int words = bits / 64, rest = bits % 64;
	int n = b->n + words + 1;
	b->limb[n - 1] = 0;
	for (int i = b->n - 1; i >= 0; i--) {
		uint64_t x = b->limb[i];
		if (rest != 0)
			b->limb[i + words + 1] |= x >> (64 - rest);
		b->limb[i + words] = x << rest;
	}
	for (int i = 0; i < words; i++)
		b->limb[i] = 0;
	b->n = b->limb[n - 1] != 0 ? n : n - 1;
}

static int big_compare(const struct big *a, const struct big *b)
{
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (int i = a->n - 1; i >= 0; i--)
		if (a->limb[i] != b->limb[i])
			return a->limb[i] < b->limb[i] ? -1 : 1;
	return 0;
}

/* The exact answer scaled_floor wants, given that floor(x) is n or n - 1:
 * x = m * 2^q * 10^-k compared with n as whole numbers, A = m * 2^q' *
 * 10^k' against n * B with every power on the side where it is whole. */
static uint64_t exact_scaled_floor(uint64_t m, int q, int k, uint64_t n)
{
	/* The common case first: for k >= 1 (so q >= k), x = m * 2^(q-k) /
	 * 5^k is whole exactly when 5^k divides m, and then it is n. Large
	 * whole doubles such as 1e20 come here. m < 2^55 < 5^24, so beyond
	 * k = 23 no m qualifies. */
	if (k >= 1 && k <= 23) {
		uint64_t pow5 = 1;
		for (int i = 0; i < k; i++)
			pow5 *= 5;
		if (m % pow5 == 0)
			return n;
	}
	struct big a, nb;
	big_set(&a, m);
	big_set(&nb, n);
	if (q >= 0)
		big_shift_left(&a, q);
	else
		big_shift_left(&nb, -q);
	if (k <= 0)
		big_mul_pow10(&a, -k);
	else
		big_mul_pow10(&nb, k);
	int cmp = big_compare(&a, &nb);
	if (cmp == 0)
		return n;      /* x == n: exact, bit 0 as it is */
	if (cmp > 0)
		return n | 1;  /* n < x < n + 1 */
	return (n - 1) | 1; /* n - 1 < x < n */
}

/* ---- The fast path ---- */

/* floor(x) for x = m * 2^q * 10^-k, with bit 0 forced to 1 when x is not a
 * whole number ("round to odd"). Callers pass v or an end of R in units of
 * 2^(q-2), so x is 4 times the value over 10^k: the candidates compared
 * with it are multiples of 4 and the midpoint of two is 4s + 2, all even,
 * and the forced odd bit can never make a comparison with them come out
 * wrong. Two extra bits make one sticky bit enough. h = q + floor(log2(10^-k)) lies in 0..3, so m << h < 2^58.
 *
 * With g = POW10[-k] >= 10^-k * 2^(127 - floor(log2(10^-k))), x is
 * (m << h) * g / 2^127 less an error below (m << h) / 2^127: the product
 * overestimates by less than one unit of g. So unless the fraction the
 * product leaves is below that error, its floor is x's floor and x is not
 * whole. */
static uint64_t scaled_floor(uint64_t m, int q, int k, int h)
{
	const uint64_t *g = POW10[-k - POW10_MIN];
	uint64_t mp = m << h;
	u128 low = (u128)mp * g[1];
	u128 high = (u128)mp * g[0] + (low >> 64);
	/* The product is high * 2^64 + (uint64_t)low; x is it over 2^127. */
	uint64_t n = (uint64_t)(high >> 63);
	uint64_t frac_high = (uint64_t)high & (((uint64_t)1 << 63) - 1);
	uint64_t frac_low = (uint64_t)low;
	bool exact_g = -k >= 0 && -k <= POW10_EXACT_MAX;
	if (!exact_g && frac_high == 0 && frac_low < mp)
		return exact_scaled_floor(m, q, k, n);
	return n | ((frac_high | frac_low) != 0);
}

/* v = f * 10^e with f as short as it gets (trailing zeros are trimmed by
 * the caller). */
struct decimal {
	uint64_t f;
	int e;
};

/* The shortest decimal in v's rounding interval, the nearest such, for
 * v = c * 2^q > 0. */
static struct decimal shortest_decimal(uint64_t c, int q)
{
	/* Whole numbers in [1, 2^53) whose binary point falls inside c (q in
	 * -52..-1): R is narrower than 1, so no other whole number reads back
	 * and v's own digits, trailing zeros trimmed, are the shortest. Common
	 * in descent output, and cheap. */
	if (q < 0 && q > -SIGNIFICAND_BITS - 1) {
		uint64_t f = c >> -q;
		if (f << -q == c)
			return (struct decimal){f, 0};
	}

	/* Everything in units of 2^(q-2), so the ends are whole numbers. */
	uint64_t cb = c << 2;
	uint64_t cb_right = cb + 2;
	uint64_t cb_left;
	int k;
	if (c != HIDDEN_BIT || q == Q_MIN) {
		cb_left = cb - 2;
		k = floor_log10_pow2(q);
	} else {
		/* A power of two: the double below is only half as far. R is 3/4
		 * as wide, so k follows from 3/4 * 2^q. */
		cb_left = cb - 1;
		k = floor_log10_three_quarters_pow2(q);
	}
	int h = q + floor_log2_pow10(-k);

	/* 4 * v * 10^-k (cb * 2^q is 4v), and R's ends likewise. */
	uint64_t vb = scaled_floor(cb, q, k, h);
	uint64_t vb_left = scaled_floor(cb_left, q, k, h);
	uint64_t vb_right = scaled_floor(cb_right, q, k, h);
	/* An odd c excludes R's ends: then a candidate must be strictly inside,
	 * which "+ out" turns into a <= test on whole numbers. */
	uint64_t out = c & 1;

	/* One digit shorter: the multiples of 10^(k+1) around v. */
	uint64_t s = vb >> 2;
	uint64_t sp10 = s / 10 * 10;
	uint64_t tp10 = sp10 + 10;
	bool sp10_in = vb_left + out <= sp10 << 2;
	bool tp10_in = (tp10 << 2) + out <= vb_right;
	if (sp10_in != tp10_in) /* never both: R is narrower than 10^(k+1) */
		return (struct decimal){sp10_in ? sp10 : tp10, k};

	/* Full length: s or s + 1, at least one in R since R >= 10^k. */
	uint64_t t = s + 1;
	bool s_in = vb_left + out <= s << 2;
	bool t_in = (t << 2) + out <= vb_right;
	if (s_in != t_in)
		return (struct decimal){s_in ? s : t, k};
	/* Both: the nearer; the midpoint between them is 4s + 2. */
	uint64_t mid = (s << 2) + 2;
	bool pick_s = vb < mid || (vb == mid && (s & 1) == 0);
	return (struct decimal){pick_s ? s : t, k};
}

/* ---- Layout ---- */

/* "00", "01", ..., "99": two digits per division halves the divisions. */
static const char DIGIT_PAIRS[] = "00010203040506070809"
                                  "10111213141516171819"
                                  "20212223242526272829"
                                  "30313233343536373839"
                                  "40414243444546474849"
                                  "50515253545556575859"
                                  "60616263646566676869"
                                  "70717273747576777879"
                                  "80818283848586878889"
                                  "90919293949596979899";

static void write_pair(char *at, uint32_t pair)
{
	memcpy(at, DIGIT_PAIRS + 2 * pair, 2);
}

/* Writes the decimal digits of f (no leading zeros) ending just before end,
 * and returns where they start. Most of the time of a format goes here, so
 * it peels off 8 digits at a time and does the rest in 32 bits, where
 * division by a constant is cheaper and the four pairs do not wait on each
 * other. */
static char *write_digits_backwards(char *end, uint64_t f)
{
	char *p = end;
	while (f >= 100000000) {
		uint32_t eight = (uint32_t)(f % 100000000);
		f /= 100000000;
		uint32_t high = eight / 10000, low = eight % 10000;
		p -= 8;
		write_pair(p, high / 100);
		write_pair(p + 2, high % 100);
		write_pair(p + 4, low / 100);
		write_pair(p + 6, low % 100);
	}
	uint32_t rest = (uint32_t)f;
	while (rest >= 100) {
		p -= 2;
		write_pair(p, rest % 100);
		rest /= 100;
	}
	if (rest >= 10) {
		p -= 2;
		write_pair(p, rest);
	} else {
		*--p = (char)('0' + rest);
	}
	return p;
}

static char *append_exponent_form(char *out, const char *digits, int n,
                                  int exponent)
{
	*out++ = digits[0];
	if (n > 1) {
		*out++ = '.';
		memcpy(out, digits + 1, (size_t)(n - 1));
		out += n - 1;
	}
	*out++ = 'e';
	*out++ = exponent < 0 ? '-' : '+';
	unsigned e = (unsigned)(exponent < 0 ? -exponent : exponent);
	if (e >= 100)
		*out++ = (char)('0' + e / 100);
	*out++ = (char)('0' + e / 10 % 10);
	*out++ = (char)('0' + e % 10);
	return out;
}

static char *append_fixed_form(char *out, const char *digits, int n,
                               int exponent)
{
	if (exponent < 0) {
		*out++ = '0';
		*out++ = '.';
		for (int i = -1; i > exponent; i--)
			*out++ = '0';
		memcpy(out, digits, (size_t)n);
		return out + n;
	}
	int whole = exponent + 1; /* digits before the point */
	if (n <= whole) {
		memcpy(out, digits, (size_t)n);
		out += n;
		for (int i = n; i < whole; i++)
			*out++ = '0';
		return out;
	}
	memcpy(out, digits, (size_t)whole);
	out += whole;
	*out++ = '.';
	memcpy(out, digits + whole, (size_t)(n - whole));
	return out + (n - whole);
}

char *format_double(char *buf, double v)
{
	uint64_t bits;
	memcpy(&bits, &v, sizeof bits);
	bool negative = bits >> 63;
	uint64_t fraction = bits & (HIDDEN_BIT - 1);
	int biased = (int)(bits >> SIGNIFICAND_BITS) & EXPONENT_MASK;

	if (biased == EXPONENT_MASK) {
		strcpy(buf, fraction != 0 ? "nan" : negative ? "-inf" : "inf");
		return buf;
	}
	char *out = buf;
	if (negative)
		*out++ = '-';
	if (biased == 0 && fraction == 0) {
		strcpy(out, "0");
		return buf;
	}

	uint64_t c = biased != 0 ? fraction | HIDDEN_BIT : fraction;
	int q = biased != 0 ? biased - EXPONENT_BIAS : Q_MIN;
	struct decimal d = shortest_decimal(c, q);

	char tmp[24];
	char *end = tmp + sizeof tmp;
	char *digits = write_digits_backwards(end, d.f);
	int n = (int)(end - digits);
	int exponent = d.e + n - 1; /* of the first digit */
	while (n > 1 && digits[n - 1] == '0')
		n--;

	if (exponent < -4 || exponent >= 16)
		out = append_exponent_form(out, digits, n, exponent);
	else
		out = append_fixed_form(out, digits, n, exponent);
	*out = '\0';
	return buf;
}

char *format_scalar(char *buf, double v)
{
	format_double(buf, v);
	/* Only an integral value in the fixed form is all digits: the exponent
	 * form has an "e", the others a point or letters. */
	if (strspn(buf + (buf[0] == '-'), "0123456789") == strlen(buf + (buf[0] == '-')))
		strcat(buf, ".0");
	return buf;
}
