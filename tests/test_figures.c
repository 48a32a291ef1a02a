/* Tests for figures: where the book's marks land, and no garbage from
 * functions with poles or holes. */
#include "testutil.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "expr.h"
#include "figures.h"
#include "render.h"

static double book_curve(const void *ctx, const double *x)
{
	(void)ctx;
	return 0.01 * (x[0] * x[0]) + 0.1 * x[0];
}

static double bowl(const void *ctx, const double *x)
{
	(void)ctx;
	return x[0] * x[0] + x[1] * x[1];
}

static double expr_objective(const void *ctx, const double *x)
{
	return expr_value(ctx, x);
}

static struct tangent_params book_tangent(void)
{
	struct tangent_params p = { .f = { book_curve, NULL, 1, NULL }, .f_text = "f(x)",
	                            .a = 10, .h = 1e-4, .xlo = 0, .xhi = 20 };
	return p;
}

/* The last cell (the legend's samples come first) holding glyph g. */
static bool find_glyph(const struct canvas *c, uint16_t g, int *col, int *row)
{
	bool found = false;
	for (int r = 0; r < canvas_rows(c); r++)
		for (int k = 0; k < canvas_cols(c); k++)
			if (canvas_cell(c, k, r, NULL) == g) {
				*col = k;
				*row = r;
				found = true;
			}
	return found;
}

/* The cell where a text starts on the canvas, or false. */
static bool find_text(const struct canvas *c, const char *text, int *col, int *row)
{
	int n = (int)strlen(text);
	for (int r = 0; r < canvas_rows(c); r++) {
		for (int k = 0; k + n <= canvas_cols(c); k++) {
			int i = 0;
			while (i < n && canvas_cell(c, k + i, r, NULL) == (unsigned char)text[i])
				i++;
			bool alone = (k == 0 || canvas_cell(c, k - 1, r, NULL) == ' ') &&
			             (k + n == canvas_cols(c) || canvas_cell(c, k + n, r, NULL) == ' ');
			if (i == n && alone) {
				*col = k;
				*row = r;
				return true;
			}
		}
	}
	return false;
}

/* a = 10 and f(a) = 2 are both ticks at 80x24: the point of tangency sits
 * above the x tick "10" and beside the y tick "2". */
static void test_tangency_marker_at_its_ticks(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(80, 24, CANVAS_BRAILLE);
	struct tangent_params p = book_tangent();
	assert_int_equal(figure_tangent(c, &p), 0);
	int col = -1, row = -1, xcol = -1, xrow = -1, ycol, yrow;
	assert_true(find_glyph(c, 0x25CF, &col, &row) && row > 3); /* not the legend's */
	assert_true(find_text(c, "10", &xcol, &xrow));
	yrow = -1; /* the y label "2" is right beside its tick mark ┤ */
	for (int r = 0; r < 24; r++)
		for (ycol = 0; ycol + 1 < 80; ycol++)
			if (canvas_cell(c, ycol, r, NULL) == '2' &&
			    canvas_cell(c, ycol + 1, r, NULL) == 0x2524)
				yrow = r;
	assert_int_equal(col, xcol); /* "10" centred under its tick: left digit */
	assert_int_equal(row, yrow);
	assert_int_equal(canvas_cell(c, xcol, xrow - 1, NULL), 0x252C); /* ┬ */
	canvas_free(c);
}

static void test_tangent_legend_shows_rounded_equation(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(80, 24, CANVAS_ASCII);
	struct tangent_params p = book_tangent();
	assert_int_equal(figure_tangent(c, &p), 0);
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	render_canvas(out, c, 0);
	fclose(out);
	assert_non_null(strstr(text, "tangent y = 0.3x - 1"));
	assert_non_null(strstr(text, "a = 10, f(a) = 2"));
	free(text);
	canvas_free(c);
}

static char *render_text(const struct canvas *c)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	render_canvas(out, c, 0);
	fclose(out);
	return text;
}

/* Curve cells in plot columns whose x is < 0 (log) or the share of rows a
 * column near x = 0 fills (1/x): no line may join the two branches. */
static void test_poles_and_holes_draw_no_garbage(void **state)
{
	(void)state;
	const char *texts[2] = { "log(x)", "1/x" };
	enum canvas_mode modes[2] = { CANVAS_BRAILLE, CANVAS_ASCII };
	for (int t = 0; t < 2; t++) {
		char err[128];
		struct expr *e;
		assert_int_equal(expr_compile(texts[t], EXPR_CURVE, &e, err, sizeof err), 0);
		for (int m = 0; m < 2; m++) {
			struct canvas *c = canvas_new(80, 24, modes[m]);
			struct tangent_params p = { .f = { expr_objective, e, 1, NULL }, .f_text = texts[t],
			                            .a = 1, .h = 1e-4, .xlo = -5, .xhi = 5, .secant = true };
			assert_int_equal(figure_tangent(c, &p), 0);
			char *text = render_text(c);
			assert_null(strstr(text, "nan"));
			assert_null(strstr(text, "inf"));
			free(text);
			int curve_left = 0, tallest = 0;
			for (int k = 0; k < 80; k++) {
				int in_column = 0;
				for (int r = 0; r < 24; r++) {
					enum canvas_style s;
					canvas_cell(c, k, r, &s);
					if (s == STYLE_CURVE && r > 5) { /* below the legend */
						in_column++;
						curve_left += k < 30; /* x < about -1 */
					}
				}
				tallest = in_column > tallest ? in_column : tallest;
			}
			if (t == 0)
				assert_int_equal(curve_left, 0);
			else
				assert_true(tallest < 12);
			canvas_free(c);
		}
		expr_free(e);
	}
}

