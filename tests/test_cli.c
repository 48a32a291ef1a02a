/* Tests for cli: argv -> struct config. Each command and option, the
 * book's defaults, every bad-usage path with its exact one-line message
 * (and nothing left to free after it: the ASan run checks for leaks), and
 * the help, which must list what the parser takes. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "keys.h"

/* Parses "slope" and the NULL-terminated args; returns cli_parse's status. */
static int parse_argv(struct config *cfg, char *err, const char *const *args)
{
	const char *argv[64] = { "slope" };
	int argc = 1;
	while (args[argc - 1] != NULL) {
		assert_true(argc < 63);
		argv[argc] = args[argc - 1];
		argc++;
	}
	err[0] = '\0';
	return cli_parse(argc, (char **)argv, cfg, err, 512);
}

#define PARSE(cfg, err, ...) parse_argv((cfg), (err), (const char *const[]){ __VA_ARGS__, NULL })

/* Parses args that must be good usage. */
#define PARSE_OK(cfg, ...)                                                    \
	do {                                                                  \
		char err_[512];                                               \
		if (PARSE((cfg), err_, __VA_ARGS__) != 0) {                   \
			print_error("refused: %s\n", err_);                   \
			fail();                                               \
		}                                                             \
	} while (0)

/* Parses args that must be bad usage with exactly the message want, and
 * leave nothing to free. */
#define ASSERT_USAGE(want, ...)                                               \
	do {                                                                  \
		struct config cfg_;                                           \
		char err_[512];                                               \
		assert_int_equal(PARSE(&cfg_, err_, __VA_ARGS__), 2);         \
		assert_string_equal(err_, want);                              \
		assert_null(cfg_.curve);                                      \
		assert_null(cfg_.surface);                                    \
	} while (0)

/* ---- commands ----------------------------------------------------------- */

static void test_no_command_opens_the_dashboard(void **state)
{
	(void)state;
	struct config cfg;
	char err[512];
	assert_int_equal(PARSE(&cfg, err, NULL), 0);
	assert_int_equal(cfg.command, CMD_DASHBOARD);
	assert_int_equal(cfg.help_topic, CMD_COUNT);
	config_free(&cfg);
	/* options alone open it too */
	PARSE_OK(&cfg, "--lr", "0.5");
	assert_int_equal(cfg.command, CMD_DASHBOARD);
	assert_double_exact(cfg.optimizer.lr, 0.5);
	config_free(&cfg);
}

static void test_each_command_is_read_by_its_name(void **state)
{
	(void)state;
	static const struct {
		const char *word;
		enum command command;
	} commands[] = {
		{ "diff", CMD_DIFF }, { "grad", CMD_GRAD }, { "descend", CMD_DESCEND },
		{ "frame", CMD_FRAME }, { "help", CMD_HELP }, { "version", CMD_VERSION },
	};
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
		struct config cfg;
		PARSE_OK(&cfg, commands[i].word);
		assert_int_equal(cfg.command, commands[i].command);
		assert_string_equal(command_name(cfg.command), commands[i].word);
		config_free(&cfg);
	}
	assert_string_equal(command_name(CMD_DASHBOARD), "dashboard");
	assert_string_equal(command_name(CMD_COUNT), "?");
}

static void test_plot_reads_its_figure(void **state)
{
	(void)state;
	static const struct {
		const char *word;
		enum plot_figure figure;
	} figures[] = { { "tangent", PLOT_TANGENT }, { "field", PLOT_FIELD }, { "descent", PLOT_DESCENT },
	                { "loss", PLOT_LOSS }, { "herror", PLOT_HERROR }, { "race", PLOT_RACE } };
	for (int i = 0; i < (int)(sizeof figures / sizeof figures[0]); i++) {
		struct config cfg;
		PARSE_OK(&cfg, "plot", figures[i].word);
		assert_int_equal(cfg.command, CMD_PLOT);
		assert_int_equal(cfg.figure, figures[i].figure);
		config_free(&cfg);
	}
}

static void test_help_reads_its_topic(void **state)
{
	(void)state;
	struct config cfg;
	PARSE_OK(&cfg, "help");
	assert_int_equal(cfg.help_topic, CMD_COUNT);
	PARSE_OK(&cfg, "help", "descend");
	assert_int_equal(cfg.command, CMD_HELP);
	assert_int_equal(cfg.help_topic, CMD_DESCEND);
	PARSE_OK(&cfg, "help", "dashboard");
	assert_int_equal(cfg.help_topic, CMD_DASHBOARD);
	/* help and version compile nothing: there is nothing to free */
	assert_null(cfg.curve);
	assert_null(cfg.surface);
	PARSE_OK(&cfg, "version");
	assert_null(cfg.curve);
}

/* ---- the book's defaults ------------------------------------------------ */

static void assert_book_defaults(const struct config *cfg)
{
	assert_string_equal(expr_text(cfg->curve), "0.01*x**2 + 0.1*x");
	assert_string_equal(expr_text(cfg->surface), "x0**2 + x1**2");
	assert_double_exact(cfg->h, 1e-4);
	assert_double_exact(cfg->optimizer.lr, 0.1);
	assert_int_equal(cfg->steps, 100);
	assert_double_exact(cfg->start[0], -3);
	assert_double_exact(cfg->start[1], 4);
	assert_double_exact(cfg->xrange[0], 0);
	assert_double_exact(cfg->xrange[1], 20);
	assert_double_exact(cfg->view[0], -3.5);
	assert_double_exact(cfg->view[1], 3.5);
	assert_double_exact(cfg->view[2], -4.5);
	assert_double_exact(cfg->view[3], 4.5);
	assert_false(cfg->view_fit);
	assert_false(cfg->view_given);
	assert_false(cfg->csv);
	assert_false(cfg->secant);
	assert_false(cfg->field);
	assert_int_equal(cfg->size_cols, 0);
	assert_int_equal(cfg->size_rows, 0);
	assert_null(cfg->keys);
	assert_int_equal(cfg->key_count, 0);
	assert_string_equal(cfg->snapshot_dir, ".");
	assert_int_equal(cfg->canvas, CANVAS_AUTO);
	assert_int_equal(cfg->color, COLOR_AUTO);
}

