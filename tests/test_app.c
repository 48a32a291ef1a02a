/* Tests for app: the dashboard's state machine, driven by actions alone. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

#include <curses.h> /* the KEY_ codes of the key table */

#include "app.h"
#include "appfixture.h"
#include "captions.h"
#include "figures.h"
#include "cli.h"
#include "keys.h"
#include "ladder.h"
#include "layout.h"

static void test_starts_at_iteration_0_at_book_start(void **state)
{
	struct app *app = *state;
	const struct run_row *s = app_current(app);
	assert_int_equal(app->cursor.current, 0);
	assert_double_exact(s->x[0], -3);
	assert_double_exact(s->x[1], 4);
	assert_int_equal(app->steps, 100);
	assert_int_equal(app->focus, PANE_DESCENT);
}

static void test_next_gives_book_first_step(void **state)
{
	struct app *app = *state;
	assert_int_equal(app_apply(app, ACT_NEXT), EFFECT_CHANGED);
	assert_double_exact(app_current(app)->x[0], -2.399999999999622);
	assert_double_exact(app_current(app)->x[1], 3.200000000000088);
}

static void test_prev_at_start_does_nothing(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_PREV);
	assert_int_equal(app->cursor.current, 0);
	assert_int_equal(app_apply(app, ACT_PREV), EFFECT_CHANGED); /* its note */
	assert_int_equal(app->cursor.current, 0);
	/* an idle key says so (the README's promise) */
	assert_string_equal(app->message, "no step before iteration 0: this is the start");
	app_apply(app, ACT_RUN_TO_END);
	app_settle(app);
	app->message[0] = '\0';
	app_apply(app, ACT_NEXT);
	assert_int_equal(app->cursor.current, 100);
	assert_string_equal(app->message, "no step after iteration N = 100");
}

/* Steps forward to iteration k and returns a copy of the rows 0..k. */
static struct run_row *walk_to(struct app *app, long k)
{
	for (long i = 0; i < k; i++)
		app_apply(app, ACT_NEXT);
	assert_int_equal(app->cursor.current, k);
	struct run_row *rows = malloc((size_t)(k + 1) * sizeof *rows);
	assert_non_null(rows);
	for (long i = 0; i <= k; i++)
		rows[i] = *run_row(&app->run, i);
	return rows;
}

/* Stepping back shows the stored row as it was, computing nothing: the run
 * keeps every row (all N of them), and stepping forward again gives the
 * same rows. */
static void expect_stored_row(const struct app *app, const struct run_row *rows, long k,
                              unsigned long generation)
{
	assert_int_equal(app->cursor.current, k);
	assert_ptr_equal(app_current(app), run_row(&app->run, k));
	assert_memory_equal(app_current(app), &rows[k], sizeof rows[k]);
	assert_int_equal(run_last(&app->run), app->steps);
	assert_int_equal(app->run_generation, generation); /* no row rewritten */
}

static void test_prev_steps_back_one_row_from_k(void **state)
{
	struct app *app = *state;
	struct run_row *rows = walk_to(app, 5);
	unsigned long g = app->run_generation;
	assert_int_equal(app_apply(app, ACT_PREV), EFFECT_CHANGED);
	expect_stored_row(app, rows, 4, g);
	app_apply(app, ACT_PREV);
	expect_stored_row(app, rows, 3, g);
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	caption_items(app, PANE_DESCENT, app->cursor.current, items);
	assert_string_equal(items[0], "iter 3/100");
	assert_string_equal(items[1], "x = [-1.536  2.048]");
	app_apply(app, ACT_NEXT);
	expect_stored_row(app, rows, 4, g);
	free(rows);
}

static void test_left_in_the_descent_pane_steps_back(void **state)
{
	struct app *app = *state;
	struct run_row *rows = walk_to(app, 3);
	unsigned long g = app->run_generation;
	assert_int_equal(app->focus, PANE_DESCENT);
	double a = app->tangent.a;
	assert_int_equal(app_apply(app, ACT_LEFT), EFFECT_CHANGED);
	expect_stored_row(app, rows, 2, g);
	assert_double_exact(app->tangent.a, a); /* the tangent pane did not move */
	app_apply(app, ACT_RIGHT);
	expect_stored_row(app, rows, 3, g);
	free(rows);
}

