/* Tests for figures: where the book's marks land, and no garbage from
 * functions with poles or holes. */
#include "testutil.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "expr.h"
#include "figtest.h"
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
			    canvas_cell(c, ycol + 1, r, NULL) == 0x2524 &&
			    (ycol == 0 || canvas_cell(c, ycol - 1, r, NULL) != '-')) /* not -2 */
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
	figtest_render(out, c, 0);
	fclose(out);
	assert_non_null(strstr(text, "tangent y = 0.3x - 1"));
	assert_non_null(strstr(text, "a = 10.0, f(a) = 2.0"));
	free(text);
	canvas_free(c);
}

static char *render_text(const struct canvas *c)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	figtest_render(out, c, 0);
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

/* A run of n - 1 updates from (x0, x1). */
static void run_from(struct run *r, double (*f)(const void *, const double *),
                     double x0, double x1, double lr, long n)
{
	struct run_spec spec = { .surface = { f, NULL, 2, NULL }, .h = 1e-4,
	                         .optimizer = optimizer_defaults(OPTIMIZER_SGD, lr),
	                         .start = { x0, x1 } };
	assert_int_equal(run_init(r, &spec, true), 0);
	run_until(r, n - 1);
}

/* A run of n - 1 updates from the book's start. */
static void run_path(struct run *r, double (*f)(const void *, const double *),
                     double lr, long n)
{
	run_from(r, f, -3, 4, lr, n);
}

/* The pieces a style's cells make on c, cells that touch (sides or
 * corners) counting as one piece; marks keeps the labels. */
static int pieces_of(const struct canvas *c, enum canvas_style style, int *marks)
{
	int cols = canvas_cols(c), rows = canvas_rows(c), pieces = 0;
	int *stack = malloc((size_t)cols * (size_t)rows * sizeof *stack);
	assert_non_null(stack);
	for (int i = 0; i < cols * rows; i++) {
		enum canvas_style s;
		canvas_cell(c, i % cols, i / cols, &s);
		marks[i] = s == style ? -1 : 0;
	}
	for (int i = 0; i < cols * rows; i++) {
		if (marks[i] != -1)
			continue;
		int top = 0;
		marks[i] = ++pieces;
		stack[top++] = i;
		while (top > 0) {
			int at = stack[--top], r = at / cols, k = at % cols;
			for (int dr = -1; dr <= 1; dr++)
				for (int dk = -1; dk <= 1; dk++) {
					int rr = r + dr, kk = k + dk;
					if (rr < 0 || rr >= rows || kk < 0 || kk >= cols ||
					    marks[rr * cols + kk] != -1)
						continue;
					marks[rr * cols + kk] = pieces;
					stack[top++] = rr * cols + kk;
				}
		}
	}
	free(stack);
	return pieces;
}

/* Level curves read as curves in braille and block, not as scattered
 * dots: the rings around the book's bowl are connected lines that the
 * axis lines, the marks and the legend cut into pieces of many cells
 * (dotted, most pieces were crumbs of a cell or two), in the terminal's
 * own ink, which shows on
 * black, on white and on a projector (dark blue did not). */
