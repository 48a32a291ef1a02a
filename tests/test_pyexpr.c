/* Tests for pyexpr: a surface's text as the Python of the book's def f(x),
 * with slope's precedence and its constants computed as slope computes
 * them. */
#include "testutil.h"

#include <stdio.h>

#include "pyexpr.h"

static const char *python(const char *text)
{
	static char out[4096];
	unsigned used = 0;
	assert_int_equal(pyexpr_translate(text, out, sizeof out, &used), 0);
	return out;
}

static void test_book_function_2_reads_as_the_book_writes_it(void **state)
{
	(void)state;
	assert_string_equal(python("x0**2 + x1**2"), "x[0]**2 + x[1]**2");
	assert_string_equal(python("x^2 + y^2"), "x[0]**2 + x[1]**2");
	assert_string_equal(python("0.01*x0**2 + 0.1*x1"), "0.01*x[0]**2 + 0.1*x[1]");
}

static void test_parentheses_only_where_python_needs_them(void **state)
{
	(void)state;
	assert_string_equal(python("(x0 - x1) - (x0 - x1)"), "x[0] - x[1] - (x[0] - x[1])");
	assert_string_equal(python("x0 / (x1 * x0)"), "x[0]/(x[1]*x[0])");
	assert_string_equal(python("(x0 + 1) * x1"), "(x[0] + 1)*x[1]");
	/* ** groups right: the base of a power is an atom */
	assert_string_equal(python("(x0**2)**3"), "(x[0]**2)**3");
	assert_string_equal(python("x0**x1**2"), "x[0]**x[1]**2");
	/* unary minus is below ** in both: -x**2 is -(x**2) */
	assert_string_equal(python("-x0**2"), "-x[0]**2");
	assert_string_equal(python("(-x0)**2"), "(-x[0])**2");
	assert_string_equal(python("x0**-x1"), "x[0]**-x[1]");
	assert_string_equal(python("-(x0 + x1)"), "-(x[0] + x[1])");
	assert_string_equal(python("- -x0"), "-(-x[0])");
	assert_string_equal(python("+x0"), "x[0]");
}

static void test_constants_are_computed_as_slope_folds_them(void **state)
{
	(void)state;
	/* only parts made of constants: (x*2)*3 stays, 2*3*x folds */
	assert_string_equal(python("2*3*x0"), "6*x[0]");
	assert_string_equal(python("x0*2*3"), "x[0]*2*3");
	assert_string_equal(python("x0 + 1/3"), "x[0] + 0.3333333333333333");
	assert_string_equal(python("2*pi*x0"), "6.283185307179586*x[0]");
	/* where Python would raise, the C value */
	assert_string_equal(python("x0 + 1/0"), "x[0] + np.inf");
	assert_string_equal(python("x0 - 1/0"), "x[0] - np.inf");
	assert_string_equal(python("x0*(-8)**(1/3)"), "x[0]*np.nan");
	assert_string_equal(python("x1 + 10**400"), "x[1] + np.inf");
	/* a negative constant binds as a unary minus */
	assert_string_equal(python("(-2)**x0"), "(-2)**x[0]");
	assert_string_equal(python("-2**x0"), "-2**x[0]");
	assert_string_equal(python("x0*-2"), "x[0]*-2");
	assert_string_equal(python("x0 + -0"), "x[0] + -0.0");
	assert_string_equal(python("x0 + 1e20"), "x[0] + 1e+20");
	assert_string_equal(python("x0**0.5"), "x[0]**0.5");
}

static void test_functions_are_named_and_counted(void **state)
{
	(void)state;
	char out[256];
	unsigned used = 0;
	assert_int_equal(pyexpr_translate("sin(x0)*exp(-x1) + abs(x0)", out, sizeof out, &used), 0);
	assert_string_equal(out, "sin(x[0])*exp(-x[1]) + abs(x[0])");
	assert_int_equal(used, (1u << PYFN_SIN) | (1u << PYFN_EXP) | (1u << PYFN_ABS));
	assert_string_equal(python("log10(100) + x0"), "2 + x[0]");
}

static void test_short_buffer_and_bad_text_fail(void **state)
{
	(void)state;
	char out[8];
	unsigned used = 0;
	assert_int_equal(pyexpr_translate("x0**2 + x1**2", out, sizeof out, &used), -1);
	assert_int_equal(pyexpr_translate("x0 +", out, sizeof out, &used), -1);
	assert_int_equal(pyexpr_translate("sin x0", out, sizeof out, &used), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_book_function_2_reads_as_the_book_writes_it),
		cmocka_unit_test(test_parentheses_only_where_python_needs_them),
		cmocka_unit_test(test_constants_are_computed_as_slope_folds_them),
		cmocka_unit_test(test_functions_are_named_and_counted),
		cmocka_unit_test(test_short_buffer_and_bad_text_fail),
	};
	return cmocka_run_group_tests_name("pyexpr", tests, NULL, NULL);
}
