/* Tests for expr: the grammar, values and exact derivatives checked against
 * derivatives worked by hand in C, the book's numbers, and every error. */
#include "testutil.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "expr.h"

/* Hides a number from the compiler, so the expected values below are
 * computed by libm at run time, as the evaluator computes them, and not
 * folded at build time with a differently rounded library. */
static double opaque(double v)
{
	volatile double hidden = v;
	return hidden;
}

static struct expr *compile(const char *text, enum expr_arity arity)
{
	char err[256] = "";
	struct expr *e = NULL;
	int status = expr_compile(text, arity, &e, err, sizeof err);
	if (status != 0)
		print_error("'%s' did not compile: %s\n", text, err);
	assert_int_equal(status, 0);
	assert_non_null(e);
	return e;
}

static void assert_near(double actual, double expected, double relative)
{
	if (!(fabs(actual - expected) <= relative * fabs(expected))) {
		print_error("%a (%.17g), expected %a (%.17g) within %g\n", actual,
		            actual, expected, expected, relative);
		fail();
	}
}

/* Both evaluators give the value; the gradient gives the slope. tolerance
 * 0 means bit for bit, otherwise relative, for the slope only. */
static void check_curve(const char *text, double x, double value, double slope,
                        double tolerance)
{
	struct expr *e = compile(text, EXPR_CURVE);
	double grad[1] = { NAN };
	assert_double_exact(expr_value(e, &x), value);
	assert_double_exact(expr_value_and_gradient(e, &x, grad), value);
	if (tolerance == 0.0)
		assert_double_exact(grad[0], slope);
	else
		assert_near(grad[0], slope, tolerance);
	expr_free(e);
}

static void expect_curve(const char *text, double x, double value, double slope)
{
	check_curve(text, x, value, slope, 0.0);
}

static void expect_surface(const char *text, double x0, double x1,
                           double value, double d0, double d1)
{
	struct expr *e = compile(text, EXPR_SURFACE);
	double x[2] = { x0, x1 }, grad[2] = { NAN, NAN };
	assert_double_exact(expr_value(e, x), value);
	assert_double_exact(expr_value_and_gradient(e, x, grad), value);
	assert_double_exact(grad[0], d0);
	assert_double_exact(grad[1], d1);
	expr_free(e);
}

static void expect_error(const char *text, enum expr_arity arity,
                         const char *message)
{
	char err[256] = "";
	struct expr *e = (struct expr *)&err; /* must be reset to NULL */
	assert_int_equal(expr_compile(text, arity, &e, err, sizeof err), -1);
	assert_null(e);
	assert_string_equal(err, message);
}

/* ---- Values and exact derivatives --------------------------------------- */

static void test_numbers_in_every_spelling(void **state)
{
	(void)state;
	double x = opaque(3.0);
	expect_curve("42", x, 42.0, 0.0);
	expect_curve(".5*x", x, 1.5, 0.5);
	expect_curve("2.*x", x, 6.0, 2.0);
	expect_curve("x + 1e-4", x, x + 1e-4, 1.0);
	expect_curve("1E3*x", x, 3000.0, 1000.0);
	expect_curve("0.5e1 - x", x, 2.0, -1.0);
}

static void test_arithmetic_operators_and_their_derivatives(void **state)
{
	(void)state;
	double x = opaque(3.0);
	expect_curve("x + 3", x, 6.0, 1.0);
	expect_curve("x - 3", x, 0.0, 1.0);
	expect_curve("3 - x", x, 0.0, -1.0);
	expect_curve("x*x", x, 9.0, 6.0);
	expect_curve("x/4", x, 0.75, 0.25);
	/* d(1/x) = -1/x^2; the evaluator computes (0 - (1/x)*1)/x, which
	 * differs from -1/(x*x) in the last bit or so. */
	check_curve("1/x", x, 1.0 / x, -1.0 / (x * x), 1e-15);
	expect_curve("1/x", 4.0, 0.25, -0.0625);
}

