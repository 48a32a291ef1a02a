/* cli: argv -> struct config. The option table below is the one place that
 * names each option, its value, its default (the book's) and its help; the
 * parser, the defaults and --help all read it. */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "keys.h"

#define BIT(c) (1u << (c))
/* The dashboard's options also shape what `slope frame` prints. */
#define ON_DASHBOARD (BIT(CMD_DASHBOARD) | BIT(CMD_FRAME))
#define ON_CURVE (BIT(CMD_DIFF) | BIT(CMD_PLOT) | ON_DASHBOARD)
#define ON_SURFACE (BIT(CMD_GRAD) | BIT(CMD_DESCEND) | BIT(CMD_PLOT) | ON_DASHBOARD)
#define ON_RUN (BIT(CMD_DESCEND) | BIT(CMD_PLOT) | ON_DASHBOARD)
#define ON_PICTURE (BIT(CMD_PLOT) | ON_DASHBOARD)

struct option_spec;
typedef int (*option_apply)(struct config *cfg, const struct option_spec *o,
                            const char *value, char *err, size_t errlen);

struct option_spec {
	const char *name;      /* without the leading "--" */
	const char *metavar;   /* NULL for a flag */
	const char *default_text;
	unsigned commands;     /* BIT(command) for each command that takes it */
	const char *help;
	option_apply apply;
};

static const char *const command_names[CMD_COUNT] = {
	[CMD_DASHBOARD] = "dashboard", [CMD_DIFF] = "diff", [CMD_GRAD] = "grad",
	[CMD_DESCEND] = "descend",     [CMD_PLOT] = "plot", [CMD_FRAME] = "frame",
	[CMD_HELP] = "help",
	[CMD_VERSION] = "version",
};

static const char *const command_summaries[CMD_COUNT] = {
	[CMD_DASHBOARD] = "open the dashboard: the tangent pane and the descent pane",
	[CMD_DIFF] = "f(a), its numerical and exact derivative, the tangent line",
	[CMD_GRAD] = "the numerical and the exact gradient of the surface at a point",
	[CMD_DESCEND] = "gradient descent, one row per iteration, then the final point",
	[CMD_PLOT] = "print a figure as text: tangent, field, descent or loss",
	[CMD_FRAME] = "print the dashboard's screen as text, after the keys given",
	[CMD_HELP] = "this help, or one command's (slope help descend)",
	[CMD_VERSION] = "the version (also --version)",
};

static const char *const figure_names[] = {
	[PLOT_TANGENT] = "tangent", [PLOT_FIELD] = "field", [PLOT_DESCENT] = "descent",
	[PLOT_LOSS] = "loss",
};
#define FIGURE_COUNT (sizeof figure_names / sizeof figure_names[0])

const char *command_name(enum command c)
{
	return (unsigned)c < CMD_COUNT ? command_names[c] : "?";
}

static int fail(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	return 2;
}

/* ---- value parsers ------------------------------------------------------ */

/* A finite double spelled completely by text. */
static bool read_number(const char *text, double *out)
{
	char *end;
	if (*text == '\0' || strchr(" \t\n", *text))
		return false;
	errno = 0;
	double v = strtod(text, &end);
	if (*end != '\0' || !isfinite(v))
		return false;
	*out = v;
	return true;
}

/* Two finite numbers separated by sep, e.g. "3,4" or "0:20". */
static bool read_two_numbers(const char *text, char sep, double out[2])
{
	const char *mid = strchr(text, sep);
	if (mid == NULL || strchr(mid + 1, sep) != NULL)
		return false;
	char first[128];
	size_t n = (size_t)(mid - text);
	if (n >= sizeof first)
		return false;
	memcpy(first, text, n);
	first[n] = '\0';
	return read_number(first, &out[0]) && read_number(mid + 1, &out[1]);
}

static int apply_tangent_point(struct config *cfg, const struct option_spec *o,
                        const char *value, char *err, size_t errlen)
{
	double v;
	if (!read_number(value, &v))
		return fail(err, errlen, "--%s: '%s' is not a finite number (expected a number such as %s)",
		            o->name, value, o->default_text);
	cfg->at = v;
	return 0;
}

static int apply_positive(double *slot, const struct option_spec *o,
                          const char *value, char *err, size_t errlen)
{
	double v;
	if (!read_number(value, &v) || !(v > 0))
		return fail(err, errlen, "--%s: '%s' is not a positive finite number (expected a number such as %s)",
		            o->name, value, o->default_text);
	*slot = v;
	return 0;
}

static int apply_h(struct config *cfg, const struct option_spec *o,
                   const char *value, char *err, size_t errlen)
{
	return apply_positive(&cfg->h, o, value, err, errlen);
}

