/* Tests for plotcmd: the race it draws is the race `slope race` prints,
 * number for number, and the figures it prints have the size asked for. */
#include "testutil.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "commands.h"
#include "plotcmd.h"

static void parse(struct config *cfg, const char *const *args)
{
	char *argv[16];
	int argc = 0;
	argv[argc++] = (char *)"slope";
	for (; *args; args++)
		argv[argc++] = (char *)*args;
	argv[argc] = NULL;
	char err[512];
	if (cli_parse(argc, argv, cfg, err, sizeof err) != 0) {
		print_error("%s\n", err);
		fail();
	}
}

/* The next comma-separated field of a CSV line, read as a double. */
static double field(char **at)
{
	char *end;
	double v = strtod(*at, &end);
	*at = *end == ',' ? end + 1 : end;
	return v;
}

/* slope plot race --preset ch6 runs what slope race --preset ch6 --csv
 * prints, every row of every runner to the last bit: the point after the
 * 30th update too. */
static void test_race_paths_are_slope_races_numbers(void **state)
{
	(void)state;
	static const char *const race_args[] = { "race", "--preset", "ch6", "--csv", NULL };
	static const char *const plot_args[] = { "plot", "race", "--preset", "ch6", NULL };
	struct config race_cfg, plot_cfg;
	parse(&race_cfg, race_args);
	parse(&plot_cfg, plot_args);
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	assert_int_equal(command_race(out, &race_cfg), 0);
	fclose(out);

	struct race race;
	assert_int_equal(plot_race_runs(&plot_cfg, &race), 0);
	int count = race.count;
	assert_int_equal(count, 4);
	assert_int_equal(race.runner[3].run.spec.optimizer.kind, OPTIMIZER_ADAM);
	char *line = strchr(text, '\n') + 1; /* past the header */
	long rows = 0;
	for (; *line; rows++) {
		char *at = line;
		long k = (long)field(&at);
		assert_int_equal(k, rows);
		for (int i = 0; i < count; i++) {
			/* a race's run keeps its points: other rows measured again */
			struct run_row r = run_row_at(&race.runner[i].run, k);
			assert_double_exact(r.x[0], field(&at));
			assert_double_exact(r.x[1], field(&at));
			assert_double_exact(r.loss, field(&at));
		}
		line = strchr(line, '\n') + 1;
	}
	assert_int_equal(rows, 31);
	for (int i = 0; i < count; i++)
		assert_int_equal(run_last(&race.runner[i].run), 30);
	race_free(&race);
	/* the book's first steps, as book-ch4.md gives them */
	assert_int_equal(plot_race_runs(&plot_cfg, &race), 0);
	assert_double_exact(run_point(&race.runner[0].run, 1)[0], -6.335);
	assert_double_exact(run_point(&race.runner[0].run, 1)[1], -1.7999999999999998);
	assert_double_exact(run_point(&race.runner[3].run, 1)[0], -6.700001355255732);
	race_free(&race);
	free(text);
	config_free(&race_cfg);
	config_free(&plot_cfg);
}

/* Each new figure prints exactly the rows and at most the columns asked
 * for, in every canvas. */
static void test_new_figures_fill_their_size(void **state)
{
	(void)state;
	static const char *const figures[][8] = {
		{ "plot", "herror", "--size", "70x21", NULL },
		{ "plot", "race", "--preset", "ch6", "--size", "70x21", NULL },
		{ "plot", "race", "--preset", "ch6", "--size", "120x40", "--panels", NULL },
		{ "plot", "tangent", "--h", "1e-50", "--size", "70x21", NULL },
	};
	static const char *const modes[] = { "braille", "block", "ascii" };
	for (size_t f = 0; f < sizeof figures / sizeof figures[0]; f++) {
		for (size_t m = 0; m < 3; m++) {
			const char *args[12];
			int n = 0;
			for (; figures[f][n]; n++)
				args[n] = figures[f][n];
			args[n++] = "--canvas";
			args[n++] = modes[m];
			args[n] = NULL;
			struct config cfg;
			parse(&cfg, args);
			char *text = NULL, err[256];
			size_t len = 0;
			FILE *out = open_memstream(&text, &len);
			assert_int_equal(command_plot(out, &cfg, err, sizeof err), 0);
			fclose(out);
			int lines = 0;
			for (const char *q = text; *q; q++)
				lines += *q == '\n';
			assert_int_equal(lines, cfg.size_rows);
			free(text);
			config_free(&cfg);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_race_paths_are_slope_races_numbers),
		cmocka_unit_test(test_new_figures_fill_their_size),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
