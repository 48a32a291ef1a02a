/* Tests for figures_tangent: the view holds the tangent, the secant is the
 * numerical derivative beside the true tangent, the marks stay apart in
 * ascii. */
#include "testutil.h"

#include <math.h>

#include "expr.h"
#include "figures.h"
#include "figtest.h"

static struct expr *compile(const char *text)
{
	struct expr *e;
	char err[128];
	assert_int_equal(expr_compile(text, EXPR_CURVE, &e, err, sizeof err), 0);
	return e;
}

static struct tangent_params params(const struct expr *e, double a, double h, double xlo,
                                    double xhi)
{
	struct tangent_params p = { .f = objective_of_expr(e), .f_text = "f", .a = a, .h = h,
	                            .xlo = xlo, .xhi = xhi };
	return p;
}

/* The column of the y axis: the one holding the most frame glyphs. */
static int axis_col(const struct canvas *c)
{
	int best = 0, most = -1;
	for (int k = 0; k < canvas_cols(c) / 2; k++) {
		int n = 0;
		for (int r = 0; r < canvas_rows(c); r++) {
			uint16_t g = canvas_cell(c, k, r, NULL);
			n += g == 0x2502 || g == 0x2524 || g == '|' || g == '+';
		}
		if (n > most) {
			most = n;
			best = k;
		}
	}
	return best;
}

/* The row of the y label "0". */
static int zero_row(const struct canvas *c, int axis)
{
	for (int r = 0; r < canvas_rows(c); r++)
		if (canvas_cell(c, axis - 1, r, NULL) == '0' &&
		    (canvas_cell(c, axis, r, NULL) == 0x2524 || canvas_cell(c, axis, r, NULL) == '+'))
			return r;
	return -1;
}

/* The book's tangent at a = 10 reaches y = -1 at x = 0: the view holds it,
 * below the row of 0, in the plot's first column. */
static void test_view_holds_the_tangent_at_the_range_ends(void **state)
{
	(void)state;
	struct expr *e = compile("0.01*x**2 + 0.1*x");
	struct canvas *c = canvas_new(80, 24, CANVAS_BRAILLE);
	struct tangent_params p = params(e, 10, 1e-4, 0, 20);
	assert_int_equal(figure_tangent(c, &p), 0);
	int axis = axis_col(c), zero = zero_row(c, axis);
	assert_true(zero > 0);
	bool below = false;
	for (int r = zero + 1; r < canvas_rows(c) - 3; r++) {
		enum canvas_style s;
		canvas_cell(c, axis + 1, r, &s);
		below = below || s == STYLE_TANGENT;
	}
	assert_true(below);
	canvas_free(c);
	expr_free(e);
}

/* A tangent far steeper than the curve adds at most the curve's span above
 * and below it: the curve keeps a third of the plot's rows. */
static void test_a_steep_tangent_leaves_the_curve_a_third(void **state)
{
	(void)state;
	struct expr *e = compile("exp(x)");
	struct canvas *c = canvas_new(80, 24, CANVAS_BRAILLE);
	struct tangent_params p = params(e, 2.9, 1e-4, -3, 3);
	assert_int_equal(figure_tangent(c, &p), 0);
	int axis = axis_col(c), rows = 0, plot_rows = canvas_rows(c) - 4;
	for (int r = 1; r <= plot_rows; r++) {
		bool curve = false;
		for (int k = axis + 6; k < canvas_cols(c); k++) {
			enum canvas_style s;
			canvas_cell(c, k, r, &s);
			curve = curve || s == STYLE_CURVE;
		}
		rows += curve;
	}
	assert_true(rows * 3 >= plot_rows - 2);
	canvas_free(c);
	expr_free(e);
}

/* At h = 1e-50, a + h rounds to a: the secant (the numerical derivative)
 * lies flat through f(a), beside the true tangent. */
static void test_the_secant_lies_flat_at_h_1e_50(void **state)
{
	(void)state;
	struct expr *e = compile("0.01*x**2 + 0.1*x");
	struct canvas *c = canvas_new(80, 24, CANVAS_BRAILLE);
	struct tangent_params p = params(e, 10, 1e-50, 0, 20);
	p.secant = true;
	assert_int_equal(figure_tangent(c, &p), 0);
	assert_true(figtest_shows(c, "tangent y = 0.3x - 1.0 (exact slope)"));
	assert_true(figtest_shows(c, "secant a-h, a+h (h = 1e-50): slope 0"));
	int row = -1, axis = axis_col(c);
	for (int r = 5; r < canvas_rows(c); r++) /* below the legend */
		for (int k = axis + 1; k < canvas_cols(c); k++) {
			enum canvas_style s;
			canvas_cell(c, k, r, &s);
			if (s != STYLE_SECANT)
				continue;
			if (row < 0)
				row = r;
			assert_int_equal(r, row);
		}
	assert_true(row > 0);
	/* the point of tangency is on that row */
	bool on_row = false;
	for (int k = axis + 1; k < canvas_cols(c); k++)
		on_row = on_row || canvas_cell(c, k, row, NULL) == 0x25CF;
	assert_true(on_row);
	canvas_free(c);
	expr_free(e);
}

/* In a narrow pane (58 columns: 120x40's side by side, 60x20) the secant
 * keeps a legend in its short form, before the point of tangency, so a
 * dotted line is never left unexplained where rows take three entries. */