static int apply_lr(struct config *cfg, const struct option_spec *o,
                    const char *value, char *err, size_t errlen)
{
	return apply_positive(&cfg->lr, o, value, err, errlen);
}

static int apply_point(double slot[2], const struct option_spec *o,
                       const char *value, const char *example, char *err,
                       size_t errlen)
{
	if (!read_two_numbers(value, ',', slot))
		return fail(err, errlen, "--%s: '%s' is not a point X0,X1 (expected two finite numbers such as %s)",
		            o->name, value, example);
	return 0;
}

/* --at is a number for a curve and a point for `grad`. */
static int apply_at(struct config *cfg, const struct option_spec *o,
                    const char *value, char *err, size_t errlen)
{
	if (cfg->command == CMD_GRAD)
		return apply_point(cfg->grad_at, o, value, "3,4", err, errlen);
	return apply_tangent_point(cfg, o, value, err, errlen);
}

static int apply_start(struct config *cfg, const struct option_spec *o,
                       const char *value, char *err, size_t errlen)
{
	return apply_point(cfg->start, o, value, o->default_text, err, errlen);
}

static int apply_steps(struct config *cfg, const struct option_spec *o,
                       const char *value, char *err, size_t errlen)
{
	long n = 0;
	bool ok = *value != '\0' && strlen(value) <= 9;
	for (const char *p = value; ok && *p; p++) {
		ok = *p >= '0' && *p <= '9';
		n = n * 10 + (*p - '0');
	}
	if (!ok || n > CLI_MAX_STEPS)
		return fail(err, errlen, "--%s: '%s' is not a whole number from 0 to %ld",
		            o->name, value, CLI_MAX_STEPS);
	cfg->steps = n;
	return 0;
}

static int apply_xrange(struct config *cfg, const struct option_spec *o,
                        const char *value, char *err, size_t errlen)
{
	double r[2];
	if (!read_two_numbers(value, ':', r) || !(r[0] < r[1]))
		return fail(err, errlen, "--%s: '%s' is not a range A:B with A < B (such as %s)",
		            o->name, value, o->default_text);
	cfg->xrange[0] = r[0];
	cfg->xrange[1] = r[1];
	return 0;
}

static int apply_view(struct config *cfg, const struct option_spec *o,
                      const char *value, char *err, size_t errlen)
{
	if (strcmp(value, "fit") == 0) {
		cfg->view_fit = true;
		return 0;
	}
	const char *comma = strchr(value, ',');
	char xpart[128];
	double x[2], y[2];
	bool ok = comma != NULL && (size_t)(comma - value) < sizeof xpart;
	if (ok) {
		memcpy(xpart, value, (size_t)(comma - value));
		xpart[comma - value] = '\0';
		ok = read_two_numbers(xpart, ':', x) && read_two_numbers(comma + 1, ':', y) &&
		     x[0] < x[1] && y[0] < y[1];
	}
	if (!ok)
		return fail(err, errlen, "--%s: '%s' is not a view X0:X1,Y0:Y1 with X0 < X1 and Y0 < Y1 (such as %s), or 'fit'",
		            o->name, value, o->default_text);
	cfg->view[0] = x[0];
	cfg->view[1] = x[1];
	cfg->view[2] = y[0];
	cfg->view[3] = y[1];
	cfg->view_fit = false;
	return 0;
}

static int apply_size(struct config *cfg, const struct option_spec *o,
                      const char *value, char *err, size_t errlen)
{
	int cols = 0, rows = 0, used = 0;
	if (sscanf(value, "%4dx%4d%n", &cols, &rows, &used) != 2 ||
	    value[used] != '\0' || strchr(value, '+') || strchr(value, '-') ||
	    strchr(value, ' ') || cols < 1 || rows < 1 || cols > 1000 || rows > 1000)
		return fail(err, errlen, "--%s: '%s' is not a size WxH (columns x rows, 1 to 1000 each, such as 80x24)",
		            o->name, value);
	cfg->size_cols = cols;
	cfg->size_rows = rows;
	return 0;
}

static int apply_choice(int *slot, const char *const *names, int count,
                        const struct option_spec *o, const char *value,
                        char *err, size_t errlen)
{
	for (int i = 0; i < count; i++)
		if (strcmp(names[i], value) == 0) {
			*slot = i;
			return 0;
		}
	return fail(err, errlen, "--%s: '%s' is not one of %s", o->name, value, o->metavar);
}

