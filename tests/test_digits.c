/* Tests for digits: f(a+h) and f(a-h) digit by digit for the book's
 * function_1 at a = 10, where the issue promises about 4-5 digits lost at
 * h = 1e-4, 12-13 at 1e-12 and all of them at the book's 1e-50. */
#include "testutil.h"

#include <math.h>
#include <stdio.h>

#include "digits.h"
#include "expr.h"
#include "numdiff.h"

struct fixture {
	struct expr *e;
	struct objective f;
};

static struct fixture compiled(const char *text)
{
	struct fixture fx;
	char err[200];
	assert_int_equal(expr_compile(text, EXPR_CURVE, &fx.e, err, sizeof err), 0);
	fx.f = objective_of_expr(fx.e);
	return fx;
}

/* The text without the blanks that pad it to the others' width. */
static const char *trimmed(const char *text)
{
	static char buf[DIGITS_TEXT_MAX];
	snprintf(buf, sizeof buf, "%s", text);
	size_t n = strlen(buf);
	while (n > 0 && buf[n - 1] == ' ')
		buf[--n] = '\0';
	return buf;
}

static const char *one_decimal(double v)
{
	static char buf[32];
	snprintf(buf, sizeof buf, "%.1f", v);
	return buf;
}

static void test_book_function_at_10_h_1e_4_loses_four_and_a_half(void **state)
{
	(void)state;
	struct fixture fx = compiled("0.01*x**2 + 0.1*x");
	struct digits d;
	digits_of(&d, &fx.f, DIFF_CENTRAL, 10, 1e-4);
	assert_string_equal(trimmed(d.above_text), " 2.0000300000999998");
	assert_string_equal(trimmed(d.below_text), " 1.9999700001000000");
	/* the 2 and the four 0s: where the difference's first digit comes */
	assert_string_equal(d.marks, " ^ ^^^^");
	assert_string_equal(trimmed(d.difference_text), " 0.000059999999999726938");
	assert_int_equal(d.shared, 5);
	assert_string_equal(one_decimal(d.lost), "4.5");
	assert_string_equal(one_decimal(d.kept), "12.5");
	assert_double_exact(d.slope, 0.2999999999986347);
	/* the points in one column */
	assert_int_equal(strchr(d.above_text, '.') - d.above_text,
	                 strchr(d.difference_text, '.') - d.difference_text);
	/* a quadratic: the central difference has no truncation error */
	assert_double_exact(d.truncation, 0.0);
	expr_free(fx.e);
}

static void test_book_function_at_10_h_1e_12_loses_twelve_and_a_half(void **state)
{
	(void)state;
	struct fixture fx = compiled("0.01*x**2 + 0.1*x");
	struct digits d;
	digits_of(&d, &fx.f, DIFF_CENTRAL, 10, 1e-12);
	assert_string_equal(trimmed(d.above_text), " 2.0000000000003002");
	assert_string_equal(trimmed(d.below_text), " 1.9999999999997000");
	assert_string_equal(d.marks, " ^ ^^^^^^^^^^^^");
	assert_int_equal(d.shared, 13);
	assert_string_equal(one_decimal(d.lost), "12.5");
	assert_string_equal(one_decimal(d.kept), "4.5");
	expr_free(fx.e);
}

static void test_book_h_1e_50_loses_every_digit(void **state)
{
	(void)state;
	struct fixture fx = compiled("0.01*x**2 + 0.1*x");
	struct digits d;
	digits_of(&d, &fx.f, DIFF_CENTRAL, 10, 1e-50);
	assert_string_equal(d.above_text, " 2.0000000000000000");
	assert_string_equal(d.below_text, d.above_text);
	assert_string_equal(d.difference_text, " 0.0000000000000000");
	assert_string_equal(d.marks, " ^ ^^^^^^^^^^^^^^^^");
	assert_int_equal(d.shared, 17);
	assert_double_exact(d.lost, 17.0);
	assert_double_exact(d.kept, 0.0);
	assert_double_exact(d.slope, 0.0);
	expr_free(fx.e);
}

static void test_lost_digits_grow_as_h_shrinks(void **state)
{
	(void)state;
	struct fixture fx = compiled("0.01*x**2 + 0.1*x");
	double before = -1;
	for (int k = 1; k <= 16; k++) {
		struct digits d;
		digits_of(&d, &fx.f, DIFF_CENTRAL, 10, pow(10, -k));
		/* about k + 0.5: log10(2 / (0.6 * 10^-k)), until the rounding
		 * of f's last digit is most of the difference */
		if (k <= 13)
			assert_true(fabs(d.lost - (k + log10(2 / 0.6))) < 0.1);
		assert_true(d.lost >= before);
		before = d.lost;
	}
	expr_free(fx.e);
}

