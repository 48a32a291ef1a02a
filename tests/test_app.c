/* Tests for app: the dashboard's state machine, driven by actions alone. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

#include <curses.h> /* the KEY_ codes of the key table */

#include "app.h"
#include "cli.h"
#include "keys.h"

/* An app on the book's defaults plus any options. */
static void start_app(struct app *app, int argc, const char **argv)
{
	const char *args[16] = { "slope" };
	for (int i = 0; i < argc; i++)
		args[i + 1] = argv[i];
	struct config cfg;
	char err[256];
	assert_int_equal(cli_parse(argc + 1, (char **)args, &cfg, err, sizeof err), 0);
	assert_int_equal(app_init(app, &cfg), 0);
	config_free(&cfg);
}

static int book_app_setup(void **state)
{
	static struct app app;
	start_app(&app, 0, NULL);
	*state = &app;
	return 0;
}

static int app_teardown(void **state)
{
	app_free(*state);
	return 0;
}

static void test_starts_at_iteration_0_at_book_start(void **state)
{
	struct app *app = *state;
	const struct descent_state *s = app_current(app);
	assert_int_equal(s->iter, 0);
	assert_double_exact(s->x[0], -3);
	assert_double_exact(s->x[1], 4);
	assert_int_equal(app->steps, 100);
	assert_int_equal(app->focus, PANE_DESCENT);
}

static void test_next_gives_book_first_step(void **state)
{
	struct app *app = *state;
	assert_true(app_apply(app, ACT_NEXT) & REDRAW_DESCENT);
	assert_double_exact(app_current(app)->x[0], -2.399999999999622);
	assert_double_exact(app_current(app)->x[1], 3.200000000000088);
}

static void test_prev_at_start_does_nothing(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_PREV);
	assert_int_equal(app->current, 0);
	assert_false(app_apply(app, ACT_PREV) & REDRAW_DESCENT);
}

/* Steps forward to iteration k and returns a copy of the rows 0..k. */
static struct descent_state *walk_to(struct app *app, long k)
{
	for (long i = 0; i < k; i++)
		app_apply(app, ACT_NEXT);
	assert_int_equal(app->current, k);
	struct descent_state *rows = malloc((size_t)(k + 1) * sizeof *rows);
	assert_non_null(rows);
	memcpy(rows, app->history, (size_t)(k + 1) * sizeof *rows);
	return rows;
}

/* Stepping back shows the stored row as it was, computing nothing: the
 * history keeps every row after it, and stepping forward again gives the
 * same rows. */
static void expect_stored_row(const struct app *app, const struct descent_state *rows,
                              long k, long count)
{
	assert_int_equal(app->current, k);
	assert_ptr_equal(app_current(app), &app->history[k]);
	assert_memory_equal(app_current(app), &rows[k], sizeof rows[k]);
	assert_int_equal(app_current(app)->iter, k);
	assert_int_equal(app->count, count);
}

static void test_prev_steps_back_one_row_from_k(void **state)
{
	struct app *app = *state;
	struct descent_state *rows = walk_to(app, 5);
	assert_true(app_apply(app, ACT_PREV) & REDRAW_DESCENT);
	expect_stored_row(app, rows, 4, 6);
	app_apply(app, ACT_PREV);
	expect_stored_row(app, rows, 3, 6);
	char items[APP_ITEMS][APP_ITEM_MAX];
	app_descent_items(app, items);
	assert_string_equal(items[0], "iter 3/100");
	assert_string_equal(items[1], "x = (-1.535999999998758, 2.0479999999971596)");
	app_apply(app, ACT_NEXT);
	expect_stored_row(app, rows, 4, 6);
	free(rows);
}

