/* Tests for presets (and their application through the option table):
 * every preset names real options with values they accept, every command
 * that runs descent takes every preset, options after a preset override
 * it and options before it do not, and the chapter 6 preset is the book's
 * figure 6-8. */
#include "testutil.h"

#include <math.h>
#include <stdio.h>

#include "cli.h"
#include "options.h"
#include "presets.h"

static int parse(struct config *cfg, int argc, const char **argv, char *err, size_t errlen)
{
	const char *args[24] = { "slope" };
	for (int i = 0; i < argc && i < 23; i++)
		args[i + 1] = argv[i];
	return cli_parse(argc + 1, (char **)args, cfg, err, errlen);
}

static void test_every_setting_names_an_option(void **state)
{
	(void)state;
	size_t n;
	const struct preset *p = preset_table(&n);
	assert_true(n >= 7);
	for (size_t i = 0; i < n; i++) {
		assert_non_null(p[i].name);
		assert_non_null(p[i].summary);
		assert_ptr_equal(preset_find(p[i].name), &p[i]);
		for (size_t j = 0; j < i; j++)
			assert_string_not_equal(p[i].name, p[j].name);
		for (int k = 0; k < PRESET_SETTINGS && p[i].settings[k].option; k++) {
			const char *name = p[i].settings[k].option;
			if (option_find(name, strlen(name)) == NULL) {
				print_error("preset %s: no option --%s\n", p[i].name, name);
				fail();
			}
		}
	}
	assert_null(preset_find("nope"));
}

static void test_every_preset_parses_for_every_command_that_runs(void **state)
{
	(void)state;
	const char *commands[] = { "descend", "race", "plot", "frame" };
	size_t n;
	const struct preset *p = preset_table(&n);
	for (size_t i = 0; i < n; i++) {
		for (int c = 0; c < 4; c++) {
			struct config cfg;
			char err[512];
			const char *argv[] = { commands[c], "--preset", p[i].name, "descent" };
			int argc = strcmp(commands[c], "plot") == 0 ? 4 : 3;
			if (parse(&cfg, argc, argv, err, sizeof err) != 0) {
				print_error("%s --preset %s: %s\n", commands[c], p[i].name, err);
				fail();
			}
			assert_string_equal(cfg.preset, p[i].name);
			config_free(&cfg);
		}
	}
}

static void test_ch6_is_figure_6_8(void **state)
{
	(void)state;
	struct config cfg;
	char err[256];
	const char *argv[] = { "frame", "--preset", "ch6" };
	assert_int_equal(parse(&cfg, 3, argv, err, sizeof err), 0);
	assert_string_equal(expr_text(cfg.surface), "x0**2/20 + x1**2");
	assert_double_exact(cfg.start[0], -7);
	assert_double_exact(cfg.start[1], 2);
	assert_int_equal(cfg.steps, 30);
	assert_int_equal(cfg.gradient, GRADIENT_EXACT);
	assert_double_exact(cfg.view[0], -10);
	assert_double_exact(cfg.view[3], 10);
	assert_int_equal(cfg.race_count, 4);
	const enum optimizer_kind kinds[] = { OPTIMIZER_SGD, OPTIMIZER_MOMENTUM, OPTIMIZER_ADAGRAD,
	                                      OPTIMIZER_ADAM };
	const double lrs[] = { 0.95, 0.1, 1.5, 0.3 };
	for (int i = 0; i < 4; i++) {
		assert_int_equal(cfg.race[i].kind, kinds[i]);
		assert_double_exact(cfg.race[i].lr, lrs[i]);
	}
	config_free(&cfg);
}

static void test_options_after_a_preset_override_it_and_before_do_not(void **state)
{
	(void)state;
	struct config cfg;
	char err[256];
	const char *after[] = { "descend", "--preset", "lr10", "--lr", "0.3" };
	assert_int_equal(parse(&cfg, 5, after, err, sizeof err), 0);
	assert_double_exact(cfg.optimizer.lr, 0.3);
	config_free(&cfg);
	const char *before[] = { "descend", "--lr", "0.3", "--preset", "lr10" };
	assert_int_equal(parse(&cfg, 5, before, err, sizeof err), 0);
	assert_double_exact(cfg.optimizer.lr, 10);
	config_free(&cfg);
}

static void test_a_preset_leaves_out_what_the_command_does_not_take(void **state)
{
	(void)state;
	/* descend has no view and no race, yet takes the preset */
	struct config cfg;
	char err[256];
	const char *argv[] = { "descend", "--preset", "ch6" };
	assert_int_equal(parse(&cfg, 3, argv, err, sizeof err), 0);
	assert_double_exact(cfg.optimizer.lr, 0.95);
	assert_int_equal(cfg.race_count, 1); /* the default, untouched */
	config_free(&cfg);
}

static void test_an_unknown_preset_lists_the_presets(void **state)
{
	(void)state;
	struct config cfg;
	char err[512];
	const char *argv[] = { "descend", "--preset", "fast" };
	assert_int_equal(parse(&cfg, 3, argv, err, sizeof err), 2);
	assert_string_equal(err, "--preset: 'fast' is not a preset (book, lr10, lr1e-10, lr3, ch6, rosenbrock, saddle, himmelblau; see 'slope help presets')");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_setting_names_an_option),
		cmocka_unit_test(test_every_preset_parses_for_every_command_that_runs),
		cmocka_unit_test(test_ch6_is_figure_6_8),
		cmocka_unit_test(test_options_after_a_preset_override_it_and_before_do_not),
		cmocka_unit_test(test_a_preset_leaves_out_what_the_command_does_not_take),
		cmocka_unit_test(test_an_unknown_preset_lists_the_presets),
	};
	return cmocka_run_group_tests_name("presets", tests, NULL, NULL);
}
