/* Tests for scene: the screen as a function of the state. A scene that
 * keeps its figures from frame to frame must compose exactly what a fresh
 * one composes, whatever keys came before; the too-small message; the
 * prompt's cursor. */
#include "testutil.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "app.h"
#include "appfixture.h"
#include "cli.h"
#include "keys.h"
#include "layout.h"
#include "scene.h"
#include "screen.h"

/* The first row at which two screens differ, or -1. */
static int first_difference(const struct screen *a, const struct screen *b)
{
	for (int r = 0; r < a->rows; r++)
		for (int k = 0; k < a->cols; k++)
			if (screen_at(a, r, k)->ch != screen_at(b, r, k)->ch ||
			    screen_at(a, r, k)->style != screen_at(b, r, k)->style)
				return r;
	return -1;
}

/* Presses keys one at a time; after each, the kept scene's screen must equal
 * a fresh scene's. */
static void press_and_compare(struct app *app, const char *keys, int cols, int rows,
                              enum canvas_mode mode)
{
	int codes[256];
	size_t n;
	char err[256];
	assert_int_equal(keys_parse(keys, codes, 256, &n, err, sizeof err), 0);
	struct scene *kept = scene_new(mode);
	assert_non_null(kept);
	struct screen a, b;
	assert_int_equal(screen_init(&a, cols, rows), 0);
	assert_int_equal(screen_init(&b, cols, rows), 0);
	assert_int_equal(scene_compose(kept, app, &a), 0);
	for (size_t i = 0; i < n; i++) {
		app_key(app, codes[i]);
		app_settle(app);
		assert_int_equal(scene_compose(kept, app, &a), 0);
		struct scene *fresh = scene_new(mode);
		assert_non_null(fresh);
		assert_int_equal(scene_compose(fresh, app, &b), 0);
		scene_free(fresh);
		int row = first_difference(&a, &b);
		if (row >= 0) {
			print_error("after key %zu of '%s' at %dx%d, row %d differs from a fresh scene\n",
			            i + 1, keys, cols, rows, row);
			fail();
		}
	}
	screen_free(&a);
	screen_free(&b);
	scene_free(kept);
}

static void test_kept_figures_equal_fresh_ones_while_stepping(void **state)
{
	(void)state;
	const enum canvas_mode modes[] = { CANVAS_BRAILLE, CANVAS_BLOCK, CANVAS_ASCII };
	for (int m = 0; m < 3; m++) {
		struct app app;
		start_app(&app, 0, NULL);
		press_and_compare(&app, "nnn<PgDn>p+<Right>g-<Home>v<Tab><Right><Right>s<Tab>r", 120, 40,
		                  modes[m]);
		app_free(&app);
	}
}

static void test_two_quick_edits_draw_the_last_surface(void **state)
{
	(void)state;
	/* the descent background was once cached by the surface's address,
	 * which a new expression could reuse */
	struct app app;
	start_app(&app, 0, NULL);
	press_and_compare(&app, "e<C-u>x0**2+x1**2<Enter>e<C-u>x0<Enter>e<C-u>x0**2-x1**2<Enter>",
	                  120, 40, CANVAS_BRAILLE);
	app_free(&app);
}

static void test_every_size_composes_what_a_fresh_scene_does(void **state)
{
	(void)state;
	const int sizes[][2] = { { 60, 20 }, { 80, 24 }, { 100, 30 }, { 119, 36 }, { 200, 60 } };
	for (int i = 0; i < 5; i++) {
		struct app app;
		start_app(&app, 0, NULL);
		press_and_compare(&app, "n<Tab>n?x", sizes[i][0], sizes[i][1], CANVAS_BRAILLE);
		app_free(&app);
	}
}

/* Every input of a kept picture or a strip's height (the secant, the
 * method, h, a, the curve, the x range, the surface, the start, the view,
 * the field, N, the digits, the optimizer, the race) changed by its key,
 * in the tour and out of it, at sizes where the strips wrap differently:
 * each time the kept scene composes what a fresh one does. The tour at
 * 119x36 once kept the tangent strip's height from before s (5 rows for
 * 6). */