static void test_left_in_the_descent_pane_steps_back(void **state)
{
	struct app *app = *state;
	struct descent_state *rows = walk_to(app, 3);
	assert_int_equal(app->focus, PANE_DESCENT);
	double a = app->a;
	assert_true(app_apply(app, ACT_LEFT) & REDRAW_DESCENT);
	expect_stored_row(app, rows, 2, 4);
	assert_double_exact(app->a, a); /* the tangent pane did not move */
	app_apply(app, ACT_RIGHT);
	expect_stored_row(app, rows, 3, 4);
	free(rows);
}

static void test_back_10_and_home_return_to_stored_rows(void **state)
{
	struct app *app = *state;
	struct descent_state *rows = walk_to(app, 25);
	assert_true(app_apply(app, ACT_BACK_10) & REDRAW_DESCENT);
	expect_stored_row(app, rows, 15, 26);
	app_apply(app, ACT_BACK_10);
	expect_stored_row(app, rows, 5, 26);
	app_apply(app, ACT_BACK_10); /* stops at 0 */
	expect_stored_row(app, rows, 0, 26);
	app_apply(app, ACT_LAST);
	expect_stored_row(app, rows, 25, 26);
	assert_true(app_apply(app, ACT_FIRST) & REDRAW_DESCENT);
	expect_stored_row(app, rows, 0, 26);
	assert_double_exact(app_current(app)->x[0], -3);
	assert_double_exact(app_current(app)->x[1], 4);
	free(rows);
}

static void test_stepping_back_reuses_history(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_FORWARD_10);
	assert_int_equal(app->current, 10);
	app_apply(app, ACT_BACK_10);
	assert_int_equal(app->current, 0);
	assert_int_equal(app->count, 11);
	app_apply(app, ACT_LAST);
	assert_int_equal(app->current, 10);
	app_apply(app, ACT_FIRST);
	assert_int_equal(app->current, 0);
}

static void test_run_to_end_stops_at_n_with_book_result(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_RUN_TO_END);
	assert_int_equal(app->current, 100);
	assert_double_exact(app_current(app)->x[0], -6.111107928998789e-10);
	assert_double_exact(app_current(app)->x[1], 8.148143905314271e-10);
	app_apply(app, ACT_NEXT);
	assert_int_equal(app->current, 100);
	app_apply(app, ACT_FORWARD_10);
	assert_int_equal(app->current, 100);
}

static void test_lr_ladder_is_1_3_10(void **state)
{
	(void)state;
	assert_double_exact(lr_ladder_step(0.1, 1), 0.3);
	assert_double_exact(lr_ladder_step(0.3, 1), 1.0);
	assert_double_exact(lr_ladder_step(1.0, 1), 3.0);
	assert_double_exact(lr_ladder_step(3.0, 1), 10.0);
	assert_double_exact(lr_ladder_step(0.1, -1), 0.03);
	assert_double_exact(lr_ladder_step(0.03, -1), 0.01);
	assert_double_exact(lr_ladder_step(0.5, 1), 1.0);
	assert_double_exact(lr_ladder_step(0.5, -1), 0.3);
	assert_double_exact(lr_ladder_step(1e-10, -1), 1e-10);
	assert_double_exact(lr_ladder_step(1000, 1), 1000);
}

static void test_lr_change_keeps_history_up_to_current(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_FORWARD_10);
	app_apply(app, ACT_BACK_10);
	app_apply(app, ACT_FORWARD_10);
	app_apply(app, ACT_BACK_10);
	for (int i = 0; i < 5; i++)
		app_apply(app, ACT_NEXT);
	assert_int_equal(app->count, 11);
	struct descent_state kept = app->history[5];
	app_apply(app, ACT_LR_UP);
	assert_double_exact(app->problem.lr, 0.3);
	assert_int_equal(app->count, 6);
	assert_memory_equal(&app->history[5], &kept, sizeof kept);
	assert_non_null(strstr(app->message, "lr = 0.3"));
	char items[APP_ITEMS][APP_ITEM_MAX];
	app_descent_items(app, items);
	assert_string_equal(items[4], "lr = 0.3 (from iter 5 on)");
	app_apply(app, ACT_NEXT);
	/* x6 = x5 - 0.3 * grad5 */
	assert_double_exact(app_current(app)->x[0], kept.x[0] - 0.3 * kept.grad[0]);
}

