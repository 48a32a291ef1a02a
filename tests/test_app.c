/* Tests for app: the dashboard's state machine, driven by actions alone. */
#include "testutil.h"

#include <stdio.h>

#include "app.h"
#include "captions.h"
#include "cli.h"
#include "keys.h"
#include "ladder.h"
#include "layout.h"

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
	const struct run_row *s = app_current(app);
	assert_int_equal(app->current, 0);
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

static void test_stepping_back_reuses_history(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_FORWARD_10);
	assert_int_equal(app->current, 10);
	app_apply(app, ACT_BACK_10);
	assert_int_equal(app->current, 0);
	/* rows 0..10 are kept, and 11 for the arrow of the next step */
	assert_int_equal(run_last(&app->run), 11);
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

static void test_lr_change_keeps_history_up_to_current(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_FORWARD_10);
	app_apply(app, ACT_BACK_10);
	app_apply(app, ACT_FORWARD_10);
	app_apply(app, ACT_BACK_10);
	for (int i = 0; i < 5; i++)
		app_apply(app, ACT_NEXT);
	assert_int_equal(run_last(&app->run), 11);
	struct run_row kept = *run_row(&app->run, 5);
	app_apply(app, ACT_LR_UP);
	assert_double_exact(app->run.spec.optimizer.lr, 0.3);
	assert_true(run_last(&app->run) <= 6);
	assert_memory_equal(run_row(&app->run, 5), &kept, sizeof kept);
	assert_non_null(strstr(app->message, "lr = 0.3"));
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	caption_items(app, PANE_DESCENT, false, items);
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
	app_apply(app, ACT_AUTOPLAY);
	app_apply(app, ACT_TICK);
	assert_int_equal(app->current, 100);
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

static void test_tangent_pane_left_right_move_a_to_round_values(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_FOCUS);
	assert_int_equal(app->focus, PANE_TANGENT);
	/* the x range 0:20 in steps of 0.5, a tenth of it in steps of 2 */
	app_apply(app, ACT_RIGHT);
	assert_double_exact(app->a, 10.5);
	app_apply(app, ACT_LEFT);
	app_apply(app, ACT_LEFT);
	assert_double_exact(app->a, 9.5);
	app_apply(app, ACT_RIGHT_BIG);
	assert_double_exact(app->a, 10);
	app_apply(app, ACT_RIGHT_BIG);
	assert_double_exact(app->a, 12);
	assert_int_equal(app->current, 0); /* the run did not move */
	for (int i = 0; i < 20; i++)
		app_apply(app, ACT_RIGHT_BIG);
	assert_double_exact(app->a, 20);
}

static void test_a_steps_are_decimal_on_a_fine_range(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--xrange", "0:4", "--at", "0" };
	start_app(&app, 4, args);
	app_apply(&app, ACT_FOCUS);
	for (int i = 0; i < 3; i++)
		app_apply(&app, ACT_RIGHT);
	/* 3 steps of 0.1 read as 0.3, not 0.30000000000000004 */
	assert_double_exact(app.a, 0.3);
	app_free(&app);
}

static void test_edit_with_error_keeps_old_function(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_FOCUS);
	app_apply(app, ACT_EDIT);
	assert_true(app->prompt.active);
	assert_string_equal(app->prompt.line.text, "0.01*x**2 + 0.1*x");
	app_key(app, KC_CTRL('u'));
	for (const char *p = "sin(x"; *p; p++)
		app_key(app, *p);
	app_key(app, KC_ENTER);
	assert_true(app->prompt.active);
	assert_string_equal(app->prompt.error, "expected ')' at column 6 in 'sin(x'");
	assert_string_equal(expr_text(app->curve), "0.01*x**2 + 0.1*x");
	app_key(app, KC_ESC);
	assert_false(app->prompt.active);
	assert_string_equal(expr_text(app->curve), "0.01*x**2 + 0.1*x");
}