static void test_back_10_and_home_return_to_stored_rows(void **state)
{
	struct app *app = *state;
	struct run_row *rows = walk_to(app, 25);
	unsigned long g = app->run_generation;
	assert_int_equal(app_apply(app, ACT_BACK_10), EFFECT_CHANGED);
	expect_stored_row(app, rows, 15, g);
	app_apply(app, ACT_BACK_10);
	expect_stored_row(app, rows, 5, g);
	app_apply(app, ACT_BACK_10); /* stops at 0 */
	expect_stored_row(app, rows, 0, g);
	app_apply(app, ACT_LAST);
	expect_stored_row(app, rows, 25, g);
	assert_int_equal(app_apply(app, ACT_FIRST), EFFECT_CHANGED);
	expect_stored_row(app, rows, 0, g);
	assert_double_exact(app_current(app)->x[0], -3);
	assert_double_exact(app_current(app)->x[1], 4);
	free(rows);
}

static void test_stepping_back_reuses_history(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_FORWARD_10);
	assert_int_equal(app->cursor.current, 10);
	app_apply(app, ACT_BACK_10);
	assert_int_equal(app->cursor.current, 0);
	/* the whole run is computed, and kept */
	assert_int_equal(run_last(&app->run), 100);
	app_apply(app, ACT_LAST);
	assert_int_equal(app->cursor.current, 10);
	app_apply(app, ACT_FIRST);
	assert_int_equal(app->cursor.current, 0);
}

static void test_run_to_end_stops_at_n_with_book_result(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_RUN_TO_END);
	assert_int_equal(app->cursor.current, 100);
	assert_double_exact(app_current(app)->x[0], -6.111107928998789e-10);
	assert_double_exact(app_current(app)->x[1], 8.148143905314271e-10);
	app_apply(app, ACT_NEXT);
	assert_int_equal(app->cursor.current, 100);
	app_apply(app, ACT_FORWARD_10);
	assert_int_equal(app->cursor.current, 100);
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
	assert_int_equal(run_last(&app->run), 100);
	struct run_row kept = *run_row(&app->run, 5);
	app_apply(app, ACT_LR_UP);
	assert_double_exact(app->run.spec.optimizer.lr, 0.3);
	assert_memory_equal(run_row(&app->run, 5), &kept, sizeof kept);
	/* at iteration 5 the step from x[5] is the first at 0.3: the note,
	 * the strip and the path's legend all say iteration 5 */
	assert_non_null(strstr(app->message, "lr = 0.3 from iteration 5 on"));
	/* the strip says which iterations used which rate */
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	caption_items(app, PANE_DESCENT, app->cursor.current, items);
	assert_string_equal(items[4], "lr = 0.1, 0.3 from iter 5");
	struct descent_params p = { .run = &app->run, .view = { -3.5, 3.5, -4.5, 4.5 },
	                            .current = app->cursor.current, .next_arrow = true };
	struct plot_legend l;
	figure_descent_legend(&p, &l);
	bool legend_says_it = false;
	for (int i = 0; i < l.count; i++)
		legend_says_it = legend_says_it || strcmp(l.entry[i].text, "path, lr 0.1, 0.3 from iter 5") == 0;
	assert_true(legend_says_it);
	caption_items(app, PANE_DESCENT, 2, items);
	assert_string_equal(items[4], "lr = 0.1");
	app_apply(app, ACT_NEXT);
	/* x6 = x5 - 0.3 * grad5 */
	assert_double_exact(app_current(app)->x[0], kept.x[0] - 0.3 * kept.grad[0]);
}

static void test_step_keys_pause_autoplay(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_AUTOPLAY);
	assert_true(app->autoplay.on);
	app_apply(app, ACT_TICK);
	assert_int_equal(app->cursor.current, 1);
	app_apply(app, ACT_NEXT);
	assert_false(app->autoplay.on);
	assert_int_equal(app->cursor.current, 2);
	app_apply(app, ACT_TICK);
	assert_int_equal(app->cursor.current, 2);
}

static void test_autoplay_stops_at_n(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_RUN_TO_END);
	app_apply(app, ACT_PREV);
	assert_int_equal(app->cursor.current, 99);
	app_apply(app, ACT_AUTOPLAY);
	assert_true(app->autoplay.on);
	app_apply(app, ACT_TICK);
	assert_int_equal(app->cursor.current, 100);
	assert_true(app->autoplay.on);
	app_apply(app, ACT_TICK);
	assert_false(app->autoplay.on);
}

static void test_autoplay_speed_has_bounds(void **state)
{
	struct app *app = *state;
	for (int i = 0; i < 20; i++)
		app_apply(app, ACT_FASTER);
	assert_int_equal(app->autoplay.ms, 25);
	for (int i = 0; i < 20; i++)
		app_apply(app, ACT_SLOWER);
	assert_int_equal(app->autoplay.ms, 3200);
}