static void test_multiplication_binds_tighter_than_addition(void **state)
{
	(void)state;
	double x = opaque(3.0);
	expect_curve("1 + 2*x", x, 7.0, 2.0);
	expect_curve("(1 + 2)*x", x, 9.0, 3.0);
	expect_curve("2*x**2", x, 18.0, 12.0);
	expect_curve("x + x*x - x/2", x, 10.5, 6.5);
}

static void test_subtraction_and_division_associate_left(void **state)
{
	(void)state;
	expect_curve("x - 1 - 1", opaque(5.0), 3.0, 1.0);
	expect_curve("x/2/2", opaque(8.0), 2.0, 0.25);
	expect_curve("24/x/2", opaque(3.0), 4.0, -24.0 / 9.0 / 2.0);
}

static void test_power_associates_right(void **state)
{
	(void)state;
	double x = opaque(1.5);
	expect_curve("2**3**2", x, 512.0, 0.0);
	expect_curve("2^3^2", x, 512.0, 0.0);
	expect_curve("(2**3)**2", x, 64.0, 0.0);
	/* 2**(x**2): d = 2**(x*x) * log 2 * 2x, in the evaluator's order. */
	double v = pow(2.0, x * x);
	expect_curve("2**x**2", x, v, v * log(2.0) * (2.0 * x));
}

static void test_caret_means_the_same_as_double_star(void **state)
{
	(void)state;
	double x = opaque(1.1);
	expect_curve("x^3", x, (x * x) * x, 3.0 * (x * x));
	expect_curve("x ^ 0.5", x, pow(x, 0.5), 0.5 * pow(x, -0.5));
}

static void test_unary_minus_binds_looser_than_power(void **state)
{
	(void)state;
	double x = opaque(3.0);
	expect_curve("-x**2", x, -9.0, -6.0);
	expect_curve("(-x)**2", x, 9.0, 6.0);
	expect_curve("-2**2", x, -4.0, 0.0);
	expect_curve("2**-1", x, 0.5, 0.0);
	expect_curve("x*-x", x, -9.0, -6.0);
	expect_curve("--x", x, 3.0, 1.0);
	expect_curve("+x", x, 3.0, 1.0);
	expect_curve("- +x", x, -3.0, -1.0);
	double y = opaque(1.5);
	expect_curve("2**-x", y, pow(2.0, -y), pow(2.0, -y) * log(2.0) * -1.0);
}

/* Every ** is C's pow(), as Python computes a float's power (the book's
 * numbers come from scalar code such as x[0]**2). The expected values are
 * Python's, at points where glibc's pow and repeated multiplication differ
 * (x*x would give 0.006201467749764559, 1.30850721, 18.715161374999994,
 * 1.194422049031025); the slopes are n*x**(n-1), also Python's. */
static void test_every_power_is_pythons_pow(void **state)
{
	(void)state;
	expect_curve("x**2", opaque(-0.0787493984089057), 0.00620146774976456, -0.1574987968178114);
	expect_curve("x**2", opaque(1.1439), 1.3085072099999997, 2.2878);
	expect_curve("x**3", opaque(2.655), 18.715161374999997, 21.147074999999994);
	expect_curve("x**-2", opaque(0.915), 1.1944220490310251, -2.6107585771169943);
	expect_curve("x**2.0", opaque(1.1439), 1.3085072099999997, 2.2878);
	expect_curve("x**(1+1)", opaque(1.1439), 1.3085072099999997, 2.2878);
	expect_curve("(x)**2", opaque(1.1439), 1.3085072099999997, 2.2878);
	expect_curve("(x+0)**2", opaque(1.1439), 1.3085072099999997, 2.2878);
	/* A constant power is folded by the same pow(). */
	expect_curve("(-0.0787493984089057)**2 + x", opaque(0.0), 0.00620146774976456, 1.0);
	expect_curve("x**1", opaque(1.1), 1.1, 1.0);
	expect_curve("x**0", opaque(1.1), 1.0, 0.0);
	expect_curve("x**0", opaque(0.0), 1.0, 0.0);
	/* A variable's power as the right operand (x1 + x0**2, ...). */
	double x[2] = { opaque(1.1439), opaque(2.655) };
	static const struct { const char *text; double value; } surfaces[] = {
		{ "x0**2 + x1**3", 20.023668584999996 },
		{ "x1**3 - x0**2", 17.406654165 },
		{ "x1 * x0**2", 3.4740866425499988 },
		{ "x1 / x0**2", 2.029029706301733 },
	};
	for (size_t i = 0; i < sizeof surfaces / sizeof surfaces[0]; i++) {
		struct expr *e = compile(surfaces[i].text, EXPR_SURFACE);
		double grad[2];
		assert_double_exact(expr_value(e, x), surfaces[i].value);
		assert_double_exact(expr_value_and_gradient(e, x, grad), surfaces[i].value);
		expr_free(e);
	}
	struct expr *e = compile("x0**2 + x1**3", EXPR_SURFACE);
	double grad[2];
	expr_value_and_gradient(e, x, grad);
	assert_double_exact(grad[0], 2.2878);
	assert_double_exact(grad[1], 21.147074999999994);
	expr_free(e);
}