static int apply_canvas(struct config *cfg, const struct option_spec *o,
                        const char *value, char *err, size_t errlen)
{
	static const char *const names[] = { "auto", "braille", "block", "ascii" };
	int v = 0;
	int rc = apply_choice(&v, names, 4, o, value, err, errlen);
	if (rc == 0)
		cfg->canvas = (enum canvas_choice)v;
	return rc;
}

static int apply_color(struct config *cfg, const struct option_spec *o,
                       const char *value, char *err, size_t errlen)
{
	static const char *const names[] = { "auto", "always", "never" };
	int v = 0;
	int rc = apply_choice(&v, names, 3, o, value, err, errlen);
	if (rc == 0)
		cfg->color = (enum color_choice)v;
	return rc;
}

static int apply_expression(struct expr **slot, enum expr_arity arity,
                            const struct option_spec *o, const char *value,
                            char *err, size_t errlen)
{
	struct expr *e;
	char why[256];
	if (expr_compile(value, arity, &e, why, sizeof why) != 0)
		return fail(err, errlen, "--%s: %s", o->name, why);
	expr_free(*slot);
	*slot = e;
	return 0;
}

static int apply_function(struct config *cfg, const struct option_spec *o,
                          const char *value, char *err, size_t errlen)
{
	return apply_expression(&cfg->curve, EXPR_CURVE, o, value, err, errlen);
}

static int apply_surface(struct config *cfg, const struct option_spec *o,
                         const char *value, char *err, size_t errlen)
{
	return apply_expression(&cfg->surface, EXPR_SURFACE, o, value, err, errlen);
}

static int apply_flag(struct config *cfg, const struct option_spec *o,
                      const char *value, char *err, size_t errlen)
{
	(void)value;
	(void)err;
	(void)errlen;
	if (strcmp(o->name, "csv") == 0)
		cfg->csv = true;
	else if (strcmp(o->name, "secant") == 0)
		cfg->secant = true;
	else if (strcmp(o->name, "field") == 0)
		cfg->field = true;
	return 0;
}

/* --keys is read here, so a bad key name is bad usage before anything is
 * drawn; the frame reads it again. */
static int apply_keys(struct config *cfg, const struct option_spec *o,
                      const char *value, char *err, size_t errlen)
{
	size_t max = strlen(value), n;
	int *keys = malloc((max ? max : 1) * sizeof *keys);
	char why[256];
	if (keys == NULL)
		return fail(err, errlen, "out of memory");
	int rc = keys_parse(value, keys, max, &n, why, sizeof why);
	free(keys);
	if (rc != 0)
		return fail(err, errlen, "--%s: %s", o->name, why);
	cfg->keys = value;
	return 0;
}

static int apply_snapshot_dir(struct config *cfg, const struct option_spec *o,
                              const char *value, char *err, size_t errlen)
{
	if (*value == '\0')
		return fail(err, errlen, "--%s: the directory's name is empty (such as --%s /tmp)",
		            o->name, o->name);
	cfg->snapshot_dir = value;
	return 0;
}

/* ---- the table ---------------------------------------------------------- */

/* The book's defaults are the default_text of each row: a config starts as
 * these texts parsed by the same code that parses the user's. `grad` takes
 * --at as a point; its default is GRAD_AT_DEFAULT. */
#define GRAD_AT_DEFAULT "3,4"