static void test_every_input_of_a_kept_picture_redraws_it(void **state)
{
	(void)state;
	const int sizes[][2] = { { 119, 36 }, { 80, 24 }, { 100, 30 } };
	const char *tangent_keys = "s<Tab>m]][[=7<Enter><Right><Left>sm[[[[[[[[[[[[[[[[e<C-u>x**3<Enter>E";
	const char *descent_keys = "nnv-+dNn5<Enter>S<C-u>1,2<Enter>gco<Home>Rg";
	for (int i = 0; i < 3; i++) {
		for (int tour = 0; tour < 2; tour++) {
			struct app app;
			const char *args[] = { "tour" };
			start_app(&app, tour, args);
			press_and_compare(&app, tangent_keys, sizes[i][0], sizes[i][1], CANVAS_BRAILLE);
			press_and_compare(&app, descent_keys, sizes[i][0], sizes[i][1], CANVAS_BRAILLE);
			app_free(&app);
		}
	}
	/* every page of the tour, forth and back: each sets a curve, a range,
	 * a surface or a preset */
	struct app app;
	const char *args[] = { "tour" };
	start_app(&app, 1, args);
	press_and_compare(&app, "<Enter>s<Enter><Enter>s<Enter><Enter><Enter><Enter><Enter><Enter>"
	                  "<BS><BS><BS><BS><BS><BS><BS><BS>", 119, 36, CANVAS_BRAILLE);
	app_free(&app);
}

static void test_race_panels_and_zoom_compose_as_a_fresh_scene_does(void **state)
{
	(void)state;
	/* the kept race figure must follow # (panels or one plot) and z
	 * (the view given or fitted) */
	const char *args[] = { "--preset", "ch6" };
	const int sizes[][2] = { { 120, 40 }, { 200, 60 }, { 80, 24 } };
	for (int i = 0; i < 3; i++) {
		struct app app;
		start_app(&app, 2, args);
		press_and_compare(&app, "Rnn#z#gz<Home>#", sizes[i][0], sizes[i][1], CANVAS_BRAILLE);
		app_free(&app);
	}
}

static void test_a_fitted_view_follows_the_run(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--view", "fit", "--steps", "40" };
	start_app(&app, 4, args);
	press_and_compare(&app, "nn+g-<Home>", 120, 40, CANVAS_BRAILLE);
	app_free(&app);
}

/* The screen as text, a row a line, trailing spaces trimmed; characters
 * beyond ASCII read as '#'. */
static char *screen_text_of(const struct screen *s)
{
	size_t len = 0;
	char *text = malloc((size_t)s->rows * ((size_t)s->cols + 1) + 1);
	assert_non_null(text);
	for (int r = 0; r < s->rows; r++) {
		size_t start = len;
		for (int k = 0; k < s->cols; k++) {
			uint32_t ch = screen_at(s, r, k)->ch;
			if (ch != 0)
				text[len++] = ch >= 0x20 && ch < 0x7f ? (char)ch : '#';
		}
		while (len > start && text[len - 1] == ' ')
			len--;
		text[len++] = '\n';
	}
	text[len] = '\0';
	return text;
}

/* ... and how to quit, the one key that acts there (tui.c) */
static void test_too_small_says_the_size_needed(void **state)
{
	(void)state;
	struct app app;
	start_app(&app, 0, NULL);
	struct scene *sc = scene_new(CANVAS_ASCII);
	struct screen s;
	assert_int_equal(screen_init(&s, 40, 12), 0);
	assert_int_equal(scene_compose(sc, &app, &s), 0);
	char *text = screen_text_of(&s);
	assert_non_null(strstr(text, "slope needs 60x20; this is 40x12\n"));
	assert_non_null(strstr(text, "\nenlarge the terminal, or press q to quit\n"));
	free(text);
	screen_free(&s);
	scene_free(sc);
	app_free(&app);
}

/* E in a pane too small for the error figure: the tangent stays and a line
 * says why, never a blank pane. At 60x22 the figure fits. */