static void test_tangent_pane_left_right_move_a_to_round_values(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_FOCUS);
	assert_int_equal(app->focus, PANE_TANGENT);
	/* the x range 0:20 in steps of 0.5, a tenth of it in steps of 2 */
	app_apply(app, ACT_RIGHT);
	assert_double_exact(app->tangent.a, 10.5);
	app_apply(app, ACT_LEFT);
	app_apply(app, ACT_LEFT);
	assert_double_exact(app->tangent.a, 9.5);
	app_apply(app, ACT_RIGHT_BIG);
	assert_double_exact(app->tangent.a, 10);
	app_apply(app, ACT_RIGHT_BIG);
	assert_double_exact(app->tangent.a, 12);
	assert_int_equal(app->cursor.current, 0); /* the run did not move */
	for (int i = 0; i < 20; i++)
		app_apply(app, ACT_RIGHT_BIG);
	assert_double_exact(app->tangent.a, 20);
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
	assert_double_exact(app.tangent.a, 0.3);
	app_free(&app);
}

static void test_strips_show_book_numbers(void **state)
{
	struct app *app = *state;
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	app_apply(app, ACT_NEXT);
	int n = caption_items(app, PANE_DESCENT, app->cursor.current, items);
	assert_true(n >= 5);
	/* as the book's NumPy prints them */
	assert_string_equal(items[0], "iter 1/100");
	assert_string_equal(items[1], "x = [-2.4  3.2]");
	assert_string_equal(items[2], "grad = [-4.8  6.4]");
	assert_string_equal(items[3], "loss = 16.0");
	assert_string_equal(items[4], "lr = 0.1");
	/* d: every digit */
	app_apply(app, ACT_DIGITS);
	caption_items(app, PANE_DESCENT, app->cursor.current, items);
	assert_string_equal(items[1], "x = (-2.399999999999622, 3.200000000000088)");
	assert_string_equal(items[2], "grad = (-4.800000000013682, 6.400000000024164)");
	assert_string_equal(items[3], "loss = 15.99999999999875");
	n = caption_items(app, PANE_TANGENT, 0, items);
	assert_string_equal(items[0], "a = 10.0");
	assert_string_equal(items[2], "numerical f'(a) = 0.2999999999986347 (central, h = 0.0001)");
	/* 0.01*(2*10) + 0.1 rounds to 0.30000000000000004: exact to rounding */
	assert_string_equal(items[3], "exact f'(a) = 0.30000000000000004");
	assert_string_equal(items[n - 1], "tangent: y = 0.2999999999986347*x - 0.9999999999863469");
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
	assert_string_equal(expr_text(app->tangent.curve), "0.01*x**2 + 0.1*x");
	app_key(app, KC_ESC);
	assert_false(app->prompt.active);
	assert_string_equal(expr_text(app->tangent.curve), "0.01*x**2 + 0.1*x");
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
	assert_int_equal(app->cursor.current, 0);
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
	caption_status(&app, 200, status, sizeof status);
	assert_non_null(strstr(status, "diverged"));
	app_free(&app);
}

static void test_lr_10_is_stuck_with_the_exact_gradient_said(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--lr", "10" };
	start_app(&app, 2, args);
	app_apply(&app, ACT_RUN_TO_END);
	char status[256];
	caption_status(&app, 200, status, sizeof status);
	/* the book: off to about -2.6e13, then x +- h rounds back to x */
	assert_non_null(strstr(status, "stuck since iteration"));
	assert_non_null(strstr(status, "stuck since iteration 10: x +- h rounds back to x, so the numerical gradient is 0; the exact |grad| is 5.18614879e+13"));
	app_free(&app);
}

static void test_book_run_converges(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_RUN_TO_END);
	char status[256];
	caption_status(app, 200, status, sizeof status);
	assert_non_null(strstr(status, "converged"));
}

static void test_reset_returns_to_start_and_lr(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_FORWARD_10);
	app_apply(app, ACT_LR_UP);
	app_apply(app, ACT_RESET);
	assert_int_equal(app->cursor.current, 0);
	assert_double_exact(app->run.spec.optimizer.lr, 0.1);
}

static void test_fitted_view_computes_the_whole_run_and_stays_still(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--view", "fit", "--steps", "30" };
	start_app(&app, 4, args);
	assert_int_equal(run_last(&app.run), 30);
	assert_int_equal(app.cursor.current, 0);
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
	assert_int_equal(app->cursor.current, 0); /* the key only closed the help */
	app_key(app, '?');
	app_key(app, '?');
	assert_false(app->help_open);
	app_key(app, '?');
	assert_int_equal(app_key(app, 'q'), EFFECT_QUIT);
	assert_false(app->help_open);
}

