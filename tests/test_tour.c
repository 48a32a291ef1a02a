/* Tests for tour: every page reads (its settings are options the dashboard
 * takes, with values they accept; its keys are keys), in the book's order;
 * and the dashboard turns the pages. */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "app.h"
#include "appfixture.h"
#include "race.h"
#include "keys.h"
#include "options.h"
#include "tour.h"

static void test_pages_follow_the_books_order(void **state)
{
	(void)state;
	size_t n;
	const struct tour_page *p = tour_pages(&n);
	const char *order[] = { "tangent", "numerical", "small", "artial", "gradient", "step",
	                        "hundred", "too large", "hapter 6" };
	assert_true(n >= 9);
	for (size_t i = 0; i < 9; i++) {
		if (strstr(p[i].title, order[i]) == NULL) {
			print_error("page %zu is '%s', expected one about '%s'\n", i + 1, p[i].title, order[i]);
			fail();
		}
		assert_true(strlen(p[i].text) > 80);
		assert_non_null(p[i].try_this);
	}
}

static void test_every_page_is_options_and_keys_the_dashboard_takes(void **state)
{
	(void)state;
	size_t n;
	const struct tour_page *p = tour_pages(&n);
	for (size_t i = 0; i < n; i++) {
		struct config cfg;
		char err[256];
		memset(&cfg, 0, sizeof cfg);
		cfg.command = CMD_DASHBOARD;
		assert_int_equal(options_defaults(&cfg, err, sizeof err), 0);
		for (int k = 0; k < TOUR_SETTINGS && p[i].settings[k].option; k++) {
			const char *name = p[i].settings[k].option;
			const struct option_spec *o = option_find(name, strlen(name));
			assert_non_null(o);
			assert_true(option_applies(o, CMD_DASHBOARD));
			if (option_apply(&cfg, o, p[i].settings[k].value, err, sizeof err) != 0) {
				print_error("page %zu: --%s %s: %s\n", i + 1, name, p[i].settings[k].value, err);
				fail();
			}
		}
		expr_free(cfg.curve);
		expr_free(cfg.surface);
		int keys[64];
		size_t count;
		assert_int_equal(keys_parse(p[i].keys, keys, 64, &count, err, sizeof err), 0);
	}
}

static void press(struct app *app, const char *text)
{
	int codes[64];
	size_t n;
	char err[128];
	assert_int_equal(keys_parse(text, codes, 64, &n, err, sizeof err), 0);
	for (size_t i = 0; i < n; i++) {
		app_key(app, codes[i]);
		app_settle(app);
	}
}

static void test_enter_and_backspace_turn_the_pages(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "tour" };
	start_app(&app, 1, args);
	assert_true(app.tour.on);
	assert_int_equal(app.tour.page, 0);
	assert_int_equal(app.focus, PANE_TANGENT);
	press(&app, "<Enter>");
	assert_int_equal(app.tour.page, 1);
	assert_true(app.tangent.secant);
	press(&app, "<Enter>");
	assert_int_equal(app.tour.page, 2);
	assert_double_exact(app.tangent.diff_h, 1e-8); /* four [ from 1e-4 */
	press(&app, "<BS><BS>");
	assert_int_equal(app.tour.page, 0);
	assert_false(app.tangent.secant);
	assert_double_exact(app.tangent.diff_h, 1e-4);
	press(&app, "<BS>");
	assert_int_equal(app.tour.page, 0);
	size_t n;
	tour_pages(&n);
	for (size_t i = 0; i < n - 1; i++)
		press(&app, "<Enter>");
	assert_int_equal(app.tour.page, (int)n - 1);
	assert_true(app.racing); /* the last page races */
	/* Enter on the last page leaves it as it is and says the tour is over */
	press(&app, "n");
	assert_int_equal(app.cursor.current, 1);
	press(&app, "<Enter>");
	assert_int_equal(app.tour.page, (int)n - 1);
	assert_int_equal(app.cursor.current, 1);
	assert_non_null(strstr(app.message, "the tour is over"));
	assert_non_null(strstr(app.message, "q leaves"));
	app_free(&app);
}