static void test_other_powers_use_pow(void **state)
{
	(void)state;
	double x = opaque(2.0);
	expect_curve("x**0.5", x, pow(x, 0.5), 0.5 * pow(x, -0.5));
	expect_curve("x**65", x, pow(x, 65.0), 65.0 * pow(x, 64.0));
	expect_curve("2**x", opaque(3.0), 8.0, 8.0 * log(2.0));
	/* x**x: d = x**x (log x + 1); the evaluator adds x*x**(x-1) and
	 * x**x log x, which for x = 2 rounds the same. */
	expect_curve("x**x", x, 4.0, 4.0 * (log(2.0) + 1.0));
	/* At 0 with a constant exponent there is no log(0) term. */
	expect_curve("x**1.5", 0.0, 0.0, 0.0);
}

static void test_constants_pi_and_e(void **state)
{
	(void)state;
	double x = opaque(2.0), pi = 0x1.921fb54442d18p+1, e = 0x1.5bf0a8b145769p+1;
	expect_curve("pi", x, pi, 0.0);
	expect_curve("e", x, e, 0.0);
	expect_curve("pi*x", x, pi * 2.0, pi);
	double y = opaque(1.5);
	expect_curve("e**x", y, pow(e, y), pow(e, y) * log(e));
}

static void test_trigonometric_functions(void **state)
{
	(void)state;
	double x = opaque(0.7);
	expect_curve("sin(x)", x, sin(x), cos(x));
	expect_curve("cos(x)", x, cos(x), -sin(x));
	expect_curve("tan(x)", x, tan(x), 1.0 / (cos(x) * cos(x)));
}

static void test_inverse_trigonometric_functions(void **state)
{
	(void)state;
	double x = opaque(0.3);
	expect_curve("asin(x)", x, asin(x), 1.0 / sqrt(1.0 - x * x));
	expect_curve("acos(x)", x, acos(x), -1.0 / sqrt(1.0 - x * x));
	expect_curve("atan(x)", x, atan(x), 1.0 / (1.0 + x * x));
}

static void test_hyperbolic_functions(void **state)
{
	(void)state;
	double x = opaque(0.8);
	expect_curve("sinh(x)", x, sinh(x), cosh(x));
	expect_curve("cosh(x)", x, cosh(x), sinh(x));
	/* tanh' = 1 - tanh^2 (= 1/cosh^2, which rounds differently). */
	expect_curve("tanh(x)", x, tanh(x), 1.0 - tanh(x) * tanh(x));
	check_curve("tanh(x)", x, tanh(x), 1.0 / (cosh(x) * cosh(x)), 1e-15);
}

static void test_exp_and_logarithms(void **state)
{
	(void)state;
	double x = opaque(2.5);
	expect_curve("exp(x)", x, exp(x), exp(x));
	expect_curve("log(x)", x, log(x), 1.0 / x);
	expect_curve("log10(x)", x, log10(x), 1.0 / (x * log(10.0)));
	expect_curve("log10(x)", 100.0, 2.0, 1.0 / (100.0 * log(10.0)));
}