/* Presses each key of text (keys_parse's names). */
static void press(struct app *app, const char *text)
{
	int codes[256];
	size_t n;
	char err[256];
	assert_int_equal(keys_parse(text, codes, 256, &n, err, sizeof err), 0);
	for (size_t i = 0; i < n; i++) {
		app_key(app, codes[i]);
		app_settle(app);
	}
}

/* The strip's rates far into a long run, after changes at iterations far
 * apart (N cuts the run where the change goes, g goes there): the text
 * comes from the run's list of changes, not a walk back over its rows. */
static void test_strip_rates_after_changes_far_apart(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--steps", "30000" };
	start_app(&app, 2, args);
	app_settle(&app);
	press(&app, "N<C-u>12000<Enter>g-N<C-u>25000<Enter>g+N<C-u>30000<Enter>");
	assert_int_equal(run_last(&app.run), 30000);
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	const struct { long k; const char *want; } at[] = {
		{ 0, "lr = 0.1" },
		{ 11999, "lr = 0.1" },
		{ 12000, "lr = 0.1, 0.03 from iter 12000" },
		{ 20000, "lr = 0.1, 0.03 from iter 12000" },
		{ 24999, "lr = 0.1, 0.03 from iter 12000" },
		{ 25000, "lr = 0.03, 0.1 from iter 25000" },
		{ 30000, "lr = 0.03, 0.1 from iter 25000" },
	};
	for (size_t i = 0; i < sizeof at / sizeof at[0]; i++) {
		caption_items(&app, PANE_DESCENT, at[i].k, items);
		assert_string_equal(items[4], at[i].want);
	}
	app_free(&app);
}

static void test_converged_names_the_first_iteration(void **state)
{
	struct app *app = *state;
	char status[256];
	press(app, "<PgDn><PgDn><PgDn><PgDn><PgDn><PgDn><PgDn><PgDn><PgDn>");
	caption_status(app, 200, status, sizeof status);
	assert_null(strstr(status, "converged")); /* 90: not yet */
	press(app, "g");
	caption_status(app, 200, status, sizeof status);
	assert_string_equal(status, "converged: |grad| < 1e-8 first at iteration 93");
	press(app, "ppppppp");
	assert_int_equal(app->cursor.current, 93);
	caption_status(app, 200, status, sizeof status);
	assert_string_equal(status, "converged: |grad| < 1e-8 first at iteration 93");
	press(app, "p");
	caption_status(app, 200, status, sizeof status);
	assert_null(strstr(status, "converged"));
}

static void test_a_huge_lr_is_stuck_not_converged(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--lr", "1e6", "--view", "-1e20:1e20,-1e20:1e20" };
	start_app(&app, 4, args);
	press(&app, "g");
	char status[256];
	caption_status(&app, 200, status, sizeof status);
	assert_null(strstr(status, "converged"));
	assert_non_null(strstr(status, "stuck since iteration"));
	assert_non_null(strstr(status, "the exact |grad| is"));
	app_free(&app);
}

static void test_autoplay_at_the_end_stops_and_says_so(void **state)
{
	struct app *app = *state;
	press(app, "gp");
	app_apply(app, ACT_AUTOPLAY);
	app_apply(app, ACT_TICK);
	assert_int_equal(app->cursor.current, 100);
	assert_true(app->autoplay.on);
	app_apply(app, ACT_TICK);
	assert_false(app->autoplay.on);
	assert_non_null(strstr(app->message, "autoplay stopped: iteration 100 is the last"));
	app_apply(app, ACT_AUTOPLAY);
	assert_false(app->autoplay.on);
	assert_non_null(strstr(app->message, "nothing to play"));
}

static void test_lr_beyond_the_ladder_moves_toward_it(void **state)
{
	(void)state;
	assert_double_exact(lr_ladder_step(1e6, 1), 1e6);   /* no rung above */
	assert_double_exact(lr_ladder_step(1e6, -1), 1000);
	assert_double_exact(lr_ladder_step(1e-300, -1), 1e-300);
	assert_double_exact(lr_ladder_step(1e-300, 1), 1e-10);
	struct app app;
	const char *args[] = { "--lr", "1e6" };
	start_app(&app, 2, args);
	press(&app, "+");
	assert_double_exact(app.run.spec.optimizer.lr, 1e6);
	assert_non_null(strstr(app.message, "the top of the ladder"));
	press(&app, "-");
	assert_double_exact(app.run.spec.optimizer.lr, 1000);
	app_free(&app);
}