static void test_an_error_figure_with_no_room_says_so(void **state)
{
	(void)state;
	/* under the tour's box at 60x22 the pane holds the tangent, not the
	 * error figure; without the box, the strip gives it its rows (issue
	 * 20: E at 80x24 showed the note), at 60x20 as at 60x30 */
	const int rows[3] = { 22, 20, 30 };
	for (int i = 0; i < 3; i++) {
		struct app app;
		const char *args[] = { "--canvas", "ascii" };
		const char *tour[] = { "tour", "--canvas", "ascii" };
		if (i == 0) {
			start_app(&app, 3, tour);
			app_key(&app, KC_ENTER);
			app_key(&app, KC_ENTER);
		} else {
			start_app(&app, 2, args);
			app_key(&app, KC_TAB);
		}
		app_key(&app, 'E');
		struct scene *sc = scene_new(CANVAS_ASCII);
		struct screen s;
		assert_int_equal(screen_init(&s, 60, rows[i]), 0);
		assert_int_equal(scene_compose(sc, &app, &s), 0);
		char *text = screen_text_of(&s);
		bool note = strstr(text, "the error against h needs a larger terminal (E: off)") != NULL;
		bool tangent = strstr(text, "tangent y = 0.3x - 1") != NULL;
		bool error = strstr(text, "|numerical - exact|") != NULL;
		assert_true(i == 0 ? note && tangent && !error : !note && error);
		free(text);
		screen_free(&s);
		scene_free(sc);
		app_free(&app);
	}
}

/* The row of the first line that holds text, or -1. */
static int row_of(const struct screen *s, const char *text)
{
	char *all = screen_text_of(s);
	int row = -1, r = 0;
	for (char *line = all; *line && row < 0; r++) {
		char *end = strchr(line, '\n');
		*end = '\0';
		if (strstr(line, text))
			row = r;
		line = end + 1;
	}
	free(all);
	return row;
}

/* The first row of the descent pane's strip: its update line's, else its
 * numbers'. -1 when neither is on the screen. */
static int strip_top(const struct screen *s, long k)
{
	char update[32], numbers[32];
	snprintf(update, sizeof update, "x[%ld] = ", k);
	snprintf(numbers, sizeof numbers, "iter %ld/", k);
	int row = row_of(s, update);
	return row >= 0 ? row : row_of(s, numbers);
}

static void test_the_descent_figure_never_moves_while_stepping(void **state)
{
	(void)state;
	/* the strip's height is reserved for the longest strip of the run, so
	 * stepping through it never moves the figure above */
	const int sizes[][2] = { { 120, 40 }, { 80, 24 }, { 60, 20 } };
	for (int i = 0; i < 3; i++) {
		struct app app;
		start_app(&app, 0, NULL);
		struct scene *sc = scene_new(CANVAS_BRAILLE);
		struct screen s;
		assert_non_null(sc);
		assert_int_equal(screen_init(&s, sizes[i][0], sizes[i][1]), 0);
		assert_int_equal(scene_compose(sc, &app, &s), 0);
		int top = strip_top(&s, 0);
		assert_true(top > 0);
		for (long k = 1; k <= app.steps; k++) {
			app_apply(&app, ACT_NEXT);
			app_settle(&app);
			assert_int_equal(scene_compose(sc, &app, &s), 0);
			if (strip_top(&s, k) != top) {
				print_error("at %dx%d the strip starts on row %d at iteration %ld, on row %d at 0\n",
				            sizes[i][0], sizes[i][1], strip_top(&s, k), k, top);
				fail();
			}
		}
		screen_free(&s);
		scene_free(sc);
		app_free(&app);
	}
}

/* The tour's race at 80x24: under the page's box the pane is short, and a
 * table under the figure showed its header and "+4 more". Beside the
 * figure every runner has its row, on the same rows at every iteration. */
