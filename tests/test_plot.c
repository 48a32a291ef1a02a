/* Tests for plot: ticks, labels, ranges, layout, contours. */
#include "testutil.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>

#include "plot.h"

static void expect_labels(double lo, double hi, int cells, bool vertical,
                          const char *const *labels, int n)
{
	struct plot_ticks t;
	plot_choose_ticks(lo, hi, cells, 2, vertical, &t);
	assert_int_equal(t.count, n);
	for (int i = 0; i < n; i++)
		assert_string_equal(t.label[i], labels[i]);
}

static void test_ticks_on_book_range(void **state)
{
	(void)state;
	static const char *const five[] = { "0", "5", "10", "15", "20" };
	expect_labels(0, 20, 40, false, five, 5);
	expect_labels(20, 0, 40, false, five, 5); /* reversed */
	static const char *const two[] = { "0", "2", "4", "6", "8", "10",
	                                   "12", "14", "16", "18", "20" };
	expect_labels(0, 20, 78, false, two, 11);
}

static void test_ticks_negative_and_fractional(void **state)
{
	(void)state;
	static const char *const neg[] = { "-7", "-6", "-5", "-4", "-3" };
	expect_labels(-7, -3, 40, false, neg, 5);
	static const char *const half[] = { "-2", "-1.5", "-1", "-0.5", "0",
	                                    "0.5", "1", "1.5", "2" };
	expect_labels(-2, 2, 76, false, half, 9);
	static const char *const tenth[] = { "0.1", "0.2", "0.3" };
	expect_labels(0.05, 0.3, 24, false, tenth, 3);
}

static void test_ticks_tiny_and_huge_scales(void **state)
{
	(void)state;
	static const char *const nano[] = { "0", "1e-9", "2e-9", "3e-9" };
	expect_labels(0, 3e-9, 36, false, nano, 4);
	static const char *const huge[] = { "0", "5e299", "1e300" };
	expect_labels(0, 1e300, 30, false, huge, 3);
	struct plot_ticks t;
	plot_choose_ticks(-DBL_MAX, DBL_MAX, 40, 2, false, &t); /* hi - lo = inf */
	assert_true(t.count >= 1);
	for (int i = 0; i < t.count; i++)
		assert_true(isfinite(t.value[i]));
	plot_choose_ticks(1, 1 + 1e-15, 40, 2, false, &t); /* near the ulp */
	for (int i = 1; i < t.count; i++)
		assert_string_not_equal(t.label[i], t.label[i - 1]);
}

static void test_ticks_of_empty_ranges(void **state)
{
	(void)state;
	struct plot_ticks t;
	plot_choose_ticks(5, 5, 40, 2, false, &t);
	assert_int_equal(t.count, 0);
	plot_choose_ticks(NAN, 5, 40, 2, false, &t);
	assert_int_equal(t.count, 0);
	plot_choose_ticks(0, INFINITY, 40, 2, true, &t);
	assert_int_equal(t.count, 0);
	plot_choose_ticks(0, 1, 0, 2, true, &t);
	assert_int_equal(t.count, 0);
}

/* Labels never touch: x labels keep a space between, y labels an empty row. */
static void test_tick_labels_never_overlap(void **state)
{
	(void)state;
	srand(7);
	for (int trial = 0; trial < 2000; trial++) {
		double scale = pow(10, rand() % 40 - 20);
		double lo = (rand() / (double)RAND_MAX - 0.5) * 100 * scale;
		double hi = lo + (rand() / (double)RAND_MAX + 1e-3) * 50 * scale;
		int cells = 1 + rand() % 150;
		bool vertical = rand() % 2;
		struct plot_ticks t;
		plot_choose_ticks(lo, hi, cells, vertical ? 4 : 2, vertical, &t);
		assert_true(t.count <= PLOT_MAX_TICKS);
		for (int i = 1; i < t.count; i++) {
			assert_true(t.value[i] > t.value[i - 1]);
			if (vertical) {
				assert_true(t.pos[i - 1] - t.pos[i] >= 2);
			} else {
				int w0 = (int)strlen(t.label[i - 1]), w1 = (int)strlen(t.label[i]);
				int end0 = t.pos[i - 1] - (w0 - 1) / 2 + w0;
				assert_true(t.pos[i] - (w1 - 1) / 2 >= end0 + 1);
			}
		}
		for (int i = 0; i < t.count; i++)
			assert_null(strstr(t.label[i], "9999"));
	}
}

