/* Tests for pypow: python_pow must be the C library's pow(), bit for bit,
 * for every double, while answering the exponents 1 and 2 without the call
 * where it can (the shortcut rests on glibc's error bound; these tests are
 * what checks that it holds here). */
#include "testutil.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>

#include "pypow.h"

static bool same(double a, double b)
{
	return (isnan(a) && isnan(b)) || memcmp(&a, &b, sizeof a) == 0;
}

static void expect_pow(double x, double y)
{
	double got = python_pow(x, y), want = pow(x, y);
	if (!same(got, want)) {
		print_error("python_pow(%a, %g) = %a, pow gives %a\n", x, y, got, want);
		fail();
	}
}

/* splitmix64: a fixed sequence of 64-bit words. */
static uint64_t next_word(uint64_t *seed)
{
	uint64_t z = (*seed += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

/* Where x*x and pow(x, 2) differ, pow's is the answer: Python's values. */
static void test_squares_are_pows_where_it_matters(void **state)
{
	(void)state;
	assert_double_exact(python_pow(-0.0787493984089057, 2.0), 0.00620146774976456);
	assert_double_exact(python_pow(1.1439, 2.0), 1.3085072099999997);
	assert_double_exact(python_pow(2.655, 3.0), 18.715161374999997);
	assert_double_exact(python_pow(0.3, 1.0), 0.3);
}

static void test_every_kind_of_double_squares_as_pow(void **state)
{
	(void)state;
	static const double specials[] = { 0.0, -0.0, INFINITY, -INFINITY, NAN, 0x1p-1074, 0x1p-600,
	                                   0x1.fffffffffffffp-601, 0x1p-480, 0x1.0000000000001p-480,
	                                   0x1p480, 0x1.fffffffffffffp479, 0x1p511, 0x1p512, 1.0, -1.0,
	                                   0x1.6a09e667f3bcdp0, 0x1.6a09e667f3bccp0, 3.0, 0x1p-537 };
	for (size_t i = 0; i < sizeof specials / sizeof specials[0]; i++)
		for (double y = 1.0; y <= 2.0; y++) {
			expect_pow(specials[i], y);
			expect_pow(-specials[i], y);
		}
	uint64_t seed = 20261206;
	for (long n = 0; n < 2000000; n++) {
		uint64_t bits = next_word(&seed);
		double x;
		if (n % 2 == 0) {
			memcpy(&x, &bits, sizeof x); /* every exponent, NaNs too */
		} else {
			/* the sizes runs take: a uniform [-8, 8) scaled by 10^-6 .. 10^6 */
			x = ((double)(bits >> 11) * 0x1p-53 * 16.0 - 8.0) * pow(10.0, (double)(n % 13) - 6.0);
		}
		expect_pow(x, 2.0);
		if (n % 8 == 0)
			expect_pow(x, 1.0);
	}
}

/* Other exponents are pow() itself. */
static void test_other_exponents_are_pow(void **state)
{
	(void)state;
	static const double ys[] = { 3.0, 0.5, -1.0, -2.0, 0.0, 2.5, 1e300, NAN };
	for (size_t i = 0; i < sizeof ys / sizeof ys[0]; i++) {
		expect_pow(1.1439, ys[i]);
		expect_pow(-2.655, ys[i]);
		expect_pow(0.0, ys[i]);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_squares_are_pows_where_it_matters),
		cmocka_unit_test(test_every_kind_of_double_squares_as_pow),
		cmocka_unit_test(test_other_exponents_are_pow),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