static void test_sqrt_and_abs(void **state)
{
	(void)state;
	double x = opaque(2.0);
	expect_curve("sqrt(x)", x, sqrt(x), 1.0 / (2.0 * sqrt(x)));
	expect_curve("sqrt(x)", 0.0, 0.0, INFINITY);
	expect_curve("abs(x)", -x, 2.0, -1.0);
	expect_curve("abs(x)", x, 2.0, 1.0);
	expect_curve("abs(x)", 0.0, 0.0, 0.0);
	expect_curve("abs(-x)", x, 2.0, 1.0);
}

static void test_composites_follow_the_chain_rule(void **state)
{
	(void)state;
	double x = opaque(1.3);
	/* The evaluator multiplies sin by (exp * -0.2) where the hand formula
	 * divides sin*exp by 5: equal up to rounding. */
	double damp = exp(-x / 5.0);
	check_curve("sin(x)*exp(-x/5)", x, sin(x) * damp,
	            cos(x) * damp - sin(x) * damp / 5.0, 1e-15);
	expect_curve("exp(sin(x)**2)", x, exp(sin(x) * sin(x)),
	             exp(sin(x) * sin(x)) * (2.0 * sin(x) * cos(x)));
	expect_curve("log(1 + x**2)", x, log(1.0 + x * x), 1.0 / (1.0 + x * x) * (2.0 * x));
	expect_curve("sqrt(x**2 + 1)", x, sqrt(x * x + 1.0),
	             1.0 / (2.0 * sqrt(x * x + 1.0)) * (2.0 * x));
	/* atan(1/x)' = -1/(1 + x^2); the evaluator goes through 1/x and
	 * -1/x^2, rounding twice more. */
	check_curve("atan(1/x)", x, atan(1.0 / x), -1.0 / (1.0 + x * x), 1e-15);
	expect_curve("tanh(2*x - 1)", x, tanh(2.0 * x - 1.0),
	             (1.0 - tanh(2.0 * x - 1.0) * tanh(2.0 * x - 1.0)) * 2.0);
	expect_curve("cos(x)/x", 2.0, cos(2.0) / 2.0,
	             (-sin(2.0) - cos(2.0) / 2.0) / 2.0);
}

static void test_blanks_between_tokens_are_ignored(void **state)
{
	(void)state;
	double x = opaque(3.0);
	expect_curve(" \t x \t *\t2 ", x, 6.0, 2.0);
	expect_curve("sin ( x ) ** 2", x, sin(x) * sin(x), 2.0 * sin(x) * cos(x));
}

static void test_surface_partials(void **state)
{
	(void)state;
	double a = opaque(3.0), b = opaque(4.0);
	expect_surface("x0**2 + x1**2", a, b, 25.0, 6.0, 8.0);
	expect_surface("x0*x1", a, b, 12.0, 4.0, 3.0);
	expect_surface("x0/x1", a, b, 0.75, 0.25, -a / (b * b));
	expect_surface("y - x", a, b, 1.0, -1.0, 1.0);
	expect_surface("x1", a, b, 4.0, 0.0, 1.0);
	expect_surface("sin(x0)*cos(x1)", a, b, sin(a) * cos(b),
	               cos(a) * cos(b), -sin(a) * sin(b));
	expect_surface("x0**x1", 2.0, a, 8.0, a * pow(2.0, a - 1.0),
	               8.0 * log(2.0));
	double u = 1.0 - 2.0 * 0.25;
	expect_surface("exp(x0 - 2*x1)", 1.0, 0.25, exp(u), exp(u), -2.0 * exp(u));
	/* The book's chapter 6 function, gradient (x/10, 2y). */
	expect_surface("x**2/20 + y**2", -7.0, 2.0, 49.0 / 20.0 + 4.0, -0.7, 4.0);
}

static void test_surface_may_spell_variables_x_and_y(void **state)
{
	(void)state;
	double a = opaque(3.0), b = opaque(4.0);
	expect_surface("x**2 + y**2", a, b, 25.0, 6.0, 8.0);
	expect_surface("x*y + x", a, b, 15.0, 5.0, 3.0);
}

