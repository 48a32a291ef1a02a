/* cli: argv -> struct config: the words (command, figure, help topic), the
 * options (read through the one option table of options.c, which also gives
 * the book's defaults), and the help text printed from the same table. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "keys.h"
#include "options.h"
#include "presets.h"
#include "text.h"


static const char *const command_names[CMD_COUNT] = {
	[CMD_DASHBOARD] = "dashboard", [CMD_DIFF] = "diff", [CMD_GRAD] = "grad",
	[CMD_DESCEND] = "descend",     [CMD_PLOT] = "plot", [CMD_FRAME] = "frame",
	[CMD_RACE] = "race", [CMD_EXPORT] = "export", [CMD_TOUR] = "tour",
	[CMD_HELP] = "help",
	[CMD_VERSION] = "version",
};

/* The summaries and usages go through gettext where help prints them. */
static const char *const command_summaries[CMD_COUNT] = {
	[CMD_DASHBOARD] = N_("open the dashboard: the tangent pane and the descent pane"),
	[CMD_DIFF] = N_("f(a), its numerical and exact derivative, the tangent line"),
	[CMD_GRAD] = N_("the numerical and the exact gradient of the surface at a point"),
	[CMD_DESCEND] = N_("gradient descent, one row per iteration, then the final point"),
	[CMD_PLOT] = N_("print a figure as text: tangent, herror, field, descent, loss or race"),
	[CMD_FRAME] = N_("print the dashboard's screen as text, after the keys given"),
	[CMD_RACE] = N_("several optimizers from one start, a row per iteration, then each one's end"),
	[CMD_EXPORT] = N_("print the run as a Python script in the book's style that needs only NumPy"),
	[CMD_TOUR] = N_("a guided lesson on the dashboard: chapter 4 page by page, then chapter 6's race"),
	[CMD_HELP] = N_("this help, or one command's (slope help descend)"),
	[CMD_VERSION] = N_("the version (also --version)"),
};

static const char *const figure_names[PLOT_FIGURE_COUNT] = {
	[PLOT_TANGENT] = "tangent", [PLOT_FIELD] = "field", [PLOT_DESCENT] = "descent",
	[PLOT_LOSS] = "loss", [PLOT_HERROR] = "herror", [PLOT_RACE] = "race",
};
#define FIGURE_COUNT PLOT_FIGURE_COUNT

const char *command_name(enum command c)
{
	return (unsigned)c < CMD_COUNT ? command_names[c] : "?";
}

/* ---- parsing ------------------------------------------------------------ */

struct given_option {
	const struct option_spec *spec;
	const char *value;
};

static int find_name(const char *const *names, int count, const char *word)
{
	for (int i = 0; i < count; i++)
		if (names[i] != NULL && strcmp(names[i], word) == 0)
			return i;
	return -1;
}

/* A positional word: the command, then plot's figure or help's topic. */
static int take_word(struct config *cfg, bool *have_command, bool *have_extra,
                     const char *word, char *err, size_t errlen)
{
	if (!*have_command) {
		int c = find_name(command_names, CMD_COUNT, word);
		if (c < 0 || c == CMD_DASHBOARD)
			return usage_error(err, errlen, _("unknown command '%s' (commands: diff, grad, descend, race, export, plot, frame, tour, help; none opens the dashboard)"),
			                   word);
		cfg->command = (enum command)c;
		*have_command = true;
		return 0;
	}
	if (cfg->command == CMD_PLOT && !*have_extra) {
		int f = find_name(figure_names, (int)FIGURE_COUNT, word);
		if (f < 0)
			return usage_error(err, errlen, _("plot: unknown figure '%s' (expected tangent, herror, field, descent, loss or race)"), word);
		cfg->figure = (enum plot_figure)f;
		*have_extra = true;
		return 0;
	}
	if (cfg->command == CMD_HELP && !*have_extra && strcmp(word, "presets") == 0) {
		cfg->help_presets = true;
		*have_extra = true;
		return 0;
	}
	if (cfg->command == CMD_HELP && !*have_extra) {
		int c = find_name(command_names, CMD_COUNT, word);
		if (c < 0)
			return usage_error(err, errlen, _("help: unknown command '%s' (commands: diff, grad, descend, race, export, plot, frame, tour, dashboard; or presets)"), word);
		cfg->help_topic = (enum command)c;
		*have_extra = true;
		return 0;
	}
	return usage_error(err, errlen, _("unexpected argument '%s' (see 'slope --help')"), word);
}

/* Splits argv into words and options; options are applied once the command
 * is known, since what --at means depends on it. */
