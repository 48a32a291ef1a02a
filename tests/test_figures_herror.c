/* Tests for figures_herror: the error of the central and forward
 * differences against h, the V, the book's 1e-50 left of the scale, errors
 * of 0 under it, the current h marked. */
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

static struct herror_params params(const struct expr *e, double a, double h)
{
	struct herror_params p = { .f = objective_of_expr(e), .f_text = "f(x)", .a = a, .h = h,
	                           .method = DIFF_CENTRAL };
	return p;
}

/* The cell of the last (lowest, then rightmost) glyph g in style s. */
static bool lowest(const struct canvas *c, uint16_t g, enum canvas_style s, int *col, int *row)
{
	bool found = false;
	for (int r = 0; r < canvas_rows(c); r++)
		for (int k = 0; k < canvas_cols(c); k++) {
			enum canvas_style cs;
			if (canvas_cell(c, k, r, &cs) == g && cs == s) {
				*col = k;
				*row = r;
				found = true;
			}
		}
	return found;
}

/* Whether the current point is marked in columns from..to-1 (its legend
 * sample, followed by "  h =", does not count). */
static bool marked(const struct canvas *c, int from, int to)
{
	for (int r = 0; r < canvas_rows(c); r++)
		for (int k = from; k < to && k + 3 < canvas_cols(c); k++) {
			enum canvas_style s;
			if (canvas_cell(c, k, r, &s) == '@' && s == STYLE_CURRENT &&
			    canvas_cell(c, k + 3, r, NULL) != 'h')
				return true;
		}
	return false;
}

/* The book's curve at a = 10: the current h = 1e-4 on the central error
 * 1.365e-12; the forward error's V at the bottom between 1e-10 and 1e-6
 * (truncation 0.01h falls, rounding rises); both differences at 1e-50 in
 * the band above its label. */
static void test_the_book_error_and_its_v(void **state)
{
	(void)state;
	struct expr *e = compile("0.01*x**2 + 0.1*x");
	struct canvas *c = canvas_new(120, 40, CANVAS_ASCII);
	struct herror_params p = params(e, 10, 1e-4);
	assert_int_equal(figure_herror(c, &p), 0);
	assert_true(figtest_shows(c, "h = 0.0001 (central): error 1.365e-12"));
	assert_true(figtest_shows(c, "central (f(a+h) - f(a-h)) / 2h"));
	assert_true(figtest_shows(c, "forward (f(a+h) - f(a)) / h"));
	int lo_col = 0, lo_row = 0, hi_col = 0, hi_row = 0, col = 0, row = 0, band_col = 0, band_row = 0;
	/* the x labels' row: the band's label is its first */
	band_row = canvas_rows(c) - 2;
	assert_true(figtest_find_on_row(c, "1e-50", band_row, &band_col));
	assert_true(figtest_find_on_row(c, "1e-10", band_row, &lo_col));
	assert_true(figtest_find_on_row(c, "1e-6", band_row, &hi_col));
	assert_true(lowest(c, 'x', STYLE_SERIES_2, &col, &row));
	assert_true(col > lo_col && col < hi_col + 4);
	(void)lo_row;
	(void)hi_row;
	/* 1e-50: |0 - 0.3| for both, in the band's two columns above its
	 * label */
	bool central = false, forward = false;
	for (int r = 0; r < band_row; r++)
		for (int k = band_col; k < band_col + 5; k++) {
			enum canvas_style s;
			uint16_t g = canvas_cell(c, k, r, &s);
			central = central || (g == 'o' && s == STYLE_SERIES_1);
			forward = forward || (g == 'x' && s == STYLE_SERIES_2);
		}
	assert_true(central && forward);
	canvas_free(c);
	expr_free(e);
}

/* An error of exactly 0 (the central difference of a line at h = 0.5) is
 * marked on the band under the scale, on the row labelled 0. */
static void test_an_error_of_0_goes_under_the_scale(void **state)
{
	(void)state;
	struct expr *e = compile("2*x+1");
	struct canvas *c = canvas_new(80, 24, CANVAS_ASCII);
	struct herror_params p = params(e, 10, 0.5);
	assert_int_equal(figure_herror(c, &p), 0);
	assert_true(figtest_shows(c, "h = 0.5 (central): error 0"));
	int col = 0, row = 0;
	assert_true(lowest(c, '@', STYLE_CURRENT, &col, &row));
	/* the y label 0 on that row */
	bool zero = false;
	for (int k = 0; k < col; k++)
		zero = zero || (canvas_cell(c, k, row, NULL) == '0' &&
		                canvas_cell(c, k + 1, row, NULL) == '+');
	assert_true(zero);
	canvas_free(c);
	expr_free(e);
}

/* The current h at 1e-50 is in the band; at 1e-20 the scale widens to
 * hold it; without an exact derivative there is no error to draw. */
static void test_the_current_h_off_the_books_span(void **state)
{
	(void)state;
	struct expr *e = compile("0.01*x**2 + 0.1*x");
	struct canvas *c = canvas_new(80, 24, CANVAS_ASCII);
	struct herror_params p = params(e, 10, 1e-50);
	p.method = DIFF_FORWARD;
	int band_col = 0, band_row = 0;
	assert_int_equal(figure_herror(c, &p), 0);
	assert_true(figtest_shows(c, "h = 1e-50 (forward): error 0.3"));
	band_row = canvas_rows(c) - 2;
	assert_true(figtest_find_on_row(c, "1e-50", band_row, &band_col));
	assert_true(marked(c, band_col, band_col + 5));
	p.h = 1e-20;
	assert_int_equal(figure_herror(c, &p), 0);
	assert_false(marked(c, band_col, band_col + 5));
	assert_true(marked(c, band_col + 5, canvas_cols(c)));
	p.f.value_and_gradient = NULL;
	assert_int_equal(figure_herror(c, &p), 0);
	assert_true(figtest_shows(c, "no exact f'(a) to measure the error by"));
	canvas_free(c);
	expr_free(e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_the_book_error_and_its_v),
		cmocka_unit_test(test_an_error_of_0_goes_under_the_scale),
		cmocka_unit_test(test_the_current_h_off_the_books_span),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