static void test_level_curves_are_connected_lines(void **state)
{
	(void)state;
	const enum canvas_mode modes[] = { CANVAS_BRAILLE, CANVAS_BLOCK };
	struct run run;
	run_path(&run, bowl, 0.1, 21);
	for (int m = 0; m < 2; m++) {
		struct canvas *c = canvas_new(120, 40, modes[m]);
		int *marks = malloc(120 * 40 * sizeof *marks);
		assert_non_null(marks);
		struct descent_params p = { .run = &run, .f_text = "x0**2 + x1**2",
		                            .view = { -5, 5, -5, 5 }, .current = 3 };
		assert_int_equal(figure_descent(c, &p), 0);
		int pieces = pieces_of(c, STYLE_CONTOUR, marks), crumbs = 0;
		/* (current 3: the current level, dashed over its ring, is none of
		 * them) the pieces of one or two cells: a curve's ends where the axis
		 * lines and marks cut it, and nothing else */
		for (int k = 1; k <= pieces; k++) {
			int size = 0;
			for (int i = 0; i < 120 * 40; i++)
				size += marks[i] == k;
			crumbs += size <= 2;
		}
		if (pieces < 6 || crumbs * 5 > pieces) {
			print_error("mode %d: %d of the level curves' %d pieces are crumbs\n", m,
			            crumbs, pieces);
			fail();
		}
		free(marks);
		canvas_free(c);
	}
	assert_int_equal(canvas_style_ink(STYLE_CONTOUR).color, ANSI_DEFAULT);
	run_free(&run);
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
	struct canvas *c = canvas_new(40, 16, CANVAS_ASCII);
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
	static const char *const zero_width[] = { "1e300", "0", "1e299", "path, lr 10.0",
	                                          "-grad field", NULL };
	expect_texts(c, zero_width);
	assert_int_equal(count_glyph(c, 'S'), 0); /* the start is out of view */

	p.fit_view = true;
	assert_int_equal(figure_descent(c, &p), 0);
	/* fitted to the finite points (-3, 4) and (57, -6) */
	static const char *const fitted[] = { " 0 ", "20", "40", "60", "-20", "start (-3.0, 4.0)", NULL };
	expect_texts(c, fitted);
	assert_int_equal(count_glyph(c, 'S'), 2); /* the start and its legend */

	p.current = 0;
	p.fit_view = false;
	assert_int_equal(figure_descent(c, &p), 0);
	static const char *const at_start[] = { "1e300", "path, lr 10.0", "next step", NULL };
	expect_texts(c, at_start);
	run_free(&run);
	/* the descent's legend needs 40x16 for "start (-3.0, 4.0)" and its
	 * other texts; the figures below are tried at the least size */
	canvas_free(c);
	c = canvas_new(32, 12, CANVAS_ASCII);

	struct field_params f = { { nan_surface, NULL, 2, NULL }, NULL, 1e-4, { 3, 3, -1, -1 } };
	assert_int_equal(figure_field(c, &f), 0);
	/* x0 3 +- 10%, x1 -1 +- 10%, and half a step of the grid around; NaN
	 * everywhere: no arrow but the legend's */
	static const char *const field[] = { "2.75", "3", "3.25", "-0.8", "-1.2", "--> -grad f", NULL };
	expect_texts(c, field);
	assert_int_equal(count_glyph(c, '>'), 1);

	struct tangent_params t = book_tangent();
	t.xlo = t.xhi = 7;
	assert_int_equal(figure_tangent(c, &t), 0);
	/* x 7 +- 10%; a = 10 lies outside, the legend (cut at 3/4 of the
	 * width) still says where */
	static const char *const tangent[] = { "6.5", "7", "7.5", "--- f(x)", NULL };
	expect_texts(c, tangent);
	canvas_free(c);
}


/* A plot's frame in its text: each line up to its first | or + (the y
 * labels and the axis), and the last three lines whole (the x axis, its
 * labels, its title). Rewrites text in place. */
static char *frame_of(char *text)
{
	int lines = 0;
	for (const char *q = text; *q; q++)
		lines += *q == '\n';
	char *out = text, *line = text;
	for (int n = 0; *line; n++) {
		char *end = strchr(line, '\n');
		size_t len = (size_t)(end - line);
		size_t keep = n >= lines - 3 ? len : strcspn(line, "|+");
		keep = keep < len ? keep + 1 : len;
		memmove(out, line, keep);
		out += keep;
		*out++ = '\n';
		line = end + 1;
	}
	*out = '\0';
	return text;
}


/* The x tick labels of `slope plot tangent --function x --xrange 0:0.001
 * --size 44x14 --canvas ascii` once ended "0.00080.001": every word of the
 * label row must read as one number. */