static void test_step_keys_pause_autoplay(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_AUTOPLAY);
	assert_true(app->autoplay);
	app_apply(app, ACT_TICK);
	assert_int_equal(app->current, 1);
	app_apply(app, ACT_NEXT);
	assert_false(app->autoplay);
	assert_int_equal(app->current, 2);
	app_apply(app, ACT_TICK);
	assert_int_equal(app->current, 2);
}

static void test_autoplay_stops_at_n(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_RUN_TO_END);
	app_apply(app, ACT_PREV);
	assert_int_equal(app->current, 99);
	app_apply(app, ACT_AUTOPLAY);
	assert_true(app->autoplay);
	app_apply(app, ACT_TICK);
	assert_int_equal(app->current, 100);
	assert_true(app->autoplay);
	app_apply(app, ACT_TICK);
	assert_false(app->autoplay);
}

static void test_autoplay_speed_has_bounds(void **state)
{
	struct app *app = *state;
	for (int i = 0; i < 20; i++)
		app_apply(app, ACT_FASTER);
	assert_int_equal(app->autoplay_ms, 25);
	for (int i = 0; i < 20; i++)
		app_apply(app, ACT_SLOWER);
	assert_int_equal(app->autoplay_ms, 3200);
}

static void test_tangent_pane_left_right_move_a_by_one_dot(void **state)
{
	struct app *app = *state;
	app_set_tangent_dots(app, 160); /* 20 / 160 = 0.125 per dot */
	app_apply(app, ACT_FOCUS);
	assert_int_equal(app->focus, PANE_TANGENT);
	app_apply(app, ACT_RIGHT);
	assert_double_exact(app->a, 10.125);
	app_apply(app, ACT_LEFT);
	app_apply(app, ACT_LEFT);
	assert_double_exact(app->a, 9.875);
	app_apply(app, ACT_RIGHT_BIG);
	assert_double_exact(app->a, 11.875);
	assert_int_equal(app->current, 0); /* the run did not move */
	for (int i = 0; i < 20; i++)
		app_apply(app, ACT_RIGHT_BIG);
	assert_double_exact(app->a, 20);
}

static void test_strips_show_book_numbers(void **state)
{
	struct app *app = *state;
	char items[APP_ITEMS][APP_ITEM_MAX];
	app_apply(app, ACT_NEXT);
	int n = app_descent_items(app, items);
	assert_true(n >= 5);
	assert_string_equal(items[0], "iter 1/100");
	assert_string_equal(items[1], "x = (-2.399999999999622, 3.200000000000088)");
	assert_string_equal(items[2], "grad = (-4.800000000013682, 6.400000000024164)");
	assert_string_equal(items[3], "loss = 15.99999999999875");
	assert_string_equal(items[4], "lr = 0.1");
	n = app_tangent_items(app, items);
	assert_string_equal(items[0], "a = 10");
	assert_string_equal(items[2], "numerical f'(a) = 0.2999999999986347 (h = 0.0001)");
	/* 0.01*(2*10) + 0.1 rounds to 0.30000000000000004: exact to rounding */
	assert_string_equal(items[3], "exact f'(a) = 0.30000000000000004");
	assert_string_equal(items[n - 1], "tangent: y = 0.2999999999986347*x - 0.9999999999863469");
}