/* Every page says what its text points at, and its Try has keys that
 * show something: the contract tests/tour.sh checks on the screen. */
static void test_every_page_has_a_contract(void **state)
{
	(void)state;
	size_t n;
	const struct tour_page *p = tour_pages(&n);
	for (size_t i = 0; i < n; i++) {
		assert_true(p[i].shows != 0);
		assert_non_null(p[i].tries[0].keys);
		for (int t = 0; t < TOUR_TRIES && p[i].tries[t].keys; t++) {
			int codes[64];
			size_t count;
			char err[128];
			assert_true(p[i].tries[t].shows != 0);
			assert_int_equal(keys_parse(p[i].tries[t].keys, codes, 64, &count, err, sizeof err), 0);
		}
	}
}

/* Page 8: the book's three rates raced from (-3, 4), each at its final
 * point after 100 steps, as the book's code ends them. */
static void test_page_8_races_the_three_rates_to_the_books_ends(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "tour" };
	start_app(&app, 1, args);
	press(&app, "<Enter><Enter><Enter><Enter><Enter><Enter><Enter>");
	assert_int_equal(app.tour.page, 7);
	assert_true(app.racing);
	assert_int_equal(app.race.count, 3);
	const double lr[3] = { 10, 0.1, 1e-10 };
	const double end[3][2] = { { -25898374737328.363, -1295248616896.5398 },
	                           { -6.111107928998789e-10, 8.148143905314271e-10 },
	                           { -2.999999939999995, 3.9999999199999934 } };
	for (int i = 0; i < 3; i++) {
		struct run_row last = race_row(&app.race, i, 100);
		assert_double_exact(race_row(&app.race, i, 1).lr, lr[i]);
		assert_double_exact(last.x[0], end[i][0]);
		assert_double_exact(last.x[1], end[i][1]);
	}
	app_free(&app);
}

/* The lr the strip shows is the one - steps down from: after Home, the
 * run's own 10, not the last rate set at the end. */
static void test_the_ladder_steps_from_the_lr_shown(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--preset", "lr10" };
	start_app(&app, 2, args);
	press(&app, "g---<Home>-");
	assert_int_equal(app.cursor.current, 0);
	assert_double_exact(run_row(&app.run, 1)->lr, 3);
	assert_non_null(strstr(app.message, "lr = 3.0 from iteration 0 on"));
	app_free(&app);
}

static void test_a_page_is_a_state_the_learner_can_play_with(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "tour" };
	start_app(&app, 1, args);
	press(&app, "<Enter><Enter><Enter><Enter><Enter>"); /* one step of descent */
	assert_int_equal(app.tour.page, 5);
	assert_int_equal(app.cursor.current, 1);
	assert_double_exact(app_current(&app)->x[0], -2.399999999999622);
	press(&app, "nn");
	assert_int_equal(app.cursor.current, 3);
	press(&app, "<Enter>"); /* a hundred steps */
	assert_int_equal(app.cursor.current, 100);
	assert_double_exact(app_current(&app)->x[0], -6.111107928998789e-10);
	app_free(&app);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pages_follow_the_books_order),
		cmocka_unit_test(test_every_page_is_options_and_keys_the_dashboard_takes),
		cmocka_unit_test(test_enter_and_backspace_turn_the_pages),
		cmocka_unit_test(test_a_page_is_a_state_the_learner_can_play_with),
		cmocka_unit_test(test_every_page_has_a_contract),
		cmocka_unit_test(test_page_8_races_the_three_rates_to_the_books_ends),
		cmocka_unit_test(test_the_ladder_steps_from_the_lr_shown),
	};
	return cmocka_run_group_tests_name("tour", tests, NULL, NULL);
}