/* -grad of x0^2 + x1^2 points to the origin: on the row of x1 = 0, heads
 * left of the centre point right, heads right of it point left. */
static void test_field_points_to_the_origin(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(80, 24, CANVAS_BRAILLE);
	struct field_params p = { { bowl, NULL, 2, NULL }, "field", 1e-4, { -2, 2, -2, 2 } };
	assert_int_equal(figure_field(c, &p), 0);
	int zc, zr;
	assert_true(find_glyph(c, 0x00B7, &zc, &zr)); /* the zero gradient */
	int right = 0, left = 0;
	for (int k = 0; k < 80; k++) {
		uint16_t g = canvas_cell(c, k, zr, NULL);
		assert_false(g == 0x2192 && k > zc);
		assert_false(g == 0x2190 && k < zc);
		right += g == 0x2192;
		left += g == 0x2190;
	}
	assert_true(right >= 2 && left >= 2);
	canvas_free(c);
}

/* A run of n - 1 updates from the book's start. */
static void run_path(struct run *r, double (*f)(const void *, const double *),
                     double lr, long n)
{
	struct run_spec spec = { .surface = { f, NULL, 2, NULL }, .h = 1e-4,
	                         .optimizer = optimizer_defaults(OPTIMIZER_SGD, lr), .start = { -3, 4 } };
	assert_int_equal(run_init(r, &spec, true), 0);
	run_until(r, n - 1);
}

static void test_descent_marks_start_and_current(void **state)
{
	(void)state;
	struct run run;
	run_path(&run, bowl, 0.1, 21);
	struct canvas *c = canvas_new(80, 24, CANVAS_ASCII);
	struct descent_params p = { .run = &run, .f_text = "x0**2 + x1**2",
	                            .view = { -3.5, 3.5, -4.5, 4.5 }, .current = 20,
	                            .next_arrow = true };
	assert_int_equal(figure_descent(c, &p), 0);
	int col, row;
	/* the start (-3, 4): left of the middle, near the top */
	bool found = false;
	for (int r = 2; r < 12 && !found; r++)
		for (int k = 10; k < 40 && !found; k++)
			found = canvas_cell(c, k, r, NULL) == 'S';
	assert_true(found);
	/* the current point near the origin, the centre of the plot area */
	assert_true(find_glyph(c, '@', &col, &row));
	assert_true(abs(col - 41) <= 3 && abs(row - 11) <= 2);
	canvas_free(c);
	run_free(&run);
}

static void test_descent_cache_gives_the_same_picture(void **state)
{
	(void)state;
	struct run run;
	run_path(&run, bowl, 0.1, 30);
	struct figure_cache *cache = figure_cache_new();
	struct canvas *a = canvas_new(100, 30, CANVAS_BRAILLE);
	struct canvas *b = canvas_new(100, 30, CANVAS_BRAILLE);
	for (long cur = 0; cur < 30; cur += 7) {
		for (int fit = 0; fit < 2; fit++) {
			struct descent_params p = { .run = &run, .f_text = "bowl",
			                            .view = { -3.5, 3.5, -4.5, 4.5 }, .fit_view = fit,
			                            .current = cur, .next_arrow = true, .field = true,
			                            .cache = cache };
			assert_int_equal(figure_descent(a, &p), 0);
			p.cache = NULL;
			assert_int_equal(figure_descent(b, &p), 0);
			char *ta = render_text(a), *tb = render_text(b);
			assert_string_equal(ta, tb);
			free(ta);
			free(tb);
		}
	}
	canvas_free(a);
	canvas_free(b);
	figure_cache_free(cache);
	run_free(&run);
}

static double nan_surface(const void *ctx, const double *x)
{
	(void)ctx;
	return x[0] > 0 ? NAN : x[0] * x[0] + x[1];
}

/* The canvas as text: ASCII only, holding each of the NULL-terminated
 * texts. */
static void expect_texts(const struct canvas *c, const char *const *texts)
{
	char *text = render_text(c);
	for (const char *q = text; *q; q++)
		assert_true((unsigned char)*q <= 0x7F);
	for (; *texts; texts++) {
		if (strstr(text, *texts) == NULL) {
			print_error("no '%s' in\n%s\n", *texts, text);
			fail();
		}
	}
	free(text);
}

static int count_glyph(const struct canvas *c, uint16_t g)
{
	int n = 0;
	for (int r = 0; r < canvas_rows(c); r++)
		for (int k = 0; k < canvas_cols(c); k++)
			n += canvas_cell(c, k, r, NULL) == g;
	return n;
}