static void test_defaults_are_the_books_for_every_command(void **state)
{
	(void)state;
	const char *words[] = { NULL, "diff", "descend", "frame" };
	for (int i = 0; i < 4; i++) {
		struct config cfg;
		char err[512];
		const char *const args[] = { words[i], NULL };
		assert_int_equal(parse_argv(&cfg, err, words[i] ? args : args + 1), 0);
		assert_book_defaults(&cfg);
		assert_double_exact(cfg.at, 10);
		config_free(&cfg);
	}
	struct config cfg;
	PARSE_OK(&cfg, "plot", "descent");
	assert_book_defaults(&cfg);
	config_free(&cfg);
}

static void test_grad_is_taken_at_3_4_by_default(void **state)
{
	(void)state;
	struct config cfg;
	PARSE_OK(&cfg, "grad");
	assert_double_exact(cfg.grad_at[0], 3);
	assert_double_exact(cfg.grad_at[1], 4);
	assert_book_defaults(&cfg);
	config_free(&cfg);
}

/* ---- option syntax ------------------------------------------------------ */

static void test_equals_and_space_give_the_same_value(void **state)
{
	(void)state;
	struct config a, b;
	PARSE_OK(&a, "descend", "--lr=0.3", "--steps=7", "--start=1,-2", "--surface=x0**2/20 + x1**2", "--h=1e-3");
	PARSE_OK(&b, "descend", "--lr", "0.3", "--steps", "7", "--start", "1,-2", "--surface", "x0**2/20 + x1**2", "--h", "1e-3");
	assert_double_exact(a.optimizer.lr, 0.3);
	assert_int_equal(a.steps, 7);
	assert_double_exact(a.start[0], 1);
	assert_double_exact(a.start[1], -2);
	assert_double_exact(a.h, 1e-3);
	assert_string_equal(expr_text(a.surface), "x0**2/20 + x1**2");
	assert_double_exact(b.optimizer.lr, a.optimizer.lr);
	assert_int_equal(b.steps, a.steps);
	assert_double_exact(b.start[0], a.start[0]);
	assert_double_exact(b.start[1], a.start[1]);
	assert_double_exact(b.h, a.h);
	assert_string_equal(expr_text(b.surface), expr_text(a.surface));
	config_free(&a);
	config_free(&b);
	/* a value may itself hold '=' or start with '-' */
	PARSE_OK(&a, "diff", "--at=-2.5");
	assert_double_exact(a.at, -2.5);
	config_free(&a);
	PARSE_OK(&a, "diff", "--at", "-2.5");
	assert_double_exact(a.at, -2.5);
	config_free(&a);
}

static void test_options_may_come_before_the_command(void **state)
{
	(void)state;
	struct config cfg;
	PARSE_OK(&cfg, "--lr", "0.3", "descend", "--steps", "3");
	assert_int_equal(cfg.command, CMD_DESCEND);
	assert_double_exact(cfg.optimizer.lr, 0.3);
	assert_int_equal(cfg.steps, 3);
	config_free(&cfg);
	/* --at is read once the command is known: a point for grad */
	PARSE_OK(&cfg, "--at", "1,2", "grad");
	assert_double_exact(cfg.grad_at[0], 1);
	assert_double_exact(cfg.grad_at[1], 2);
	config_free(&cfg);
	PARSE_OK(&cfg, "--at", "2.5", "diff");
	assert_double_exact(cfg.at, 2.5);
	config_free(&cfg);
	PARSE_OK(&cfg, "--size", "90x30", "plot", "--canvas", "ascii", "field");
	assert_int_equal(cfg.figure, PLOT_FIELD);
	assert_int_equal(cfg.size_cols, 90);
	assert_int_equal(cfg.canvas, CANVAS_ASCII_MODE);
	config_free(&cfg);
}

static void test_the_last_of_a_repeated_option_wins(void **state)
{
	(void)state;
	struct config cfg;
	PARSE_OK(&cfg, "diff", "--function", "x", "--at", "1", "--function", "x**3", "--at", "2");
	assert_string_equal(expr_text(cfg.curve), "x**3");
	assert_double_exact(cfg.at, 2);
	config_free(&cfg);
}

static void test_view_is_a_box_or_fit(void **state)
{
	(void)state;
	struct config cfg;
	PARSE_OK(&cfg, "plot", "descent", "--view", "-1:2,-3:4.5");
	assert_double_exact(cfg.view[0], -1);
	assert_double_exact(cfg.view[1], 2);
	assert_double_exact(cfg.view[2], -3);
	assert_double_exact(cfg.view[3], 4.5);
	assert_false(cfg.view_fit);
	assert_true(cfg.view_given);
	config_free(&cfg);
	PARSE_OK(&cfg, "--view", "fit");
	assert_true(cfg.view_fit);
	assert_true(cfg.view_given);
	config_free(&cfg);
	PARSE_OK(&cfg, "--view", "fit", "--view", "0:1,0:2");
	assert_false(cfg.view_fit);
	assert_double_exact(cfg.view[3], 2);
	config_free(&cfg);
}

