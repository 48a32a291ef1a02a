/* Tests for layout: where the panes and the status line go for each
 * terminal size, and how a strip's items share lines. */
#include "testutil.h"

#include <locale.h>

#include <stdio.h>

#include "layout.h"

#define assert_rect(r, row_, col_, rows_, cols_)                              \
	do {                                                                  \
		struct rect r_ = (r);                                         \
		if (r_.row != (row_) || r_.col != (col_) || r_.rows != (rows_) || \
		    r_.cols != (cols_)) {                                     \
			print_error("%s = {%d, %d, %d, %d}, expected {%d, %d, %d, %d}\n", \
			            #r, r_.row, r_.col, r_.rows, r_.cols,     \
			            (row_), (col_), (rows_), (cols_));        \
			fail();                                               \
		}                                                             \
	} while (0)

/* ---- layout_of ---------------------------------------------------------- */

static void test_below_60x20_is_too_small_and_shows_nothing(void **state)
{
	(void)state;
	const int sizes[][2] = { { 59, 40 }, { 60, 19 }, { 120, 19 }, { 40, 12 }, { 59, 19 },
	                         { 0, 0 }, { -1, 40 } };
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		struct layout l = layout_of(sizes[i][0], sizes[i][1], PANE_DESCENT);
		assert_true(l.too_small);
		assert_rect(l.pane[PANE_TANGENT], 0, 0, 0, 0);
		assert_rect(l.pane[PANE_DESCENT], 0, 0, 0, 0);
		assert_rect(l.status, 0, 0, 0, 0);
	}
}

static void test_60x20_shows_the_focused_pane_alone(void **state)
{
	(void)state;
	struct layout l = layout_of(60, 20, PANE_DESCENT);
	assert_false(l.too_small);
	assert_rect(l.pane[PANE_DESCENT], 0, 0, 19, 60);
	assert_rect(l.pane[PANE_TANGENT], 0, 0, 0, 0);
	assert_rect(l.status, 19, 0, 1, 60);
}

static void test_100x40_stacks_the_panes_whatever_the_focus(void **state)
{
	(void)state;
	/* two 50-column panes would be too narrow for x = (...): one above the other */
	for (int f = 0; f < PANE_COUNT; f++) {
		struct layout l = layout_of(100, 40, (enum pane)f);
		assert_false(l.too_small);
		assert_rect(l.pane[PANE_TANGENT], 0, 0, 19, 100);
		assert_rect(l.pane[PANE_DESCENT], 19, 0, 20, 100);
		assert_rect(l.status, 39, 0, 1, 100);
	}
}

static void test_119x35_shows_only_the_focused_pane(void **state)
{
	(void)state;
	struct layout l = layout_of(119, 35, PANE_DESCENT);
	assert_rect(l.pane[PANE_DESCENT], 0, 0, 34, 119);
	assert_int_equal(l.pane[PANE_TANGENT].rows, 0);
	assert_rect(l.status, 34, 0, 1, 119);
	l = layout_of(119, 35, PANE_TANGENT);
	assert_rect(l.pane[PANE_TANGENT], 0, 0, 34, 119);
	assert_int_equal(l.pane[PANE_DESCENT].rows, 0);
	l = layout_of(80, 24, PANE_TANGENT);
	assert_rect(l.pane[PANE_TANGENT], 0, 0, 23, 80);
	assert_int_equal(l.pane[PANE_DESCENT].rows, 0);
}

static void test_120x40_puts_the_panes_side_by_side(void **state)
{
	(void)state;
	for (int f = 0; f < PANE_COUNT; f++) {
		struct layout l = layout_of(120, 40, (enum pane)f);
		assert_false(l.too_small);
		assert_rect(l.pane[PANE_TANGENT], 0, 0, 39, 60);
		assert_rect(l.pane[PANE_DESCENT], 0, 60, 39, 60);
		assert_int_equal(l.pane[PANE_TANGENT].cols + l.pane[PANE_DESCENT].cols, 120);
		assert_rect(l.status, 39, 0, 1, 120);
	}
}

static void test_200x60_puts_the_panes_side_by_side(void **state)
{
	(void)state;
	struct layout l = layout_of(200, 60, PANE_TANGENT);
	assert_rect(l.pane[PANE_TANGENT], 0, 0, 59, 100);
	assert_rect(l.pane[PANE_DESCENT], 0, 100, 59, 100);
	assert_rect(l.status, 59, 0, 1, 200);
}

static void test_an_odd_size_gives_the_extra_cell_to_the_second_pane(void **state)
{
	(void)state;
	struct layout wide = layout_of(121, 40, PANE_DESCENT);
	assert_rect(wide.pane[PANE_TANGENT], 0, 0, 39, 60);
	assert_rect(wide.pane[PANE_DESCENT], 0, 60, 39, 61);
	struct layout tall = layout_of(80, 50, PANE_DESCENT);
	assert_rect(tall.pane[PANE_TANGENT], 0, 0, 24, 80);
	assert_rect(tall.pane[PANE_DESCENT], 24, 0, 25, 80);
}