static void test_partial_through_an_infinite_slope_stays_finite(void **state)
{
	(void)state;
	/* sqrt' is infinite at 0; x1's partial does not pass through it. */
	expect_surface("sqrt(x0) + x1", 0.0, 3.0, 3.0, INFINITY, 1.0);
	expect_surface("x0**0.5 * x1", 0.0, 3.0, 0.0, INFINITY, 0.0);
}

static void test_constant_expression_has_zero_gradient(void **state)
{
	(void)state;
	expect_surface("2*3 + sin(0) - pi/pi", 1.0, 2.0, 5.0, 0.0, 0.0);
}

/* ---- The book's numbers ------------------------------------------------- */

static double central_difference(const struct expr *e, double x, double h)
{
	double above = x + h, below = x - h;
	return (expr_value(e, &above) - expr_value(e, &below)) / (2 * h);
}

/* The book's numerical_gradient loop: perturb, evaluate, restore. */
static void book_gradient(const struct expr *e, double *x, double *grad)
{
	const double h = 1e-4;
	for (int i = 0; i < 2; i++) {
		double saved = x[i];
		x[i] = saved + h;
		double f1 = expr_value(e, x);
		x[i] = saved - h;
		double f2 = expr_value(e, x);
		grad[i] = (f1 - f2) / (2 * h);
		x[i] = saved;
	}
}

static void test_book_tangent_slopes_match_numpy(void **state)
{
	(void)state;
	struct expr *e = compile("0.01*x**2 + 0.1*x", EXPR_CURVE);
	assert_double_exact(central_difference(e, 10.0, 1e-4), 0.2999999999986347);
	assert_double_exact(central_difference(e, 5.0, 1e-4), 0.1999999999990898);
	expr_free(e);
}

static void test_book_warning_association_changes_the_bits(void **state)
{
	(void)state;
	struct expr *e = compile("0.01*x*x + 0.1*x", EXPR_CURVE);
	assert_double_exact(central_difference(e, 10.0, 1e-4), 0.2999999999997449);
	expr_free(e);
}

static void test_book_numerical_gradient_matches_numpy(void **state)
{
	(void)state;
	struct expr *e = compile("x0**2 + x1**2", EXPR_SURFACE);
	double x[2] = { 3.0, 4.0 }, grad[2];
	book_gradient(e, x, grad);
	assert_double_exact(grad[0], 6.00000000000378);
	assert_double_exact(grad[1], 7.999999999999119);
	x[0] = 0.0;
	x[1] = 2.0;
	book_gradient(e, x, grad);
	assert_double_exact(grad[0], 0.0);
	assert_double_exact(grad[1], 4.000000000004);
	expr_free(e);
}

static void test_book_function_exact_derivative(void **state)
{
	(void)state;
	/* 0.02x + 0.1, as the dual numbers multiply it: 0.01 * (2x) + 0.1. */
	expect_curve("0.01*x**2 + 0.1*x", 10.0, 2.0, 0.01 * (2.0 * 10.0) + 0.1);
	expect_curve("0.01*x**2 + 0.1*x", 5.0, 0.01 * 25.0 + 0.1 * 5.0,
	             0.01 * (2.0 * 5.0) + 0.1);
	check_curve("0.01*x**2 + 0.1*x", 10.0, 2.0, 0.3, 1e-15);
}

/* ---- The two evaluators agree ------------------------------------------- */

static void test_gradient_value_equals_value_bit_for_bit(void **state)
{
	(void)state;
	static const char *const texts[] = {
		"x0**2 + x1**2", "sin(x0)*exp(-x1/5)", "log(x0) - sqrt(x1)",
		"x0**x1", "x**-3 + y**0.5", "tan(x0)/x1", "acos(x0) + asin(x1)",
		"abs(x0 - x1)**1.5", "cosh(x0)*tanh(x1) - log10(x0)",
	};
	static const double points[][2] = {
		{ 3, 4 }, { -1.5, 0.25 }, { 0, 0 }, { -2, -7 }, { 1e300, 1e-300 },
	};
	for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
		struct expr *e = compile(texts[t], EXPR_SURFACE);
		for (size_t p = 0; p < sizeof points / sizeof points[0]; p++) {
			double grad[2];
			double v = expr_value(e, points[p]);
			double w = expr_value_and_gradient(e, points[p], grad);
			if (!(isnan(v) && isnan(w)))
				assert_memory_equal(&v, &w, sizeof v);
		}
		expr_free(e);
	}
}

