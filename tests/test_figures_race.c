/* Tests for figures_race: chapter 6's race, each optimizer its marker and
 * style, paths drawn up to the current row, runs that stop, the book's
 * panels. */
#include "testutil.h"

#include <math.h>

#include "figures.h"
#include "figtest.h"

static double ch6_value(const void *ctx, const double *x)
{
	(void)ctx;
	return x[0] * x[0] / 20.0 + x[1] * x[1];
}

static double ch6_value_and_gradient(const void *ctx, const double *x, double *grad)
{
	grad[0] = x[0] / 10.0;
	grad[1] = 2.0 * x[1];
	return ch6_value(ctx, x);
}

/* Figure 6-8's runners, 30 updates each from (-7, 2). */
static const struct {
	enum optimizer_kind kind;
	double lr;
	uint16_t marker;
	const char *legend;
} book[] = {
	{ OPTIMIZER_SGD, 0.95, 0x2022, "SGD, lr 0.95" },
	{ OPTIMIZER_MOMENTUM, 0.1, 0x00D7, "Momentum, lr 0.1" },
	{ OPTIMIZER_ADAGRAD, 1.5, 0x25AA, "AdaGrad, lr 1.5" },
	{ OPTIMIZER_ADAM, 0.3, 0x25B4, "Adam, lr 0.3" },
	{ OPTIMIZER_NESTEROV, 0.1, 0x25BE, "Nesterov, lr 0.1" },
	{ OPTIMIZER_RMSPROP, 0.3, 0x25C6, "RMSprop, lr 0.3" },
};

static void start_run(struct run *r, enum optimizer_kind kind, double lr, long steps)
{
	struct run_spec spec = {
		.surface = { ch6_value, NULL, 2, ch6_value_and_gradient },
		.gradient = GRADIENT_EXACT, .h = 1e-4,
		.optimizer = optimizer_defaults(kind, lr), .start = { -7, 2 },
	};
	assert_int_equal(run_init(r, &spec, true), 0);
	run_until(r, steps);
}

static struct race_params race(struct run *runs, int count, double view)
{
	for (int i = 0; i < count; i++)
		start_run(&runs[i], book[i].kind, book[i].lr, 30);
	struct race_params p = { .runs = runs, .count = count, .current = 30,
	                         .f_text = "f(x0, x1) = x0**2/20 + x1**2",
	                         .view = { -view, view, -view, view } };
	return p;
}

static void free_runs(struct run *runs, int count)
{
	for (int i = 0; i < count; i++)
		run_free(&runs[i]);
}

/* Every runner leaves its marker along its path (not only in the legend),
 * in its own style; the legend names each with its rate; the start and
 * the book's + at the origin are there. */
static void test_each_runner_has_its_marker(void **state)
{
	(void)state;
	struct run runs[6];
	struct race_params p = race(runs, 6, 10);
	struct canvas *c = canvas_new(120, 40, CANVAS_BRAILLE);
	assert_int_equal(figure_race(c, &p), 0);
	for (int i = 0; i < 6; i++) {
		enum canvas_style s = figure_race_style(book[i].kind);
		assert_true(figtest_count(c, book[i].marker, s, 0) >= 3);
		assert_true(figtest_shows(c, book[i].legend));
		for (int j = 0; j < i; j++)
			assert_true(figure_race_marker(book[i].kind) != figure_race_marker(book[j].kind));
	}
	assert_true(figtest_count(c, 0x25CB, STYLE_START, 0) == 2); /* and its legend */
	assert_true(figtest_count(c, '+', STYLE_AXES, 0) >= 1); /* under the paths' ends */
	assert_true(figtest_shows(c, "origin (0, 0)"));
	assert_true(figtest_shows(c, "start (-7.0, 2.0)"));
	/* ascii: the same, by letter */
	struct canvas *a = canvas_new(120, 40, CANVAS_ASCII);
	assert_int_equal(figure_race(a, &p), 0);
	assert_true(figtest_count(a, 'x', figure_race_style(OPTIMIZER_MOMENTUM), 0) >= 3);
	assert_true(figtest_count(a, '#', figure_race_style(OPTIMIZER_ADAGRAD), 0) >= 3);
	canvas_free(a);
	canvas_free(c);
	free_runs(runs, 6);
}