static void test_edit_applies_new_surface_and_restarts(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_FORWARD_10);
	app_apply(app, ACT_EDIT);
	assert_string_equal(app->prompt.line.text, "x0**2 + x1**2");
	app_key(app, KC_HOME);
	app_key(app, KC_DELETE);
	app_key(app, KC_DELETE);
	app_key(app, 'y');
	app_key(app, KC_END);
	app_key(app, KC_BACKSPACE);
	app_key(app, '3');
	assert_string_equal(app->prompt.line.text, "y**2 + x1**3");
	app_key(app, KC_ENTER);
	/* y mixed with x1 is an error: the editor stays open with it */
	assert_true(app->prompt.active);
	assert_non_null(strstr(app->prompt.error, "cannot mix"));
	app_key(app, KC_CTRL('u'));
	for (const char *p = "x**2/20 + y**2"; *p; p++)
		app_key(app, *p);
	app_key(app, KC_ENTER);
	assert_false(app->prompt.active);
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
	assert_int_equal(app.run.end, RUN_NONFINITE);
	char status[256];
	caption_status(&app, status, sizeof status);
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
	caption_status(&app, status, sizeof status);
	assert_non_null(strstr(status, "diverged: the point is far outside the view"));
	app_free(&app);
}

static void test_book_run_converges(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_RUN_TO_END);
	char status[256];
	caption_status(app, status, sizeof status);
	assert_non_null(strstr(status, "converged"));
}

static void test_reset_returns_to_start_and_lr(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_FORWARD_10);
	app_apply(app, ACT_LR_UP);
	app_apply(app, ACT_RESET);
	assert_int_equal(app->current, 0);
	assert_double_exact(app->run.spec.optimizer.lr, 0.1);
}

static void test_fitted_view_computes_the_whole_run_and_stays_still(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--view", "fit", "--steps", "30" };
	start_app(&app, 4, args);
	assert_int_equal(run_last(&app.run), 30);
	assert_int_equal(app.current, 0);
	app_apply(&app, ACT_NEXT);
	assert_int_equal(run_last(&app.run), 30);
	app_apply(&app, ACT_LR_DOWN);
	assert_int_equal(run_last(&app.run), 30); /* recomputed to N with the new lr */
	const struct run_row *r1 = run_row(&app.run, 1), *r2 = run_row(&app.run, 2);
	assert_double_exact(r2->x[0], r1->x[0] - 0.03 * r1->grad[0]);
	app_free(&app);
}

static void test_help_opens_and_any_key_closes_it(void **state)
{
	struct app *app = *state;
	app_key(app, '?');
	assert_true(app->help_open);
	app_key(app, 'n');
	assert_false(app->help_open);
	assert_int_equal(app->current, 0); /* the key only closed the help */
	app_key(app, '?');
	app_key(app, '?');
	assert_false(app->help_open);
	app_key(app, '?');
	app_key(app, 'q');
	assert_false(app->help_open);
	assert_true(app->quit);
}

#define APP_TEST(t) cmocka_unit_test_setup_teardown(t, book_app_setup, app_teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		APP_TEST(test_starts_at_iteration_0_at_book_start),
		APP_TEST(test_next_gives_book_first_step),
		APP_TEST(test_prev_at_start_does_nothing),
		APP_TEST(test_stepping_back_reuses_history),
		APP_TEST(test_run_to_end_stops_at_n_with_book_result),
		APP_TEST(test_lr_change_keeps_history_up_to_current),
		APP_TEST(test_step_keys_pause_autoplay),
		APP_TEST(test_autoplay_stops_at_n),
		APP_TEST(test_autoplay_speed_has_bounds),
		APP_TEST(test_tangent_pane_left_right_move_a_to_round_values),
		cmocka_unit_test(test_a_steps_are_decimal_on_a_fine_range),
		APP_TEST(test_edit_with_error_keeps_old_function),
		APP_TEST(test_edit_applies_new_surface_and_restarts),
		cmocka_unit_test(test_overflow_shows_diverged),
		cmocka_unit_test(test_large_lr_shows_diverged_far_outside_view),
		APP_TEST(test_book_run_converges),
		APP_TEST(test_reset_returns_to_start_and_lr),
		cmocka_unit_test(test_fitted_view_computes_the_whole_run_and_stays_still),
		APP_TEST(test_help_opens_and_any_key_closes_it),
	};
	return cmocka_run_group_tests_name("app", tests, NULL, NULL);
}