static void expect_tick(double v, double step, double scale, const char *text)
{
	char buf[PLOT_LABEL_MAX];
	plot_format_tick(buf, v, step, scale);
	assert_string_equal(buf, text);
}

static void test_tick_labels_are_short(void **state)
{
	(void)state;
	expect_tick(0.30000000000000004, 0.1, 1, "0.3");
	expect_tick(15, 5, 20, "15");
	expect_tick(-1.75, 0.25, 2, "-1.75");
	expect_tick(2e-9, 1e-9, 3e-9, "2e-9");
	expect_tick(1.5e300, 5e299, 1.5e300, "1.5e300");
	expect_tick(1e-17, 0.5, 1, "0"); /* rounding dust at zero */
	expect_tick(-0.0, 1, 1, "0");
	expect_tick(2000000, 1000000, 5000000, "2e6");
}

static void test_ranges_are_made_drawable(void **state)
{
	(void)state;
	double lo = 3, hi = 3;
	plot_fix_range(&lo, &hi);
	assert_true(lo < 3 && hi > 3 && fabs(hi - 3.3) < 1e-12);
	lo = hi = 0;
	plot_fix_range(&lo, &hi);
	assert_double_exact(lo, -1);
	assert_double_exact(hi, 1);
	lo = hi = 1e300;
	plot_fix_range(&lo, &hi);
	assert_true(lo < hi && isfinite(lo) && isfinite(hi));
	lo = hi = 5e-324;
	plot_fix_range(&lo, &hi);
	assert_true(lo < hi);
	/* wider than zero but too narrow for a finite scale: as one value */
	lo = 0;
	hi = 5e-324;
	plot_fix_range(&lo, &hi);
	assert_double_exact(lo, -1);
	assert_double_exact(hi, 1);
	lo = 0;
	hi = 1e-300;
	plot_fix_range(&lo, &hi);
	assert_double_exact(lo, 0);
	assert_double_exact(hi, 1e-300);
	lo = hi = DBL_MAX;
	plot_fix_range(&lo, &hi);
	assert_true(lo < hi && isfinite(hi));
	lo = 4;
	hi = -2;
	plot_fix_range(&lo, &hi);
	assert_double_exact(lo, -2);
	assert_double_exact(hi, 4);

	double nan_only[3] = { NAN, INFINITY, -INFINITY };
	plot_auto_range(nan_only, 3, &lo, &hi);
	assert_double_exact(lo, -1);
	assert_double_exact(hi, 1);
	double mixed[4] = { NAN, 2, -INFINITY, 5 };
	plot_auto_range(mixed, 4, &lo, &hi);
	assert_double_exact(lo, 2);
	assert_double_exact(hi, 5);
}

static void test_plot_maps_ends_to_first_and_last_dot(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(40, 12, CANVAS_BRAILLE);
	struct plot_spec spec = { 0, 20, 0, 6, "t", "x", "y", false, false };
	struct plot p;
	assert_int_equal(plot_begin(&p, c, &spec), 0);
	int x, y, w, h;
	plot_area_dots(&p, &x, &y, &w, &h);
	assert_true(fabs(plot_dot_x(&p, 0) - (x + 0.5)) < 1e-9);
	assert_true(fabs(plot_dot_x(&p, 20) - (x + w - 0.5)) < 1e-9);
	assert_true(fabs(plot_dot_y(&p, 6) - (y + 0.5)) < 1e-9);
	assert_true(fabs(plot_dot_y(&p, 0) - (y + h - 0.5)) < 1e-9);
	assert_true(fabs(plot_data_x(&p, plot_dot_x(&p, 7.25)) - 7.25) < 1e-9);
	assert_true(fabs(plot_data_y(&p, plot_dot_y(&p, 1.5)) - 1.5) < 1e-9);
	canvas_free(c);
}