static void test_the_thresholds_are_120_columns_and_36_rows(void **state)
{
	(void)state;
	/* 120x20: side by side even at the smallest height */
	struct layout l = layout_of(120, 20, PANE_DESCENT);
	assert_rect(l.pane[PANE_TANGENT], 0, 0, 19, 60);
	assert_rect(l.pane[PANE_DESCENT], 0, 60, 19, 60);
	/* 119x36: stacked; 119x35: one pane (above) */
	l = layout_of(119, 36, PANE_DESCENT);
	assert_rect(l.pane[PANE_TANGENT], 0, 0, 17, 119);
	assert_rect(l.pane[PANE_DESCENT], 17, 0, 18, 119);
}

/* Marks the cells of r in a grid of cols x rows; fails on a cell marked
 * twice or a rectangle outside the grid. */
static void mark(unsigned char *grid, int cols, int rows, struct rect r)
{
	assert_true(r.row >= 0 && r.col >= 0 && r.row + r.rows <= rows && r.col + r.cols <= cols);
	for (int y = r.row; y < r.row + r.rows; y++)
		for (int x = r.col; x < r.col + r.cols; x++) {
			assert_int_equal(grid[y * cols + x], 0);
			grid[y * cols + x] = 1;
		}
}

/* Every size from 60x20 to 220x70 (every SWEEP_STRIDE-th width under the
 * sanitizers), every focus. */
static void test_shown_panes_and_the_status_line_tile_the_screen(void **state)
{
	(void)state;
	static unsigned char grid[220 * 70];
	for (int cols = 60; cols <= 220; cols += SWEEP_STRIDE)
		for (int rows = 20; rows <= 70; rows++)
			for (int f = 0; f < PANE_COUNT; f++) {
				struct layout l = layout_of(cols, rows, (enum pane)f);
				memset(grid, 0, sizeof grid);
				assert_false(l.too_small);
				assert_true(l.pane[f].rows > 0); /* the focused pane is always shown */
				for (int p = 0; p < PANE_COUNT; p++)
					mark(grid, cols, rows, l.pane[p]);
				assert_rect(l.status, rows - 1, 0, 1, cols);
				mark(grid, cols, rows, l.status);
				for (int i = 0; i < cols * rows; i++)
					if (grid[i] != 1) {
						print_error("%dx%d focus %d: cell %d,%d is in no pane\n",
						            cols, rows, f, i / cols, i % cols);
						fail();
					}
			}
}

/* ---- layout_fill, layout_lines_needed ------------------------------------ */

static void test_fill_keeps_order_moves_whole_items_and_never_cuts_a_number(void **state)
{
	(void)state;
	char items[4][LAYOUT_ITEM_MAX] = { "iter 1/100", "x = (-2.399999999999622, 3.200000000000088)",
	                                   "lr = 0.1", "an-item-longer-than-any-line-here-so-it-stops-the-fill-where-it-stands" };
	char lines[3][LAYOUT_LINE_MAX];
	int shown;
	assert_int_equal(layout_fill(items, 4, 60, "  ", lines, 3, &shown), 2);
	assert_string_equal(lines[0], "iter 1/100  x = (-2.399999999999622, 3.200000000000088)");
	assert_string_equal(lines[1], "lr = 0.1");
	assert_int_equal(shown, 3); /* the long one fits no line: it is left, not cut */
	/* an item that does not fit stops the fill: nothing after it jumps ahead */
	assert_int_equal(layout_fill(items, 4, 20, "  ", lines, 3, &shown), 1);
	assert_string_equal(lines[0], "iter 1/100");
	assert_int_equal(shown, 1);
	assert_int_equal(layout_fill(items, 4, 60, "  ", lines, 1, &shown), 1);
	assert_int_equal(shown, 2);
}

static void test_fill_fills_a_line_to_exactly_its_width(void **state)
{
	(void)state;
	char items[3][LAYOUT_ITEM_MAX] = { "abcd", "ef", "ghijklmn" };
	char lines[3][LAYOUT_LINE_MAX];
	int shown;
	/* "abcd  ef" is 8 columns */
	assert_int_equal(layout_fill(items, 3, 8, "  ", lines, 3, &shown), 2);
	assert_string_equal(lines[0], "abcd  ef");
	assert_string_equal(lines[1], "ghijklmn");
	assert_int_equal(layout_fill(items, 3, 7, "  ", lines, 3, &shown), 2);
	assert_string_equal(lines[0], "abcd");
	assert_string_equal(lines[1], "ef");
	assert_int_equal(shown, 2); /* "ghijklmn" is 8: at 7 it is left, not cut */
	/* another separator */
	assert_int_equal(layout_fill(items, 3, 16, " ", lines, 3, &shown), 1);
	assert_string_equal(lines[0], "abcd ef ghijklmn");
}