static void test_the_race_table_beside_a_short_figure_shows_every_runner(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "tour" };
	start_app(&app, 1, args);
	for (int page = 1; page < 9; page++)
		app_key(&app, KC_ENTER);
	app_settle(&app);
	assert_true(app.racing);
	struct scene *sc = scene_new(CANVAS_BRAILLE);
	struct screen s;
	assert_non_null(sc);
	assert_int_equal(screen_init(&s, 80, 24), 0);
	const char *const runners[] = { "sgd ", "momentum ", "adagrad ", "adam " };
	int first[4];
	for (long k = 0; k <= app.steps; k++) {
		assert_int_equal(scene_compose(sc, &app, &s), 0);
		char header[32];
		snprintf(header, sizeof header, "iter %ld/%ld", k, app.steps);
		int top = row_of(&s, header);
		assert_true(top > 0);
		for (int i = 0; i < 4; i++) {
			int row = row_of(&s, runners[i]);
			if (k == 0)
				first[i] = row;
			if (row != top + 1 + i || row != first[i]) {
				print_error("iteration %ld: '%s' on row %d, the header on row %d\n", k,
				            runners[i], row, top);
				fail();
			}
		}
		assert_int_equal(row_of(&s, "more"), -1);
		app_key(&app, 'n');
		app_settle(&app);
	}
	screen_free(&s);
	scene_free(sc);
	app_free(&app);
	/* and a kept scene composes what a fresh one does through the race */
	start_app(&app, 1, args);
	press_and_compare(&app, "<Enter><Enter><Enter><Enter><Enter><Enter><Enter><Enter>nngpR", 80, 24,
	                  CANVAS_BRAILLE);
	app_free(&app);
}

static void test_prompt_shows_its_text_and_cursor(void **state)
{
	(void)state;
	struct app app;
	start_app(&app, 0, NULL);
	int codes[64];
	size_t n;
	char err[128];
	assert_int_equal(keys_parse("e<C-u>x0**2<Left>", codes, 64, &n, err, sizeof err), 0);
	for (size_t i = 0; i < n; i++)
		app_key(&app, codes[i]);
	struct scene *sc = scene_new(CANVAS_ASCII);
	struct screen s;
	assert_int_equal(screen_init(&s, 80, 24), 0);
	assert_int_equal(scene_compose(sc, &app, &s), 0);
	char *text = screen_text_of(&s);
	/* the keys hinted after the text */
	assert_non_null(strstr(text, "\nf(x0, x1) = x0**2   Enter applies, Esc cancels, Ctrl-A/E/U edit\n"));
	assert_true(s.cursor_on);
	assert_int_equal(s.cursor_row, 23);
	/* after "f(x0, x1) = x0**", on the 2 */
	assert_int_equal(s.cursor_col, (int)strlen("f(x0, x1) = x0**"));
	free(text);
	screen_free(&s);
	scene_free(sc);
	app_free(&app);
}

/* An error at a column beyond the screen stays readable: the text shown is
 * the part around that column, the character there under the cursor, and
 * the message whole (over the line above when it has no room beside). */
static void test_an_error_beyond_the_screen_shows_the_text_around_it(void **state)
{
	(void)state;
	struct app app;
	start_app(&app, 0, NULL);
	/* N = 000...0x: the x at column 291 is not a digit */
	char keys[512] = "N";
	for (int i = 0; i < 300; i++)
		strcat(keys, i == 290 ? "x" : "0");
	strcat(keys, "<Enter>");
	int codes[512];
	size_t n;
	char err[128];
	assert_int_equal(keys_parse(keys, codes, 512, &n, err, sizeof err), 0);
	for (size_t i = 0; i < n; i++)
		app_key(&app, codes[i]);
	assert_true(app.prompt.active);
	assert_int_equal(app.prompt.error_column, 291);
	const int widths[] = { 60, 80, 120 };
	for (int w = 0; w < 3; w++) {
		struct scene *sc = scene_new(CANVAS_ASCII);
		struct screen s;
		assert_int_equal(screen_init(&s, widths[w], 24), 0);
		assert_int_equal(scene_compose(sc, &app, &s), 0);
		/* the message is read whole, on the line or wrapped above it */
		char *text = screen_text_of(&s);
		char *bottom = text + strlen(text);
		for (int k = 0; k < 4 && bottom > text; k++)
			for (bottom--; bottom > text && bottom[-1] != '\n'; bottom--)
				;
		assert_non_null(strstr(bottom, "'x' at column 291 is not a digit:"));
		assert_non_null(strstr(bottom, "1000000"));
		free(text);
		/* the cursor, on the screen, is on the column the error names */
		assert_true(s.cursor_on);
		assert_true(s.cursor_col >= 0 && s.cursor_col < widths[w]);
		assert_int_equal(screen_at(&s, s.cursor_row, s.cursor_col)->ch,
		                 (uint32_t)app.prompt.line.text[app.prompt.error_column - 1]);
		screen_free(&s);
		scene_free(sc);
	}
	app_free(&app);
}