static void test_edit_with_error_keeps_old_function(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_FOCUS);
	app_apply(app, ACT_EDIT);
	assert_true(app->editor.active);
	assert_string_equal(app->editor.text, "0.01*x**2 + 0.1*x");
	app_edit_key(app, APP_KEY_KILL_LINE);
	for (const char *p = "sin(x"; *p; p++)
		app_edit_key(app, *p);
	app_edit_key(app, APP_KEY_ENTER);
	assert_true(app->editor.active);
	assert_string_equal(app->editor.error, "expected ')' at column 6 in 'sin(x'");
	assert_string_equal(expr_text(app->curve), "0.01*x**2 + 0.1*x");
	app_edit_key(app, APP_KEY_CANCEL);
	assert_false(app->editor.active);
	assert_string_equal(expr_text(app->curve), "0.01*x**2 + 0.1*x");
}

static void test_edit_applies_new_surface_and_restarts(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_FORWARD_10);
	app_apply(app, ACT_EDIT);
	assert_string_equal(app->editor.text, "x0**2 + x1**2");
	app_edit_key(app, APP_KEY_HOME);
	app_edit_key(app, APP_KEY_DELETE);
	app_edit_key(app, APP_KEY_DELETE);
	app_edit_key(app, 'y');
	app_edit_key(app, APP_KEY_END);
	app_edit_key(app, APP_KEY_BACKSPACE);
	app_edit_key(app, '3');
	assert_string_equal(app->editor.text, "y**2 + x1**3");
	app_edit_key(app, APP_KEY_ENTER);
	/* y mixed with x1 is an error: the editor stays open with it */
	assert_true(app->editor.active);
	assert_non_null(strstr(app->editor.error, "cannot mix"));
	app_edit_key(app, APP_KEY_KILL_LINE);
	for (const char *p = "x**2/20 + y**2"; *p; p++)
		app_edit_key(app, *p);
	app_edit_key(app, APP_KEY_ENTER);
	assert_false(app->editor.active);
	assert_int_equal(app->current, 0);
	assert_double_exact(app_current(app)->loss, 9.0 / 20 + 16);
}

static void test_overflow_shows_diverged(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--surface", "exp(x0**2)", "--start", "3,0", "--lr", "1" };
	start_app(&app, 6, args);
	app_apply(&app, ACT_RUN_TO_END);
	assert_true(app.stopped);
	char status[256];
	app_status(&app, status, sizeof status);
	assert_non_null(strstr(status, "diverged"));
	app_free(&app);
}

static void test_large_lr_shows_diverged_far_outside_view(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--lr", "10" };
	start_app(&app, 2, args);
	app_apply(&app, ACT_RUN_TO_END);
	char status[256];
	app_status(&app, status, sizeof status);
	assert_non_null(strstr(status, "diverged: the point is far outside the view"));
	app_free(&app);
}

static void test_book_run_converges(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_RUN_TO_END);
	char status[256];
	app_status(app, status, sizeof status);
	assert_non_null(strstr(status, "converged"));
}

static void test_reset_returns_to_start_and_lr(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_FORWARD_10);
	app_apply(app, ACT_LR_UP);
	app_apply(app, ACT_RESET);
	assert_int_equal(app->current, 0);
	assert_double_exact(app->problem.lr, 0.1);
}

static void test_fitted_view_computes_the_whole_run_and_stays_still(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--view", "fit", "--steps", "30" };
	start_app(&app, 4, args);
	assert_int_equal(app.count, 31);
	assert_int_equal(app.current, 0);
	app_apply(&app, ACT_NEXT);
	assert_int_equal(app.count, 31);
	app_apply(&app, ACT_LR_DOWN);
	assert_int_equal(app.count, 31); /* recomputed to N with the new lr */
	assert_double_exact(app.history[2].x[0], app.history[1].x[0] - 0.03 * app.history[1].grad[0]);
	app_free(&app);
}

static void test_help_opens_and_any_key_closes_it(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_HELP);
	assert_true(app->help_open);
	app_apply(app, ACT_NEXT);
	assert_false(app->help_open);
	assert_int_equal(app->current, 0); /* the key only closed the help */
	app_apply(app, ACT_QUIT);
	assert_true(app->quit);
}