static void test_tangent_labels_never_merge(void **state)
{
	(void)state;
	struct tangent_params p = { .f = { book_curve, NULL, 1, NULL }, .a = 10, .h = 1e-4 };
	for (int cols = 32; cols < 90; cols += 3) {
		for (int k = -12; k < 12; k += 3) {
			p.xlo = 0;
			p.xhi = pow(10, k);
			struct canvas *c = canvas_new(cols, 14, CANVAS_ASCII);
			assert_int_equal(figure_tangent(c, &p), 0);
			char *text = render_text(c);
			char *line = text;
			for (int r = 0; r < 12; r++)
				line = strchr(line, '\n') + 1; /* the label row */
			*strchr(line, '\n') = '\0';
			for (char *word = strtok(line, " "); word; word = strtok(NULL, " ")) {
				char *end;
				strtod(word, &end);
				if (*end != '\0')
					print_error("%dx14, [0, %g]: '%s'\n", cols, p.xhi, word);
				assert_true(*end == '\0');
			}
			free(text);
			canvas_free(c);
		}
	}
}

/* The book's run with the rate raised to 0.3 at iteration 4, as the
 * dashboard's + key does it: rows after 4 recomputed at the new rate. */
static void run_with_lr_change(struct run *r, long n)
{
	run_path(r, bowl, 0.1, 5);
	run_truncate(r, 4);
	run_set_lr(r, 0.3);
	run_until(r, n);
}

static const char *legend_text(const struct plot_legend *l, int i)
{
	return i < l->count ? l->entry[i].text : "";
}

/* Which entry of a legend starts with prefix, or -1. */
static int legend_entry(const struct plot_legend *l, const char *prefix)
{
	for (int i = 0; i < l->count; i++)
		if (strncmp(l->entry[i].text, prefix, strlen(prefix)) == 0)
			return i;
	return -1;
}

/* Each level curve passes through a point of the path: on the bowl, every
 * contour cell lies on the circle through one of the iterates 0, 1, 2, 4,
 * 8, 16 the legend names. */
static void test_levels_pass_through_the_path(void **state)
{
	(void)state;
	struct run run;
	run_path(&run, bowl, 0.1, 21);
	struct descent_params p = { .run = &run, .view = { -3.5, 3.5, -4.5, 4.5 },
	                            .current = 20, .no_legend = true };
	struct plot_legend l;
	figure_descent_legend(&p, &l);
	int e = legend_entry(&l, "levels");
	assert_true(e >= 0);
	assert_string_equal(legend_text(&l, e), "levels at iters 0, 1, 2, 4, 8, 16");
	const long iters[] = { 0, 1, 2, 4, 8, 16 };
	struct canvas *c = canvas_new(100, 40, CANVAS_BRAILLE);
	assert_int_equal(figure_descent(c, &p), 0);
	/* the plot's transform, from where the x ticks and the origin sit */
	int contour = 0;
	for (int r = 0; r < 40; r++) {
		for (int k = 0; k < 100; k++) {
			enum canvas_style s;
			canvas_cell(c, k, r, &s);
			contour += s == STYLE_CONTOUR;
		}
	}
	assert_true(contour > 50);
	/* the equal-aspect plot of [-3.5, 3.5] x [-4.5, 4.5] on 100x40: find
	 * its mapping by drawing it again with a known plot */
	struct plot_spec spec = { .xlo = -3.5, .xhi = 3.5, .ylo = -4.5, .yhi = 4.5,
	                          .title = NULL, .xtitle = "X0", .ytitle = "X1",
	                          .equal_aspect = true };
	struct canvas *d = canvas_new(100, 40, CANVAS_BRAILLE);
	struct plot q;
	assert_int_equal(plot_begin(&q, d, &spec), 0);
	for (int r = q.row; r < q.row + q.rows; r++) {
		for (int k = q.col; k < q.col + q.cols; k++) {
			enum canvas_style s;
			canvas_cell(c, k, r, &s);
			if (s != STYLE_CONTOUR)
				continue;
			double x = plot_data_x(&q, (k + 0.5) * 2), y = plot_data_y(&q, (r + 0.5) * 4);
			double radius = hypot(x, y), best = INFINITY;
			for (int i = 0; i < 6; i++) {
				const double *xi = run_row(&run, iters[i])->x;
				best = fmin(best, fabs(radius - hypot(xi[0], xi[1])));
			}
			assert_true(best < 0.2); /* a cell is 0.09 across here */
		}
	}
	canvas_free(d);
	canvas_free(c);
	run_free(&run);
}