static void test_the_focused_pane_is_marked_and_bold(void **state)
{
	(void)state;
	struct app app;
	start_app(&app, 0, NULL);
	struct scene *sc = scene_new(CANVAS_BRAILLE);
	struct screen s;
	assert_int_equal(screen_init(&s, 120, 40), 0);
	assert_int_equal(scene_compose(sc, &app, &s), 0);
	char *text = screen_text_of(&s);
	assert_non_null(strstr(text, "[*] descent, SGD: f(x0, x1) = x0**2 + x1**2"));
	assert_null(strstr(text, "[*] tangent"));
	/* the focused border's corner is bold, the other's plain */
	assert_int_equal(screen_at(&s, 0, 60)->style, STYLE_FOCUS);
	assert_int_equal(screen_at(&s, 0, 0)->style, STYLE_TEXT);
	free(text);
	screen_free(&s);
	scene_free(sc);
	app_free(&app);
}

/* The screen's row r as UTF-8 text, trailing spaces kept. */
static void row_text(const struct screen *s, int r, char *out, size_t len)
{
	size_t n = 0;
	for (int k = 0; k < s->cols && n + 4 < len; k++) {
		uint32_t ch = screen_at(s, r, k)->ch;
		if (ch == 0)
			continue;
		if (ch < 0x80) {
			out[n++] = (char)ch;
		} else if (ch < 0x800) {
			out[n++] = (char)(0xC0 | (ch >> 6));
			out[n++] = (char)(0x80 | (ch & 0x3F));
		} else {
			out[n++] = (char)(0xE0 | (ch >> 12));
			out[n++] = (char)(0x80 | ((ch >> 6) & 0x3F));
			out[n++] = (char)(0x80 | (ch & 0x3F));
		}
	}
	out[n] = '\0';
}

/* Where text first stands in the rect: row * 10000 + column, or -1. */
static int find_in(const struct screen *s, struct rect r, uint32_t first)
{
	for (int row = r.row; row < r.row + r.rows; row++)
		for (int k = r.col; k < r.col + r.cols; k++)
			if (screen_at(s, row, k)->ch == first)
				return row * 10000 + k;
	return -1;
}

/* Where an ASCII text first stands in the rect's cells: row * 10000 +
 * column, or -1. */
static int find_text(const struct screen *s, struct rect r, const char *text)
{
	size_t n = strlen(text);
	for (int row = r.row; row < r.row + r.rows; row++)
		for (int k = r.col; k + (int)n <= r.col + r.cols; k++) {
			size_t i = 0;
			while (i < n && screen_at(s, row, k + (int)i)->ch == (unsigned char)text[i])
				i++;
			if (i == n)
				return row * 10000 + k;
		}
	return -1;
}

/* The rows and columns that frame the descent figure: its x axis row and
 * the two under it (tick labels, title), the columns left of its y axis,
 * and where its legend's entries stand. */
struct figure_frame {
	char axis_rows[3][2048];
	char left[64][64];
	int legend_path, legend_start;
};