static void test_start_prompt_restarts_from_the_typed_point(void **state)
{
	struct app *app = *state;
	press(app, "nnS");
	assert_true(app->prompt.active);
	assert_int_equal(app->prompt.kind, PROMPT_START);
	assert_string_equal(app->prompt.line.text, "-3,4");
	press(app, "<C-u>1,x<Enter>");
	assert_true(app->prompt.active);
	assert_int_equal(app->prompt.error_column, 3);
	assert_string_equal(app->prompt.error, "'x' at column 3 is not a finite number");
	assert_int_equal(app->cursor.current, 2); /* nothing changed */
	/* the cursor is on the character the error names */
	assert_int_equal(app->prompt.line.cursor, 2);
	press(app, "<Del>2<Enter>");
	assert_false(app->prompt.active);
	assert_int_equal(app->cursor.current, 0);
	assert_double_exact(app_current(app)->x[0], 1);
	assert_double_exact(app_current(app)->x[1], 2);
	press(app, "n");
	assert_double_exact(app_current(app)->x[0], 1 - 0.1 * run_row(&app->run, 0)->grad[0]);
}

/* A prompt opens on the value it edits, selected: typing replaces it
 * (issue: = then 1 gave a = 101), a movement key keeps it to edit. */
static void test_typing_replaces_the_value_a_prompt_opens_on(void **state)
{
	struct app *app = *state;
	press(app, "<Tab>=1<Enter>");
	assert_false(app->prompt.active);
	assert_double_exact(app->tangent.a, 1);
	press(app, "=<End>5<Enter>");
	assert_double_exact(app->tangent.a, 15);
	press(app, "=<BS>-2<Enter>");
	assert_double_exact(app->tangent.a, -2);
	press(app, "<Tab>N7<Enter>");
	assert_int_equal(app->steps, 7);
	press(app, "S1,2<Enter>");
	assert_double_exact(app->start[0], 1);
	assert_double_exact(app->start[1], 2);
	press(app, "ex0**2<Enter>");
	assert_string_equal(expr_text(app->surface), "x0**2");
	/* Enter alone keeps the value */
	press(app, "N<Enter>");
	assert_int_equal(app->steps, 7);
}

/* Types text into the open prompt, a key a character. */
static void type_text(struct app *app, const char *text)
{
	for (const char *p = text; *p; p++)
		app_key(app, (unsigned char)*p);
}

/* A prompt takes what the command line takes, 4096 characters: a surface of
 * 293 (once cut to 255, 17 of its 20 terms kept, "new surface" said) is
 * taken whole; a longer text is refused whole, with the limit named. */
static void test_a_prompt_takes_4096_characters_and_refuses_more_whole(void **state)
{
	struct app *app = *state;
	char text[5000] = "";
	for (int i = 0; i < 19; i++)
		snprintf(text + strlen(text), sizeof text - strlen(text), "%s0.0%d*(x0-%d)**2", i ? " + " : "", i % 9 + 1, i);
	strcat(text, " + 0.5*x1**2 + 0.25*x0*x1");
	assert_true(strlen(text) > 255);
	press(app, "e");
	type_text(app, text);
	app_key(app, KC_ENTER);
	assert_false(app->prompt.active);
	assert_string_equal(expr_text(app->surface), text);
	/* 4096 characters: the limit, taken (an expression's own limit too) */
	memset(text, 0, sizeof text);
	for (int i = 0; i < 1364; i++)
		strcat(text, "x0+");
	strcat(text, "x1+1");
	assert_int_equal(strlen(text), 4096);
	press(app, "e");
	type_text(app, text);
	assert_int_equal(app->prompt.line.len, 4096);
	assert_false(app->prompt.line.too_long);
	press(app, "<Esc>");
	/* one more: refused whole, the surface stays, the prompt says the limit */
	press(app, "e");
	type_text(app, text);
	type_text(app, "1");
	app_key(app, KC_ENTER);
	assert_true(app->prompt.active);
	assert_non_null(strstr(app->prompt.error, "longer than 4096 characters"));
	assert_string_equal(expr_text(app->surface), "0.01*(x0-0)**2 + 0.02*(x0-1)**2 + 0.03*(x0-2)**2 + 0.04*(x0-3)**2 + 0.05*(x0-4)**2 + 0.06*(x0-5)**2 + 0.07*(x0-6)**2 + 0.08*(x0-7)**2 + 0.09*(x0-8)**2 + 0.01*(x0-9)**2 + 0.02*(x0-10)**2 + 0.03*(x0-11)**2 + 0.04*(x0-12)**2 + 0.05*(x0-13)**2 + 0.06*(x0-14)**2 + 0.07*(x0-15)**2 + 0.08*(x0-16)**2 + 0.09*(x0-17)**2 + 0.01*(x0-18)**2 + 0.5*x1**2 + 0.25*x0*x1");
	/* emptied, the line takes a text again */
	press(app, "<C-u>x0**2<Enter>");
	assert_false(app->prompt.active);
	assert_string_equal(expr_text(app->surface), "x0**2");
}