static void test_forward_difference_subtracts_f_of_a(void **state)
{
	(void)state;
	struct fixture fx = compiled("0.01*x**2 + 0.1*x");
	struct digits d;
	digits_of(&d, &fx.f, DIFF_FORWARD, 10, 1e-4);
	assert_string_equal(trimmed(d.below_text), " 2.0000000000000000");
	assert_double_exact(d.slope, 0.3000009999976072);
	/* |f''(a)| h / 2 = 0.02 * 1e-4 / 2 */
	assert_true(fabs(d.truncation - 1e-6) < 1e-9);
	expr_free(fx.e);
}

static void test_truncation_of_sine_is_a_cube_law(void **state)
{
	(void)state;
	struct fixture fx = compiled("sin(x)");
	struct digits d;
	digits_of(&d, &fx.f, DIFF_CENTRAL, 1, 1e-2);
	double want = cos(1.0) * 1e-4 / 6;
	assert_true(fabs(d.truncation - want) < 1e-3 * want);
	expr_free(fx.e);
}

static void test_large_values_share_an_exponent(void **state)
{
	(void)state;
	struct fixture fx = compiled("x*x*x");
	struct digits d;
	digits_of(&d, &fx.f, DIFF_CENTRAL, -1e10, 1e-4);
	assert_string_equal(trimmed(d.above_text), "-0.99999999999997032e+30");
	assert_string_equal(trimmed(d.below_text), "-1.0000000000000297e+30");
	assert_int_equal(d.shared, 14);
	expr_free(fx.e);
}

static void test_values_far_apart_stay_within_the_line(void **state)
{
	(void)state;
	/* 1e304 and 1e-304: the smaller one's digits are below the window */
	struct fixture fx = compiled("exp(700*x)");
	struct digits d;
	digits_of(&d, &fx.f, DIFF_CENTRAL, 0, 1);
	assert_string_equal(d.above_text, " 1.0142320547350045e+304");
	assert_true(strlen(d.below_text) <= DIGITS_MAX_PLACES + 8);
	assert_int_equal(d.shared, 0);
	expr_free(fx.e);
}

static void test_not_finite_is_undefined(void **state)
{
	(void)state;
	struct fixture fx = compiled("log(x)");
	struct digits d;
	digits_of(&d, &fx.f, DIFF_CENTRAL, 0, 1e-4);
	assert_true(isnan(d.lost));
	assert_true(isnan(d.truncation));
	assert_string_equal(d.below_text, "nan");
	expr_free(fx.e);
}

static void test_marked_puts_a_bar_after_the_shared_digits(void **state)
{
	(void)state;
	struct fixture fx = compiled("0.01*x**2 + 0.1*x");
	struct digits d;
	char buf[DIGITS_TEXT_MAX + 8];
	digits_of(&d, &fx.f, DIFF_CENTRAL, 10, 1e-4);
	digits_marked(buf, sizeof buf, &d);
	assert_string_equal(buf, "2.0000|300000999998");
	digits_of(&d, &fx.f, DIFF_CENTRAL, 10, 1e-50);
	digits_marked(buf, sizeof buf, &d);
	assert_string_equal(buf, "2.0000000000000000|");
	expr_free(fx.e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_book_function_at_10_h_1e_4_loses_four_and_a_half),
		cmocka_unit_test(test_book_function_at_10_h_1e_12_loses_twelve_and_a_half),
		cmocka_unit_test(test_book_h_1e_50_loses_every_digit),
		cmocka_unit_test(test_lost_digits_grow_as_h_shrinks),
		cmocka_unit_test(test_forward_difference_subtracts_f_of_a),
		cmocka_unit_test(test_truncation_of_sine_is_a_cube_law),
		cmocka_unit_test(test_large_values_share_an_exponent),
		cmocka_unit_test(test_values_far_apart_stay_within_the_line),
		cmocka_unit_test(test_not_finite_is_undefined),
		cmocka_unit_test(test_marked_puts_a_bar_after_the_shared_digits),
	};
	return cmocka_run_group_tests_name("digits", tests, NULL, NULL);
}
