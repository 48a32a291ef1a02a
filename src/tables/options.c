/* options: the one table of command-line options. Each row names an
 * option, its value, its default (the book's), the commands that take it,
 * its help, and the function that reads its value into struct config; the
 * parser, the defaults, --help and the presets all go through it. */
#include "options.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "descent.h"
#include "i18n.h"
#include "keys.h"
#include "numdiff.h"
#include "numfmt.h"
#include "numparse.h"
#include "ranges.h"
#include "presets.h"

#define BIT(c) (1u << (c))
/* The dashboard's options also shape what `slope frame` prints. */
#define ON_DASHBOARD (BIT(CMD_DASHBOARD) | BIT(CMD_FRAME) | BIT(CMD_TOUR))
#define ON_CURVE (BIT(CMD_DIFF) | BIT(CMD_PLOT) | ON_DASHBOARD)
#define ON_SURFACE (BIT(CMD_GRAD) | BIT(CMD_DESCEND) | BIT(CMD_PLOT) | BIT(CMD_RACE) | BIT(CMD_EXPORT) | ON_DASHBOARD)
#define ON_RUN (BIT(CMD_DESCEND) | BIT(CMD_PLOT) | BIT(CMD_RACE) | BIT(CMD_EXPORT) | ON_DASHBOARD)
#define ON_RACE (BIT(CMD_RACE) | BIT(CMD_PLOT) | ON_DASHBOARD)
#define ON_PICTURE (BIT(CMD_PLOT) | ON_DASHBOARD)

/* The figures of slope plot that read an option (0: every figure). */
#define FIG_CURVE (BIT(PLOT_TANGENT) | BIT(PLOT_HERROR))
#define FIG_RUN (BIT(PLOT_DESCENT) | BIT(PLOT_LOSS) | BIT(PLOT_RACE))
#define FIG_SURFACE (BIT(PLOT_FIELD) | FIG_RUN)
#define FIG_VIEW (BIT(PLOT_FIELD) | BIT(PLOT_DESCENT) | BIT(PLOT_RACE))

int usage_error(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	return 2;
}

/* ---- value parsers ------------------------------------------------------ */

static int apply_tangent_point(struct config *cfg, const struct option_spec *o,
                        const char *value, char *err, size_t errlen)
{
	double v;
	if (!parse_number(value, &v))
		return usage_error(err, errlen, _("--%s: '%s' is not a finite number (expected a number such as %s)"),
		                   o->name, value, o->default_text);
	cfg->at = v;
	return 0;
}