static int scan(int argc, char **argv, struct config *cfg,
                struct given_option *given, int *ngiven, char *err,
                size_t errlen)
{
	bool have_command = false, have_extra = false;
	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i];
		if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
			cfg->help_topic = have_command ? cfg->command : CMD_COUNT;
			cfg->command = CMD_HELP;
			return 0;
		}
		if (strcmp(arg, "--version") == 0 || strcmp(arg, "-V") == 0) {
			cfg->command = CMD_VERSION;
			return 0;
		}
		if (arg[0] != '-' || arg[1] == '\0') {
			int rc = take_word(cfg, &have_command, &have_extra, arg, err, errlen);
			if (rc != 0)
				return rc;
			continue;
		}
		if (arg[1] != '-')
			return usage_error(err, errlen, _("unknown option '%s' (options are spelled --name; see 'slope --help')"), arg);
		const char *name = arg + 2;
		const char *eq = strchr(name, '=');
		size_t len = eq ? (size_t)(eq - name) : strlen(name);
		const struct option_spec *o = option_find(name, len);
		if (o == NULL)
			return usage_error(err, errlen, _("unknown option '--%.*s' (see 'slope --help')"), (int)len, name);
		const char *value = NULL;
		if (o->metavar == NULL) {
			if (eq)
				return usage_error(err, errlen, _("--%s takes no value"), o->name);
		} else if (eq) {
			value = eq + 1;
		} else if (i + 1 < argc) {
			value = argv[++i];
		} else {
			return usage_error(err, errlen, _("--%s needs a value %s"), o->name, o->metavar);
		}
		given[(*ngiven)++] = (struct given_option){ o, value };
	}
	if (cfg->command == CMD_PLOT && !have_extra)
		return usage_error(err, errlen, _("plot needs a figure: slope plot tangent|herror|field|descent|loss|race"));
	return 0;
}

/* A parameter typed for an optimizer that does not use it is bad usage: it
 * would be silently ignored. In a race it must fit one of the runners. */
static int check_optimizer_params(const struct config *cfg, char *err, size_t errlen)
{
	bool racing = cfg->command == CMD_RACE ||
	              (cfg->command == CMD_PLOT && cfg->figure == PLOT_RACE);
	/* the dashboard has both: its run's optimizer, and R's runners */
	bool runners = racing || cfg->command == CMD_DASHBOARD || cfg->command == CMD_FRAME ||
	               cfg->command == CMD_TOUR;
	for (int p = 0; p < OPTIMIZER_PARAM_COUNT; p++) {
		if (!(cfg->params_given & (1u << p)))
			continue;
		bool used = !racing && optimizer_uses(cfg->optimizer.kind, (enum optimizer_param)p);
		for (int i = 0; runners && i < cfg->race_count; i++)
			used |= optimizer_uses(cfg->race[i].kind, (enum optimizer_param)p);
		if (used)
			continue;
		if (racing)
			return usage_error(err, errlen, _("--%s does not apply to any optimizer of the race (see --optimizers)"),
			                   optimizer_param_name((enum optimizer_param)p));
		char takes[96] = "";
		for (int q = 0; q < OPTIMIZER_PARAM_COUNT; q++)
			if (optimizer_uses(cfg->optimizer.kind, (enum optimizer_param)q))
				snprintf(takes + strlen(takes), sizeof takes - strlen(takes), "%s--%s",
				         takes[0] ? " " : "", optimizer_param_name((enum optimizer_param)q));
		const char *param = optimizer_param_name((enum optimizer_param)p);
		const char *name = optimizer_name(cfg->optimizer.kind);
		if (takes[0] == '\0')
			return usage_error(err, errlen, _("--%s does not apply to --optimizer %s (it takes no parameter but --lr)"),
			                   param, name);
		/* TRANSLATORS: the last %s lists options, such as --momentum */
		return usage_error(err, errlen, _("--%s does not apply to --optimizer %s (it takes %s)"),
		                   param, name, takes);
	}
	return 0;
}