static void test_flags_and_choices_set_their_fields(void **state)
{
	(void)state;
	struct config cfg;
	PARSE_OK(&cfg, "descend", "--csv");
	assert_true(cfg.csv);
	config_free(&cfg);
	PARSE_OK(&cfg, "plot", "tangent", "--secant", "--canvas", "block", "--color", "always");
	assert_true(cfg.secant);
	assert_false(cfg.field);
	assert_int_equal(cfg.canvas, CANVAS_BLOCK_MODE);
	assert_int_equal(cfg.color, COLOR_ALWAYS);
	config_free(&cfg);
	static const char *const canvases[] = { "auto", "braille", "block", "ascii" };
	static const enum canvas_choice canvas_values[] = { CANVAS_AUTO, CANVAS_BRAILLE_MODE,
	                                                    CANVAS_BLOCK_MODE, CANVAS_ASCII_MODE };
	for (int i = 0; i < 4; i++) {
		PARSE_OK(&cfg, "--canvas", canvases[i]);
		assert_int_equal(cfg.canvas, canvas_values[i]);
		config_free(&cfg);
	}
	static const char *const colors[] = { "auto", "always", "never" };
	static const enum color_choice color_values[] = { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };
	for (int i = 0; i < 3; i++) {
		PARSE_OK(&cfg, "frame", "--color", colors[i]);
		assert_int_equal(cfg.color, color_values[i]);
		config_free(&cfg);
	}
}

static void test_frame_takes_keys_size_and_snapshot_dir(void **state)
{
	(void)state;
	struct config cfg;
	char err[512];
	const char *const args[] = { "frame", "--keys", "nn<Right><C-u>", "--size", "100x30",
	                             "--snapshot-dir", "/tmp/shots", NULL };
	assert_int_equal(parse_argv(&cfg, err, args), 0);
	assert_int_equal(cfg.command, CMD_FRAME);
	/* read once, here: the codes the frame presses */
	assert_int_equal(cfg.key_count, 4);
	assert_int_equal(cfg.keys[0], 'n');
	assert_int_equal(cfg.keys[1], 'n');
	assert_int_equal(cfg.keys[2], KC_RIGHT);
	assert_int_equal(cfg.keys[3], KC_CTRL('u'));
	assert_int_equal(cfg.size_cols, 100);
	assert_int_equal(cfg.size_rows, 30);
	assert_string_equal(cfg.snapshot_dir, "/tmp/shots");
	config_free(&cfg);
	/* no keys at all is fine */
	PARSE_OK(&cfg, "frame", "--keys", "");
	assert_int_equal(cfg.key_count, 0);
	config_free(&cfg);
	/* the last --keys is the one pressed; the first is freed */
	PARSE_OK(&cfg, "frame", "--keys", "abc", "--keys", "<Tab>");
	assert_int_equal(cfg.key_count, 1);
	assert_int_equal(cfg.keys[0], KC_TAB);
	config_free(&cfg);
}

static void test_sizes_from_1x1_to_1000x1000_are_taken(void **state)
{
	(void)state;
	const char *sizes[] = { "1x1", "80x24", "1000x1000", "08x024" };
	const int cols[] = { 1, 80, 1000, 8 }, rows[] = { 1, 24, 1000, 24 };
	for (int i = 0; i < 4; i++) {
		struct config cfg;
		PARSE_OK(&cfg, "plot", "tangent", "--size", sizes[i]);
		assert_int_equal(cfg.size_cols, cols[i]);
		assert_int_equal(cfg.size_rows, rows[i]);
		config_free(&cfg);
	}
}

static void test_steps_go_from_0_to_their_limits(void **state)
{
	(void)state;
	struct config cfg;
	PARSE_OK(&cfg, "descend", "--steps", "0");
	assert_int_equal(cfg.steps, 0);
	config_free(&cfg);
	PARSE_OK(&cfg, "descend", "--steps", "100000000");
	assert_int_equal(cfg.steps, 100000000);
	config_free(&cfg);
	const char *kept[] = { "dashboard", "plot", "frame" };
	for (int i = 0; i < 3; i++) {
		char err[512];
		const char *const args[] = { kept[i], "descent", "--steps", "1000000", NULL };
		const char *const dash[] = { "--steps", "1000000", NULL };
		const char *const frame[] = { "frame", "--steps", "1000000", NULL };
		int rc = parse_argv(&cfg, err, i == 0 ? dash : i == 1 ? args : frame);
		assert_int_equal(rc, 0);
		assert_int_equal(cfg.steps, 1000000);
		config_free(&cfg);
	}
}

/* ---- --help and --version anywhere -------------------------------------- */

static void test_help_anywhere_asks_for_help(void **state)
{
	(void)state;
	struct config cfg;
	PARSE_OK(&cfg, "--help");
	assert_int_equal(cfg.command, CMD_HELP);
	assert_int_equal(cfg.help_topic, CMD_COUNT);
	PARSE_OK(&cfg, "-h");
	assert_int_equal(cfg.help_topic, CMD_COUNT);
	/* after a command: that command's */
	PARSE_OK(&cfg, "descend", "--lr", "0.3", "--help");
	assert_int_equal(cfg.command, CMD_HELP);
	assert_int_equal(cfg.help_topic, CMD_DESCEND);
	PARSE_OK(&cfg, "plot", "--help"); /* no figure needed */
	assert_int_equal(cfg.help_topic, CMD_PLOT);
	/* before a command: all of it */
	PARSE_OK(&cfg, "--lr", "0.3", "--help", "descend");
	assert_int_equal(cfg.help_topic, CMD_COUNT);
	/* help asked for compiles nothing */
	assert_null(cfg.curve);
	assert_null(cfg.surface);
}

