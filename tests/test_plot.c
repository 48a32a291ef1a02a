/* Tests for plot: ticks, labels, ranges, layout, contours. */
#include "testutil.h"

#include <float.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "plot.h"

/* Ticks of a linear axis with generous room at its ends. */
static void ticks(double lo, double hi, int cells, int dpc, bool vertical,
                  struct plot_ticks *t)
{
	struct plot_axis a = { lo, hi, cells, dpc, vertical, false, 8, 8 };
	plot_choose_ticks(&a, t);
}

static void expect_labels(double lo, double hi, int cells, bool vertical,
                          const char *const *labels, int n)
{
	struct plot_ticks t;
	ticks(lo, hi, cells, 2, vertical, &t);
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
	ticks(-DBL_MAX, DBL_MAX, 40, 2, false, &t); /* hi - lo = inf */
	assert_true(t.count >= 1);
	for (int i = 0; i < t.count; i++)
		assert_true(isfinite(t.value[i]));
	ticks(1, 1 + 1e-15, 40, 2, false, &t); /* near the ulp */
	for (int i = 1; i < t.count; i++)
		assert_string_not_equal(t.label[i], t.label[i - 1]);
}

static void test_ticks_of_empty_ranges(void **state)
{
	(void)state;
	struct plot_ticks t;
	ticks(5, 5, 40, 2, false, &t);
	assert_int_equal(t.count, 0);
	ticks(NAN, 5, 40, 2, false, &t);
	assert_int_equal(t.count, 0);
	ticks(0, INFINITY, 40, 2, true, &t);
	assert_int_equal(t.count, 0);
	ticks(0, 1, 0, 2, true, &t);
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
		ticks(lo, hi, cells, vertical ? 4 : 2, vertical, &t);
		assert_true(t.count <= PLOT_MAX_TICKS);
		for (int i = 1; i < t.count; i++) {
			assert_true(t.value[i] > t.value[i - 1]);
			if (vertical) {
				assert_true(t.pos[i - 1] - t.pos[i] >= 2);
			} else {
				int end0 = t.start[i - 1] + (int)strlen(t.label[i - 1]);
				assert_true(t.start[i] >= end0 + 1);
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
	struct plot_spec spec = { .xlo = 0, .xhi = 20, .ylo = 0, .yhi = 6, .title = "t",
	                          .xtitle = "x", .ytitle = "y" };
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
		struct plot_spec spec = { .xlo = -3.5, .xhi = 3.5, .ylo = -4.5, .yhi = 4.5,
		                          .xtitle = "X0", .ytitle = "X1", .equal_aspect = true };
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
			struct plot_spec spec = { .xlo = ranges[i][0], .xhi = ranges[i][1],
			                          .ylo = ranges[i][2], .yhi = ranges[i][3],
			                          .title = "title", .xtitle = "x", .ytitle = "y",
			                          .round_y = true, .equal_aspect = aspect };
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
	struct plot_spec spec = { .xlo = 0, .xhi = 1, .ylo = 0, .yhi = 1 };
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
	struct plot_spec spec = { .xlo = -2, .xhi = 2, .ylo = -2, .yhi = 2, .equal_aspect = true };
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
	plot_contour(&p, grid, w, h, 1, &level, 1, STYLE_CONTOUR, LINE_SOLID);
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
	struct plot_spec spec = { .xlo = 0, .xhi = 1, .ylo = 0, .yhi = 1 };
	struct plot p;
	assert_int_equal(plot_begin(&p, c, &spec), 0);
	plot_line(&p, 0.5, 0.5, 1, 1, STYLE_CURVE, LINE_SOLID); /* top right busy */
	struct plot_legend l = { 0 };
	plot_legend_add(&l, STYLE_CURVE, SAMPLE_LINE, LINE_SOLID, MARK_POINT, "f(x)");
	plot_legend_add(&l, STYLE_PATH, SAMPLE_LINE, LINE_SOLID, MARK_POINT, "path");
	plot_legend(&p, &l, NULL, NULL);
	/* top left: " --- f(x)" */
	assert_int_equal(canvas_cell(c, p.col + 1, p.row, NULL), '-');
	assert_int_equal(canvas_cell(c, p.col + 5, p.row, NULL), 'f');
	canvas_free(c);
}


static double uniform(void)
{
	return rand() / (double)RAND_MAX;
}

/* Row `row` of an ascii canvas as text, columns from..to-1. */
static void row_text(const struct canvas *c, int row, int from, int to, char *buf)
{
	int n = 0;
	for (int k = from < 0 ? 0 : from; k < to && k < canvas_cols(c); k++)
		buf[n++] = (char)canvas_cell(c, k, row, NULL);
	buf[n] = '\0';
}

/* The same test as plot_begin draws them: random ranges, sizes, log and
 * equal aspect, read back from the canvas. The x label row must read as
 * exactly the tick labels, in order, a space at least between them (none
 * merged like "0.00080.001", none cut); each y label sits alone on its
 * row, rows apart. */
static void test_drawn_labels_never_touch(void **state)
{
	(void)state;
	srand(11);
	char text[1100], want[1100];
	for (int trial = 0; trial < 3000; trial++) {
		int cols = PLOT_MIN_COLS + rand() % 150, rows = PLOT_MIN_ROWS + rand() % 50;
		double xs = pow(10, rand() % 24 - 12), ys = pow(10, rand() % 24 - 12);
		double xlo = (uniform() - 0.5) * 100 * xs, xhi = xlo + (uniform() + 1e-3) * 50 * xs;
		double ylo = (uniform() - 0.5) * 100 * ys, yhi = ylo + (uniform() + 1e-3) * 50 * ys;
		bool ylog = rand() % 3 == 0, xlog = rand() % 5 == 0;
		if (trial % 7 == 0) { /* near the ends of the doubles: spans up to DBL_MAX */
			double big = pow(10, 290 + rand() % 19);
			xlo = -uniform() * big;
			xhi = xlo + uniform() * (DBL_MAX / 1.0000001 + xlo) + 1e280;
			ylo = uniform() * big;
			yhi = ylo + uniform() * big + 1e280;
		}
		if (ylog) {
			ylo = pow(10, uniform() * 20 - 10);
			yhi = ylo * pow(10, uniform() * 14);
		}
		if (xlog) {
			xlo = pow(10, uniform() * 20 - 10);
			xhi = xlo * pow(10, uniform() * 8);
		}
		struct plot_spec spec = { .xlo = xlo, .xhi = xhi, .ylo = ylo, .yhi = yhi,
		                          .xtitle = "x", .round_y = rand() % 2,
		                          .equal_aspect = rand() % 2, .xlog = xlog, .ylog = ylog };
		if (rand() % 4 == 0 && !spec.equal_aspect) {
			spec.x_band_label = "1e-50";
			spec.y_band_label = "0";
		}
		struct canvas *c = canvas_new(cols, rows, CANVAS_ASCII);
		struct plot p;
		assert_int_equal(plot_begin(&p, c, &spec), 0);
		int n = 0;
		want[0] = '\0';
		if (p.x_band > 0)
			n += snprintf(want, sizeof want, "%s%s", spec.x_band_label,
			              p.xticks.count ? " " : "");
		for (int i = 0; i < p.xticks.count; i++)
			n += snprintf(want + n, sizeof want - (size_t)n, "%s%s", i ? " " : "",
			              p.xticks.label[i]);
		row_text(c, p.row + p.rows + 1, 0, cols, text);
		/* the labels, single spaces for any run of spaces */
		char squeezed[1100];
		int m = 0;
		for (const char *q = text; *q; q++)
			if (*q != ' ' || (m > 0 && squeezed[m - 1] != ' '))
				squeezed[m++] = *q;
		while (m > 0 && squeezed[m - 1] == ' ')
			m--;
		squeezed[m] = '\0';
		if (strcmp(squeezed, want) != 0)
			print_error("x labels of [%g, %g] (log %d) y [%g, %g] (log %d) round %d "
			            "aspect %d at %dx%d: '%s', ticks '%s'\n", xlo, xhi, xlog, ylo, yhi,
			            ylog, spec.round_y, spec.equal_aspect, cols, rows, squeezed, want);
		assert_string_equal(squeezed, want);
		for (int i = 0; i < p.yticks.count; i++) {
			if (i > 0)
				assert_true(p.yticks.pos[i - 1] - p.yticks.pos[i] >= 2);
			if (p.y_band > 0) /* an empty row above the band's label */
				assert_true(p.yticks.pos[i] <= p.rows - 3);
			row_text(c, p.row + p.yticks.pos[i], 0, p.col - 1, text);
			const char *label = text + strspn(text, " ");
			assert_string_equal(label, p.yticks.label[i]);
		}
		canvas_free(c);
	}
}

/* Whether some nice step (1, 2, 2.5, 5 times a power of ten) puts three
 * or more y labels on the axis, an empty row between them. */
static bool three_fit(double lo, double hi, int cells, int dpr)
{
	static const double mantissa[4] = { 1, 2, 2.5, 5 };
	int dots = cells * dpr;
	for (int k = (int)floor(log10(hi - lo)) - 3; k <= (int)floor(log10(hi - lo)) + 1; k++) {
		for (int m = 0; m < 4; m++) {
			double step = mantissa[m] * pow(10, k);
			double first = ceil(lo / step - 1e-9), last = floor(hi / step + 1e-9);
			if (last - first < 2 || last - first >= PLOT_MAX_TICKS)
				continue;
			bool ok = true;
			int prev = -1000;
			for (double j = first; j <= last && ok; j++) {
				double frac = 1 - (j * step - lo) / (hi - lo);
				int row = (int)floor((0.5 + frac * (dots - 1)) / dpr);
				ok = prev == -1000 || prev - row >= 2;
				prev = row;
			}
			if (ok)
				return true;
		}
	}
	return false;
}

/* At least three labelled ticks on any axis with room for three: the short
 * y axes of small panes once got a lone "0". */
static void test_three_ticks_where_they_fit(void **state)
{
	(void)state;
	struct plot_ticks t;
	ticks(-4.5, 4.5, 8, 4, true, &t); /* a descent pane 12 rows high */
	assert_true(t.count >= 3);
	ticks(-9.4, 9.4, 16, 4, true, &t);
	assert_true(t.count >= 3);
	srand(5);
	int checked = 0;
	for (int trial = 0; trial < 20000; trial++) {
		double lo = (uniform() - 0.5) * 20, hi = lo + 0.1 + uniform() * 30;
		int cells = 3 + rand() % 30;
		if (!three_fit(lo, hi, cells, 4))
			continue;
		checked++;
		ticks(lo, hi, cells, 4, true, &t);
		if (t.count < 3)
			print_error("[%g, %g] on %d rows: %d ticks\n", lo, hi, cells, t.count);
		assert_true(t.count >= 3);
	}
	assert_true(checked > 5000);
}

static void log_ticks(double lo, double hi, int cells, bool vertical, struct plot_ticks *t)
{
	struct plot_axis a = { lo, hi, cells, vertical ? 4 : 2, vertical, true, 8, 8 };
	plot_choose_ticks(&a, t);
}

static void test_log_ticks_at_decades(void **state)
{
	(void)state;
	struct plot_ticks t;
	/* the book's loss over 100 steps: 21 decades on 19 rows */
	log_ticks(1e-19, 100, 19, true, &t);
	assert_true(t.count >= 3);
	for (int i = 0; i < t.count; i++) {
		assert_true(strncmp(t.label[i], "1e", 2) == 0);
		double e = log10(t.value[i]);
		assert_true(fabs(e - round(e)) < 1e-9);
	}
	/* plain numbers when all are from 0.001 to 1000 */
	static const char *const plain[] = { "0.001", "0.01", "0.1", "1", "10", "100", "1000" };
	log_ticks(1e-3, 1e3, 80, false, &t);
	assert_int_equal(t.count, 7);
	for (int i = 0; i < 7; i++)
		assert_string_equal(t.label[i], plain[i]);
	/* one axis reads one way: 1e-4 makes every label an exponent */
	log_ticks(1e-4, 1e3, 80, false, &t);
	for (int i = 0; i < t.count; i++)
		assert_non_null(strchr(t.label[i], 'e'));
	/* a short log axis: 1, 2 and 5 times the powers */
	log_ticks(0.3, 40, 60, false, &t);
	assert_true(t.count >= 3);
	assert_string_equal(t.label[0], "0.5");
	assert_string_equal(t.label[1], "1");
	assert_string_equal(t.label[2], "2");
	/* not a log range */
	log_ticks(0, 10, 40, false, &t);
	assert_int_equal(t.count, 0);
}

static void test_log_axis_maps_decades_evenly(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(40, 20, CANVAS_BRAILLE);
	struct plot_spec spec = { .xlo = 0, .xhi = 10, .ylo = 3e-3, .yhi = 25,
	                          .round_y = true, .ylog = true };
	struct plot p;
	assert_int_equal(plot_begin(&p, c, &spec), 0);
	assert_true(p.ylog);
	assert_double_exact(p.ylo, 1e-3); /* rounded out to decades */
	assert_double_exact(p.yhi, 100);
	double d1 = plot_dot_y(&p, 1e-2) - plot_dot_y(&p, 1e-1);
	double d2 = plot_dot_y(&p, 1) - plot_dot_y(&p, 10);
	assert_true(d1 > 0 && fabs(d1 - d2) < 1e-9);
	assert_true(fabs(plot_data_y(&p, plot_dot_y(&p, 0.37)) / 0.37 - 1) < 1e-12);
	/* what a log axis cannot show draws nothing */
	assert_false(isfinite(plot_dot_y(&p, 0)));
	assert_false(isfinite(plot_dot_y(&p, -1)));
	/* a range that is not positive is drawn linear */
	spec.ylo = 0;
	assert_int_equal(plot_begin(&p, c, &spec), 0);
	assert_false(p.ylog);
	canvas_free(c);
}

/* At plot_columns_for_aspect's width the view is (nearly) the spec's: x
 * widened by less than a cell, y not at all; narrower, y grows. */
static void test_columns_for_aspect_fit_the_view(void **state)
{
	(void)state;
	enum canvas_mode modes[3] = { CANVAS_BRAILLE, CANVAS_BLOCK, CANVAS_ASCII };
	for (int m = 0; m < 3; m++) {
		for (int rows = 12; rows <= 60; rows += 7) {
			struct plot_spec spec = { .xlo = -3.5, .xhi = 3.5, .ylo = -4.5, .yhi = 4.5,
			                          .equal_aspect = true };
			int cols = plot_columns_for_aspect(&spec, modes[m], rows);
			struct canvas *c = canvas_new(cols, rows, modes[m]);
			struct plot p;
			assert_int_equal(plot_begin(&p, c, &spec), 0);
			double unit = (p.xhi - p.xlo) / (p.cols * canvas_dots_per_col(c));
			assert_double_exact(p.ylo, -4.5);
			assert_double_exact(p.yhi, 4.5);
			assert_true(p.xlo <= -3.5 && p.xhi >= 3.5);
			assert_true(p.xhi - 3.5 < unit * canvas_dots_per_col(c));
			canvas_free(c);
			c = canvas_new(cols - 4, rows, modes[m]);
			assert_int_equal(plot_begin(&p, c, &spec), 0);
			assert_true(p.yhi > 4.5);
			canvas_free(c);
		}
	}
}

/* The cell where a text starts on a canvas, or false. */
static bool find_text(const struct canvas *c, const char *text, int *col, int *row)
{
	int n = (int)strlen(text);
	for (int r = 0; r < canvas_rows(c); r++)
		for (int k = 0; k + n <= canvas_cols(c); k++) {
			int i = 0;
			while (i < n && canvas_cell(c, k + i, r, NULL) == (unsigned char)text[i])
				i++;
			if (i == n) {
				*col = k;
				*row = r;
				return true;
			}
		}
	return false;
}

/* Off-scale bands: a column band left of the x scale and a row band under
 * the y scale, each with its label, the scale's ends just past the gap,
 * the break on each axis shown by a ≈. */
static void test_bands_hold_values_off_the_scale(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(60, 20, CANVAS_BRAILLE);
	struct plot_spec spec = { .xlo = 1e-16, .xhi = 1e-1, .ylo = 1e-16, .yhi = 1,
	                          .xlog = true, .ylog = true, .x_band_label = "1e-50",
	                          .y_band_label = "0" };
	struct plot p;
	assert_int_equal(plot_begin(&p, c, &spec), 0);
	assert_int_equal(p.x_band, PLOT_BAND_COLS);
	assert_int_equal(p.y_band, PLOT_BAND_ROWS);
	int dpc = canvas_dots_per_col(c), dpr = canvas_dots_per_row(c);
	int band_row = p.row + p.rows - 1, axis_row = p.row + p.rows;
	/* the scale: 1e-16 in the first column after the gap, on the row
	 * above the gap; 1e-1 and 1 at the far ends */
	assert_int_equal((int)floor(plot_dot_x(&p, 1e-16) / dpc), p.col + PLOT_BAND_COLS);
	assert_int_equal((int)floor(plot_dot_x(&p, 1e-1) / dpc), p.col + p.cols - 1);
	assert_int_equal((int)floor(plot_dot_y(&p, 1e-16) / dpr), band_row - 2);
	assert_int_equal((int)floor(plot_dot_y(&p, 1) / dpr), p.row);
	/* the bands */
	assert_int_equal((int)floor(plot_band_x(&p, 0) / dpc), p.col);
	assert_int_equal((int)floor(plot_band_x(&p, 1) / dpc), p.col + 1);
	assert_int_equal((int)floor(plot_band_y(&p) / dpr), band_row);
	assert_int_equal(canvas_cell(c, p.col - 2, band_row, NULL), '0');
	assert_int_equal(canvas_cell(c, p.col - 1, band_row, NULL), 0x2524);
	assert_int_equal(canvas_cell(c, p.col - 1, band_row - 1, NULL), 0x2248);
	assert_int_equal(canvas_cell(c, p.col + PLOT_BAND_COLS - 1, axis_row, NULL), 0x2248);
	int col, row;
	assert_true(find_text(c, "1e-50", &col, &row));
	assert_int_equal(row, axis_row + 1);
	/* without the labels, no bands */
	struct plot q;
	spec.x_band_label = spec.y_band_label = NULL;
	assert_int_equal(plot_begin(&q, c, &spec), 0);
	assert_int_equal(q.x_band + q.y_band, 0);
	assert_true(isnan(plot_band_x(&q, 0)) && isnan(plot_band_y(&q)));
	canvas_free(c);
}


static void three_entries(struct plot_legend *l)
{
	memset(l, 0, sizeof *l);
	plot_legend_add(l, STYLE_CURRENT, SAMPLE_MARKER, LINE_SOLID, MARK_CURRENT,
	                "iter 20 (-0.03459, 0.04612)");
	plot_legend_add(l, STYLE_PATH, SAMPLE_PATH, LINE_SOLID, MARK_POINT, "path, lr 0.1");
	plot_legend_add(l, STYLE_CONTOUR, SAMPLE_LINE, LINE_DOTTED, MARK_POINT, "levels");
}

/* Short of room a legend drops whole entries, the widest and the last
 * first, and never cuts a text. */
static void test_legend_drops_whole_entries(void **state)
{
	(void)state;
	struct plot_legend l;
	three_entries(&l);
	struct plot_box b = plot_legend_box(&l, 80, 10);
	assert_int_equal(b.rows, 3);
	assert_int_equal(b.cols, 6 + 27);
	b = plot_legend_box(&l, 30, 10); /* the first is too wide */
	assert_int_equal(b.rows, 2);
	assert_int_equal(b.cols, 6 + 12);
	b = plot_legend_box(&l, 80, 2);
	assert_int_equal(b.rows, 2);
	b = plot_legend_box(&l, 10, 10);
	assert_int_equal(b.rows, 0);
	/* drawn in a narrow plot: what shows, shows whole */
	for (int cols = 12; cols < 60; cols++) {
		struct canvas *c = canvas_new(cols, 16, CANVAS_ASCII);
		struct plot_spec spec = { .xlo = 0, .xhi = 1, .ylo = 0, .yhi = 1 };
		struct plot p;
		assert_int_equal(plot_begin(&p, c, &spec), 0);
		plot_legend(&p, &l, NULL, NULL);
		int col, row, shown = 0;
		for (int i = 0; i < l.count; i++)
			shown += find_text(c, l.entry[i].text, &col, &row);
		static const char *const pieces[] = { "iter", "path", "levels" };
		int pieces_shown = 0;
		for (int i = 0; i < 3; i++)
			pieces_shown += find_text(c, pieces[i], &col, &row);
		assert_int_equal(shown, pieces_shown);
		canvas_free(c);
	}
}

/* 起点 and 损失: two CJK characters, four columns, six bytes */
#define QIDIAN "\xe8\xb5\xb7\xe7\x82\xb9"
#define SUNSHI "\xe6\x8d\x9f\xe5\xa4\xb1"

/* Every wide character on the canvas is whole: its right half follows it,
 * and no right half is alone. */
static void assert_wide_characters_whole(const struct canvas *c)
{
	for (int r = 0; r < canvas_rows(c); r++)
		for (int k = 0; k < canvas_cols(c); k++) {
			uint16_t g = canvas_cell(c, k, r, NULL);
			bool wide = g >= 0x4E00 && g <= 0x9FFF;
			if (wide)
				assert_true(k + 1 < canvas_cols(c) && canvas_cell(c, k + 1, r, NULL) == 0);
			if (g == 0)
				assert_true(k > 0 && canvas_cell(c, k - 1, r, NULL) >= 0x4E00);
		}
}

/* A translated legend and title are measured in columns: a box as wide as
 * the text shows, never half a character. */
static void test_legend_and_title_measure_columns(void **state)
{
	(void)state;
	struct plot_legend l = { 0 };
	plot_legend_add(&l, STYLE_START, SAMPLE_MARKER, LINE_SOLID, MARK_START, QIDIAN " (-3, 4)");
	plot_legend_add(&l, STYLE_PATH, SAMPLE_PATH, LINE_SOLID, MARK_POINT, SUNSHI);
	assert_int_equal(l.entry[0].width, 12);
	struct plot_box b = plot_legend_box(&l, 80, 10);
	assert_int_equal(b.cols, 6 + 12);
	assert_int_equal(plot_legend_box(&l, 17, 10).rows, 1); /* only the short one */
	for (int cols = 24; cols < 60; cols++) {
		struct canvas *c = canvas_new(cols, 16, CANVAS_BRAILLE);
		struct plot_spec spec = { .xlo = 0, .xhi = 1, .ylo = 0, .yhi = 1,
		                          .title = SUNSHI " f(x0, x1)", .ytitle = SUNSHI,
		                          .xtitle = QIDIAN };
		struct plot p;
		assert_int_equal(plot_begin(&p, c, &spec), 0);
		plot_legend(&p, &l, NULL, NULL);
		assert_wide_characters_whole(c);
		/* the y title's 4 columns and 2 more before the title */
		int col, row;
		if (find_text(c, "f(x0, x1)", &col, &row))
			assert_true(row == 0 && col - 5 >= 4 + 2);
		canvas_free(c);
	}
}

/* A legend box that would cover a kept cell (a point of the run) goes to
 * another corner, or takes fewer entries, or nowhere. */
static void test_legend_never_covers_kept_cells(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(60, 20, CANVAS_ASCII);
	struct plot_spec spec = { .xlo = 0, .xhi = 1, .ylo = 0, .yhi = 1 };
	struct plot p;
	assert_int_equal(plot_begin(&p, c, &spec), 0);
	struct plot_legend l;
	three_entries(&l);
	unsigned char keep[60 * 20] = { 0 };
	/* top right kept: top left */
	keep[p.row * 60 + p.col + p.cols - 1] = 1;
	struct plot_box b = plot_legend_place(&p, &l, NULL, keep);
	assert_int_equal(b.col, p.col);
	assert_int_equal(b.row, p.row);
	assert_int_equal(b.rows, 3);
	/* every corner's third row kept: two entries */
	memset(keep, 0, sizeof keep);
	int top3 = p.row + 2, bottom3 = p.row + p.rows - 3;
	keep[top3 * 60 + p.col] = keep[top3 * 60 + p.col + p.cols - 1] = 1;
	keep[bottom3 * 60 + p.col] = keep[bottom3 * 60 + p.col + p.cols - 1] = 1;
	b = plot_legend_place(&p, &l, NULL, keep);
	assert_int_equal(b.rows, 2);
	/* every corner's first row kept: nowhere */
	int bottom1 = p.row + p.rows - 1;
	keep[p.row * 60 + p.col] = keep[p.row * 60 + p.col + p.cols - 1] = 1;
	keep[bottom1 * 60 + p.col] = keep[bottom1 * 60 + p.col + p.cols - 1] = 1;
	b = plot_legend_place(&p, &l, NULL, keep);
	assert_int_equal(b.rows, 0);
	canvas_free(c);
}

/* The least ink is counted on the canvas given: what the whole run shows. */
static void test_legend_counts_ink_over_the_whole_run(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(60, 20, CANVAS_ASCII);
	struct canvas *ink = canvas_new(60, 20, CANVAS_ASCII);
	struct plot_spec spec = { .xlo = 0, .xhi = 1, .ylo = 0, .yhi = 1 };
	struct plot p, q;
	assert_int_equal(plot_begin(&p, c, &spec), 0);
	assert_int_equal(plot_begin(&q, ink, &spec), 0);
	plot_line(&q, 0.8, 0.9, 1, 0.9, STYLE_PATH, LINE_SOLID); /* later: top right */
	struct plot_legend l;
	three_entries(&l);
	struct plot_box b = plot_legend_place(&p, &l, ink, NULL);
	assert_int_equal(b.col, p.col); /* top left, not the empty-now top right */
	assert_int_equal(b.row, p.row);
	canvas_free(ink);
	canvas_free(c);
}

/* A one-entry legend sits under the x axis, right of its title. */
static void test_one_entry_legend_goes_under_the_axis(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(60, 20, CANVAS_ASCII);
	struct plot_spec spec = { .xlo = 0, .xhi = 1, .ylo = 0, .yhi = 1, .xtitle = "x0" };
	struct plot p;
	assert_int_equal(plot_begin(&p, c, &spec), 0);
	struct plot_legend l = { 0 };
	plot_legend_add(&l, STYLE_FIELD, SAMPLE_ARROW, LINE_SOLID, MARK_POINT, "-grad f");
	plot_legend(&p, &l, NULL, NULL);
	int col, row;
	assert_true(find_text(c, "-grad f", &col, &row));
	assert_int_equal(row, 19);
	assert_int_equal(col + 8, 60);
	assert_true(find_text(c, "x0", &col, &row) && row == 19);
	canvas_free(c);
}

/* Each sample is the mark it names, drawn by the same calls. */
static void test_legend_samples_are_the_marks(void **state)
{
	(void)state;
	struct plot_legend l = { 0 };
	plot_legend_add(&l, STYLE_PATH, SAMPLE_PATH, LINE_SOLID, MARK_POINT, "path");
	plot_legend_add(&l, STYLE_ARROW, SAMPLE_ARROW, LINE_SOLID, MARK_POINT, "next step");
	plot_legend_add(&l, STYLE_GRADIENT, SAMPLE_ARROW, LINE_DOTTED, MARK_POINT, "-grad");
	plot_legend_add(&l, STYLE_LEVEL, SAMPLE_LINE, LINE_DASHED, MARK_POINT, "level");
	plot_legend_add(&l, STYLE_CONTOUR, SAMPLE_LINE, LINE_DOTTED, MARK_POINT, "levels");
	/* ascii levels are told apart by glyph, whatever their pattern */
	static const char *const ascii[] = { "-o-", "-->", "- >", "~~~", "..." };
	static const uint16_t braille[][3] = {
		{ 0x2824, 0x2022, 0x2824 }, { 0x2824, 0x2824, 0x2192 }, { 0x2820, ' ', 0x2192 },
		{ 0x2824, 0x2824, ' ' }, { 0x2804, 0x2800 + 0x20, ' ' },
	};
	struct plot_box b = plot_legend_box(&l, 40, 10);
	struct canvas *a = canvas_new(b.cols, b.rows, CANVAS_ASCII);
	struct canvas *u = canvas_new(b.cols, b.rows, CANVAS_BRAILLE);
	plot_legend_draw(a, &l, b);
	plot_legend_draw(u, &l, b);
	for (int i = 0; i < 5; i++) {
		for (int k = 0; k < 3; k++) {
			assert_int_equal(canvas_cell(a, 1 + k, i, NULL), (unsigned char)ascii[i][k]);
			assert_int_equal(canvas_cell(u, 1 + k, i, NULL), braille[i][k]);
		}
	}
	canvas_free(a);
	canvas_free(u);
}

/* Contours drawn in parts that tile the grid are the contours drawn
 * whole. */
static void test_contour_in_parts_is_the_whole(void **state)
{
	(void)state;
	struct canvas *whole = canvas_new(60, 24, CANVAS_BRAILLE);
	struct canvas *parts = canvas_new(60, 24, CANVAS_BRAILLE);
	struct plot_spec spec = { .xlo = -2, .xhi = 2, .ylo = -2, .yhi = 2, .equal_aspect = true };
	struct plot p, q;
	assert_int_equal(plot_begin(&p, whole, &spec), 0);
	assert_int_equal(plot_begin(&q, parts, &spec), 0);
	int x0, y0, w, h;
	plot_area_dots(&p, &x0, &y0, &w, &h);
	double *grid = malloc((size_t)w * h * sizeof *grid);
	for (int j = 0; j < h; j++)
		for (int i = 0; i < w; i++) {
			double x = plot_data_x(&p, x0 + i + 0.5), y = plot_data_y(&p, y0 + j + 0.5);
			grid[j * w + i] = x * x + 3 * y * y;
		}
	double levels[2] = { 0.5, 2 };
	plot_contour(&p, grid, w, h, 1, levels, 2, STYLE_LEVEL, LINE_DASHED);
	for (int j = 0; j < h; j += 7)
		for (int i = 0; i < w; i += 5) {
			const int part[4] = { i, j, i + 5, j + 7 };
			plot_contour_part(&q, grid, w, h, 1, part, levels, 2, STYLE_LEVEL, LINE_DASHED);
		}
	int drawn = 0;
	for (int r = 0; r < 24; r++)
		for (int k = 0; k < 60; k++) {
			assert_int_equal(canvas_cell(whole, k, r, NULL), canvas_cell(parts, k, r, NULL));
			drawn += canvas_cell(whole, k, r, NULL) != ' ';
		}
	assert_true(drawn > 100);
	free(grid);
	canvas_free(whole);
	canvas_free(parts);
}

int main(void)
{
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) {
		fprintf(stderr, "test_plot: needs the locale C.UTF-8\n");
		return 1;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ticks_on_book_range),
		cmocka_unit_test(test_legend_and_title_measure_columns),
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
		cmocka_unit_test(test_contour_in_parts_is_the_whole),
		cmocka_unit_test(test_legend_goes_where_it_hides_least),
		cmocka_unit_test(test_drawn_labels_never_touch),
		cmocka_unit_test(test_bands_hold_values_off_the_scale),
		cmocka_unit_test(test_three_ticks_where_they_fit),
		cmocka_unit_test(test_log_ticks_at_decades),
		cmocka_unit_test(test_log_axis_maps_decades_evenly),
		cmocka_unit_test(test_columns_for_aspect_fit_the_view),
		cmocka_unit_test(test_legend_drops_whole_entries),
		cmocka_unit_test(test_legend_never_covers_kept_cells),
		cmocka_unit_test(test_legend_counts_ink_over_the_whole_run),
		cmocka_unit_test(test_one_entry_legend_goes_under_the_axis),
		cmocka_unit_test(test_legend_samples_are_the_marks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