int cli_parse(int argc, char **argv, struct config *cfg, char *err,
              size_t errlen)
{
	memset(cfg, 0, sizeof *cfg);
	cfg->command = CMD_DASHBOARD;
	cfg->help_topic = CMD_COUNT;
	struct given_option *given = calloc((size_t)argc + 1, sizeof *given);
	if (given == NULL)
		return usage_error(err, errlen, _("out of memory"));
	int ngiven = 0;
	int rc = scan(argc, argv, cfg, given, &ngiven, err, errlen);
	if (rc == 0 && cfg->command != CMD_HELP && cfg->command != CMD_VERSION)
		rc = options_defaults(cfg, err, errlen);
	cfg->params_given = 0; /* the defaults were not typed */
	cfg->preset = NULL;
	for (int i = 0; rc == 0 && i < ngiven; i++) {
		const struct option_spec *o = given[i].spec;
		if (cfg->command == CMD_HELP || cfg->command == CMD_VERSION)
			break;
		if (!option_applies(o, cfg->command))
			rc = cfg->command == CMD_DASHBOARD
			     ? usage_error(err, errlen, _("--%s does not apply to the dashboard (see 'slope --help')"), o->name)
			     : usage_error(err, errlen, _("--%s does not apply to '%s' (see 'slope help %s')"),
			                   o->name, command_name(cfg->command), command_name(cfg->command));
		else if (cfg->command == CMD_PLOT && !option_applies_to_figure(o, cfg->figure))
			rc = usage_error(err, errlen, _("--%s does not apply to 'plot %s', which does not read it (see 'slope help plot')"),
			                 o->name, figure_names[cfg->figure]);
		else
			rc = option_apply(cfg, o, given[i].value, err, errlen);
	}
	if (rc == 0)
		rc = check_optimizer_params(cfg, err, errlen);
	if (rc == 0 && cfg->csv && cfg->numpy)
		rc = usage_error(err, errlen, _("--csv and --numpy do not go together: --csv prints every row, --numpy only the final point"));
	/* a figure and the dashboard keep every row; the text commands do not */
	bool keeps_rows = cfg->command == CMD_PLOT || cfg->command == CMD_DASHBOARD ||
	                  cfg->command == CMD_FRAME || cfg->command == CMD_TOUR;
	if (cfg->command == CMD_TOUR)
		cfg->tour = true;
	if (rc == 0 && keeps_rows && cfg->steps > CLI_MAX_KEPT_STEPS)
		rc = usage_error(err, errlen, _("--steps: '%ld' is too many to draw; at most %ld for plot and the dashboard (slope descend takes more)"),
		                 cfg->steps, CLI_MAX_KEPT_STEPS);
	free(given);
	if (rc != 0)
		config_free(cfg);
	return rc;
}

void config_free(struct config *cfg)
{
	expr_free(cfg->curve);
	expr_free(cfg->surface);
	free(cfg->keys);
	cfg->curve = NULL;
	cfg->surface = NULL;
	cfg->keys = NULL;
	cfg->key_count = 0;
}

/* ---- help --------------------------------------------------------------- */

static void print_option(FILE *out, const struct option_spec *o)
{
	char left[64];
	if (o->metavar)
		snprintf(left, sizeof left, "--%s %s", o->name, o->metavar);
	else
		snprintf(left, sizeof left, "--%s", o->name);
	fprintf(out, "  %-28s %s", left, _(o->help));
	/* A help text that names its defaults itself gets no second one. */
	if (o->default_text && o->metavar && strcmp(o->default_text, "auto") != 0 &&
	    strchr(o->help, '[') == NULL)
		fprintf(out, " [%s]", o->default_text);
	fputc('\n', out);
}

static void print_options_of(FILE *out, enum command c)
{
	size_t n;
	const struct option_spec *options = option_table(&n);
	for (size_t i = 0; i < n; i++)
		if (option_applies(&options[i], c))
			print_option(out, &options[i]);
}

/* slope help plot: the options each figure reads, from the option table. */
static void print_plot_figures(FILE *out)
{
	size_t n;
	const struct option_spec *options = option_table(&n);
	fputs(_("\nthe options each figure reads (the others apply to every figure):\n"), out);
	for (int f = 0; f < PLOT_FIGURE_COUNT; f++) {
		fprintf(out, "  %-8s", figure_names[f]);
		for (size_t i = 0; i < n; i++)
			if (option_applies(&options[i], CMD_PLOT) && options[i].figures != 0 &&
			    option_applies_to_figure(&options[i], (enum plot_figure)f))
				fprintf(out, " --%s", options[i].name);
		fputc('\n', out);
	}
}

static void print_keys(FILE *out)
{
	size_t n;
	const struct key_binding *b = key_bindings(&n);
	fputs(_("\nkeys:\n"), out);
	for (size_t i = 0; i < n; i++)
		fprintf(out, "  %-12s %s\n", b[i].names, _(b[i].help));
	fputs(_("\nThe prompts (e, S, N, =) open on the value they edit, selected: typing\n"
	        "replaces it; Left, Right, Home or End keep it to edit; Enter applies, Esc\n"
	        "cancels. A prompt takes 4096 characters; a longer text is refused whole.\n"), out);
}