/* Every key README.md and the man page document, and what it does. */
static void test_key_table_maps_the_documented_keys(void **state)
{
	(void)state;
	static const struct {
		int key;
		enum app_action act;
	} documented[] = {
		{ ' ', ACT_NEXT }, { 'n', ACT_NEXT }, { KEY_RIGHT, ACT_RIGHT }, { 'l', ACT_RIGHT },
		{ 'p', ACT_PREV }, { KEY_LEFT, ACT_LEFT }, { 'h', ACT_LEFT },
		{ 'L', ACT_RIGHT_BIG }, { 'H', ACT_LEFT_BIG },
		{ KEY_NPAGE, ACT_FORWARD_10 }, { KEY_PPAGE, ACT_BACK_10 },
		{ KEY_HOME, ACT_FIRST }, { KEY_END, ACT_LAST }, { 'g', ACT_RUN_TO_END },
		{ 'a', ACT_AUTOPLAY }, { '<', ACT_SLOWER }, { '>', ACT_FASTER },
		{ '+', ACT_LR_UP }, { '=', ACT_LR_UP }, { '-', ACT_LR_DOWN }, { '_', ACT_LR_DOWN },
		{ '\t', ACT_FOCUS }, { 'e', ACT_EDIT }, { 's', ACT_SECANT }, { 'v', ACT_FIELD },
		{ 'r', ACT_RESET }, { '?', ACT_HELP }, { 'q', ACT_QUIT }, { 3, ACT_QUIT },
	};
	for (size_t i = 0; i < sizeof documented / sizeof documented[0]; i++) {
		if (key_action(documented[i].key) != documented[i].act) {
			print_error("key %d (0%o): action %d, want %d\n", documented[i].key,
			            (unsigned)documented[i].key, key_action(documented[i].key),
			            documented[i].act);
			fail();
		}
	}
	assert_int_equal(key_action('Z'), ACT_NONE);
	assert_int_equal(key_action(0), ACT_NONE);
}

static void test_man_page_lists_every_key(void **state)
{
	(void)state;
	FILE *f = fopen("man/slope.1", "r");
	assert_non_null(f);
	static char man[65536];
	size_t n = fread(man, 1, sizeof man - 1, f);
	fclose(f);
	man[n] = '\0';
	size_t count;
	const struct key_binding *b = key_bindings(&count);
	for (size_t i = 0; i < count; i++) {
		if (strstr(man, b[i].help) == NULL) {
			print_error("man/slope.1 lacks the help of key '%s': %s\n", b[i].names, b[i].help);
			fail();
		}
	}
}

static void test_layout_below_minimum_is_too_small(void **state)
{
	struct app *app = *state;
	assert_true(app_layout(app, 59, 40).too_small);
	/* 100 columns make two 50-column panes, too narrow for x = (...): stack */
	assert_int_equal(app_layout(app, 100, 40).pane[PANE_TANGENT].cols, 100);
	assert_true(app_layout(app, 120, 19).too_small);
	assert_true(app_layout(app, 40, 12).too_small);
	assert_false(app_layout(app, 60, 20).too_small);
}

static void test_layout_recovers_when_terminal_grows(void **state)
{
	struct app *app = *state;
	struct app_layout small = app_layout(app, 40, 12);
	struct app_layout big = app_layout(app, 120, 40);
	assert_true(small.too_small);
	assert_false(big.too_small);
	/* side by side at 120x40, the status line at the bottom */
	assert_int_equal(big.pane[PANE_TANGENT].cols + big.pane[PANE_DESCENT].cols, 120);
	assert_int_equal(big.pane[PANE_TANGENT].rows, 39);
	assert_int_equal(big.pane[PANE_DESCENT].col, 60);
	assert_int_equal(big.status.row, 39);
}

