/* Tests for numfmt: shortest round-trip text, spelled as Python's repr. */
#include "testutil.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "numfmt.h"

#include "numfmt_reference.h"

/* Significant digits of a text that format_double or the reference wrote. */
static int significant_digits(const char *text)
{
	const char *first = NULL, *last = NULL;
	for (const char *p = text; *p && *p != 'e'; p++)
		if (*p >= '1' && *p <= '9') {
			if (first == NULL)
				first = p;
			last = p;
		}
	if (first == NULL)
		return 1;
	int n = 0;
	for (const char *p = first; p <= last; p++)
		n += *p != '.';
	return n;
}

static int is_power_of_two(double v)
{
	int exponent;
	return isfinite(v) && v != 0 && fabs(frexp(v, &exponent)) == 0.5;
}

/* The comparisons below run 716,000 values through the slow reference
 * (300,000 random bit patterns: each of the 2,046 exponents about 150 times;
 * a million cost 3 s more of make check's time, on a machine of two cores).
 * The plain build (make unit) compares every one; under the sanitizers,
 * where that takes 13 s, every value is still formatted (and checked for
 * memory errors and undefined behaviour), and one in REFERENCE_STRIDE, the
 * same ones every run, is compared with the reference. */
#define REFERENCE_STRIDE (TEST_SANITIZED ? 16 : 1)

/* How many values the comparisons below have formatted and compared, and
 * how many of those were the reference's one known miss. */
static long formatted_values;
static long compared_values;
static long shorter_than_reference;

/* What the reference writes for v, found with fewer tries. C's DBL_DIG
 * (15 for a double) promises that a decimal of at most 15 significant
 * digits, in the normal range, reads as a double that prints as that same
 * decimal at 15 digits. So if any precision from 0 to 14 read back as v,
 * precision 14 would too: when 14 does not, the reference's search for the
 * first precision that reads back may start at 15 and finds what it finds
 * from 0. Most doubles need 16 or 17 digits, so this spares 14 of its 17
 * snprintf calls (the whole comparison took 10 s, now 2). Only away from
 * the ends of the range, where every decimal that reads back as v is a
 * normal number. */
static void reference_text(char *want, double v)
{
	char text[40];
	double a = fabs(v);
	if (a > 1e-300 && a < 1e300) {
		snprintf(text, sizeof text, "%.14e", v);
		if (strtod(text, NULL) != v) {
			reference_format_from(want, v, 15);
			return;
		}
	}
	reference_format(want, v);
}

/* format_double must write what the reference writes, with one exception.
 * At a power of two the double below is half as far as the one above, so
 * the interval that reads back is lopsided: the nearest n-digit number can
 * fall outside it on the narrow side while another n-digit number lies
 * inside on the wide side. The reference then needs a digit more; repr
 * (and format_double) print the shorter text. test_lopsided_powers_of_two
 * pins such cases to Python's output. */
static void expect_same_as_reference(double v)
{
	char got[NUMFMT_MAX + 8], want[64];
	format_double(got, v);
	if (strlen(got) >= NUMFMT_MAX) {
		print_error("%a: \"%s\" is too long\n", v, got);
		fail();
	}
	if (formatted_values++ % REFERENCE_STRIDE != 0)
		return;
	reference_text(want, v);
	compared_values++;
	if (strcmp(got, want) == 0)
		return;
	if (is_power_of_two(v) &&
	    significant_digits(got) < significant_digits(want) &&
	    strtod(got, NULL) == v) {
		shorter_than_reference++;
		return;
	}
	print_error("%a: format_double wrote \"%s\", the reference \"%s\"\n", v,
	            got, want);
	fail();
}

/* v and the doubles up to `steps` ulps either side of it. */
static void expect_neighbourhood_as_reference(double v, int steps)
{
	expect_same_as_reference(v);
	double below = v, above = v;
	for (int i = 0; i < steps; i++) {
		below = nextafter(below, -INFINITY);
		above = nextafter(above, INFINITY);
		expect_same_as_reference(below);
		expect_same_as_reference(above);
	}
}

static void report_comparisons(const char *what)
{
	print_message("%s: %ld values formatted, %ld compared: all match the "
	              "reference (%ld shorter at a power of two)\n",
	              what, formatted_values, compared_values, shorter_than_reference);
	formatted_values = 0;
	compared_values = 0;
	shorter_than_reference = 0;
}