static void test_steps_prompt_sets_n_and_keeps_the_rows_up_to_it(void **state)
{
	struct app *app = *state;
	press(app, "g");
	struct run_row kept = *run_row(&app->run, 20);
	press(app, "N<C-u>2x<Enter>");
	assert_int_equal(app->prompt.error_column, 2);
	press(app, "<C-u>20<Enter>");
	assert_false(app->prompt.active);
	assert_int_equal(app->steps, 20);
	assert_int_equal(app->cursor.current, 20);
	assert_int_equal(run_last(&app->run), 20);
	assert_memory_equal(run_row(&app->run, 20), &kept, sizeof kept);
	press(app, "N<C-u>30<Enter>g");
	assert_int_equal(app->cursor.current, 30);
	press(app, "N<C-u>2000000<Enter>");
	assert_true(app->prompt.active);
	assert_non_null(strstr(app->prompt.error, "a whole number from 0 to 1000000"));
}

static void test_a_key_of_the_other_pane_says_where_it_works(void **state)
{
	struct app *app = *state;
	press(app, "<Tab>+");
	assert_double_exact(app->run.spec.optimizer.lr, 0.1);
	assert_string_equal(app->message, "+ (learning rate up (1-3-10 ladder)) works in the descent pane: Tab goes there");
	press(app, "Z");
	assert_string_equal(app->message, "Z does nothing; ? lists the keys");
}

static void test_status_ends_with_help_and_quit_at_every_width(void **state)
{
	struct app *app = *state;
	char status[512];
	for (int width = 20; width <= 200; width++) {
		caption_status(app, width, status, sizeof status);
		size_t len = strlen(status);
		assert_true(len >= 14);
		assert_string_equal(status + len - 14, "? help  q quit");
		assert_true((int)len <= (width > 14 ? width : 14));
	}
	caption_status(app, 200, status, sizeof status);
	assert_non_null(strstr(status, "n next"));
	press(app, "<Tab>");
	caption_status(app, 200, status, sizeof status);
	assert_null(strstr(status, "n next"));
	assert_non_null(strstr(status, "s secant"));
}

static void test_help_pages_and_closes(void **state)
{
	struct app *app = *state;
	press(app, "?");
	assert_true(app->help_open);
	press(app, " ");
	assert_true(app->help_open);
	assert_int_equal(app->help_page, 1);
	press(app, "<PgUp>");
	assert_int_equal(app->help_page, 0);
	press(app, "x");
	assert_false(app->help_open);
}

/* The help has 2 pages at 120x40: Space past the last page stays there,
 * so one PgUp comes back one page (50 Spaces once took 49 PgUps). */
static void test_help_pages_stop_at_the_last(void **state)
{
	struct app *app = *state;
	app_resize(app, 120, 40);
	press(app, "?");
	for (int i = 0; i < 50; i++)
		press(app, " ");
	assert_true(app->help_open);
	assert_int_equal(app->help_page, 1);
	press(app, "<PgUp>");
	assert_int_equal(app->help_page, 0);
	press(app, "<PgDn><Down><Down>");
	assert_int_equal(app->help_page, 1);
	/* a larger screen with fewer pages takes the page back to its last */
	app_resize(app, 120, 200);
	assert_int_equal(app->help_page, 0);
	press(app, "x");
	assert_false(app->help_open);
}

static void test_inspector_stays_open_while_stepping(void **state)
{
	struct app *app = *state;
	press(app, "i");
	assert_true(app->toggles.inspect);
	press(app, "nn");
	assert_true(app->toggles.inspect);
	assert_int_equal(app->cursor.current, 2);
	press(app, "<Esc>");
	assert_false(app->toggles.inspect);
	press(app, "ii");
	assert_false(app->toggles.inspect);
}

