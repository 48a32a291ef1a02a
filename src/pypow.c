/* pypow: Python's float ** is the C library's pow(); the book's numbers
 * come from it (x[0]**2 on one element, Adam's g**2 on a float). glibc's
 * pow is not correctly rounded, so pow(x, 2) is not always x*x; but its
 * source (sysdeps/ieee754/dbl-64/e_pow.c) bounds its error: 0.509 ULP
 * of its exp plus 1024*ln2*2^53 times its log's relative error of
 * 1.3*2^-68, 0.537 ULP in all (0.5435 without fma: 0.511 and 1.5*2^-68).
 * And pow costs several times a product, which a run of 10^6 steps feels.
 * So:
 *
 *   y = 1: the exact result x is a double; pow, within 0.55 ULP of it,
 *          can only return x itself.
 *   y = 2: p = x*x is the double nearest x^2, e = x^2 - p exactly (Dekker's
 *          product). pow's result lies within 0.5435 ULP of x^2; when
 *          |e| < 0.455 ULP, the next double is more than 0.545 ULP away,
 *          so pow returns p (h = 1e-4 squares with |e| = 0.4529 ULP).
 *          Otherwise (about 1 case in 11), and wherever e or the ULP is
 *          not exact (p near overflow or underflow, p a power of two, where
 *          the ULP below is half), pow itself is called. Below 2^-600 the
 *          square is under half the least subnormal: pow returns +0.
 *
 * The Makefile's -fno-builtin-pow keeps gcc from rewriting pow(x, 2.0) as
 * x*x; -ffp-contract=off keeps Dekker's product exact. tests/test_pypow.c
 * compares this with pow() on millions of doubles. */
#include "pypow.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

/* x^2 - p exactly, p = x*x, for 2^-480 < |x| < 2^480 (Dekker, 1971:
 * Veltkamp's split into 26 + 27 bits, then the four partial products). */
static double square_error(double x, double p)
{
	double c = 134217729.0 * x; /* 2^27 + 1 */
	double hi = c - (c - x), lo = x - hi;
	return ((hi * hi - p) + 2.0 * hi * lo) + lo * lo;
}

static double square(double x)
{
	double a = fabs(x);
	if (a < 0x1p-600)
		return 0.0;
	if (!(a > 0x1p-480 && a < 0x1p480))
		return pow(x, 2.0);
	double p = x * x;
	uint64_t bits;
	memcpy(&bits, &p, sizeof bits);
	if ((bits & ((UINT64_C(1) << 52) - 1)) == 0) /* a power of two */
		return pow(x, 2.0);
	/* p's ULP: 2^(E - 1075) for p's exponent field E (p > 2^-960 is
	 * normal, and so is its ULP) */
	uint64_t ulp_bits = ((bits >> 52) - 52) << 52;
	double ulp;
	memcpy(&ulp, &ulp_bits, sizeof ulp);
	return fabs(square_error(x, p)) < 0.455 * ulp ? p : pow(x, 2.0);
}

double python_pow(double x, double y)
{
	if (y == 2.0)
		return square(x);
	if (y == 1.0)
		return x;
	return pow(x, y);
}