static void test_a_narrow_figure_names_its_secant_briefly(void **state)
{
	(void)state;
	struct expr *e = compile("0.01*x**2 + 0.1*x");
	const int rows[] = { 36, 12, 10 }; /* 10: the legend's rows take three entries */
	for (int i = 0; i < 3; i++) {
		struct canvas *c = canvas_new(58, rows[i], CANVAS_BRAILLE);
		struct tangent_params p = params(e, 10, 1e-50, 0, 20);
		p.secant = true;
		assert_int_equal(figure_tangent(c, &p), 0);
		assert_true(figtest_shows(c, "secant: slope 0.0"));
		int col, row;
		assert_false(figtest_find_text(c, "(h = 1e-50)", &col, &row));
		assert_true(figtest_shows(c, "tangent y = 0.3x - 1.0"));
		canvas_free(c);
	}
	expr_free(e);
}

/* As h shrinks the secant's slope turns to f'(a): sin at 1. Forward takes
 * a and a+h. */
static void test_the_secant_is_the_difference_by_method(void **state)
{
	(void)state;
	struct expr *e = compile("sin(x)");
	struct canvas *c = canvas_new(80, 24, CANVAS_ASCII);
	struct tangent_params p = params(e, 1, 1, -4, 4);
	p.secant = true;
	assert_int_equal(figure_tangent(c, &p), 0);
	assert_true(figtest_shows(c, "secant a-h, a+h (h = 1.0): slope 0.4546"));
	p.h = 0.01;
	assert_int_equal(figure_tangent(c, &p), 0);
	assert_true(figtest_shows(c, "secant a-h, a+h (h = 0.01): slope 0.5403"));
	p.method = DIFF_FORWARD;
	p.h = 1;
	assert_int_equal(figure_tangent(c, &p), 0);
	assert_true(figtest_shows(c, "secant a, a+h (h = 1.0): slope 0.0678"));
	assert_true(figtest_shows(c, "tangent y = 0.5403x + 0.3012 (exact slope)"));
	canvas_free(c);
	expr_free(e);
}

/* Without color, in ascii, the tangent is * and the secant :, whatever
 * their slope; the curve keeps its slope glyphs. */
static void test_ascii_marks_stay_apart(void **state)
{
	(void)state;
	struct expr *e = compile("0.01*x**2 + 0.1*x");
	struct canvas *c = canvas_new(80, 24, CANVAS_ASCII);
	struct tangent_params p = params(e, 10, 4, 0, 20);
	p.secant = true;
	p.method = DIFF_FORWARD;
	assert_int_equal(figure_tangent(c, &p), 0);
	int tangent = 0, secant = 0, curve = 0;
	for (int r = 1; r < canvas_rows(c) - 3; r++)
		for (int k = 0; k < canvas_cols(c); k++) {
			enum canvas_style s;
			uint16_t g = canvas_cell(c, k, r, &s);
			if (s == STYLE_TANGENT) {
				assert_int_equal(g, '*');
				tangent++;
			} else if (s == STYLE_SECANT) {
				assert_true(g == ':' || g == 'o');
				secant++;
			} else if (s == STYLE_CURVE) {
				assert_non_null(strchr("-_/\\|'.", (char)g));
				curve++;
			}
		}
	assert_true(tangent > 10 && secant > 10 && curve > 10);
	canvas_free(c);
	expr_free(e);
}

/* a outside the range: the tangent over the range, no point, the legend
 * still says where. Without an exact derivative, the book's tangent. */
static void test_a_outside_and_no_exact_derivative(void **state)
{
	(void)state;
	struct expr *e = compile("0.01*x**2 + 0.1*x");
	struct canvas *c = canvas_new(80, 24, CANVAS_ASCII);
	struct tangent_params p = params(e, 30, 1e-4, 0, 20);
	assert_int_equal(figure_tangent(c, &p), 0);
	assert_true(figtest_shows(c, "a = 30.0, f(a) = 12.0"));
	assert_true(figtest_count(c, '@', STYLE_CURRENT, 0) == 1); /* the legend's */
	assert_true(figtest_count(c, '*', STYLE_TANGENT, 4) > 10);
	p.a = 10;
	p.secant = true;
	p.f.value_and_gradient = NULL;
	assert_int_equal(figure_tangent(c, &p), 0);
	assert_true(figtest_shows(c, "tangent y = 0.3x - 1"));
	char *text = figtest_text(c);
	assert_null(strstr(text, "exact"));
	free(text);
	canvas_free(c);
	expr_free(e);
}

/* slope plot shows the secant when asked, or once h is not the book's
 * 1e-4 (the man page's --secant). */
static void test_plot_shows_the_secant_once_h_is_not_the_books(void **state)
{
	(void)state;
	assert_false(figure_tangent_secant(false, 1e-4));
	assert_true(figure_tangent_secant(true, 1e-4));
	assert_true(figure_tangent_secant(false, 1e-3));
	assert_true(figure_tangent_secant(false, 1.0000000000000002e-4));
	assert_true(figure_tangent_secant(false, 1e-50));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_view_holds_the_tangent_at_the_range_ends),
		cmocka_unit_test(test_plot_shows_the_secant_once_h_is_not_the_books),
		cmocka_unit_test(test_a_steep_tangent_leaves_the_curve_a_third),
		cmocka_unit_test(test_the_secant_lies_flat_at_h_1e_50),
		cmocka_unit_test(test_a_narrow_figure_names_its_secant_briefly),
		cmocka_unit_test(test_the_secant_is_the_difference_by_method),
		cmocka_unit_test(test_ascii_marks_stay_apart),
		cmocka_unit_test(test_a_outside_and_no_exact_derivative),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