static void test_fill_skips_empty_items(void **state)
{
	(void)state;
	char items[4][LAYOUT_ITEM_MAX] = { "", "a", "", "b" };
	char lines[2][LAYOUT_LINE_MAX];
	int shown;
	assert_int_equal(layout_fill(items, 4, 10, "  ", lines, 2, &shown), 1);
	assert_string_equal(lines[0], "a  b");
	assert_int_equal(shown, 4);
}

static void test_fill_writes_nothing_without_room(void **state)
{
	(void)state;
	char items[2][LAYOUT_ITEM_MAX] = { "a", "b" };
	char lines[1][LAYOUT_LINE_MAX] = { "untouched" };
	int shown;
	assert_int_equal(layout_fill(items, 2, 10, "  ", lines, 0, &shown), 0);
	assert_string_equal(lines[0], "untouched");
	assert_int_equal(shown, 0);
	assert_int_equal(layout_fill(items, 0, 10, "  ", lines, 1, &shown), 0);
	assert_int_equal(layout_fill(items, 2, 0, "  ", lines, 1, &shown), 0);
	assert_string_equal(lines[0], "untouched");
}

static void test_fill_measures_columns_not_bytes(void **state)
{
	(void)state;
	/* "中文" is 6 bytes and 4 columns */
	char items[2][LAYOUT_ITEM_MAX] = { "\xe4\xb8\xad\xe6\x96\x87", "ab" };
	char lines[2][LAYOUT_LINE_MAX];
	int shown;
	assert_int_equal(layout_fill(items, 2, 8, "  ", lines, 2, &shown), 1);
	assert_int_equal(shown, 2);
	assert_int_equal(layout_fill(items, 2, 7, "  ", lines, 2, &shown), 2);
	assert_int_equal(layout_lines_needed(items, 2, 8, "  "), 1);
	assert_int_equal(layout_lines_needed(items, 2, 7, "  "), 2);
}

static void test_fill_never_fills_a_line_past_its_buffer(void **state)
{
	(void)state;
	char items[12][LAYOUT_ITEM_MAX];
	for (int i = 0; i < 12; i++) {
		memset(items[i], 'a' + i, LAYOUT_ITEM_MAX - 1);
		items[i][LAYOUT_ITEM_MAX - 1] = '\0';
	}
	char lines[12][LAYOUT_LINE_MAX];
	int shown;
	/* a width wider than a line holds: each line takes what its buffer holds */
	int n = layout_fill(items, 12, 100000, "  ", lines, 12, &shown);
	int per_line = (LAYOUT_LINE_MAX - 1 + 2) / (LAYOUT_ITEM_MAX - 1 + 2);
	assert_int_equal(shown, 12);
	assert_int_equal(n, (12 + per_line - 1) / per_line);
	for (int i = 0; i < n; i++)
		assert_true(strlen(lines[i]) <= LAYOUT_LINE_MAX - 1);
}

static void test_lines_needed_counts_a_too_wide_item_as_one_line(void **state)
{
	(void)state;
	char items[3][LAYOUT_ITEM_MAX] = { "abcd", "a-very-long-item", "ef" };
	assert_int_equal(layout_lines_needed(items, 3, 8, "  "), 3);
	assert_int_equal(layout_lines_needed(items, 3, 80, "  "), 1);
	assert_int_equal(layout_lines_needed(items, 0, 80, "  "), 0);
}

int main(void)
{
	setlocale(LC_CTYPE, "C.UTF-8"); /* CJK measured as the terminal does */
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_below_60x20_is_too_small_and_shows_nothing),
		cmocka_unit_test(test_60x20_shows_the_focused_pane_alone),
		cmocka_unit_test(test_100x40_stacks_the_panes_whatever_the_focus),
		cmocka_unit_test(test_119x35_shows_only_the_focused_pane),
		cmocka_unit_test(test_120x40_puts_the_panes_side_by_side),
		cmocka_unit_test(test_200x60_puts_the_panes_side_by_side),
		cmocka_unit_test(test_an_odd_size_gives_the_extra_cell_to_the_second_pane),
		cmocka_unit_test(test_the_thresholds_are_120_columns_and_36_rows),
		cmocka_unit_test(test_shown_panes_and_the_status_line_tile_the_screen),
		cmocka_unit_test(test_fill_keeps_order_moves_whole_items_and_never_cuts_a_number),
		cmocka_unit_test(test_fill_fills_a_line_to_exactly_its_width),
		cmocka_unit_test(test_fill_skips_empty_items),
		cmocka_unit_test(test_fill_writes_nothing_without_room),
		cmocka_unit_test(test_fill_measures_columns_not_bytes),
		cmocka_unit_test(test_fill_never_fills_a_line_past_its_buffer),
		cmocka_unit_test(test_lines_needed_counts_a_too_wide_item_as_one_line),
	};
	return cmocka_run_group_tests_name("layout", tests, NULL, NULL);
}