/* What is drawn under everything (the levels, the axes) is the same at
 * every step: where nothing else covers a cell in two frames, the cell is
 * the same in both. */
static void test_levels_stay_while_stepping(void **state)
{
	(void)state;
	struct run run;
	run_path(&run, bowl, 0.1, 31);
	struct figure_cache *cache = figure_cache_new();
	struct canvas *first = canvas_new(90, 30, CANVAS_BRAILLE);
	struct canvas *c = canvas_new(90, 30, CANVAS_BRAILLE);
	struct descent_params p = { .run = &run, .view = { -3.5, 3.5, -4.5, 4.5 },
	                            .next_arrow = true, .cache = cache };
	assert_int_equal(figure_descent(first, &p), 0);
	for (p.current = 1; p.current <= 30; p.current++) {
		assert_int_equal(figure_descent(c, &p), 0);
		for (int r = 0; r < 30; r++) {
			for (int k = 0; k < 90; k++) {
				enum canvas_style s, t;
				uint16_t a = canvas_cell(first, k, r, &s), b = canvas_cell(c, k, r, &t);
				if (s <= STYLE_CONTOUR && t <= STYLE_CONTOUR)
					assert_int_equal(a, b);
			}
		}
	}
	canvas_free(first);
	canvas_free(c);
	figure_cache_free(cache);
	run_free(&run);
}

/* The legend never covers the start or the current point, stays in one
 * place while stepping, and never cuts its texts: at many sizes and in
 * every mode, at every iteration (every SWEEP_STRIDE-th under the
 * sanitizers). */
static void check_legend_off_the_points(struct run *run, const char *start_text);

static void test_descent_legend_stays_off_the_points(void **state)
{
	(void)state;
	struct run run;
	run_with_lr_change(&run, 40);
	check_legend_off_the_points(&run, "start (-3.0, 4.0)");
	run_free(&run);
	/* a path through the top right corner, the first one tried */
	run_from(&run, bowl, 3, 4, 0.05, 41);
	check_legend_off_the_points(&run, "start (3.0, 4.0)");
	run_free(&run);
}

static void check_legend_off_the_points(struct run *run, const char *start_text)
{
	enum canvas_mode modes[3] = { CANVAS_BRAILLE, CANVAS_BLOCK, CANVAS_ASCII };
	const int sizes[][2] = { { 32, 12 }, { 40, 16 }, { 58, 30 }, { 80, 24 }, { 120, 40 } };
	for (int m = 0; m < 3; m++) {
		for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
			int cols = sizes[z][0], rows = sizes[z][1];
			struct canvas *c = canvas_new(cols, rows, modes[m]);
			int start_col = -2, start_row = -2;
			for (long cur = 0; cur <= 40; cur += SWEEP_STRIDE) {
				struct descent_params p = { .run = run, .f_text = "bowl",
				                            .view = { -3.5, 3.5, -4.5, 4.5 },
				                            .current = cur, .next_arrow = true };
				assert_int_equal(figure_descent(c, &p), 0);
				uint16_t start = modes[m] == CANVAS_ASCII ? 'S' : 0x25CB;
				uint16_t now = modes[m] == CANVAS_ASCII ? '@' : 0x25CF;
				struct plot_legend l;
				figure_descent_legend(&p, &l);
				int k, r;
				bool start_listed = find_text(c, start_text, &k, &r);
				bool now_listed = find_text(c, l.entry[0].text, &k, &r);
				/* the points are drawn, besides their legend samples
				 * (at iteration 0 the current point hides the start) */
				assert_int_equal(count_glyph(c, start), start_listed + (cur > 0));
				assert_int_equal(count_glyph(c, now), now_listed + 1);
				find_text(c, start_text, &k, &r);
				if (cur == 0) {
					start_col = start_listed ? k : -1;
					start_row = start_listed ? r : -1;
				} else {
					assert_int_equal(start_listed ? k : -1, start_col);
					assert_int_equal(start_listed ? r : -1, start_row);
				}
				/* a text shows whole or not at all */
				char *text = render_text(c);
				for (int i = 0; i < l.count; i++) {
					const char *tail = strchr(l.entry[i].text, ' ');
					if (tail == NULL || l.entry[i].blank ||
					    find_text(c, l.entry[i].text, &k, &r))
						continue;
					assert_null(strstr(text, tail));
				}
				free(text);
			}
			canvas_free(c);
		}
	}
}