static void test_equal_aspect_keeps_circles_round(void **state)
{
	(void)state;
	enum canvas_mode modes[2] = { CANVAS_BRAILLE, CANVAS_BLOCK };
	for (int m = 0; m < 2; m++) {
		struct canvas *c = canvas_new(80, 24, modes[m]);
		struct plot_spec spec = { -3.5, 3.5, -4.5, 4.5, NULL, "X0", "X1", false, true };
		struct plot p;
		assert_int_equal(plot_begin(&p, c, &spec), 0);
		/* screen length of one data unit, a cell being 1 wide, 2 tall */
		double across = (plot_dot_x(&p, 1) - plot_dot_x(&p, 0)) / 2;
		double down = (plot_dot_y(&p, 0) - plot_dot_y(&p, 1)) /
		              canvas_dots_per_row(c) * 2;
		assert_true(fabs(across / down - 1) < 0.01);
		assert_true(p.xlo <= -3.5 && p.xhi >= 3.5 && p.ylo <= -4.5 && p.yhi >= 4.5);
		canvas_free(c);
	}
}

/* A line from the plot's bottom-left corner to its top-right one: it starts
 * and ends in those corner cells, crosses every column of the plot area and
 * draws nothing outside it. */
static void expect_diagonal(const struct canvas *c, const struct plot *p)
{
	enum canvas_style s;
	canvas_cell(c, p->col, p->row + p->rows - 1, &s);
	assert_int_equal(s, STYLE_CURVE);
	canvas_cell(c, p->col + p->cols - 1, p->row, &s);
	assert_int_equal(s, STYLE_CURVE);
	for (int k = 0; k < canvas_cols(c); k++) {
		int in_column = 0;
		for (int r = 0; r < canvas_rows(c); r++) {
			canvas_cell(c, k, r, &s);
			if (s != STYLE_CURVE)
				continue;
			in_column++;
			assert_true(k >= p->col && k < p->col + p->cols);
			assert_true(r >= p->row && r < p->row + p->rows);
		}
		if (k >= p->col && k < p->col + p->cols)
			assert_true(in_column >= 1);
	}
}

static void test_degenerate_plots_still_lay_out(void **state)
{
	(void)state;
	const double ranges[][4] = {
		{ 0, 0, 0, 0 }, { 1, 1, 5, 5 }, { NAN, NAN, NAN, NAN },
		{ -DBL_MAX, DBL_MAX, -DBL_MAX, DBL_MAX }, { 1e300, 1e300, -1e-300, 1e-300 },
		{ 5, -5, 3, 2 }, { 0, 1e-300, 0, 5e-324 },
	};
	for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
		for (int aspect = 0; aspect < 2; aspect++) {
			struct canvas *c = canvas_new(PLOT_MIN_COLS, PLOT_MIN_ROWS, CANVAS_ASCII);
			struct plot_spec spec = { ranges[i][0], ranges[i][1], ranges[i][2],
			                          ranges[i][3], "title", "x", "y", true, aspect };
			struct plot p;
			assert_int_equal(plot_begin(&p, c, &spec), 0);
			assert_true(p.cols >= 1 && p.rows >= 1);
			assert_true(p.xlo < p.xhi && p.ylo < p.yhi);
			plot_line(&p, p.xlo, p.ylo, p.xhi, p.yhi, STYLE_CURVE, LINE_SOLID);
			expect_diagonal(c, &p);
			canvas_free(c);
		}
	}
	struct canvas *tiny = canvas_new(PLOT_MIN_COLS - 1, 20, CANVAS_ASCII);
	struct plot_spec spec = { 0, 1, 0, 1, NULL, NULL, NULL, false, false };
	struct plot p;
	assert_int_equal(plot_begin(&p, tiny, &spec), -1);
	canvas_free(tiny);
}