static void test_version_anywhere_asks_for_the_version(void **state)
{
	(void)state;
	struct config cfg;
	PARSE_OK(&cfg, "--version");
	assert_int_equal(cfg.command, CMD_VERSION);
	PARSE_OK(&cfg, "-V");
	assert_int_equal(cfg.command, CMD_VERSION);
	PARSE_OK(&cfg, "diff", "--at", "3", "--version");
	assert_int_equal(cfg.command, CMD_VERSION);
	PARSE_OK(&cfg, "--version", "descend", "--steps", "5");
	assert_int_equal(cfg.command, CMD_VERSION);
	assert_null(cfg.curve);
}

/* ---- bad usage ---------------------------------------------------------- */

static void test_unknown_commands_and_extra_words_are_refused(void **state)
{
	(void)state;
	ASSERT_USAGE("unknown command 'foo' (commands: diff, grad, descend, race, export, plot, frame, tour, help; none opens the dashboard)",
	             "foo");
	/* the dashboard is what no command opens, not a command */
	ASSERT_USAGE("unknown command 'dashboard' (commands: diff, grad, descend, race, export, plot, frame, tour, help; none opens the dashboard)",
	             "dashboard");
	ASSERT_USAGE("unknown command '-' (commands: diff, grad, descend, race, export, plot, frame, tour, help; none opens the dashboard)",
	             "-");
	ASSERT_USAGE("unexpected argument 'extra' (see 'slope --help')", "diff", "extra");
	ASSERT_USAGE("unexpected argument 'field' (see 'slope --help')", "plot", "tangent", "field");
	ASSERT_USAGE("unexpected argument 'grad' (see 'slope --help')", "help", "diff", "grad");
	ASSERT_USAGE("plot needs a figure: slope plot tangent|herror|field|descent|loss|race", "plot");
	ASSERT_USAGE("plot needs a figure: slope plot tangent|herror|field|descent|loss|race", "plot", "--size", "80x24");
	ASSERT_USAGE("plot: unknown figure 'curve' (expected tangent, herror, field, descent, loss or race)", "plot", "curve");
	ASSERT_USAGE("help: unknown command 'nope' (commands: diff, grad, descend, race, export, plot, frame, tour, dashboard; or presets)",
	             "help", "nope");
}

static void test_unknown_options_are_refused(void **state)
{
	(void)state;
	ASSERT_USAGE("unknown option '--nope' (see 'slope --help')", "--nope");
	ASSERT_USAGE("unknown option '--nope' (see 'slope --help')", "descend", "--nope=3");
	ASSERT_USAGE("unknown option '--LR' (see 'slope --help')", "--LR", "0.3");
	ASSERT_USAGE("unknown option '--' (see 'slope --help')", "--");
	ASSERT_USAGE("unknown option '-x' (options are spelled --name; see 'slope --help')", "-x");
	ASSERT_USAGE("unknown option '-lr' (options are spelled --name; see 'slope --help')", "descend", "-lr", "0.3");
}

static void test_an_option_without_its_value_is_refused(void **state)
{
	(void)state;
	ASSERT_USAGE("--lr needs a value ETA", "descend", "--lr");
	ASSERT_USAGE("--keys needs a value KEYS", "frame", "--keys");
	ASSERT_USAGE("--function needs a value F", "--function");
}

static void test_a_flag_with_a_value_is_refused(void **state)
{
	(void)state;
	ASSERT_USAGE("--csv takes no value", "descend", "--csv=yes");
	ASSERT_USAGE("--secant takes no value", "plot", "tangent", "--secant=");
}

static void test_bad_numbers_are_refused(void **state)
{
	(void)state;
	const char *bad_positive[] = { "abc", "0", "-0.1", "inf", "nan", "", " 1", "1 ", "1e999", "0.1x" };
	for (size_t i = 0; i < sizeof bad_positive / sizeof bad_positive[0]; i++) {
		char want[256];
		snprintf(want, sizeof want,
		         "--lr: '%s' is not a positive finite number (expected a number such as 0.1)", bad_positive[i]);
		ASSERT_USAGE(want, "descend", "--lr", bad_positive[i]);
		snprintf(want, sizeof want,
		         "--h: '%s' is not a positive finite number (expected a number such as 1e-4)", bad_positive[i]);
		ASSERT_USAGE(want, "diff", "--h", bad_positive[i]);
	}
	ASSERT_USAGE("--at: 'x' is not a finite number (expected a number such as 10)", "diff", "--at", "x");
	ASSERT_USAGE("--at: '-inf' is not a finite number (expected a number such as 10)", "--at", "-inf");
	ASSERT_USAGE("--at: '1,2' is not a finite number (expected a number such as 10)", "diff", "--at", "1,2");
	ASSERT_USAGE("--at: '3' is not a point X0,X1 (expected two finite numbers such as 3,4)", "grad", "--at", "3");
	const char *bad_points[] = { "1", "1,2,3", ",4", "1,", "1,nan", "1;2", "1, 2" };
	for (size_t i = 0; i < sizeof bad_points / sizeof bad_points[0]; i++) {
		char want[256];
		snprintf(want, sizeof want,
		         "--start: '%s' is not a point X0,X1 (expected two finite numbers such as -3,4)", bad_points[i]);
		ASSERT_USAGE(want, "descend", "--start", bad_points[i]);
	}
}