static void test_layout_stacks_when_tall_and_shows_one_pane_when_neither(void **state)
{
	struct app *app = *state;
	struct app_layout tall = app_layout(app, 80, 50);
	assert_int_equal(tall.pane[PANE_TANGENT].cols, 80);
	assert_int_equal(tall.pane[PANE_DESCENT].row, tall.pane[PANE_TANGENT].rows);
	struct app_layout one = app_layout(app, 80, 24);
	assert_int_equal(one.pane[PANE_DESCENT].rows, 23);
	assert_int_equal(one.pane[PANE_TANGENT].rows, 0);
	app_apply(app, ACT_FOCUS);
	one = app_layout(app, 80, 24);
	assert_int_equal(one.pane[PANE_TANGENT].rows, 23);
	assert_int_equal(one.pane[PANE_DESCENT].rows, 0);
}

static void test_wrap_moves_whole_items_and_never_cuts_a_number(void **state)
{
	(void)state;
	char items[4][APP_ITEM_MAX] = { "iter 1/100", "x = (-2.399999999999622, 3.200000000000088)",
	                                "lr = 0.1", "an-item-longer-than-any-line-here-so-it-is-dropped-rather-than-cut-in-two" };
	char lines[3][APP_LINE_MAX];
	assert_int_equal(app_wrap(items, 4, 60, lines, 3), 2);
	assert_string_equal(lines[0], "iter 1/100  x = (-2.399999999999622, 3.200000000000088)");
	assert_string_equal(lines[1], "lr = 0.1");
	assert_int_equal(app_wrap(items, 4, 20, lines, 3), 1);
	assert_string_equal(lines[0], "iter 1/100  lr = 0.1");
	assert_int_equal(app_wrap(items, 4, 50, lines, 1), 1);
	assert_string_equal(lines[0], "iter 1/100");
}

#define APP_TEST(t) cmocka_unit_test_setup_teardown(t, book_app_setup, app_teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		APP_TEST(test_starts_at_iteration_0_at_book_start),
		APP_TEST(test_next_gives_book_first_step),
		APP_TEST(test_prev_at_start_does_nothing),
		APP_TEST(test_prev_steps_back_one_row_from_k),
		APP_TEST(test_left_in_the_descent_pane_steps_back),
		APP_TEST(test_back_10_and_home_return_to_stored_rows),
		APP_TEST(test_stepping_back_reuses_history),
		APP_TEST(test_run_to_end_stops_at_n_with_book_result),
		cmocka_unit_test(test_lr_ladder_is_1_3_10),
		APP_TEST(test_lr_change_keeps_history_up_to_current),
		APP_TEST(test_step_keys_pause_autoplay),
		APP_TEST(test_autoplay_stops_at_n),
		APP_TEST(test_autoplay_speed_has_bounds),
		APP_TEST(test_tangent_pane_left_right_move_a_by_one_dot),
		APP_TEST(test_strips_show_book_numbers),
		APP_TEST(test_edit_with_error_keeps_old_function),
		APP_TEST(test_edit_applies_new_surface_and_restarts),
		cmocka_unit_test(test_overflow_shows_diverged),
		cmocka_unit_test(test_large_lr_shows_diverged_far_outside_view),
		APP_TEST(test_book_run_converges),
		APP_TEST(test_reset_returns_to_start_and_lr),
		cmocka_unit_test(test_fitted_view_computes_the_whole_run_and_stays_still),
		APP_TEST(test_help_opens_and_any_key_closes_it),
		cmocka_unit_test(test_key_table_maps_the_documented_keys),
		cmocka_unit_test(test_man_page_lists_every_key),
		APP_TEST(test_layout_below_minimum_is_too_small),
		APP_TEST(test_layout_recovers_when_terminal_grows),
		APP_TEST(test_layout_stacks_when_tall_and_shows_one_pane_when_neither),
		cmocka_unit_test(test_wrap_moves_whole_items_and_never_cuts_a_number),
	};
	return cmocka_run_group_tests_name("app", tests, NULL, NULL);
}