/* The level x0^2 + x1^2 = 1 on [-2, 2]^2: every contour cell lies near the
 * unit circle, and the circle's four extreme points are drawn. */
static void test_contour_of_a_circle(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(60, 24, CANVAS_ASCII);
	struct plot_spec spec = { -2, 2, -2, 2, NULL, NULL, NULL, false, true };
	struct plot p;
	assert_int_equal(plot_begin(&p, c, &spec), 0);
	int x0, y0, w, h;
	plot_area_dots(&p, &x0, &y0, &w, &h);
	double *grid = malloc((size_t)w * h * sizeof *grid);
	for (int j = 0; j < h; j++) {
		for (int i = 0; i < w; i++) {
			double x = plot_data_x(&p, x0 + i + 0.5), y = plot_data_y(&p, y0 + j + 0.5);
			grid[j * w + i] = x * x + y * y;
		}
	}
	grid[0] = NAN; /* skipped, not drawn */
	double level = 1;
	plot_contour(&p, grid, w, h, 1, &level, 1, STYLE_CONTOUR);
	int cells = 0;
	for (int r = 0; r < canvas_rows(c); r++) {
		for (int k = 0; k < canvas_cols(c); k++) {
			enum canvas_style s;
			canvas_cell(c, k, r, &s);
			if (s != STYLE_CONTOUR)
				continue;
			cells++;
			double x = plot_data_x(&p, (k + 0.5) * 2), y = plot_data_y(&p, (r + 0.5) * 4);
			double radius = sqrt(x * x + y * y);
			assert_true(radius > 0.75 && radius < 1.25);
		}
	}
	assert_true(cells > 20);
	const double extreme[4][2] = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };
	for (int i = 0; i < 4; i++) {
		int k = (int)(plot_dot_x(&p, extreme[i][0]) / 2);
		int r = (int)(plot_dot_y(&p, extreme[i][1]) / 4);
		enum canvas_style s;
		canvas_cell(c, k, r, &s);
		assert_int_equal(s, STYLE_CONTOUR);
	}
	free(grid);
	canvas_free(c);
}

static void test_legend_goes_where_it_hides_least(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(40, 12, CANVAS_ASCII);
	struct plot_spec spec = { 0, 1, 0, 1, NULL, NULL, NULL, false, false };
	struct plot p;
	assert_int_equal(plot_begin(&p, c, &spec), 0);
	plot_line(&p, 0.5, 0.5, 1, 1, STYLE_CURVE, LINE_SOLID); /* top right busy */
	struct plot_legend_entry e[1] = {
		{ STYLE_CURVE, SAMPLE_LINE, LINE_SOLID, MARK_POINT, "f(x)" },
	};
	plot_legend(&p, e, 1);
	/* top left: " --- f(x)" */
	assert_int_equal(canvas_cell(c, p.col + 1, p.row, NULL), '-');
	assert_int_equal(canvas_cell(c, p.col + 5, p.row, NULL), 'f');
	canvas_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ticks_on_book_range),
		cmocka_unit_test(test_ticks_negative_and_fractional),
		cmocka_unit_test(test_ticks_tiny_and_huge_scales),
		cmocka_unit_test(test_ticks_of_empty_ranges),
		cmocka_unit_test(test_tick_labels_never_overlap),
		cmocka_unit_test(test_tick_labels_are_short),
		cmocka_unit_test(test_ranges_are_made_drawable),
		cmocka_unit_test(test_plot_maps_ends_to_first_and_last_dot),
		cmocka_unit_test(test_equal_aspect_keeps_circles_round),
		cmocka_unit_test(test_degenerate_plots_still_lay_out),
		cmocka_unit_test(test_contour_of_a_circle),
		cmocka_unit_test(test_legend_goes_where_it_hides_least),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