static void test_bad_ranges_and_views_are_refused(void **state)
{
	(void)state;
	const char *bad_ranges[] = { "5:5", "20:0", "0:20:30", "0,20", "0:", ":20", "a:b" };
	for (size_t i = 0; i < sizeof bad_ranges / sizeof bad_ranges[0]; i++) {
		char want[256];
		snprintf(want, sizeof want, "--xrange: '%s' is not a range A:B with A < B (such as 0:20)", bad_ranges[i]);
		ASSERT_USAGE(want, "plot", "tangent", "--xrange", bad_ranges[i]);
	}
	const char *bad_views[] = { "1:0,0:1", "0:1,2:2", "0:1", "0:1,0:1,0:1", "fitt", "", "0:1;0:1" };
	for (size_t i = 0; i < sizeof bad_views / sizeof bad_views[0]; i++) {
		char want[256];
		snprintf(want, sizeof want,
		         "--view: '%s' is not a view X0:X1,Y0:Y1 with X0 < X1 and Y0 < Y1 (such as -3.5:3.5,-4.5:4.5), or 'fit'",
		         bad_views[i]);
		ASSERT_USAGE(want, "--view", bad_views[i]);
	}
	/* a width that does not fit a double: nan for a, no curve drawn */
	ASSERT_USAGE("--xrange: '-1e308:1e308' is wider than a double holds (B - A must be at most 1.7976931348623157e+308)",
	             "plot", "tangent", "--xrange", "-1e308:1e308");
	ASSERT_USAGE("--xrange: '-1e308:1e308' is wider than a double holds (B - A must be at most 1.7976931348623157e+308)",
	             "--xrange", "-1e308:1e308");
	ASSERT_USAGE("--view: '0:1,-1e308:1e308' is wider than a double holds (X1 - X0 and Y1 - Y0 must be at most 1.7976931348623157e+308)",
	             "plot", "descent", "--view", "0:1,-1e308:1e308");
	ASSERT_USAGE("--view: '-1.7e308:1e308,0:1' is wider than a double holds (X1 - X0 and Y1 - Y0 must be at most 1.7976931348623157e+308)",
	             "plot", "field", "--view", "-1.7e308:1e308,0:1");
	/* the widest that fits is taken */
	struct config cfg;
	PARSE_OK(&cfg, "plot", "tangent", "--xrange", "-8.9e307:8.9e307");
	assert_double_exact(cfg.xrange[1], 8.9e307);
	config_free(&cfg);
	PARSE_OK(&cfg, "plot", "field", "--view", "0:1.7976931348623157e308,-1:1");
	assert_double_exact(cfg.view[1], 1.7976931348623157e308);
	config_free(&cfg);
}

/* --method: the book's central difference by default, or forward; for
 * diff, plot and the dashboard, not for the surface's commands. */
static void test_method_picks_the_difference(void **state)
{
	(void)state;
	struct config cfg;
	PARSE_OK(&cfg, "plot", "herror");
	assert_int_equal(cfg.method, DIFF_CENTRAL);
	config_free(&cfg);
	PARSE_OK(&cfg, "plot", "tangent", "--method", "forward");
	assert_int_equal(cfg.method, DIFF_FORWARD);
	config_free(&cfg);
	PARSE_OK(&cfg, "diff", "--method", "forward");
	assert_int_equal(cfg.method, DIFF_FORWARD);
	config_free(&cfg);
	ASSERT_USAGE("--method: 'backward' is not one of central|forward", "plot", "herror",
	             "--method", "backward");
	ASSERT_USAGE("--method does not apply to 'grad' (see 'slope help grad')", "grad",
	             "--method", "forward");
}

static void test_bad_sizes_are_refused(void **state)
{
	(void)state;
	const char *bad[] = { "0x0", "1001x1", "1x1001", "0x24", "80x", "x24", "80x24x", "+80x24",
	                      "80x-24", " 80x24", "80 x24", "80X24", "80", "" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char want[256];
		snprintf(want, sizeof want,
		         "--size: '%s' is not a size WxH (columns x rows, 1 to 1000 each, such as 80x24)", bad[i]);
		ASSERT_USAGE(want, "plot", "tangent", "--size", bad[i]);
	}
}

static void test_steps_beyond_the_limits_are_refused(void **state)
{
	(void)state;
	const char *bad[] = { "100000001", "1000000000", "-1", "1.5", "", "+5", "1e3", " 5" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char want[256];
		snprintf(want, sizeof want, "--steps: '%s' is not a whole number from 0 to 100000000", bad[i]);
		ASSERT_USAGE(want, "descend", "--steps", bad[i]);
	}
	/* plot and the dashboard keep every row: fewer */
	ASSERT_USAGE("--steps: '1000001' is too many to draw; at most 1000000 for plot and the dashboard (slope descend takes more)",
	             "--steps", "1000001");
	ASSERT_USAGE("--steps: '1000001' is too many to draw; at most 1000000 for plot and the dashboard (slope descend takes more)",
	             "plot", "descent", "--steps", "1000001");
	ASSERT_USAGE("--steps: '100000000' is too many to draw; at most 1000000 for plot and the dashboard (slope descend takes more)",
	             "frame", "--steps", "100000000");
}