static uint64_t xorshift64(uint64_t *state)
{
	uint64_t x = *state;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return *state = x;
}

static double from_bits(uint64_t bits)
{
	double v;
	memcpy(&v, &bits, sizeof v);
	return v;
}

static void expect_text(double v, const char *text)
{
	char buf[NUMFMT_MAX];
	assert_string_equal(format_double(buf, v), text);
}

static void test_book_values_print_as_python_repr(void **state)
{
	(void)state;
	expect_text(0x1.333333332d320p-2, "0.2999999999986347");
	expect_text(0x1.9999999991980p-3, "0.1999999999990898");
	expect_text(-6.111107928998789e-10, "-6.111107928998789e-10");
	expect_text(8.148143905314271e-10, "8.148143905314271e-10");
	expect_text(-2.399999999999622, "-2.399999999999622");
	expect_text(6.00000000000378, "6.00000000000378");
	expect_text(-0.24999999999544897, "-0.24999999999544897");
}

static void test_integers_print_without_point(void **state)
{
	(void)state;
	expect_text(-3.0, "-3");
	expect_text(4.0, "4");
	expect_text(0.0, "0");
	expect_text(-0.0, "-0");
	expect_text(100.0, "100");
	expect_text(1e15, "1000000000000000");
}

static void test_exponent_form_follows_repr_thresholds(void **state)
{
	(void)state;
	expect_text(1e-4, "0.0001");
	expect_text(1e-5, "1e-05");
	expect_text(0.00012, "0.00012");
	expect_text(1.5e-7, "1.5e-07");
	expect_text(1e16, "1e+16");
	expect_text(1.2345e16, "1.2345e+16");
	expect_text(-2.6e13, "-26000000000000");
	expect_text(1e300, "1e+300");
	expect_text(5e-324, "5e-324");
	expect_text(1.7976931348623157e308, "1.7976931348623157e+308");
}

static void test_shortest_text_is_chosen(void **state)
{
	(void)state;
	expect_text(0.1, "0.1");
	expect_text(0.1 + 0.2, "0.30000000000000004");
	expect_text(1.0 / 3.0, "0.3333333333333333");
	expect_text(123.456, "123.456");
	expect_text(2.5, "2.5");
}

static void test_non_finite_values_have_names(void **state)
{
	(void)state;
	expect_text(NAN, "nan");
	expect_text(INFINITY, "inf");
	expect_text(-INFINITY, "-inf");
}

static void test_every_text_reads_back_to_the_same_double(void **state)
{
	(void)state;
	char buf[NUMFMT_MAX];
	unsigned long long bits = 0x9E3779B97F4A7C15ull;
	for (int i = 0; i < 20000; i++) {
		bits ^= bits << 13;
		bits ^= bits >> 7;
		bits ^= bits << 17;
		double v;
		memcpy(&v, &bits, sizeof v);
		if (!isfinite(v))
			continue;
		format_double(buf, v);
		assert_true(strlen(buf) < NUMFMT_MAX);
		assert_double_exact(strtod(buf, NULL), v);
	}
}

static void test_random_bit_patterns_match_reference(void **state)
{
	(void)state;
	/* Every exponent, both signs, subnormals, nan and inf alike. */
	uint64_t seed = 0x2545F4914F6CDD1Dull;
	for (int i = 0; i < 300000; i++)
		expect_same_as_reference(from_bits(xorshift64(&seed)));
	report_comparisons("random bit patterns");
}

static void test_powers_of_two_and_ten_match_reference(void **state)
{
	(void)state;
	/* Powers of two are where the interval is lopsided. */
	for (int e = -1074; e <= 1023; e++) {
		expect_neighbourhood_as_reference(ldexp(1.0, e), 2);
		expect_same_as_reference(-ldexp(1.0, e));
	}
	/* The doubles nearest the powers of ten, and either side: where the
	 * shortest text changes length, and products are whole numbers. */
	for (int e = -323; e <= 308; e++) {
		char text[16];
		snprintf(text, sizeof text, "1e%d", e);
		expect_neighbourhood_as_reference(strtod(text, NULL), 2);
	}
	report_comparisons("powers of two and ten");
}