/* At current 0 only the start is drawn; a path stops at its last row. */
static void test_paths_stop_at_the_current_row(void **state)
{
	(void)state;
	struct run runs[4];
	struct race_params p = race(runs, 4, 10);
	p.current = 0;
	struct canvas *c = canvas_new(120, 40, CANVAS_BRAILLE);
	assert_int_equal(figure_race(c, &p), 0);
	for (int i = 0; i < 4; i++) /* the legend's sample alone */
		assert_int_equal(figtest_count(c, book[i].marker, STYLE_COUNT, 0), 1);
	p.current = 1000; /* past every run's end: their last rows */
	assert_int_equal(figure_race(c, &p), 0);
	assert_true(figtest_count(c, book[0].marker, STYLE_COUNT, 0) > 5);
	canvas_free(c);
	free_runs(runs, 4);
}

/* A run whose values overflow stops, and the legend says from when. */
static void test_a_run_that_stops_says_so(void **state)
{
	(void)state;
	struct run runs[2];
	start_run(&runs[0], OPTIMIZER_SGD, 0.95, 30);
	start_run(&runs[1], OPTIMIZER_SGD, 1e300, 30);
	assert_int_equal(runs[1].end, RUN_NONFINITE);
	struct race_params p = { .runs = runs, .count = 2, .current = 30, .f_text = NULL,
	                         .view = { -10, 10, -10, 10 } };
	struct plot_legend l;
	figure_race_legend(&p, &l);
	char want[96];
	snprintf(want, sizeof want, "SGD, lr 1e+300, not finite from iter %ld", run_last(&runs[1]));
	assert_string_equal(l.entry[1].text, want);
	struct canvas *c = canvas_new(80, 24, CANVAS_ASCII);
	assert_int_equal(figure_race(c, &p), 0);
	canvas_free(c);
	free_runs(runs, 2);
}

/* The book's 2x2 panels at 120x40, each titled; 3x2 for six; one plot
 * when a panel would be smaller than 30x14. */
static void test_panels_where_the_size_allows(void **state)
{
	(void)state;
	struct run runs[6];
	struct race_params p = race(runs, 6, 10);
	p.count = 4;
	p.panels = true;
	struct canvas *c = canvas_new(120, 40, CANVAS_BRAILLE);
	assert_int_equal(figure_race(c, &p), 0);
	int col = 0, row = 0, titles[4][2];
	for (int i = 0; i < 4; i++) {
		assert_true(figtest_find_text(c, book[i].legend, &col, &row));
		titles[i][0] = col;
		titles[i][1] = row;
	}
	/* two across, two down */
	assert_true(titles[0][1] == titles[1][1] && titles[2][1] == titles[3][1]);
	assert_true(titles[2][1] > titles[0][1] + 14 && titles[1][0] > titles[0][0] + 30);
	assert_true(figtest_shows(c, "f(x0, x1) = x0**2/20 + x1**2"));
	p.count = 6;
	assert_int_equal(figure_race(c, &p), 0);
	for (int i = 0; i < 6; i++)
		assert_true(figtest_shows(c, book[i].legend));
	assert_true(figtest_find_text(c, book[3].legend, &col, &row) && row > 14);
	/* 80x24: one plot, its legend */
	struct canvas *small = canvas_new(80, 24, CANVAS_BRAILLE);
	p.count = 4;
	assert_int_equal(figure_race(small, &p), 0);
	assert_true(figtest_shows(small, "start (-7.0, 2.0)"));
	canvas_free(small);
	canvas_free(c);
	free_runs(runs, 6);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_runner_has_its_marker),
		cmocka_unit_test(test_paths_stop_at_the_current_row),
		cmocka_unit_test(test_a_run_that_stops_says_so),
		cmocka_unit_test(test_panels_where_the_size_allows),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