static void test_bad_choices_and_an_empty_directory_are_refused(void **state)
{
	(void)state;
	ASSERT_USAGE("--canvas: 'dots' is not one of braille|block|ascii", "--canvas", "dots");
	ASSERT_USAGE("--canvas: 'ASCII' is not one of braille|block|ascii", "plot", "tangent", "--canvas", "ASCII");
	ASSERT_USAGE("--color: 'yes' is not one of auto|always|never", "--color", "yes");
	ASSERT_USAGE("--snapshot-dir: the directory's name is empty (such as --snapshot-dir /tmp)",
	             "--snapshot-dir", "");
}

static void test_an_option_of_another_command_is_refused(void **state)
{
	(void)state;
	ASSERT_USAGE("--lr does not apply to 'diff' (see 'slope help diff')", "diff", "--lr", "0.3");
	ASSERT_USAGE("--function does not apply to 'descend' (see 'slope help descend')",
	             "--function", "x", "descend");
	ASSERT_USAGE("--start does not apply to 'grad' (see 'slope help grad')", "grad", "--start", "1,2");
	ASSERT_USAGE("--keys does not apply to 'plot' (see 'slope help plot')", "plot", "tangent", "--keys", "n");
	ASSERT_USAGE("--snapshot-dir does not apply to 'descend' (see 'slope help descend')",
	             "descend", "--snapshot-dir", "/tmp");
	ASSERT_USAGE("--csv does not apply to the dashboard (see 'slope --help')", "--csv");
	ASSERT_USAGE("--size does not apply to the dashboard (see 'slope --help')", "--size", "80x24");
	/* even with a bad value: that it does not apply is said first */
	ASSERT_USAGE("--lr does not apply to 'grad' (see 'slope help grad')", "grad", "--lr", "abc");
}

static void test_bad_expressions_are_refused_with_the_parsers_message(void **state)
{
	(void)state;
	ASSERT_USAGE("--function: expected ')' at column 6 in 'sin(x'", "diff", "--function", "sin(x");
	ASSERT_USAGE("--function: unknown variable 'x0' at column 1 in 'x0' (a curve uses x)",
	             "diff", "--function", "x0");
	ASSERT_USAGE("--surface: expected a number, variable, function or '(' at column 4 in 'x0+'",
	             "descend", "--surface", "x0+");
	ASSERT_USAGE("--surface: cannot mix x0/x1 with x/y at column 3 in 'x+x1'", "grad", "--surface", "x+x1");
	/* a good function before a bad surface is freed too (the ASan run checks) */
	ASSERT_USAGE("--surface: expected a number, variable, function or '(' at column 4 in 'x0+'",
	             "--function", "x**3", "--surface", "x0+");
}

static void test_bad_key_names_are_refused_before_anything_is_drawn(void **state)
{
	(void)state;
	ASSERT_USAGE("--keys: unknown key name '<Foo>' at column 2 (names: <Right> <Left> <Up> <Down> <PgUp> <PgDn> <Home> <End> <Del> <Tab> <Enter> <Esc> <BS> <Space> <C-a>..<C-z> <lt>)",
	             "frame", "--keys", "n<Foo>");
	ASSERT_USAGE("--keys: '<' at column 3 opens a key name that is not closed with '>' (write <lt> for the key <)",
	             "frame", "--keys", "nn<Right");
}

static void test_an_error_message_is_cut_to_its_buffer(void **state)
{
	(void)state;
	const char *argv[] = { "slope", "--nope" };
	struct config cfg;
	char err[9];
	assert_int_equal(cli_parse(2, (char **)argv, &cfg, err, sizeof err), 2);
	assert_string_equal(err, "unknown ");
}

/* ---- help --------------------------------------------------------------- */

/* cli_print_help's text for topic; free it. */
static char *help_text(enum command topic)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	assert_non_null(out);
	cli_print_help(out, topic);
	assert_int_equal(fclose(out), 0);
	return text;
}

/* Every option, with a value the parser takes. */
static const struct {
	const char *name;
	const char *value;  /* NULL: a flag */
	const char *grad_value;
	const char *optimizer; /* the --optimizer the parameter needs, or NULL */
} all_options[] = {
	{ "function", "x", NULL, NULL }, { "at", "1", "1,2", NULL }, { "xrange", "0:1", NULL, NULL },
	{ "surface", "x0", NULL, NULL }, { "start", "1,2", NULL, NULL }, { "lr", "0.5", NULL, NULL },
	{ "steps", "5", NULL, NULL }, { "h", "0.001", NULL, NULL }, { "csv", NULL, NULL, NULL },
	{ "numpy", NULL, NULL, NULL }, { "method", "forward", NULL, NULL }, { "scan", NULL, NULL, NULL },
	{ "view", "0:1,0:1", NULL, NULL }, { "secant", NULL, NULL, NULL }, { "field", NULL, NULL, NULL },
	{ "size", "80x24", NULL, NULL }, { "keys", "n", NULL, NULL }, { "tour", NULL, NULL, NULL },
	{ "snapshot-dir", "/tmp", NULL, NULL }, { "preset", "book", NULL, NULL },
	{ "optimizer", "adam", NULL, NULL }, { "momentum", "0.5", NULL, "momentum" },
	{ "rho", "0.5", NULL, "rmsprop" }, { "beta1", "0.5", NULL, "adam" },
	{ "beta2", "0.5", NULL, "adam" }, { "eps", "1e-8", NULL, "adam" },
	{ "gradient", "exact", NULL, NULL }, { "optimizers", "sgd,adam", NULL, NULL },
	{ "panels", NULL, NULL, NULL }, { "lang", "en", NULL, NULL },
	{ "canvas", "ascii", NULL, NULL }, { "color", "never", NULL, NULL },
};
#define ALL_OPTIONS (sizeof all_options / sizeof all_options[0])