/* A view of zero width at 1e300, a path that turns NaN after one step, a
 * reversed view where the surface is NaN everywhere, a tangent range of one
 * point: each figure still draws its frame, ticks and legend, with the
 * numbers of what is finite. */
static void test_figures_survive_degenerate_input(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(32, 12, CANVAS_ASCII);
	struct run run;
	run_path(&run, nan_surface, 10, 5);
	/* (-3, 4), then about (57, -6) where f is NaN: the run ends there */
	assert_true(fabs(run_row(&run, 1)->x[0] - 57) < 1e-6 && fabs(run_row(&run, 1)->x[1] + 6) < 1e-6);
	assert_int_equal(run_last(&run), 1);
	assert_false(run_row_finite(run_row(&run, 1)));
	struct descent_params p = { .run = &run, .view = { 0, 0, 1e300, 1e300 },
	                            .current = 1, .next_arrow = true, .field = true };
	assert_int_equal(figure_descent(c, &p), 0);
	/* x1 10% either side of 1e300, x0 as wide around 0 (equal units) */
	static const char *const zero_width[] = { "1e300", "0", "1e299", "start (-3,",
	                                          "path, lr 10", "step 1 (57,", NULL };
	expect_texts(c, zero_width);
	assert_int_equal(count_glyph(c, 'S'), 1); /* the start is out of view */

	p.fit_view = true;
	assert_int_equal(figure_descent(c, &p), 0);
	/* fitted to the finite points (-3, 4) and (57, -6) */
	static const char *const fitted[] = { " 0 ", "20", "40", "60", "-20", "start (-3, 4)", NULL };
	expect_texts(c, fitted);
	assert_int_equal(count_glyph(c, 'S'), 2); /* the start and its legend */

	p.current = 0;
	p.fit_view = false;
	assert_int_equal(figure_descent(c, &p), 0);
	static const char *const at_start[] = { "1e300", "step 0 (-3,", "next step", NULL };
	expect_texts(c, at_start);
	run_free(&run);

	struct field_params f = { { nan_surface, NULL, 2, NULL }, NULL, 1e-4, { 3, 3, -1, -1 } };
	assert_int_equal(figure_field(c, &f), 0);
	/* x0 3 +- 10%, x1 -1 +- 10%; NaN everywhere: no arrow but the legend's */
	static const char *const field[] = { "2.8", "3", "3.2", "-0.9", "-1.1", "--> -grad f", NULL };
	expect_texts(c, field);
	assert_int_equal(count_glyph(c, '>'), 1);

	struct tangent_params t = book_tangent();
	t.xlo = t.xhi = 7;
	assert_int_equal(figure_tangent(c, &t), 0);
	/* x 7 +- 10%; a = 10 lies outside, the legend (cut at 3/4 of the
	 * width) still says where */
	static const char *const tangent[] = { "6.5", "7", "7.5", "a = 10, f(a) =", NULL };
	expect_texts(c, tangent);
	canvas_free(c);
}

static void test_min_size_is_enforced(void **state)
{
	(void)state;
	enum figure_kind kinds[3] = { FIGURE_TANGENT, FIGURE_FIELD, FIGURE_DESCENT };
	for (int i = 0; i < 3; i++) {
		int cols, rows;
		figure_min_size(kinds[i], &cols, &rows);
		struct canvas *small = canvas_new(cols - 1, rows, CANVAS_BRAILLE);
		struct canvas *fits = canvas_new(cols, rows, CANVAS_BRAILLE);
		struct tangent_params t = book_tangent();
		struct field_params f = { { bowl, NULL, 2, NULL }, NULL, 1e-4, { -2, 2, -2, 2 } };
		struct run run;
		run_path(&run, bowl, 0.1, 3);
		struct descent_params d = { .run = &run, .view = { -3.5, 3.5, -4.5, 4.5 },
		                            .current = 2, .next_arrow = true };
		if (kinds[i] == FIGURE_TANGENT) {
			assert_int_equal(figure_tangent(small, &t), -1);
			assert_int_equal(figure_tangent(fits, &t), 0);
		} else if (kinds[i] == FIGURE_FIELD) {
			assert_int_equal(figure_field(small, &f), -1);
			assert_int_equal(figure_field(fits, &f), 0);
		} else {
			assert_int_equal(figure_descent(small, &d), -1);
			assert_int_equal(figure_descent(fits, &d), 0);
		}
		canvas_free(small);
		canvas_free(fits);
		run_free(&run);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tangency_marker_at_its_ticks),
		cmocka_unit_test(test_tangent_legend_shows_rounded_equation),
		cmocka_unit_test(test_poles_and_holes_draw_no_garbage),
		cmocka_unit_test(test_field_points_to_the_origin),
		cmocka_unit_test(test_descent_marks_start_and_current),
		cmocka_unit_test(test_descent_cache_gives_the_same_picture),
		cmocka_unit_test(test_figures_survive_degenerate_input),
		cmocka_unit_test(test_min_size_is_enforced),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