static const struct option_spec options[] = {
	{ "function", "F", "0.01*x**2 + 0.1*x", ON_CURVE,
	  "the curve f(x) (variable x)", apply_function },
	{ "at", "A", "10", ON_CURVE | BIT(CMD_GRAD),
	  "the point of tangency [10]; for grad, the point X0,X1 [" GRAD_AT_DEFAULT "]", apply_at },
	{ "xrange", "A:B", "0:20", ON_CURVE,
	  "the x range of the tangent figure", apply_xrange },
	{ "surface", "F", "x0**2 + x1**2", ON_SURFACE,
	  "the surface f(x0, x1) (variables x0 x1, or x y)", apply_surface },
	{ "start", "X0,X1", "-3,4", ON_RUN,
	  "the start point of descent", apply_start },
	{ "lr", "ETA", "0.1", ON_RUN,
	  "the learning rate", apply_lr },
	{ "steps", "N", "100", ON_RUN,
	  "the number of updates (0 to 100000000)", apply_steps },
	{ "h", "H", "1e-4", BIT(CMD_DIFF) | BIT(CMD_GRAD) | ON_RUN,
	  "the step of the numerical derivative", apply_h },
	{ "csv", NULL, NULL, BIT(CMD_DESCEND),
	  "print CSV: iter,x0,x1,g0,g1,loss", apply_flag },
	{ "view", "X0:X1,Y0:Y1", "-3.5:3.5,-4.5:4.5", ON_PICTURE,
	  "the view of the descent and field figures, or 'fit' (field: -2:2,-2:2)", apply_view },
	{ "secant", NULL, NULL, ON_PICTURE,
	  "also draw the secant through f(a-h) and f(a+h)", apply_flag },
	{ "field", NULL, NULL, ON_PICTURE,
	  "draw the gradient field under the descent figure's contours", apply_flag },
	{ "size", "WxH", NULL, BIT(CMD_PLOT) | BIT(CMD_FRAME),
	  "the size [the terminal's, else 80x24 (plot) or 120x40 (frame)]", apply_size },
	{ "keys", "KEYS", NULL, BIT(CMD_FRAME),
	  "the keys to press first: a character each, or <Right> <Tab> <Enter> <Esc> <C-u> <lt> and the other names of slope(1)", apply_keys },
	{ "snapshot-dir", "DIR", ".", ON_DASHBOARD,
	  "where the w key writes the screen as text", apply_snapshot_dir },
	{ "canvas", "braille|block|ascii", "auto", ON_PICTURE,
	  "how dots are drawn [auto: braille in a UTF-8 locale, else ascii]", apply_canvas },
	{ "color", "auto|always|never", "auto", ON_PICTURE,
	  "8-color output [auto: on a terminal unless NO_COLOR is set]", apply_color },
};
#define OPTION_COUNT (sizeof options / sizeof options[0])

static const struct option_spec *find_option(const char *name, size_t len)
{
	for (size_t i = 0; i < OPTION_COUNT; i++)
		if (strlen(options[i].name) == len && strncmp(options[i].name, name, len) == 0)
			return &options[i];
	return NULL;
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
			return fail(err, errlen, "unknown command '%s' (commands: diff, grad, descend, plot, frame, help; none opens the dashboard)",
			            word);
		cfg->command = (enum command)c;
		*have_command = true;
		return 0;
	}
	if (cfg->command == CMD_PLOT && !*have_extra) {
		int f = find_name(figure_names, (int)FIGURE_COUNT, word);
		if (f < 0)
			return fail(err, errlen, "plot: unknown figure '%s' (expected tangent, field, descent or loss)", word);
		cfg->figure = (enum plot_figure)f;
		*have_extra = true;
		return 0;
	}
	if (cfg->command == CMD_HELP && !*have_extra) {
		int c = find_name(command_names, CMD_COUNT, word);
		if (c < 0)
			return fail(err, errlen, "help: unknown command '%s' (commands: diff, grad, descend, plot, frame, dashboard)", word);
		cfg->help_topic = (enum command)c;
		*have_extra = true;
		return 0;
	}
	return fail(err, errlen, "unexpected argument '%s' (see 'slope --help')", word);
}

static int apply_defaults(struct config *cfg, char *err, size_t errlen)
{
	for (size_t i = 0; i < OPTION_COUNT; i++) {
		const struct option_spec *o = &options[i];
		if (o->default_text == NULL || o->metavar == NULL)
			continue;
		const char *text = o->apply == apply_at && cfg->command == CMD_GRAD
		                   ? GRAD_AT_DEFAULT : o->default_text;
		int rc = o->apply(cfg, o, text, err, errlen);
		if (rc != 0)
			return rc;
	}
	return 0;
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
			return fail(err, errlen, "unknown option '%s' (options are spelled --name; see 'slope --help')", arg);
		const char *name = arg + 2;
		const char *eq = strchr(name, '=');
		size_t len = eq ? (size_t)(eq - name) : strlen(name);
		const struct option_spec *o = find_option(name, len);
		if (o == NULL)
			return fail(err, errlen, "unknown option '--%.*s' (see 'slope --help')", (int)len, name);
		const char *value = NULL;
		if (o->metavar == NULL) {
			if (eq)
				return fail(err, errlen, "--%s takes no value", o->name);
		} else if (eq) {
			value = eq + 1;
		} else if (i + 1 < argc) {
			value = argv[++i];
		} else {
			return fail(err, errlen, "--%s needs a value %s", o->name, o->metavar);
		}
		given[(*ngiven)++] = (struct given_option){ o, value };
	}
	if (cfg->command == CMD_PLOT && !have_extra)
		return fail(err, errlen, "plot needs a figure: slope plot tangent|field|descent|loss");
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
		return fail(err, errlen, "out of memory");
	int ngiven = 0;
	int rc = scan(argc, argv, cfg, given, &ngiven, err, errlen);
	if (rc == 0 && cfg->command != CMD_HELP && cfg->command != CMD_VERSION)
		rc = apply_defaults(cfg, err, errlen);
	for (int i = 0; rc == 0 && i < ngiven; i++) {
		const struct option_spec *o = given[i].spec;
		if (cfg->command == CMD_HELP || cfg->command == CMD_VERSION)
			break;
		if (!(o->commands & BIT(cfg->command)))
			rc = cfg->command == CMD_DASHBOARD
			     ? fail(err, errlen, "--%s does not apply to the dashboard (see 'slope --help')", o->name)
			     : fail(err, errlen, "--%s does not apply to '%s' (see 'slope help %s')",
			            o->name, command_name(cfg->command), command_name(cfg->command));
		else
			rc = o->apply(cfg, o, given[i].value, err, errlen);
		if (o->apply == apply_view)
			cfg->view_given = true;
	}
	if (rc == 0 && (cfg->command == CMD_PLOT || (BIT(cfg->command) & ON_DASHBOARD)) &&
	    cfg->steps > CLI_MAX_KEPT_STEPS)
		rc = fail(err, errlen, "--steps: '%ld' is too many to draw; at most %ld for plot and the dashboard (slope descend takes more)",
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
	cfg->curve = NULL;
	cfg->surface = NULL;
}