/* The legend says which iterations used which lr. */
static void test_legend_names_the_rates(void **state)
{
	(void)state;
	struct run run;
	run_with_lr_change(&run, 20);
	struct descent_params p = { .run = &run, .view = { -3.5, 3.5, -4.5, 4.5 },
	                            .next_arrow = true };
	struct plot_legend l;
	p.current = 2;
	figure_descent_legend(&p, &l);
	assert_string_equal(legend_text(&l, legend_entry(&l, "path")), "path, lr 0.1");
	p.current = 4; /* the arrow shows the first step at 0.3 */
	figure_descent_legend(&p, &l);
	assert_string_equal(legend_text(&l, legend_entry(&l, "path")),
	                    "path, lr 0.1, 0.3 from iter 4");
	p.current = 20;
	figure_descent_legend(&p, &l);
	int e = legend_entry(&l, "path");
	assert_string_equal(legend_text(&l, e), "path, lr 0.1, 0.3 from iter 4");
	/* the width kept for it holds every text it takes over the run */
	for (p.current = 0; p.current <= 20; p.current++) {
		figure_descent_legend(&p, &l);
		for (int i = 0; i < l.count; i++)
			assert_true((int)strlen(l.entry[i].text) <= l.entry[i].width);
	}
	run_free(&run);
	/* a diverging run: numbers from 3 to 1e12 digits wide */
	run_path(&run, bowl, 1.1, 200);
	for (p.current = 0; p.current <= run_last(&run); p.current++) {
		figure_descent_legend(&p, &l);
		for (int i = 0; i < l.count; i++)
			assert_true((int)strlen(l.entry[i].text) <= l.entry[i].width);
	}
	run_free(&run);
}

/* The width a legend keeps for a number holds the number, whatever its
 * size: a one-row run at each of many points. */
static void test_legend_width_holds_every_number(void **state)
{
	(void)state;
	srand(3);
	for (int trial = 0; trial < 3000; trial++) {
		double x[2];
		for (int d = 0; d < 2; d++) {
			double m = (rand() % 100000) / 10000.0;
			x[d] = (rand() % 2 ? -m : m) * pow(10, rand() % 40 - 20);
			if (trial % 7 == 0)
				x[d] = (rand() % 2 ? -9.9995 : 99999.5) * pow(10, rand() % 12 - 6);
		}
		struct run run;
		run_from(&run, bowl, x[0], x[1], 0.1, 1);
		struct descent_params p = { .run = &run, .view = { -3.5, 3.5, -4.5, 4.5 } };
		struct plot_legend l;
		figure_descent_legend(&p, &l);
		for (int i = 0; i < l.count; i++) {
			if ((int)strlen(l.entry[i].text) > l.entry[i].width)
				print_error("'%s' in %d columns\n", l.entry[i].text, l.entry[i].width);
			assert_true((int)strlen(l.entry[i].text) <= l.entry[i].width);
		}
		run_free(&run);
	}
}

/* -grad at the current point: at the start (-3, 4) it points down and to
 * the right, toward the minimum, in its own style. */
static void test_gradient_arrow_at_the_current_point(void **state)
{
	(void)state;
	struct run run;
	run_path(&run, bowl, 0.1, 3);
	struct canvas *c = canvas_new(80, 30, CANVAS_BRAILLE);
	struct descent_params p = { .run = &run, .view = { -3.5, 3.5, -4.5, 4.5 },
	                            .current = 0, .no_legend = true };
	assert_int_equal(figure_descent(c, &p), 0);
	int heads = 0;
	for (int r = 0; r < 30; r++) {
		for (int k = 0; k < 80; k++) {
			enum canvas_style s;
			uint16_t g = canvas_cell(c, k, r, &s);
			if (s == STYLE_GRADIENT && g >= 0x2190 && g <= 0x2199) {
				assert_true(g == 0x2198 || g == 0x2193); /* ↘ or ↓ */
				heads++;
			}
		}
	}
	assert_int_equal(heads, 1);
	canvas_free(c);
	run_free(&run);
}