static void test_race_steps_every_optimizer_together(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--preset", "ch6" };
	start_app(&app, 2, args);
	press(&app, "R");
	assert_true(app.racing);
	assert_int_equal(app.race.count, 4);
	press(&app, "n");
	assert_int_equal(app.cursor.current, 1);
	/* the reference's first steps */
	assert_double_exact(race_row(&app.race, 0, 1).x[0], -6.335);
	assert_double_exact(race_row(&app.race, 1, 1).x[0], -6.93);
	assert_double_exact(race_row(&app.race, 2, 1).x[0], -5.500000214285683);
	assert_double_exact(race_row(&app.race, 3, 1).x[0], -6.700001355255732);
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	int n = caption_items(&app, PANE_DESCENT, app.cursor.current, items);
	assert_int_equal(n, 5); /* a header and a row each */
	assert_non_null(strstr(items[0], "iter 1/30"));
	assert_non_null(strstr(items[1], "sgd"));
	assert_non_null(strstr(items[1], "(-6.335, -1.8)"));
	press(&app, "+");
	assert_non_null(strstr(app.message, "keeps its own lr"));
	press(&app, "R");
	assert_false(app.racing);
	assert_int_equal(app.cursor.current, 0);
	app_free(&app);
}

static void test_a_runner_that_diverges_stops_and_the_others_go_on(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--surface", "exp(x0**2)", "--start", "3,0", "--lr", "1",
	                       "--optimizers", "sgd:1,adam:0.01" };
	start_app(&app, 8, args);
	press(&app, "Rg");
	assert_int_equal(app.cursor.current, 100);
	assert_int_equal(app.race.runner[0].run.end, RUN_NONFINITE);
	assert_int_equal(run_last(&app.race.runner[1].run), 100);
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	caption_items(&app, PANE_DESCENT, app.cursor.current, items);
	assert_non_null(strstr(items[1], "stopped at 1: not finite"));
	assert_null(strstr(items[2], "stopped"));
	app_free(&app);
}

static void test_o_cycles_the_optimizer_and_restarts(void **state)
{
	struct app *app = *state;
	press(app, "nno");
	assert_int_equal(app->optimizer.kind, OPTIMIZER_MOMENTUM);
	assert_int_equal(app->cursor.current, 0);
	/* no rate chosen: the book's default for Momentum, 0.01 */
	assert_non_null(strstr(app->message, "optimizer momentum, lr 0.01:"));
	press(app, "n");
	/* momentum's first step: v = -lr*g, x = x + v */
	assert_double_exact(app_current(app)->x[0], -3 + (0.9 * 0.0 - 0.01 * run_row(&app->run, 0)->grad[0]));
	for (int i = 0; i < 5; i++)
		press(app, "o");
	assert_int_equal(app->optimizer.kind, OPTIMIZER_SGD);
}

static void test_p_cycles_the_presets_and_the_status_names_them(void **state)
{
	struct app *app = *state;
	press(app, "P");
	assert_string_equal(app->preset, "book");
	press(app, "PPPP"); /* lr10, lr1e-10, lr3 */
	assert_string_equal(app->preset, "ch6");
	assert_string_equal(expr_text(app->surface), "x0**2/20 + x1**2");
	assert_int_equal(app->steps, 30);
	assert_int_equal(app->gradient, GRADIENT_EXACT);
	assert_double_exact(app_current(app)->x[0], -7);
	char status[256];
	app->message[0] = '\0';
	caption_status(app, 200, status, sizeof status);
	assert_true(strncmp(status, "[ch6]  n next", 13) == 0);
	press(app, "n");
	assert_double_exact(app_current(app)->x[0], -6.335);
	for (size_t i = 0; i < 4; i++)
		press(app, "P");
	assert_string_equal(app->preset, "book"); /* round the table */
}

static void test_h_keys_walk_down_to_the_books_1e_minus_50(void **state)
{
	struct app *app = *state;
	press(app, "<Tab>");
	assert_false(app->tangent.secant);
	press(app, "[");
	assert_double_exact(app->tangent.diff_h, 1e-5);
	assert_true(app->tangent.secant); /* on with the first change of h */
	for (int i = 0; i < 15; i++)
		press(app, "[");
	assert_double_exact(app->tangent.diff_h, 1e-20);
	press(app, "[");
	assert_double_exact(app->tangent.diff_h, 1e-50);
	press(app, "[");
	assert_double_exact(app->tangent.diff_h, 1e-50);
	assert_non_null(strstr(app->message, "h stays 1e-50"));
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	int n = caption_items(app, PANE_TANGENT, 0, items);
	assert_string_equal(items[2], "numerical f'(a) = 0.0 (central, h = 1e-50)");
	/* the reason next to the numbers, before the tangent's equation: a
	 * short strip hides the equation behind "+1 more", not the reason */
	assert_string_equal(items[5], "a + h rounds back to a: f(a+h) - f(a-h) is 0");
	assert_true(n > 6);
	press(app, "]");
	assert_double_exact(app->tangent.diff_h, 1e-20);
	for (int i = 0; i < 30; i++)
		press(app, "]");
	assert_double_exact(app->tangent.diff_h, 0.1);
	/* the descent run's h did not move */
	assert_double_exact(app->run.spec.h, 1e-4);
}