static void test_subnormals_match_reference(void **state)
{
	(void)state;
	const uint64_t largest = ((uint64_t)1 << 52) - 1;
	for (uint64_t c = 1; c <= 20000; c++) {
		expect_same_as_reference(from_bits(c));
		expect_same_as_reference(from_bits(largest + 1 - c));
	}
	uint64_t seed = 0x9E3779B97F4A7C15ull;
	for (int i = 0; i < 100000; i++)
		expect_same_as_reference(from_bits(xorshift64(&seed) & largest));
	report_comparisons("subnormals");
}

static void test_boundary_values_match_reference(void **state)
{
	(void)state;
	const double boundaries[] = {
		DBL_MIN, DBL_MAX, DBL_TRUE_MIN, DBL_EPSILON, 1.0, 0.0,
		/* where repr switches between fixed and exponent form */
		1e-4, 1e-5, 1e15, 1e16, 1e17, 9.999999999999999e15,
		0.1, 0.2, 0.3, 1.0 / 3.0, 2.0 / 3.0, 123.456, 5e-324, 1e23,
		9007199254740993.0, 4.35, 0.29999999999999999,
	};
	for (size_t i = 0; i < sizeof boundaries / sizeof boundaries[0]; i++) {
		expect_neighbourhood_as_reference(boundaries[i], 3);
		expect_neighbourhood_as_reference(-boundaries[i], 3);
	}
	report_comparisons("boundary values");
}

static void test_integers_around_two_to_the_53_match_reference(void **state)
{
	(void)state;
	/* Below 2^53 every integer is a double and prints as itself; above,
	 * only every second one, and the text may end in digits that are not
	 * the double's. */
	const int64_t two53 = (int64_t)1 << 53;
	for (int64_t i = -20000; i <= 20000; i++) {
		expect_same_as_reference((double)(two53 + i));
		expect_same_as_reference((double)(2 * two53 + 4 * i));
		expect_same_as_reference((double)(1000000000000000 + i));
		expect_same_as_reference((double)(10000000000000000 + 2 * i));
	}
	for (int i = 0; i <= 100000; i++)
		expect_same_as_reference((double)i);
	report_comparisons("integers around 2^53");
}

static void test_lopsided_powers_of_two_print_as_python_repr(void **state)
{
	(void)state;
	/* Python's repr of these; the reference writes one digit more. */
	expect_text(0x1p-24, "5.960464477539063e-08");
	expect_text(0x1p-44, "5.684341886080802e-14");
	expect_text(0x1p-1017, "7.120236347223045e-307");
	expect_text(0x1p+89, "6.189700196426902e+26");
	expect_text(0x1p+976, "6.386688990511104e+293");
	expect_text(-0x1p-97, "-6.310887241768095e-30");
}

static void test_ties_and_near_ties_print_as_python_repr(void **state)
{
	(void)state;
	/* Python's repr of these. */
	expect_text(9007199254740993.0, "9007199254740992");
	expect_text(1e23, "1e+23");
	expect_text(0x1.fffffffffffffp+1023, "1.7976931348623157e+308");
	expect_text(0x1p-1022, "2.2250738585072014e-308");
	expect_text(0x1.ffffffffffffep-1023, "2.225073858507201e-308");
	expect_text(0x0.0000000000002p-1022, "1e-323");
	expect_text(0x0.0000000000003p-1022, "1.5e-323");
	expect_text(9.5e-323, "9.4e-323");
	expect_text(1e-322, "1e-322");
	expect_text(4.35, "4.35");
	expect_text(2.0 / 3.0, "0.6666666666666666");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_book_values_print_as_python_repr),
		cmocka_unit_test(test_integers_print_without_point),
		cmocka_unit_test(test_exponent_form_follows_repr_thresholds),
		cmocka_unit_test(test_shortest_text_is_chosen),
		cmocka_unit_test(test_non_finite_values_have_names),
		cmocka_unit_test(test_every_text_reads_back_to_the_same_double),
		cmocka_unit_test(test_lopsided_powers_of_two_print_as_python_repr),
		cmocka_unit_test(test_ties_and_near_ties_print_as_python_repr),
		cmocka_unit_test(test_random_bit_patterns_match_reference),
		cmocka_unit_test(test_powers_of_two_and_ten_match_reference),
		cmocka_unit_test(test_subnormals_match_reference),
		cmocka_unit_test(test_boundary_values_match_reference),
		cmocka_unit_test(test_integers_around_two_to_the_53_match_reference),
	};
	return cmocka_run_group_tests_name("numfmt", tests, NULL, NULL);
}