/* The descent figure at figure_descent_columns draws its view without
 * widening it: the x ticks reach 3 but not 4; wider, they reach 4. */
static void test_descent_columns_fit_the_view(void **state)
{
	(void)state;
	struct run run;
	run_path(&run, bowl, 0.1, 21);
	struct descent_params p = { .run = &run, .view = { -3.5, 3.5, -4.5, 4.5 },
	                            .current = 20, .no_legend = true };
	int cols = figure_descent_columns(&p, CANVAS_BRAILLE, 24);
	assert_true(cols >= 32 && cols < 50);
	struct canvas *c = canvas_new(cols, 24, CANVAS_BRAILLE);
	assert_int_equal(figure_descent(c, &p), 0);
	int k, r;
	assert_false(find_text(c, "4", &k, &r) && r == 22);
	canvas_free(c);
	c = canvas_new(cols + 30, 24, CANVAS_BRAILLE);
	assert_int_equal(figure_descent(c, &p), 0);
	assert_true(find_text(c, "4", &k, &r) && r == 22);
	canvas_free(c);
	run_free(&run);
}

/* The loss chart: a log axis for the book's run (25 down to 1e-18), the
 * current iteration marked, nothing drawn after it, and the axes the same
 * at every step. */
static void test_loss_chart_on_a_log_axis(void **state)
{
	(void)state;
	struct run run;
	run_path(&run, bowl, 0.1, 101);
	struct canvas *c = canvas_new(70, 20, CANVAS_ASCII);
	struct loss_params p = { .run = &run, .f_text = "f", .current = 100, .steps = 100 };
	assert_int_equal(figure_loss(c, &p), 0);
	char *full = render_text(c);
	assert_non_null(strstr(full, "f, log scale"));
	assert_non_null(strstr(full, "1e-18") ? strstr(full, "1e-18") : strstr(full, "1e-15"));
	char *axes_full = full;
	p.current = 30;
	p.no_legend = true;
	assert_int_equal(figure_loss(c, &p), 0);
	int col, row;
	assert_true(find_glyph(c, '@', &col, &row));
	/* nothing of the loss right of the current iteration */
	for (int r = 0; r < 20; r++)
		for (int k = col + 1; k < 70; k++) {
			enum canvas_style s;
			canvas_cell(c, k, r, &s);
			assert_int_not_equal(s, STYLE_PATH);
		}
	/* the frame (y labels and axis, x axis, labels, title) is that of
	 * the last step */
	char *text = render_text(c);
	assert_string_equal(frame_of(axes_full), frame_of(text));
	free(text);
	free(axes_full);
	canvas_free(c);
	run_free(&run);
}

static double bowl_minus_one(const void *ctx, const double *x)
{
	(void)ctx;
	return x[0] * x[0] + x[1] * x[1] - 1;
}

/* Losses of 0 or below cannot go on a log axis: the chart is linear and
 * draws them. */
static void test_loss_chart_falls_back_to_linear(void **state)
{
	(void)state;
	struct run run;
	run_path(&run, bowl_minus_one, 0.1, 101);
	assert_true(run_row(&run, 100)->loss < 0);
	struct canvas *c = canvas_new(70, 20, CANVAS_ASCII);
	struct loss_params p = { .run = &run, .f_text = "f", .current = 100, .steps = 100 };
	assert_int_equal(figure_loss(c, &p), 0);
	char *text = render_text(c);
	assert_null(strstr(text, "log scale"));
	assert_null(strstr(text, "1e"));
	assert_non_null(strstr(text, "-1"));
	free(text);
	int col, row;
	assert_true(find_glyph(c, '@', &col, &row)); /* the last loss, -1 */
	assert_true(row > 10);
	canvas_free(c);
	run_free(&run);
}