/* Whether cli_parse takes option i for command c ("plot descent" for plot). */
static const char *const plot_figures[] = { "tangent", "field", "descent", "loss", "herror", "race" };

/* Whether slope COMMAND [FIGURE] takes option i (figure: slope plot's,
 * else NULL). */
static bool parser_takes_for(enum command c, const char *figure, size_t i)
{
	const char *args[8];
	int n = 0;
	if (c != CMD_DASHBOARD)
		args[n++] = command_name(c);
	if (figure)
		args[n++] = figure;
	char opt[64];
	snprintf(opt, sizeof opt, "--%s", all_options[i].name);
	if (all_options[i].optimizer) {
		/* a race's parameters must fit one of its runners */
		bool race = c == CMD_RACE || (figure && strcmp(figure, "race") == 0);
		args[n++] = race ? "--optimizers" : "--optimizer";
		args[n++] = all_options[i].optimizer;
	}
	args[n++] = opt;
	const char *value = c == CMD_GRAD && all_options[i].grad_value ? all_options[i].grad_value
	                                                               : all_options[i].value;
	if (value)
		args[n++] = value;
	args[n] = NULL;
	struct config cfg;
	char err[512];
	if (parse_argv(&cfg, err, args) == 0) {
		config_free(&cfg);
		return true;
	}
	/* the sample values are good: a refusal can only be this one */
	if (strstr(err, "does not apply") == NULL) {
		print_error("%s: %s\n", opt, err);
		fail();
	}
	return false;
}

/* Whether the command takes option i: slope plot, for one figure at least. */
static bool parser_takes(enum command c, size_t i)
{
	if (c != CMD_PLOT)
		return parser_takes_for(c, NULL, i);
	for (size_t f = 0; f < sizeof plot_figures / sizeof plot_figures[0]; f++)
		if (parser_takes_for(c, plot_figures[f], i))
			return true;
	return false;
}

/* Whether the help text has a line for option i. */
static bool help_lists(const char *text, size_t i)
{
	char line[64];
	snprintf(line, sizeof line, "\n  --%s ", all_options[i].name);
	return strstr(text, line) != NULL;
}

/* slope help plot names, for each figure, exactly the options the parser
 * takes for that figure and refuses for another. */
static void test_help_plot_lists_the_options_of_each_figure(void **state)
{
	(void)state;
	char *text = help_text(CMD_PLOT);
	for (size_t f = 0; f < sizeof plot_figures / sizeof plot_figures[0]; f++) {
		char head[32];
		snprintf(head, sizeof head, "\n  %-8s", plot_figures[f]);
		char *line = strstr(text, head);
		assert_non_null(line);
		line += strlen(head);
		char *end = strchr(line, '\n');
		assert_non_null(end);
		for (size_t i = 0; i < ALL_OPTIONS; i++) {
			bool takes = parser_takes_for(CMD_PLOT, plot_figures[f], i), everywhere = true;
			for (size_t g = 0; g < sizeof plot_figures / sizeof plot_figures[0]; g++)
				everywhere = everywhere && parser_takes_for(CMD_PLOT, plot_figures[g], i);
			char word[64];
			snprintf(word, sizeof word, " --%s ", all_options[i].name);
			*end = ' '; /* the last word ends with a space too */
			char saved = end[1];
			end[1] = '\0';
			bool named = strstr(line, word) != NULL;
			end[1] = saved;
			*end = '\n';
			if (named != (takes && !everywhere)) {
				print_error("help plot: %s %s --%s, which the parser %s\n", plot_figures[f],
				            named ? "names" : "does not name", all_options[i].name,
				            takes ? "takes" : "refuses");
				fail();
			}
		}
	}
	free(text);
}

static void test_each_commands_help_lists_exactly_the_options_it_takes(void **state)
{
	(void)state;
	const enum command commands[] = { CMD_DASHBOARD, CMD_DIFF, CMD_GRAD, CMD_DESCEND, CMD_PLOT,
	                                  CMD_FRAME, CMD_RACE, CMD_TOUR };
	for (size_t c = 0; c < sizeof commands / sizeof commands[0]; c++) {
		char *text = help_text(commands[c]);
		char usage[64];
		snprintf(usage, sizeof usage, "usage: slope %s", commands[c] == CMD_DASHBOARD ? "[OPTIONS]"
		                                                : command_name(commands[c]));
		assert_memory_equal(text, usage, strlen(usage));
		int listed = 0;
		for (size_t i = 0; i < ALL_OPTIONS; i++) {
			bool takes = parser_takes(commands[c], i), lists = help_lists(text, i);
			if (takes != lists) {
				print_error("slope help %s %s --%s, which the parser %s\n",
				            command_name(commands[c]), lists ? "lists" : "does not list",
				            all_options[i].name, takes ? "takes" : "refuses");
				fail();
			}
			listed += lists;
		}
		assert_true(listed >= 3);
		free(text);
	}
}