static void frame_of(const struct screen *s, struct rect pane, struct figure_frame *f)
{
	memset(f, 0, sizeof *f);
	int corner = find_in(s, pane, 0x2514); /* the plot's corner */
	assert_true(corner >= 0);
	int axis_row = corner / 10000, axis_col = corner % 10000;
	for (int i = 0; i < 3; i++)
		row_text(s, axis_row + i, f->axis_rows[i], sizeof f->axis_rows[i]);
	for (int r = pane.row + 1, i = 0; r < axis_row && i < 64; r++, i++)
		for (int k = pane.col + 1; k <= axis_col && k - pane.col - 1 < 63; k++)
			f->left[i][k - pane.col - 1] = (char)(screen_at(s, r, k)->ch < 0x80 ? screen_at(s, r, k)->ch : '#');
	/* the legend's "path, lr" and "start (" entries: their first cells */
	f->legend_path = find_text(s, pane, "path, lr");
	f->legend_start = find_text(s, pane, "start (");
}

static void test_stepping_never_moves_axes_ticks_or_legend(void **state)
{
	(void)state;
	const int sizes[][2] = { { 80, 24 }, { 120, 40 }, { 200, 60 } };
	const long iterations[] = { 0, 1, 2, 50, 100 };
	for (int z = 0; z < 3; z++) {
		struct app app;
		start_app(&app, 0, NULL);
		struct scene *sc = scene_new(CANVAS_BRAILLE);
		struct screen s;
		assert_int_equal(screen_init(&s, sizes[z][0], sizes[z][1]), 0);
		struct rect pane = layout_of(sizes[z][0], sizes[z][1], PANE_DESCENT).pane[PANE_DESCENT];
		static struct figure_frame first, now;
		for (int i = 0; i < 5; i++) {
			app_apply(&app, ACT_FIRST);
			for (long k = 0; k < iterations[i]; k++)
				app_apply(&app, ACT_NEXT);
			assert_int_equal(app.cursor.current, iterations[i]);
			assert_int_equal(scene_compose(sc, &app, &s), 0);
			frame_of(&s, pane, i == 0 ? &first : &now);
			if (i == 0) {
				assert_true(first.legend_path >= 0 && first.legend_start >= 0);
				continue;
			}
			if (memcmp(&now, &first, sizeof now) != 0)
				print_error("at %dx%d, iteration %ld differs from iteration 0\n", sizes[z][0],
				            sizes[z][1], iterations[i]);
			for (int r = 0; r < 3; r++)
				assert_string_equal(now.axis_rows[r], first.axis_rows[r]);
			assert_memory_equal(now.left, first.left, sizeof now.left);
			assert_int_equal(now.legend_path, first.legend_path);
			assert_int_equal(now.legend_start, first.legend_start);
		}
		screen_free(&s);
		scene_free(sc);
		app_free(&app);
	}
}

int main(void)
{
	/* braille and box drawing measured as the terminal measures them */
	setlocale(LC_CTYPE, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kept_figures_equal_fresh_ones_while_stepping),
		cmocka_unit_test(test_two_quick_edits_draw_the_last_surface),
		cmocka_unit_test(test_every_size_composes_what_a_fresh_scene_does),
		cmocka_unit_test(test_a_fitted_view_follows_the_run),
		cmocka_unit_test(test_every_input_of_a_kept_picture_redraws_it),

		cmocka_unit_test(test_race_panels_and_zoom_compose_as_a_fresh_scene_does),
		cmocka_unit_test(test_the_descent_figure_never_moves_while_stepping),
		cmocka_unit_test(test_too_small_says_the_size_needed),
		cmocka_unit_test(test_an_error_figure_with_no_room_says_so),
		cmocka_unit_test(test_the_race_table_beside_a_short_figure_shows_every_runner),
		cmocka_unit_test(test_prompt_shows_its_text_and_cursor),
		cmocka_unit_test(test_an_error_beyond_the_screen_shows_the_text_around_it),
		cmocka_unit_test(test_the_focused_pane_is_marked_and_bold),
		cmocka_unit_test(test_stepping_never_moves_axes_ticks_or_legend),
	};
	return cmocka_run_group_tests_name("scene", tests, NULL, NULL);
}