/* The level through the current point is the contour of its loss on the
 * surface's grid, wherever nothing drawn later covers it: drawn block by
 * block, it misses no piece. */
static void test_current_level_is_the_whole_contour(void **state)
{
	(void)state;
	struct run run;
	run_path(&run, bowl, 0.1, 21);
	struct canvas *c = canvas_new(100, 40, CANVAS_BRAILLE);
	struct canvas *ref = canvas_new(100, 40, CANVAS_BRAILLE);
	struct plot_spec spec = { .xlo = -3.5, .xhi = 3.5, .ylo = -4.5, .yhi = 4.5,
	                          .xtitle = "X0", .ytitle = "X1", .equal_aspect = true };
	struct plot q;
	assert_int_equal(plot_begin(&q, ref, &spec), 0);
	int x0, y0, w, h;
	plot_area_dots(&q, &x0, &y0, &w, &h);
	assert_true(w * h <= 40000); /* sampled at every dot, as the figure does */
	double *grid = malloc((size_t)w * h * sizeof *grid);
	for (int j = 0; j < h; j++)
		for (int i = 0; i < w; i++) {
			double x[2] = { plot_data_x(&q, x0 + i + 0.5), plot_data_y(&q, y0 + j + 0.5) };
			grid[j * w + i] = bowl(NULL, x);
		}
	struct figure_cache *cache = figure_cache_new();
	for (long cur = 0; cur <= 20; cur += 2) {
		struct descent_params p = { .run = &run, .view = { -3.5, 3.5, -4.5, 4.5 },
		                            .current = cur, .no_legend = true, .cache = cache };
		assert_int_equal(figure_descent(c, &p), 0);
		canvas_clear(ref);
		assert_int_equal(plot_begin(&q, ref, &spec), 0);
		double level = run_row(&run, cur)->loss;
		plot_contour(&q, grid, w, h, 1, &level, 1, STYLE_LEVEL, LINE_DASHED);
		int cells = 0;
		for (int r = q.row; r < q.row + q.rows; r++)
			for (int k = q.col; k < q.col + q.cols; k++) {
				enum canvas_style s, t;
				canvas_cell(ref, k, r, &s);
				canvas_cell(c, k, r, &t);
				if (t == STYLE_LEVEL)
					assert_int_equal(s, STYLE_LEVEL);
				if (s == STYLE_LEVEL) {
					cells++;
					assert_true(t >= STYLE_LEVEL);
				}
			}
		assert_true(cur > 8 || cells > 10);
	}
	figure_cache_free(cache);
	free(grid);
	canvas_free(ref);
	canvas_free(c);
	run_free(&run);
}

static void test_min_size_is_enforced(void **state)
{
	(void)state;
	enum figure_kind kinds[4] = { FIGURE_TANGENT, FIGURE_FIELD, FIGURE_DESCENT, FIGURE_LOSS };
	for (int i = 0; i < 4; i++) {
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
		} else if (kinds[i] == FIGURE_DESCENT) {
			assert_int_equal(figure_descent(small, &d), -1);
			assert_int_equal(figure_descent(fits, &d), 0);
		} else {
			struct loss_params l = { .run = &run, .current = 2, .steps = 2 };
			assert_int_equal(figure_loss(small, &l), -1);
			assert_int_equal(figure_loss(fits, &l), 0);
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
		cmocka_unit_test(test_levels_pass_through_the_path),
		cmocka_unit_test(test_levels_stay_while_stepping),
		cmocka_unit_test(test_current_level_is_the_whole_contour),
		cmocka_unit_test(test_descent_legend_stays_off_the_points),
		cmocka_unit_test(test_legend_names_the_rates),
		cmocka_unit_test(test_legend_width_holds_every_number),
		cmocka_unit_test(test_gradient_arrow_at_the_current_point),
		cmocka_unit_test(test_descent_columns_fit_the_view),
		cmocka_unit_test(test_loss_chart_on_a_log_axis),
		cmocka_unit_test(test_loss_chart_falls_back_to_linear),
		cmocka_unit_test(test_tangent_labels_never_merge),
		cmocka_unit_test(test_level_curves_are_connected_lines),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
