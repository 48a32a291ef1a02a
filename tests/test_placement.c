/* Tests for placement: a figure's legend goes beside it, from the plot
 * area's top, exactly when the columns the figure leaves hold it as each
 * caller's rule says (slope plot: the whole legend, to the edge; a pane:
 * the whole legend, a column short of its edge; the dashboard's descent:
 * 28 columns for its loss chart, and whatever of the legend fits). */
#include "testutil.h"

#include <string.h>

#include "placement.h"

/* n entries, each 10 + 6 = 16 columns wide (a space, the sample, a space,
 * the text and its margin). */
static struct plot_legend legend_of(int n)
{
	struct plot_legend l;
	memset(&l, 0, sizeof l);
	for (int i = 0; i < n; i++)
		plot_legend_add(&l, STYLE_PATH, SAMPLE_PATH, LINE_SOLID, MARK_POINT, "0123456789");
	return l;
}

static void assert_box(struct plot_box b, int col, int row, int cols, int rows)
{
	assert_int_equal(b.col, col);
	assert_int_equal(b.row, row);
	assert_int_equal(b.cols, cols);
	assert_int_equal(b.rows, rows);
}

static void test_plot_puts_a_whole_legend_beside_to_the_edge(void **state)
{
	(void)state;
	struct plot_legend l = legend_of(3);
	struct plot_box box = { 0, 0, 56, 24 };
	/* 16 columns free: the legend fits to the last column */
	struct figure_places d = figure_place(box, 40, &l, &LEGEND_PLOT);
	assert_box(d.figure, 0, 0, 40, 24);
	assert_box(d.legend, 40, 1, 16, 3);
	/* 15 free: inside, the figure takes the whole box */
	d = figure_place(box, 41, &l, &LEGEND_PLOT);
	assert_box(d.figure, 0, 0, 56, 24);
	assert_int_equal(d.legend.rows, 0);
	/* three entries under the top row need four rows */
	box.rows = 3;
	d = figure_place(box, 40, &l, &LEGEND_PLOT);
	assert_int_equal(d.legend.rows, 0);
	assert_int_equal(d.figure.cols, 56);
	box.rows = 4;
	d = figure_place(box, 40, &l, &LEGEND_PLOT);
	assert_box(d.legend, 40, 1, 16, 3);
}

static void test_a_pane_keeps_its_last_column(void **state)
{
	(void)state;
	struct plot_legend l = legend_of(2);
	struct plot_box box = { 5, 2, 57, 20 };
	struct figure_places d = figure_place(box, 41, &l, &LEGEND_PANE_RACE);
	assert_int_equal(d.legend.rows, 0); /* 16 free, one kept: 15 */
	assert_int_equal(d.figure.cols, 57);
	d = figure_place(box, 40, &l, &LEGEND_PANE_RACE);
	assert_box(d.figure, 5, 2, 40, 20);
	assert_box(d.legend, 45, 3, 16, 2);
	assert_box(d.side, 45, 3, 16, 19);
}

static void test_the_descent_pane_keeps_its_side_for_the_loss_chart(void **state)
{
	(void)state;
	struct plot_legend l = legend_of(4);
	struct plot_box box = { 0, 0, 100, 12 };
	/* 27 columns free: no side, the legend inside */
	struct figure_places d = figure_place(box, 73, &l, &LEGEND_PANE_DESCENT);
	assert_int_equal(d.side.cols, 0);
	assert_int_equal(d.legend.rows, 0);
	assert_int_equal(d.figure.cols, 100);
	/* 28: the side, the legend at its top */
	d = figure_place(box, 72, &l, &LEGEND_PANE_DESCENT);
	assert_box(d.figure, 0, 0, 72, 12);
	assert_box(d.side, 72, 1, 27, 11);
	assert_box(d.legend, 72, 1, 16, 4);
	/* two of the four rows: beside all the same, what fits of it */
	box.rows = 3;
	d = figure_place(box, 72, &l, &LEGEND_PANE_DESCENT);
	assert_box(d.legend, 72, 1, 16, 2);
	/* none fits the side: the figure keeps its width, the legend inside */
	l = legend_of(1);
	strcpy(l.entry[0].text, "an entry wider than the side of the pane");
	d = figure_place((struct plot_box){ 0, 0, 100, 12 }, 72, &l, &LEGEND_PANE_DESCENT);
	assert_int_equal(d.figure.cols, 72);
	assert_int_equal(d.legend.rows, 0);
	assert_int_equal(d.side.cols, 27);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plot_puts_a_whole_legend_beside_to_the_edge),
		cmocka_unit_test(test_a_pane_keeps_its_last_column),
		cmocka_unit_test(test_the_descent_pane_keeps_its_side_for_the_loss_chart),
	};
	return cmocka_run_group_tests_name("placement", tests, NULL, NULL);
}