static void test_help_shows_the_books_defaults(void **state)
{
	(void)state;
	char *text = help_text(CMD_DESCEND);
	assert_non_null(strstr(text, "  --lr ETA                     the learning rate [0.1]\n"));
	assert_non_null(strstr(text, "  --steps N                    the number of updates (0 to 100000000) [100]\n"));
	assert_non_null(strstr(text, "  --start X0,X1                the start point of descent [-3,4]\n"));
	assert_non_null(strstr(text, "  --h H                        the step of the numerical derivative [1e-4]\n"));
	assert_non_null(strstr(text, "[x0**2 + x1**2]\n"));
	free(text);
	text = help_text(CMD_DIFF);
	assert_non_null(strstr(text, "[0.01*x**2 + 0.1*x]\n"));
	assert_non_null(strstr(text, "the point of tangency [10]; for grad, the point X0,X1 [3,4]\n"));
	assert_non_null(strstr(text, "[0:20]\n"));
	free(text);
	text = help_text(CMD_PLOT);
	assert_non_null(strstr(text, "[-3.5:3.5,-4.5:4.5]\n"));
	free(text);
}

static void test_full_help_lists_every_command_and_option(void **state)
{
	(void)state;
	char *text = help_text(CMD_COUNT);
	assert_memory_equal(text, "usage: slope [COMMAND] [OPTIONS]\n", 33);
	const char *commands[] = { "(none)", "diff", "grad", "descend", "race", "plot", "frame", "tour",
	                           "help", "version" };
	for (size_t c = 0; c < sizeof commands / sizeof commands[0]; c++) {
		char line[32];
		snprintf(line, sizeof line, "\n  %-9s ", commands[c]);
		assert_non_null(strstr(text, line));
	}
	for (size_t i = 0; i < ALL_OPTIONS; i++)
		assert_true(help_lists(text, i));
	assert_non_null(strstr(text, "\n  --help "));
	assert_non_null(strstr(text, "\n  --version "));
	assert_non_null(strstr(text, "Exit status: 0 success, 1 failure at run time, 2 bad usage.\n"));
	free(text);
}

static void test_dashboard_help_lists_every_key(void **state)
{
	(void)state;
	char *text = help_text(CMD_DASHBOARD);
	assert_non_null(strstr(text, "\nkeys:\n"));
	size_t n;
	const struct key_binding *b = key_bindings(&n);
	for (size_t i = 0; i < n; i++) {
		char line[160];
		snprintf(line, sizeof line, "\n  %-12s %s\n", b[i].names, b[i].help);
		if (strstr(text, line) == NULL) {
			print_error("slope help dashboard lacks the key '%s'\n", b[i].names);
			fail();
		}
	}
	free(text);
	/* other commands have no keys */
	text = help_text(CMD_FRAME);
	assert_null(strstr(text, "\nkeys:\n"));
	free(text);
}

static void test_help_and_version_help_have_no_options(void **state)
{
	(void)state;
	char *text = help_text(CMD_HELP);
	assert_string_equal(text, "usage: slope help [COMMAND | presets]\n\nthis help, or one command's (slope help descend)\n");
	free(text);
	text = help_text(CMD_VERSION);
	assert_string_equal(text, "usage: slope --version\n\nthe version (also --version)\n");
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_command_opens_the_dashboard),
		cmocka_unit_test(test_each_command_is_read_by_its_name),
		cmocka_unit_test(test_plot_reads_its_figure),
		cmocka_unit_test(test_method_picks_the_difference),
		cmocka_unit_test(test_help_reads_its_topic),
		cmocka_unit_test(test_defaults_are_the_books_for_every_command),
		cmocka_unit_test(test_grad_is_taken_at_3_4_by_default),
		cmocka_unit_test(test_equals_and_space_give_the_same_value),
		cmocka_unit_test(test_options_may_come_before_the_command),
		cmocka_unit_test(test_the_last_of_a_repeated_option_wins),
		cmocka_unit_test(test_view_is_a_box_or_fit),
		cmocka_unit_test(test_flags_and_choices_set_their_fields),
		cmocka_unit_test(test_frame_takes_keys_size_and_snapshot_dir),
		cmocka_unit_test(test_sizes_from_1x1_to_1000x1000_are_taken),
		cmocka_unit_test(test_steps_go_from_0_to_their_limits),
		cmocka_unit_test(test_help_anywhere_asks_for_help),
		cmocka_unit_test(test_version_anywhere_asks_for_the_version),
		cmocka_unit_test(test_unknown_commands_and_extra_words_are_refused),
		cmocka_unit_test(test_unknown_options_are_refused),
		cmocka_unit_test(test_an_option_without_its_value_is_refused),
		cmocka_unit_test(test_a_flag_with_a_value_is_refused),
		cmocka_unit_test(test_bad_numbers_are_refused),
		cmocka_unit_test(test_bad_ranges_and_views_are_refused),
		cmocka_unit_test(test_bad_sizes_are_refused),
		cmocka_unit_test(test_steps_beyond_the_limits_are_refused),
		cmocka_unit_test(test_bad_choices_and_an_empty_directory_are_refused),
		cmocka_unit_test(test_an_option_of_another_command_is_refused),
		cmocka_unit_test(test_bad_expressions_are_refused_with_the_parsers_message),
		cmocka_unit_test(test_bad_key_names_are_refused_before_anything_is_drawn),
		cmocka_unit_test(test_an_error_message_is_cut_to_its_buffer),
		cmocka_unit_test(test_each_commands_help_lists_exactly_the_options_it_takes),
		cmocka_unit_test(test_help_plot_lists_the_options_of_each_figure),
		cmocka_unit_test(test_help_shows_the_books_defaults),
		cmocka_unit_test(test_full_help_lists_every_command_and_option),
		cmocka_unit_test(test_dashboard_help_lists_every_key),
		cmocka_unit_test(test_help_and_version_help_have_no_options),
	};
	return cmocka_run_group_tests_name("cli", tests, NULL, NULL);
}