static const char *const usages[CMD_COUNT] = {
	[CMD_DASHBOARD] = N_("slope [OPTIONS]"),
	[CMD_DIFF] = N_("slope diff [--function F] [--at A] [--h H] [--method M] [--numpy] [--scan] [--digits]"),
	[CMD_GRAD] = N_("slope grad [--surface F] [--at X0,X1] [--h H] [--numpy]"),
	[CMD_DESCEND] = N_("slope descend [--surface F] [--start X0,X1] [--lr ETA] [--steps N] [--h H] [--csv | --numpy]"),
	[CMD_PLOT] = N_("slope plot tangent|herror|field|descent|loss|race [--size WxH] [--canvas MODE] [--color WHEN] [OPTIONS]"),
	[CMD_FRAME] = N_("slope frame [--size WxH] [--keys KEYS] [--color never|always] [OPTIONS]"),
	[CMD_RACE] = N_("slope race [--preset ch6 | OPTIONS] [--optimizers LIST] [--csv]"),
	[CMD_EXPORT] = N_("slope export [--surface F] [--start X0,X1] [--lr ETA] [--steps N] [--optimizer NAME] [--gradient G] [--csv]"),
	[CMD_TOUR] = N_("slope tour [--canvas MODE] [--color WHEN] [--lang en|zh]"),
	[CMD_HELP] = N_("slope help [COMMAND | presets]"),
	[CMD_VERSION] = N_("slope --version"),
};

void cli_print_presets(FILE *out)
{
	size_t n;
	const struct preset *p = preset_table(&n);
	fputs(_("presets (slope --preset NAME, slope descend --preset NAME, ...; options after it override):\n"), out);
	for (size_t i = 0; i < n; i++) {
		/* TRANSLATORS: a preset's name, then what it runs */
		fprintf(out, _("\n%s: %s\n "), p[i].name, _(p[i].summary));
		for (int k = 0; k < PRESET_SETTINGS && p[i].settings[k].option; k++)
			fprintf(out, " --%s '%s'", p[i].settings[k].option, p[i].settings[k].value);
		fputc('\n', out);
	}
}

/* What `slope help tour` says beyond the usage: the tour's keys and its
 * language. */
static void print_tour(FILE *out)
{
	fputs(_("\nThe tour is the dashboard with a box of text under it: a page says what\n"
	        "to look at and names one key to try. Every key of the dashboard works on a\n"
	        "page (slope help dashboard).\n"
	        "\n"
	        "keys:\n"
	        "  Enter        the next page\n"
	        "  Backspace    the page before\n"
	        "  q Ctrl-C     quit\n"
	        "\n"
	        "The tour speaks the language of the locale (LANGUAGE, LC_ALL, LC_MESSAGES,\n"
	        "LANG) or of --lang en|zh; Chinese needs a UTF-8 character set.\n"
	        "slope frame --tour prints its first page; --keys '<Enter>' turns pages.\n"), out);
}

void cli_print_help(FILE *out, enum command topic)
{
	if (topic < CMD_COUNT) {
		/* TRANSLATORS: %s is the command's usage, then its summary */
		fprintf(out, _("usage: %s\n\n%s\n"), _(usages[topic]), _(command_summaries[topic]));
		if (topic != CMD_HELP && topic != CMD_VERSION) {
			fputs(_("\noptions [default]:\n"), out);
			print_options_of(out, topic);
		}
		if (topic == CMD_PLOT)
			print_plot_figures(out);
		if (topic == CMD_DASHBOARD)
			print_keys(out);
		if (topic == CMD_TOUR)
			print_tour(out);
		return;
	}
	fputs(_("usage: slope [COMMAND] [OPTIONS]\n\n"
	        "slope shows chapter 4 of Deep Learning from Scratch in a terminal: the\n"
	        "numerical derivative and its tangent, the numerical gradient, and gradient\n"
	        "descent, with the book's numbers to the last bit.\n\ncommands:\n"), out);
	for (int c = 0; c < CMD_COUNT; c++) {
		/* names padded in terminal columns: "(none)" may be translated */
		char name[64];
		text_pad(name, sizeof name, c == CMD_DASHBOARD ? _("(none)") : command_names[c], 9);
		fprintf(out, "  %s %s\n", name, _(command_summaries[c]));
	}
	fputs(_("\noptions [default]:\n"), out);
	size_t n;
	const struct option_spec *options = option_table(&n);
	for (size_t i = 0; i < n; i++)
		print_option(out, &options[i]);
	fputs(_("  --help                       this help; after a command, that command's\n"
	        "  --version                    the version\n"
	        "\nExit status: 0 success, 1 failure at run time, 2 bad usage.\n"
	        "The dashboard's keys: slope help dashboard; the presets: slope help presets;\n"
	        "everything: slope(1).\n"), out);
}