static int apply_positive(double *slot, const struct option_spec *o,
                          const char *value, char *err, size_t errlen)
{
	double v;
	if (!parse_number(value, &v) || !(v > 0))
		return usage_error(err, errlen, _("--%s: '%s' is not a positive finite number (expected a number such as %s)"),
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
	return apply_positive(&cfg->optimizer.lr, o, value, err, errlen);
}

static int apply_point(double slot[2], const struct option_spec *o,
                       const char *value, const char *example, char *err,
                       size_t errlen)
{
	if (!parse_two_numbers(value, ',', slot))
		return usage_error(err, errlen, _("--%s: '%s' is not a point X0,X1 (expected two finite numbers such as %s)"),
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
		return usage_error(err, errlen, _("--%s: '%s' is not a whole number from 0 to %ld"),
		                   o->name, value, CLI_MAX_STEPS);
	cfg->steps = n;
	return 0;
}

/* A range's width must be a double: its ticks, its samples and moving
 * across it all take hi - lo (1e308 - -1e308 is inf, and a = lo + inf is
 * nan). DBL_MAX as Python prints it. */
#define WIDEST_SPAN "1.7976931348623157e+308"
/* PLOT_NARROWEST_RANGE as Python prints it. */
#define NARROWEST_SPAN "1e-300"

static int apply_xrange(struct config *cfg, const struct option_spec *o,
                        const char *value, char *err, size_t errlen)
{
	double r[2];
	if (!parse_two_numbers(value, ':', r) || !(r[0] < r[1]))
		return usage_error(err, errlen, _("--%s: '%s' is not a range A:B with A < B (such as %s)"),
		                   o->name, value, o->default_text);
	if (!isfinite(r[1] - r[0]))
		return usage_error(err, errlen, _("--%s: '%s' is wider than a double holds (B - A must be at most %s)"),
		                   o->name, value, WIDEST_SPAN);
	if (r[1] - r[0] < PLOT_NARROWEST_RANGE)
		return usage_error(err, errlen, _("--%s: '%s' is narrower than a figure can draw (B - A must be at least %s)"),
		                   o->name, value, NARROWEST_SPAN);
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
		ok = parse_two_numbers(xpart, ':', x) && parse_two_numbers(comma + 1, ':', y) &&
		     x[0] < x[1] && y[0] < y[1];
	}
	if (!ok)
		return usage_error(err, errlen, _("--%s: '%s' is not a view X0:X1,Y0:Y1 with X0 < X1 and Y0 < Y1 (such as %s), or 'fit'"),
		                   o->name, value, o->default_text);
	if (!isfinite(x[1] - x[0]) || !isfinite(y[1] - y[0]))
		return usage_error(err, errlen, _("--%s: '%s' is wider than a double holds (X1 - X0 and Y1 - Y0 must be at most %s)"),
		                   o->name, value, WIDEST_SPAN);
	if (x[1] - x[0] < PLOT_NARROWEST_RANGE || y[1] - y[0] < PLOT_NARROWEST_RANGE)
		return usage_error(err, errlen, _("--%s: '%s' is narrower than a figure can draw (X1 - X0 and Y1 - Y0 must be at least %s)"),
		                   o->name, value, NARROWEST_SPAN);
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
		return usage_error(err, errlen, _("--%s: '%s' is not a size WxH (columns x rows, 1 to 1000 each, such as 80x24)"),
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
	return usage_error(err, errlen, _("--%s: '%s' is not one of %s"), o->name, value, o->metavar);
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
		/* TRANSLATORS: an option and why its value is wrong */
		return usage_error(err, errlen, _("--%s: %s"), o->name, why);
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
	else if (strcmp(o->name, "numpy") == 0)
		cfg->numpy = true;
	else if (strcmp(o->name, "secant") == 0)
		cfg->secant = true;
	else if (strcmp(o->name, "field") == 0)
		cfg->field = true;
	else if (strcmp(o->name, "panels") == 0)
		cfg->panels = true;
	else if (strcmp(o->name, "scan") == 0)
		cfg->scan = true;
	else if (strcmp(o->name, "digits") == 0)
		cfg->digits = true;
	else if (strcmp(o->name, "tour") == 0)
		cfg->tour = true;
	return 0;
}

/* --keys is read here, once, so a bad key name is bad usage before
 * anything is drawn; the frame presses the codes kept. */
static int apply_keys(struct config *cfg, const struct option_spec *o,
                      const char *value, char *err, size_t errlen)
{
	size_t max = strlen(value), n;
	int *keys = malloc((max ? max : 1) * sizeof *keys);
	char why[256];
	if (keys == NULL)
		return usage_error(err, errlen, _("out of memory"));
	if (keys_parse(value, keys, max, &n, why, sizeof why) != 0) {
		free(keys);
		return usage_error(err, errlen, _("--%s: %s"), o->name, why);
	}
	free(cfg->keys); /* a later --keys wins */
	cfg->keys = keys;
	cfg->key_count = n;
	return 0;
}

static int apply_snapshot_dir(struct config *cfg, const struct option_spec *o,
                              const char *value, char *err, size_t errlen)
{
	if (*value == '\0')
		return usage_error(err, errlen, _("--%s: the directory's name is empty (such as --%s /tmp)"),
		                   o->name, o->name);
	cfg->snapshot_dir = value;
	return 0;
}

static int apply_record(struct config *cfg, const struct option_spec *o,
                        const char *value, char *err, size_t errlen)
{
	if (*value == '\0')
		return usage_error(err, errlen, _("--%s: the file's name is empty (such as --%s lesson.cast)"),
		                   o->name, o->name);
	cfg->record = value;
	return 0;
}

/* ---- chapter 6 ----------------------------------------------------------- */

/* "sgd, momentum, nesterov, adagrad, rmsprop or adam" */
static const char *optimizer_names(void)
{
	return _("sgd, momentum, nesterov, adagrad, rmsprop or adam");
}

static int apply_optimizer(struct config *cfg, const struct option_spec *o,
                           const char *value, char *err, size_t errlen)
{
	enum optimizer_kind kind;
	if (!optimizer_by_name(value, &kind))
		return usage_error(err, errlen, _("--%s: '%s' is not an optimizer (%s)"), o->name, value,
		                   optimizer_names());
	cfg->optimizer.kind = kind;
	return 0;
}

/* --momentum, --rho, --beta1, --beta2: from 0 up to but not 1; --eps: above
 * 0. The option's name is the parameter's. */
static int apply_optimizer_param(struct config *cfg, const struct option_spec *o,
                                 const char *value, char *err, size_t errlen)
{
	enum optimizer_param param;
	double v;
	if (!optimizer_param_by_name(o->name, &param))
		return usage_error(err, errlen, _("--%s: not an optimizer's parameter"), o->name);
	bool eps = param == OPTIMIZER_PARAM_EPS;
	if (!parse_number(value, &v) || (eps ? !(v > 0) : !(v >= 0 && v < 1)))
		return usage_error(err, errlen, eps ? _("--%s: '%s' is not a positive finite number (such as %s)")
		                                    : _("--%s: '%s' is not a number from 0 up to but not 1 (such as %s)"),
		                   o->name, value, o->default_text);
	optimizer_set_param(&cfg->optimizer, param, v);
	cfg->params_given |= 1u << param;
	return 0;
}

static int apply_method(struct config *cfg, const struct option_spec *o,
                        const char *value, char *err, size_t errlen)
{
	static const char *const names[] = { "central", "forward" };
	int v = 0;
	int rc = apply_choice(&v, names, 2, o, value, err, errlen);
	if (rc == 0)
		cfg->method = v == 1 ? DIFF_FORWARD : DIFF_CENTRAL;
	return rc;
}

/* --lang takes effect before the command line is read (language.c); here
 * its value is checked and kept. */
static int apply_lang(struct config *cfg, const struct option_spec *o,
                      const char *value, char *err, size_t errlen)
{
	/* en or zh, or a locale's name of one as LANGUAGE takes it (zh_CN) */
	bool en = strcmp(value, "en") == 0 || strncmp(value, "en_", 3) == 0;
	bool zh = strcmp(value, "zh") == 0 || strncmp(value, "zh_", 3) == 0;
	if (!en && !zh)
		return usage_error(err, errlen, _("--%s: '%s' is not one of en|zh"), o->name, value);
	cfg->lang = value;
	return 0;
}

static int apply_gradient(struct config *cfg, const struct option_spec *o,
                          const char *value, char *err, size_t errlen)
{
	static const char *const names[] = { "numerical", "exact" };
	int v = 0;
	int rc = apply_choice(&v, names, 2, o, value, err, errlen);
	if (rc == 0)
		cfg->gradient = v == 1 ? GRADIENT_EXACT : GRADIENT_NUMERICAL;
	return rc;
}

/* "sgd:0.95,momentum:0.1,adam": the runners of a race, each with its own
 * rate or --lr's; one optimizer may race at several rates (sgd:10,sgd:0.1),
 * never twice at one. */
static int apply_optimizers(struct config *cfg, const struct option_spec *o,
                            const char *value, char *err, size_t errlen)
{
	struct race_entry race[RACE_MAX];
	int n = 0;
	const char *p = value;
	while (*p) {
		size_t len = strcspn(p, ",");
		char item[64], *colon;
		if (len == 0 || len >= sizeof item)
			return usage_error(err, errlen, _("--%s: '%s' is not a list NAME[:LR],... (such as sgd:0.95,momentum:0.1)"),
			                   o->name, value);
		memcpy(item, p, len);
		item[len] = '\0';
		double lr = NAN;
		if ((colon = strchr(item, ':')) != NULL) {
			*colon = '\0';
			if (!parse_number(colon + 1, &lr) || !(lr > 0))
				return usage_error(err, errlen, _("--%s: '%s' is not a positive learning rate for %s"),
				                   o->name, colon + 1, item);
		}
		enum optimizer_kind kind;
		if (!optimizer_by_name(item, &kind))
			return usage_error(err, errlen, _("--%s: '%s' is not an optimizer (%s)"), o->name, item,
			                   optimizer_names());
		for (int i = 0; i < n; i++)
			if (race[i].kind == kind && (race[i].lr == lr || (isnan(race[i].lr) && isnan(lr))))
				return usage_error(err, errlen, _("--%s: %s is in the list twice"), o->name, item);
		race[n++] = (struct race_entry){ kind, lr };
		p += len;
		if (*p == ',' && *++p == '\0')
			return usage_error(err, errlen, _("--%s: '%s' ends with a comma"), o->name, value);
	}
	if (n == 0)
		return usage_error(err, errlen, _("--%s: the list is empty (such as sgd:0.95,momentum:0.1)"), o->name);
	memcpy(cfg->race, race, sizeof race);
	cfg->race_count = n;
	return 0;
}

/* A preset's settings go through the same readers as typed options, in
 * place: options after --preset override it. Settings for options the
 * command does not take are left out. */
static int apply_preset(struct config *cfg, const struct option_spec *o,
                        const char *value, char *err, size_t errlen)
{
	const struct preset *p = preset_find(value);
	if (p == NULL) {
		char names[256] = "";
		size_t n;
		const struct preset *all = preset_table(&n);
		for (size_t i = 0; i < n; i++)
			snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s",
			         i ? ", " : "", all[i].name);
		return usage_error(err, errlen, _("--%s: '%s' is not a preset (%s; see 'slope help presets')"),
		                   o->name, value, names);
	}
	for (int i = 0; i < PRESET_SETTINGS && p->settings[i].option; i++) {
		const struct option_spec *s = option_find(p->settings[i].option,
		                                          strlen(p->settings[i].option));
		if (s == NULL || !option_applies(s, cfg->command))
			continue;
		int rc = option_apply(cfg, s, p->settings[i].value, err, errlen);
		if (rc != 0)
			return rc;
	}
	cfg->preset = p->name;
	cfg->lr_given = false; /* the preset's rate is not the user's */
	return 0;
}

/* ---- the table ---------------------------------------------------------- */

/* The book's defaults are the default_text of each row: a config starts as
 * these texts parsed by the same code that parses the user's. `grad` takes
 * --at as a point; its default is GRAD_AT_DEFAULT. */
#define GRAD_AT_DEFAULT "3,4"

/* The help texts go through gettext where --help prints them; names,
 * values and defaults are typed as they are. */
static const struct option_spec options[] = {
	{ "function", "F", "0.01*x**2 + 0.1*x", ON_CURVE,
	  N_("the curve f(x) (variable x)"), apply_function, FIG_CURVE },
	{ "at", "A", "10", ON_CURVE | BIT(CMD_GRAD),
	  /* GRAD_AT_DEFAULT written out: gettext needs the whole text */
	  N_("the point of tangency [10]; for grad, the point X0,X1 [3,4]"), apply_at, FIG_CURVE },
	{ "xrange", "A:B", "0:20", ON_CURVE,
	  N_("the x range of the tangent figure"), apply_xrange, BIT(PLOT_TANGENT) },
	{ "surface", "F", "x0**2 + x1**2", ON_SURFACE,
	  N_("the surface f(x0, x1) (variables x0 x1, or x y)"), apply_surface, FIG_SURFACE },
	{ "start", "X0,X1", "-3,4", ON_RUN,
	  N_("the start point of descent"), apply_start, FIG_RUN },
	{ "lr", "ETA", "0.1", ON_RUN,
	  N_("the learning rate"), apply_lr, FIG_RUN },
	{ "steps", "N", "100", ON_RUN,
	  N_("the number of updates (0 to 100000000)"), apply_steps, FIG_RUN },
	{ "h", "H", NUMFMT_LITERAL(NUMDIFF_BOOK_H), BIT(CMD_DIFF) | BIT(CMD_GRAD) | ON_RUN,
	  N_("the step of the numerical derivative"), apply_h, 0 },
	{ "method", "central|forward", "central", ON_CURVE,
	  N_("the difference: the book's central (f(a+h) - f(a-h)) / (2*h), or the forward (f(a+h) - f(a)) / h"), apply_method, FIG_CURVE },
	{ "scan", NULL, NULL, BIT(CMD_DIFF),
	  N_("diff: a row per h from 1e-1 to 1e-16, and 1e-50: both differences and their errors"), apply_flag, 0 },
	{ "digits", NULL, NULL, BIT(CMD_DIFF),
	  N_("diff: f(a+h) and f(a-h) with all 17 digits, aligned, the digits the subtraction cancels marked, and how many it loses (with --scan a row per h)"), apply_flag, 0 },
	{ "csv", NULL, NULL, BIT(CMD_DESCEND) | BIT(CMD_RACE) | BIT(CMD_EXPORT),
	  N_("print CSV: iter,x0,x1,g0,g1,loss (export: the script prints it)"), apply_flag, 0 },
	{ "numpy", NULL, NULL, BIT(CMD_DIFF) | BIT(CMD_GRAD) | BIT(CMD_DESCEND),
	  N_("print only what the book prints, as it prints it: diff the derivative, grad the gradient [6. 8.], descend the final point"), apply_flag, 0 },
	{ "view", "X0:X1,Y0:Y1", "-3.5:3.5,-4.5:4.5", ON_PICTURE,
	  N_("the view of the descent, field and race figures, or 'fit' (field: -2:2,-2:2)"), apply_view, FIG_VIEW },
	{ "secant", NULL, NULL, ON_PICTURE,
	  N_("also draw the secant through f(a-h) and f(a+h) (drawn anyway once --h is not 1e-4)"), apply_flag, BIT(PLOT_TANGENT) },
	{ "field", NULL, NULL, ON_PICTURE,
	  N_("draw the gradient field over the descent figure's level curves"), apply_flag, BIT(PLOT_DESCENT) },
	{ "size", "WxH", NULL, BIT(CMD_PLOT) | BIT(CMD_FRAME),
	  N_("the size [the terminal's, else 80x24 (plot) or 120x40 (frame)]"), apply_size, 0 },
	{ "keys", "KEYS", NULL, BIT(CMD_FRAME),
	  N_("the keys to press first: a character each, or <Right> <Tab> <Enter> <Esc> <C-u> <lt> and the other names of slope(1)"), apply_keys, 0 },
	{ "tour", NULL, NULL, BIT(CMD_FRAME),
	  N_("frame: the tour's first page (with --keys: Enter and BS turn pages)"), apply_flag, 0 },
	{ "snapshot-dir", "DIR", ".", ON_DASHBOARD,
	  N_("where the w key writes the screen as text"), apply_snapshot_dir, 0 },
	{ "record", "FILE", NULL, BIT(CMD_DASHBOARD) | BIT(CMD_TOUR),
	  N_("write the session to FILE as it goes, an asciicast v2 recording (asciinema play FILE); never over a file"), apply_record, 0 },
	{ "preset", "NAME", NULL, ON_RUN,
	  N_("a run's settings by name: book, lr10, lr1e-10, lr3, ch6, rosenbrock, saddle, himmelblau (slope help presets); options after it override"), apply_preset, FIG_SURFACE },
	{ "optimizer", "NAME", "sgd", ON_RUN,
	  N_("sgd, momentum, nesterov, adagrad, rmsprop or adam"), apply_optimizer, BIT(PLOT_DESCENT) | BIT(PLOT_LOSS) },
	{ "momentum", "A", NUMFMT_LITERAL(OPTIMIZER_BOOK_MOMENTUM), ON_RUN,
	  N_("momentum and nesterov: how much velocity is kept"), apply_optimizer_param, FIG_RUN },
	{ "rho", "R", NUMFMT_LITERAL(OPTIMIZER_BOOK_RHO), ON_RUN,
	  N_("rmsprop: how much of the squared gradients is kept"), apply_optimizer_param, FIG_RUN },
	{ "beta1", "B", NUMFMT_LITERAL(OPTIMIZER_BOOK_BETA1), ON_RUN,
	  N_("adam: the decay of the mean gradient"), apply_optimizer_param, FIG_RUN },
	{ "beta2", "B", NUMFMT_LITERAL(OPTIMIZER_BOOK_BETA2), ON_RUN,
	  N_("adam: the decay of the mean squared gradient"), apply_optimizer_param, FIG_RUN },
	{ "eps", "E", NUMFMT_LITERAL(OPTIMIZER_BOOK_EPS), ON_RUN,
	  N_("adagrad, rmsprop, adam: added to sqrt(h) so it never divides by 0"), apply_optimizer_param, FIG_RUN },
	{ "gradient", "numerical|exact", "numerical", ON_RUN,
	  N_("how descent takes the gradient: the book's numerical one (chapter 4) or the formula's exact one (chapter 6)"), apply_gradient, FIG_RUN },
	{ "optimizers", "LIST", "sgd", ON_RACE,
	  N_("the runners of a race: NAME[:LR],... (sgd:0.95,momentum:0.1); without LR, --lr's"), apply_optimizers, BIT(PLOT_RACE) },
	{ "panels", NULL, NULL, BIT(CMD_PLOT),
	  N_("plot race: one panel per optimizer, the book's 2x2, where the size allows"), apply_flag, BIT(PLOT_RACE) },
	{ "lang", "en|zh", NULL, ~0u,
	  N_("the language of this run [the locale's: LANGUAGE, LC_ALL, LC_MESSAGES, LANG]"), apply_lang, 0 },
	{ "canvas", "braille|block|ascii", "auto", ON_PICTURE,
	  N_("how dots are drawn [auto: braille in a UTF-8 locale, else ascii]"), apply_canvas, 0 },
	{ "color", "auto|always|never", "auto", ON_PICTURE,
	  N_("8-color output [auto: on a terminal unless NO_COLOR is set]"), apply_color, 0 },
};
#define OPTION_COUNT (sizeof options / sizeof options[0])

const struct option_spec *option_find(const char *name, size_t len)
{
	for (size_t i = 0; i < OPTION_COUNT; i++)
		if (strlen(options[i].name) == len && strncmp(options[i].name, name, len) == 0)
			return &options[i];
	return NULL;
}

bool option_applies(const struct option_spec *o, enum command c)
{
	return (o->commands & BIT(c)) != 0;
}

bool option_applies_to_figure(const struct option_spec *o, enum plot_figure f)
{
	return o->figures == 0 || (o->figures & BIT(f)) != 0;
}

const struct option_spec *option_table(size_t *count)
{
	*count = OPTION_COUNT;
	return options;
}

int option_apply(struct config *cfg, const struct option_spec *o, const char *value,
                 char *err, size_t errlen)
{
	int rc = o->apply(cfg, o, value, err, errlen);
	if (rc == 0 && o->apply == apply_view)
		cfg->view_given = true;
	if (rc == 0 && strcmp(o->name, "lr") == 0)
		cfg->lr_given = true;
	return rc;
}

int options_defaults(struct config *cfg, char *err, size_t errlen)
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