/* ---- The compiled expression -------------------------------------------- */

static void test_text_is_kept_as_a_copy(void **state)
{
	(void)state;
	char text[] = "x**2";
	struct expr *e = compile(text, EXPR_CURVE);
	text[0] = 'y';
	assert_string_equal(expr_text(e), "x**2");
	assert_ptr_not_equal(expr_text(e), text);
	expr_free(e);
}

static void test_arity_is_the_one_compiled_for(void **state)
{
	(void)state;
	struct expr *c = compile("x", EXPR_CURVE), *s = compile("x", EXPR_SURFACE);
	assert_int_equal(expr_arity_of(c), EXPR_CURVE);
	assert_int_equal(expr_arity_of(s), EXPR_SURFACE);
	expr_free(c);
	expr_free(s);
}

/* ---- Errors ------------------------------------------------------------- */

static void test_errors_name_the_column_and_quote_the_text(void **state)
{
	(void)state;
	static const char *const cases[][2] = {
		{ "sin(x", "expected ')' at column 6 in 'sin(x'" },
		{ "(x", "expected ')' at column 3 in '(x'" },
		{ "sin(x x)", "expected ')' at column 7 in 'sin(x x)'" },
		{ "foo(x)", "unknown function 'foo' at column 1 in 'foo(x)'" },
		{ "2*Sin (x)", "unknown function 'Sin' at column 3 in '2*Sin (x)'" },
		{ "x x", "unexpected 'x' at column 3 in 'x x'" },
		{ "1 2", "unexpected '2' at column 3 in '1 2'" },
		{ "x)", "unexpected ')' at column 2 in 'x)'" },
		{ "2x", "unexpected 'x' at column 2 in '2x'" },
		{ "pi(2)", "unexpected '(' at column 3 in 'pi(2)'" },
		{ "x+", "expected a number, variable, function or '(' at column 3 in 'x+'" },
		{ "*x", "expected a number, variable, function or '(' at column 1 in '*x'" },
		{ "()", "expected a number, variable, function or '(' at column 2 in '()'" },
		{ "2**", "expected a number, variable, function or '(' at column 4 in '2**'" },
		{ "x**/2", "expected a number, variable, function or '(' at column 4 in 'x**/2'" },
		{ "sin()", "expected a number, variable, function or '(' at column 5 in 'sin()'" },
		{ "sin x", "function 'sin' needs '(' at column 5 in 'sin x'" },
		{ "sqrt", "function 'sqrt' needs '(' at column 5 in 'sqrt'" },
		{ "x # 2", "unexpected character '#' at column 3 in 'x # 2'" },
		{ "x, 1", "unexpected character ',' at column 2 in 'x, 1'" },
		{ "1e", "malformed number '1e' at column 1 in '1e'" },
		{ "1.2.3", "malformed number '1.2.3' at column 1 in '1.2.3'" },
		{ "x+1e+", "malformed number '1e+' at column 3 in 'x+1e+'" },
		{ ".", "malformed number '.' at column 1 in '.'" },
		{ "3*1ex", "malformed number '1ex' at column 3 in '3*1ex'" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		expect_error(cases[i][0], EXPR_CURVE, cases[i][1]);
}

static void test_empty_text_is_an_empty_expression(void **state)
{
	(void)state;
	expect_error("", EXPR_CURVE, "empty expression");
	expect_error(" \t ", EXPR_SURFACE, "empty expression");
}

static void test_unknown_variables_say_what_a_curve_uses(void **state)
{
	(void)state;
	expect_error("z+1", EXPR_CURVE,
	             "unknown variable 'z' at column 1 in 'z+1' (a curve uses x)");
	expect_error("x1", EXPR_CURVE,
	             "unknown variable 'x1' at column 1 in 'x1' (a curve uses x)");
	expect_error("x*y", EXPR_CURVE,
	             "unknown variable 'y' at column 3 in 'x*y' (a curve uses x)");
}

static void test_unknown_variables_say_what_a_surface_uses(void **state)
{
	(void)state;
	expect_error("x0 + z", EXPR_SURFACE,
	             "unknown variable 'z' at column 6 in 'x0 + z' "
	             "(a surface uses x0 and x1, or x and y)");
	expect_error("x2", EXPR_SURFACE,
	             "unknown variable 'x2' at column 1 in 'x2' "
	             "(a surface uses x0 and x1, or x and y)");
	expect_error("x y", EXPR_SURFACE, "unexpected 'y' at column 3 in 'x y'");
}

static void test_surface_cannot_mix_spellings(void **state)
{
	(void)state;
	expect_error("x0 + y", EXPR_SURFACE,
	             "cannot mix x0/x1 with x/y at column 6 in 'x0 + y'");
	expect_error("x*x1", EXPR_SURFACE,
	             "cannot mix x0/x1 with x/y at column 3 in 'x*x1'");
}

static void test_unprintable_bytes_are_not_echoed(void **state)
{
	(void)state;
	expect_error("x\x01", EXPR_CURVE,
	             "unexpected character '?' at column 2 in 'x?'");
	expect_error("x + \xc3\xa9", EXPR_CURVE,
	             "unexpected character '?' at column 5 in 'x + ?" "?'");
	expect_error("x\t)", EXPR_CURVE, "unexpected ')' at column 3 in 'x )'");
}

static void test_long_text_is_quoted_around_the_error(void **state)
{
	(void)state;
	char text[200] = "";
	for (int i = 0; i < 40; i++)
		strcat(text, "x+");
	strcat(text, "#");
	for (int i = 0; i < 20; i++)
		strcat(text, "+x");
	expect_error(text, EXPR_CURVE,
	             "unexpected character '#' at column 81 in '...x+x+x+x+x+x+x+"
	             "x+x+x+x+x+x+x+x+#+x+x+x+x+x+x+x+x+x+x+x+x+x+x+...'");
	text[0] = '\0';
	for (int i = 0; i < 10; i++)
		strcat(text, "x+");
	strcat(text, "@");
	for (int i = 0; i < 40; i++)
		strcat(text, "+x");
	expect_error(text, EXPR_CURVE,
	             "unexpected character '@' at column 21 in 'x+x+x+x+x+x+x+x+"
	             "x+x+@+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+...'");
}

static void test_long_names_are_shortened_in_messages(void **state)
{
	(void)state;
	expect_error("abcdefghijklmnopqrstuvwxyz0123(x)", EXPR_CURVE,
	             "unknown function 'abcdefghijklmnopqrstuvwx...' at column 1 "
	             "in 'abcdefghijklmnopqrstuvwxyz0123(x)'");
}

static char *repeat_around(const char *open, int n, const char *middle,
                           const char *close)
{
	size_t size = (strlen(open) + strlen(close)) * (size_t)n + strlen(middle) + 1;
	char *s = malloc(size);
	assert_non_null(s);
	s[0] = '\0';
	for (int i = 0; i < n; i++)
		strcat(s, open);
	strcat(s, middle);
	for (int i = 0; i < n; i++)
		strcat(s, close);
	return s;
}

static void test_nesting_is_limited_to_64(void **state)
{
	(void)state;
	char *ok = repeat_around("(", 64, "x", ")");
	struct expr *e = compile(ok, EXPR_CURVE);
	double x = 2.0;
	assert_double_exact(expr_value(e, &x), 2.0);
	expr_free(e);
	free(ok);

	char *deep = repeat_around("(", 65, "x", ")");
	expect_error(deep, EXPR_CURVE,
	             "too deeply nested at column 65 in '...((((((((((((((((((((("
	             "((((((((((x))))))))))))))))))))))))))))...'");
	free(deep);
	char *signs = repeat_around("-", 65, "x", "");
	expect_error(signs, EXPR_CURVE,
	             "too deeply nested at column 65 in '...------------------------------"
	             "-----------------------------x'");
	free(signs);
	char *powers = repeat_around("x**", 65, "x", "");
	expect_error(powers, EXPR_CURVE,
	             "too deeply nested at column 194 in '...**x**x**x**x**x**x**x**x**x**x"
	             "**x**x**x**x**x**x**x**x**x**x'");
	free(powers);
}

static void test_text_is_limited_to_4096_characters(void **state)
{
	(void)state;
	char *text = malloc(4098);
	assert_non_null(text);
	text[0] = 'x';
	for (int i = 1; i < 4095; i += 2)
		memcpy(text + i, "+x", 2);
	text[4095] = ' ';
	text[4096] = '\0';
	struct expr *e = compile(text, EXPR_CURVE);
	double x = 1.0;
	assert_double_exact(expr_value(e, &x), 2048.0);
	expr_free(e);
	text[4096] = 'x';
	text[4097] = '\0';
	expect_error(text, EXPR_CURVE,
	             "expression too long (at most 4096 characters)");
	free(text);
}

static void test_error_buffer_is_optional_and_never_overrun(void **state)
{
	(void)state;
	struct expr *e = NULL;
	char small[8];
	memset(small, 'z', sizeof small);
	assert_int_equal(expr_compile("sin(x", EXPR_CURVE, &e, small, 6), -1);
	assert_string_equal(small, "expec");
	assert_int_equal(small[6], 'z');
	assert_int_equal(expr_compile("sin(x", EXPR_CURVE, &e, NULL, 0), -1);
	assert_null(e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_numbers_in_every_spelling),
		cmocka_unit_test(test_arithmetic_operators_and_their_derivatives),
		cmocka_unit_test(test_multiplication_binds_tighter_than_addition),
		cmocka_unit_test(test_subtraction_and_division_associate_left),
		cmocka_unit_test(test_power_associates_right),
		cmocka_unit_test(test_caret_means_the_same_as_double_star),
		cmocka_unit_test(test_unary_minus_binds_looser_than_power),
		cmocka_unit_test(test_every_power_is_pythons_pow),
		cmocka_unit_test(test_other_powers_use_pow),
		cmocka_unit_test(test_constants_pi_and_e),
		cmocka_unit_test(test_trigonometric_functions),
		cmocka_unit_test(test_inverse_trigonometric_functions),
		cmocka_unit_test(test_hyperbolic_functions),
		cmocka_unit_test(test_exp_and_logarithms),
		cmocka_unit_test(test_sqrt_and_abs),
		cmocka_unit_test(test_composites_follow_the_chain_rule),
		cmocka_unit_test(test_blanks_between_tokens_are_ignored),
		cmocka_unit_test(test_surface_partials),
		cmocka_unit_test(test_surface_may_spell_variables_x_and_y),
		cmocka_unit_test(test_partial_through_an_infinite_slope_stays_finite),
		cmocka_unit_test(test_constant_expression_has_zero_gradient),
		cmocka_unit_test(test_book_tangent_slopes_match_numpy),
		cmocka_unit_test(test_book_warning_association_changes_the_bits),
		cmocka_unit_test(test_book_numerical_gradient_matches_numpy),
		cmocka_unit_test(test_book_function_exact_derivative),
		cmocka_unit_test(test_gradient_value_equals_value_bit_for_bit),
		cmocka_unit_test(test_text_is_kept_as_a_copy),
		cmocka_unit_test(test_arity_is_the_one_compiled_for),
		cmocka_unit_test(test_errors_name_the_column_and_quote_the_text),
		cmocka_unit_test(test_empty_text_is_an_empty_expression),
		cmocka_unit_test(test_unknown_variables_say_what_a_curve_uses),
		cmocka_unit_test(test_unknown_variables_say_what_a_surface_uses),
		cmocka_unit_test(test_surface_cannot_mix_spellings),
		cmocka_unit_test(test_unprintable_bytes_are_not_echoed),
		cmocka_unit_test(test_long_text_is_quoted_around_the_error),
		cmocka_unit_test(test_long_names_are_shortened_in_messages),
		cmocka_unit_test(test_nesting_is_limited_to_64),
		cmocka_unit_test(test_text_is_limited_to_4096_characters),
		cmocka_unit_test(test_error_buffer_is_optional_and_never_overrun),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