static void test_s_chosen_keeps_the_secant_off(void **state)
{
	struct app *app = *state;
	press(app, "<Tab>ss[");
	assert_false(app->tangent.secant);
}

static void test_m_switches_to_the_books_forward_difference(void **state)
{
	struct app *app = *state;
	press(app, "<Tab>m");
	assert_int_equal(app->tangent.method, DIFF_FORWARD);
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	caption_items(app, PANE_TANGENT, 0, items);
	assert_string_equal(items[2], "numerical f'(a) = 0.3000009999976072 (forward, h = 0.0001)");
	press(app, "m");
	assert_int_equal(app->tangent.method, DIFF_CENTRAL);
}

static void test_equals_types_a_and_the_strip_says_when_it_is_outside(void **state)
{
	struct app *app = *state;
	press(app, "<Tab>=<C-u>x<Enter>");
	assert_true(app->prompt.active);
	assert_string_equal(app->prompt.error, "not a finite number (such as 10 or -2.5)");
	press(app, "<C-u>25<Enter>");
	assert_false(app->prompt.active);
	assert_double_exact(app->tangent.a, 25);
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	int n = caption_items(app, PANE_TANGENT, 0, items);
	assert_string_equal(items[n - 1], "a is outside the x range 0.0..20.0");
	press(app, "=<C-u>2.5<Enter>");
	assert_double_exact(app->tangent.a, 2.5);
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
		APP_TEST(test_lr_change_keeps_history_up_to_current),
		APP_TEST(test_step_keys_pause_autoplay),
		APP_TEST(test_autoplay_stops_at_n),
		APP_TEST(test_autoplay_speed_has_bounds),
		APP_TEST(test_tangent_pane_left_right_move_a_to_round_values),
		cmocka_unit_test(test_a_steps_are_decimal_on_a_fine_range),
		APP_TEST(test_strips_show_book_numbers),
		APP_TEST(test_edit_with_error_keeps_old_function),
		APP_TEST(test_edit_applies_new_surface_and_restarts),
		cmocka_unit_test(test_overflow_shows_diverged),
		cmocka_unit_test(test_lr_10_is_stuck_with_the_exact_gradient_said),
		APP_TEST(test_book_run_converges),
		APP_TEST(test_reset_returns_to_start_and_lr),
		cmocka_unit_test(test_fitted_view_computes_the_whole_run_and_stays_still),
		APP_TEST(test_help_opens_and_any_key_closes_it),
		APP_TEST(test_converged_names_the_first_iteration),
		cmocka_unit_test(test_a_huge_lr_is_stuck_not_converged),
		APP_TEST(test_autoplay_at_the_end_stops_and_says_so),
		cmocka_unit_test(test_lr_beyond_the_ladder_moves_toward_it),
		APP_TEST(test_start_prompt_restarts_from_the_typed_point),
		APP_TEST(test_steps_prompt_sets_n_and_keeps_the_rows_up_to_it),
		APP_TEST(test_a_key_of_the_other_pane_says_where_it_works),
		APP_TEST(test_status_ends_with_help_and_quit_at_every_width),
		APP_TEST(test_help_pages_and_closes),
		APP_TEST(test_help_pages_stop_at_the_last),
		APP_TEST(test_typing_replaces_the_value_a_prompt_opens_on),
		APP_TEST(test_a_prompt_takes_4096_characters_and_refuses_more_whole),
		APP_TEST(test_inspector_stays_open_while_stepping),
		cmocka_unit_test(test_race_steps_every_optimizer_together),
		cmocka_unit_test(test_strip_rates_after_changes_far_apart),
		APP_TEST(test_h_keys_walk_down_to_the_books_1e_minus_50),
		APP_TEST(test_s_chosen_keeps_the_secant_off),
		APP_TEST(test_m_switches_to_the_books_forward_difference),
		APP_TEST(test_equals_types_a_and_the_strip_says_when_it_is_outside),
		cmocka_unit_test(test_a_runner_that_diverges_stops_and_the_others_go_on),
		APP_TEST(test_o_cycles_the_optimizer_and_restarts),
		APP_TEST(test_p_cycles_the_presets_and_the_status_names_them),
	};
	return cmocka_run_group_tests_name("app", tests, NULL, NULL);
}
