/* Tests for figures_field: one arrow a grid point, each in cells of its
 * own with its head, never touching another; the book's grid where the
 * size allows; lengths that grow with |grad|; the legend's scale. */
#include "testutil.h"

#include <math.h>

#include "figures.h"
#include "figtest.h"

static double bowl(const void *ctx, const double *x)
{
	(void)ctx;
	return x[0] * x[0] + x[1] * x[1];
}

static bool is_head(const struct canvas *c, uint16_t g)
{
	if (canvas_mode(c) == CANVAS_ASCII)
		return g != 0 && strchr("<>^v/\\", (char)g) != NULL;
	return g >= 0x2190 && g <= 0x2199;
}

enum { MAX_CELLS = 200 * 60 };

/* The field's arrows as groups of touching cells (8 neighbours), the
 * legend's row right of its sample left out: each group's cell count in
 * size[], its heads in heads[]; returns how many. */
static int arrows(const struct canvas *c, int size[], int heads[], int first_col[],
                  int first_row[])
{
	int cols = canvas_cols(c), rows = canvas_rows(c), legend_col = cols, legend_row = -1;
	figtest_find_text(c, "-grad f", &legend_col, &legend_row);
	static int group[MAX_CELLS], stack[MAX_CELLS];
	memset(group, -1, sizeof group);
	int n = 0;
	for (int r = 0; r < rows; r++) {
		for (int k = 0; k < cols; k++) {
			enum canvas_style s;
			canvas_cell(c, k, r, &s);
			if (s != STYLE_FIELD || group[r * cols + k] >= 0 ||
			    (r == legend_row && k >= legend_col - 5))
				continue;
			int top = 0;
			size[n] = heads[n] = 0;
			first_col[n] = k;
			first_row[n] = r;
			stack[top++] = r * cols + k;
			group[r * cols + k] = n;
			while (top > 0) {
				int at = stack[--top], ar = at / cols, ak = at % cols;
				size[n]++;
				heads[n] += is_head(c, canvas_cell(c, ak, ar, NULL));
				for (int dr = -1; dr <= 1; dr++)
					for (int dk = -1; dk <= 1; dk++) {
						int nr = ar + dr, nk = ak + dk;
						if (nr < 0 || nr >= rows || nk < 0 || nk >= cols ||
						    group[nr * cols + nk] >= 0)
							continue;
						enum canvas_style ns;
						canvas_cell(c, nk, nr, &ns);
						if (ns == STYLE_FIELD && !(nr == legend_row && nk >= legend_col - 5)) {
							group[nr * cols + nk] = n;
							stack[top++] = nr * cols + nk;
						}
					}
			}
			n++;
		}
	}
	return n;
}

/* At each size and in each canvas, every arrow is a group of cells of its
 * own (a cell at least from any other), with exactly one head, or the dot
 * of the zero gradient; as many as the grid has points: 9x5 at 80x24 (step
 * 1: the legend does not fit beside the plot, so the plot takes the whole
 * width, x0 from -4 to 4), 9x9 at 120x40 (step 0.5), the book's 17 columns
 * at 200x60. */
static void test_every_arrow_keeps_to_its_own_cells(void **state)
{
	(void)state;
	static const struct {
		int cols, rows, points;
	} sizes[] = { { 80, 24, 9 * 5 }, { 120, 40, 81 }, { 200, 60, 17 * 9 } };
	static const enum canvas_mode modes[] = { CANVAS_BRAILLE, CANVAS_BLOCK, CANVAS_ASCII };
	static int size[MAX_CELLS], heads[MAX_CELLS], col[MAX_CELLS], row[MAX_CELLS];
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		for (size_t m = 0; m < 3; m++) {
			struct canvas *c = canvas_new(sizes[i].cols, sizes[i].rows, modes[m]);
			struct field_params p = { { bowl, NULL, 2, NULL }, "f", 1e-4, { -2, 2, -2, 2 } };
			assert_int_equal(figure_field(c, &p), 0);
			int n = arrows(c, size, heads, col, row), zeros = 0;
			if (n != sizes[i].points) {
				char *text = figtest_text(c);
				print_error("%dx%d mode %d: %d arrows\n%s", sizes[i].cols, sizes[i].rows,
				            (int)modes[m], n, text);
				free(text);
			}
			assert_int_equal(n, sizes[i].points);
			for (int a = 0; a < n; a++) {
				if (heads[a] == 0) { /* the origin's dot, alone */
					assert_int_equal(size[a], 1);
					zeros++;
				} else {
					assert_int_equal(heads[a], 1);
				}
			}
			assert_int_equal(zeros, 1);
			canvas_free(c);
		}
	}
}

/* Along the row of x1 = 0 the arrows grow from the origin out (|grad| =
 * 2|x0|), and the legend states the scale. */
static void test_lengths_grow_with_the_gradient(void **state)
{
	(void)state;
	static int size[MAX_CELLS], heads[MAX_CELLS], col[MAX_CELLS], row[MAX_CELLS];
	struct canvas *c = canvas_new(120, 40, CANVAS_ASCII);
	struct field_params p = { { bowl, NULL, 2, NULL }, "f", 1e-4, { -2, 2, -2, 2 } };
	assert_int_equal(figure_field(c, &p), 0);
	assert_true(figtest_shows(c, "-grad f (a column: |grad| 1.0)"));
	int n = arrows(c, size, heads, col, row), zero = 0;
	bool found = false;
	for (int a = 0; a < n; a++)
		if (heads[a] == 0) {
			zero = a;
			found = true;
		}
	assert_true(found);
	/* the arrows on the origin's row, left of it, from the far end in */
	int previous = 1000, seen = 0;
	for (int k = 0; k < col[zero]; k++)
		for (int a = 0; a < n; a++)
			if (row[a] == row[zero] && col[a] == k) {
				assert_true(size[a] <= previous);
				previous = size[a];
				seen++;
			}
	assert_int_equal(seen, 4);
	assert_true(previous < 4); /* the one beside the origin is short */
	canvas_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_arrow_keeps_to_its_own_cells),
		cmocka_unit_test(test_lengths_grow_with_the_gradient),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