/* ---- help --------------------------------------------------------------- */

static void print_option(FILE *out, const struct option_spec *o)
{
	char left[64];
	if (o->metavar)
		snprintf(left, sizeof left, "--%s %s", o->name, o->metavar);
	else
		snprintf(left, sizeof left, "--%s", o->name);
	fprintf(out, "  %-28s %s", left, o->help);
	/* A help text that names its defaults itself gets no second one. */
	if (o->default_text && o->metavar && strcmp(o->default_text, "auto") != 0 &&
	    strchr(o->help, '[') == NULL)
		fprintf(out, " [%s]", o->default_text);
	fputc('\n', out);
}

static void print_options_of(FILE *out, enum command c)
{
	for (size_t i = 0; i < OPTION_COUNT; i++)
		if (options[i].commands & BIT(c))
			print_option(out, &options[i]);
}

static void print_keys(FILE *out)
{
	size_t n;
	const struct key_binding *b = key_bindings(&n);
	fputs("\nkeys:\n", out);
	for (size_t i = 0; i < n; i++)
		fprintf(out, "  %-12s %s\n", b[i].names, b[i].help);
}

static const char *const usages[CMD_COUNT] = {
	[CMD_DASHBOARD] = "slope [OPTIONS]",
	[CMD_DIFF] = "slope diff [--function F] [--at A] [--h H]",
	[CMD_GRAD] = "slope grad [--surface F] [--at X0,X1] [--h H]",
	[CMD_DESCEND] = "slope descend [--surface F] [--start X0,X1] [--lr ETA] [--steps N] [--h H] [--csv]",
	[CMD_PLOT] = "slope plot tangent|field|descent|loss [--size WxH] [--canvas MODE] [--color WHEN] [OPTIONS]",
	[CMD_FRAME] = "slope frame [--size WxH] [--keys KEYS] [--color never|always] [OPTIONS]",
	[CMD_HELP] = "slope help [COMMAND]",
	[CMD_VERSION] = "slope --version",
};

void cli_print_help(FILE *out, enum command topic)
{
	if (topic < CMD_COUNT) {
		fprintf(out, "usage: %s\n\n%s\n", usages[topic], command_summaries[topic]);
		if (topic != CMD_HELP && topic != CMD_VERSION) {
			fputs("\noptions [default]:\n", out);
			print_options_of(out, topic);
		}
		if (topic == CMD_DASHBOARD)
			print_keys(out);
		return;
	}
	fputs("usage: slope [COMMAND] [OPTIONS]\n\n"
	      "slope shows chapter 4 of Deep Learning from Scratch in a terminal: the\n"
	      "numerical derivative and its tangent, the numerical gradient, and gradient\n"
	      "descent, with the book's numbers to the last bit.\n\ncommands:\n", out);
	for (int c = 0; c < CMD_COUNT; c++)
		fprintf(out, "  %-9s %s\n", c == CMD_DASHBOARD ? "(none)" : command_names[c],
		        command_summaries[c]);
	fputs("\noptions [default]:\n", out);
	for (size_t i = 0; i < OPTION_COUNT; i++)
		print_option(out, &options[i]);
	fputs("  --help                       this help; after a command, that command's\n"
	      "  --version                    the version\n"
	      "\nExit status: 0 success, 1 failure at run time, 2 bad usage.\n"
	      "The dashboard's keys: slope help dashboard, or slope(1).\n", out);
}
