/* app: the dashboard as a state machine. The run keeps every row, so
 * stepping back costs nothing; changing the learning rate keeps the rows up
 * to the current iteration and computes on from there. Actions only move
 * targets; rows are computed by app_work, a slice at a time, so that a key
 * never waits for a long run. */
#include "app.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ladder.h"
#include "numfmt.h"

#define AUTOPLAY_MIN_MS 25
#define AUTOPLAY_MAX_MS 3200
/* Updates an action computes at once (about a millisecond); the rest is
 * left to app_work's slices. */
#define INLINE_UPDATES 10000

typedef char numtext[NUMFMT_MAX];

void app_note(struct app *app, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(app->message, sizeof app->message, fmt, ap);
	va_end(ap);
}

/* ---- the run ------------------------------------------------------------ */

/* The last iteration the state needs computed: the target and the step
 * after it (the figure's arrow), or the whole run when the view is fitted
 * to it (so the view stays still while the user steps). */
static long needed(const struct app *app)
{
	long n = app->target < app->steps ? app->target + 1 : app->steps;
	return app->view_fit ? app->steps : n;
}

bool app_busy(const struct app *app)
{
	return run_last(&app->run) < needed(app) && app->run.end == RUN_GOING;
}

/* current follows target as far as rows exist. */
static unsigned catch_up(struct app *app)
{
	long last = run_last(&app->run);
	long now = app->target < last ? app->target : last;
	if (app->run.end != RUN_GOING || now >= app->target)
		app->target = now; /* the run ends before the target: stop there */
	if (now > app->reached)
		app->reached = now;
	if (now == app->current)
		return REDRAW_NONE;
	app->current = now;
	return REDRAW_DESCENT | REDRAW_CHROME;
}

unsigned app_work(struct app *app, long max_updates)
{
	long before = run_last(&app->run);
	run_toward(&app->run, needed(app), max_updates);
	unsigned redraw = catch_up(app);
	if (run_last(&app->run) != before || app->run.end != RUN_GOING)
		redraw |= REDRAW_DESCENT | REDRAW_CHROME;
	if (app->run.end == RUN_OUT_OF_MEMORY)
		app_note(app, "out of memory at iteration %ld", run_last(&app->run));
	return redraw;
}

void app_settle(struct app *app)
{
	while (app_busy(app))
		app_work(app, INLINE_UPDATES);
}

static unsigned go_to(struct app *app, long iter)
{
	iter = iter < 0 ? 0 : iter > app->steps ? app->steps : iter;
	app->target = iter;
	return app_work(app, INLINE_UPDATES);
}

const struct run_row *app_current(const struct app *app)
{
	return run_row(&app->run, app->current);
}

/* A new run of the surface from the start, with the initial rate. */
static int new_run(struct app *app)
{
	struct run fresh;
	struct run_spec spec = {
		.surface = objective_of_expr(app->surface), .gradient = GRADIENT_NUMERICAL,
		.h = app->h, .optimizer = optimizer_defaults(OPTIMIZER_SGD, app->initial_lr),
		.start = { app->start[0], app->start[1] },
	};
	if (run_init(&fresh, &spec, true) != 0)
		return -1;
	run_free(&app->run);
	app->run = fresh;
	app->run_generation++;
	app->current = app->target = app->reached = 0;
	app->lr_since = 0;
	return 0;
}

static unsigned change_lr(struct app *app, int direction)
{
	double lr = lr_ladder_step(app->run.spec.optimizer.lr, direction);
	numtext t;
	if (lr == app->run.spec.optimizer.lr) {
		app_note(app, "lr stays %s: the end of the ladder", format_double(t, lr));
		return REDRAW_CHROME;
	}
	run_truncate(&app->run, app->current);
	run_set_lr(&app->run, lr);
	app->run_generation++;
	app->target = app->reached = app->current;
	app->lr_since = app->current;
	app_note(app, "lr = %s from iteration %ld on; the history before it is kept",
	     format_double(t, lr), app->current);
	return app_work(app, INLINE_UPDATES) | REDRAW_DESCENT | REDRAW_CHROME;
}

/* ---- the tangent pane --------------------------------------------------- */

/* The value n * m * 10^k, read from its decimal text so a lands on round
 * numbers (10.5, not 10.499999999999998). */
static double grid_value(double n, int m, int k)
{
	char text[64];
	snprintf(text, sizeof text, "%.0fe%d", n * m, k);
	return strtod(text, NULL);
}

/* Moves a to the next multiple of a round step (1, 2 or 5 times a power of
 * ten, about span/parts) in the direction given, inside the x range. */
static unsigned move_a(struct app *app, int direction, int parts)
{
	double lo = app->xrange[0], hi = app->xrange[1];
	double raw = (hi / 2 - lo / 2) * 2 / parts;
	int k = (int)floor(log10(raw));
	int m = 1;
	while (m < 10 && m * pow(10, k) < raw * (1 - 1e-9))
		m = m == 1 ? 2 : m == 2 ? 5 : 10;
	if (m == 10) {
		m = 1;
		k++;
	}
	double step = m * pow(10, k);
	double q = app->a / step;
	double n = direction > 0 ? floor(q + 1e-9) + 1 : ceil(q - 1e-9) - 1;
	double a = grid_value(n, m, k);
	a = a < lo ? lo : a > hi ? hi : a;
	if (!isfinite(a) || a == app->a)
		return REDRAW_NONE;
	app->a = a;
	return REDRAW_TANGENT | REDRAW_CHROME;
}

/* ---- actions ------------------------------------------------------------ */

static unsigned open_prompt(struct app *app)
{
	struct app_prompt *pr = &app->prompt;
	bool curve = app->focus == PANE_TANGENT;
	pr->active = true;
	pr->kind = curve ? PROMPT_CURVE : PROMPT_SURFACE;
	editor_start(&pr->line, expr_text(curve ? app->curve : app->surface));
	pr->error[0] = '\0';
	app->autoplay = false;
	return REDRAW_CHROME;
}

static unsigned reset(struct app *app)
{
	app->a = app->initial_a;
	app->autoplay = false;
	run_truncate(&app->run, 0);
	run_set_lr(&app->run, app->initial_lr);
	app->run_generation++;
	app->current = app->target = app->reached = 0;
	app->lr_since = 0;
	app_work(app, INLINE_UPDATES);
	app_note(app, "reset to the start");
	return REDRAW_ALL;
}

/* Step keys pause autoplay: the user has taken the wheel. */
static bool is_step(enum action act)
{
	return act == ACT_NEXT || act == ACT_PREV || act == ACT_FORWARD_10 ||
	       act == ACT_BACK_10 || act == ACT_FIRST || act == ACT_LAST ||
	       act == ACT_RUN_TO_END || act == ACT_LEFT || act == ACT_RIGHT;
}

static unsigned step_action(struct app *app, enum action act)
{
	bool tangent = app->focus == PANE_TANGENT;
	switch (act) {
	case ACT_NEXT: return go_to(app, app->target + 1);
	case ACT_PREV: return go_to(app, app->target - 1);
	case ACT_FORWARD_10: return go_to(app, app->target + 10);
	case ACT_BACK_10: return go_to(app, app->target - 10);
	case ACT_FIRST: return go_to(app, 0);
	case ACT_LAST: return go_to(app, app->reached);
	case ACT_RUN_TO_END: return go_to(app, app->steps);
	case ACT_LEFT: return tangent ? move_a(app, -1, 40) : go_to(app, app->target - 1);
	case ACT_RIGHT: return tangent ? move_a(app, 1, 40) : go_to(app, app->target + 1);
	case ACT_LEFT_BIG: return tangent ? move_a(app, -1, 10) : REDRAW_NONE;
	case ACT_RIGHT_BIG: return tangent ? move_a(app, 1, 10) : REDRAW_NONE;
	default: return REDRAW_NONE;
	}
}

static unsigned tick(struct app *app)
{
	if (!app->autoplay)
		return REDRAW_NONE;
	if (app->target >= app->steps ||
	    (app->run.end != RUN_GOING && app->target >= run_last(&app->run))) {
		app->autoplay = false;
		return REDRAW_CHROME;
	}
	return go_to(app, app->target + 1);
}

static unsigned set_speed(struct app *app, int faster)
{
	int ms = faster ? app->autoplay_ms / 2 : app->autoplay_ms * 2;
	if (ms < AUTOPLAY_MIN_MS || ms > AUTOPLAY_MAX_MS)
		return REDRAW_NONE;
	app->autoplay_ms = ms;
	app_note(app, "autoplay: one step every %d ms", ms);
	return REDRAW_CHROME;
}

unsigned app_apply(struct app *app, enum action act)
{
	if (act != ACT_TICK && act != ACT_NONE)
		app->message[0] = '\0';
	if (is_step(act))
		app->autoplay = false;
	switch (act) {
	case ACT_NONE: return REDRAW_NONE;
	case ACT_TICK: return tick(app);
	case ACT_AUTOPLAY:
		app->autoplay = !app->autoplay && app->target < app->steps &&
		                !(app->run.end != RUN_GOING && app->target >= run_last(&app->run));
		return REDRAW_CHROME;
	case ACT_SLOWER: return set_speed(app, 0);
	case ACT_FASTER: return set_speed(app, 1);
	case ACT_LR_UP: return change_lr(app, 1);
	case ACT_LR_DOWN: return change_lr(app, -1);
	case ACT_FOCUS:
		app->focus = (enum pane)((app->focus + 1) % PANE_COUNT);
		return REDRAW_ALL;
	case ACT_EDIT: return open_prompt(app);
	case ACT_SECANT: app->secant = !app->secant; return REDRAW_TANGENT | REDRAW_CHROME;
	case ACT_FIELD: app->field = !app->field; return REDRAW_DESCENT | REDRAW_CHROME;
	case ACT_RESET: return reset(app);
	case ACT_SNAPSHOT: app->snapshot_requested = true; return REDRAW_CHROME;
	case ACT_HELP: app->help_open = true; return REDRAW_ALL;
	case ACT_QUIT: app->quit = true; return REDRAW_NONE;
	default: return REDRAW_CHROME | step_action(app, act);
	}
}

/* ---- the prompt --------------------------------------------------------- */

static unsigned apply_prompt(struct app *app)
{
	struct app_prompt *pr = &app->prompt;
	bool curve = pr->kind == PROMPT_CURVE;
	struct expr *e;
	char why[APP_MESSAGE_MAX];
	if (expr_compile(pr->line.text, curve ? EXPR_CURVE : EXPR_SURFACE, &e, why, sizeof why) != 0) {
		snprintf(pr->error, sizeof pr->error, "%s", why);
		return REDRAW_CHROME;
	}
	pr->active = false;
	if (curve) {
		expr_free(app->curve);
		app->curve = e;
		app->curve_generation++;
		app_note(app, "f(x) = %s", expr_text(e));
		return REDRAW_ALL;
	}
	struct expr *old = app->surface;
	app->surface = e;
	if (new_run(app) != 0) {
		app->surface = old;
		expr_free(e);
		app_note(app, "out of memory: the surface stays");
		return REDRAW_ALL;
	}
	expr_free(old);
	app->surface_generation++;
	app_work(app, INLINE_UPDATES);
	app_note(app, "new surface: the run starts again");
	return REDRAW_ALL;
}

static unsigned prompt_key(struct app *app, int key)
{
	switch (editor_key(&app->prompt.line, key)) {
	case EDITOR_DONE: return apply_prompt(app);
	case EDITOR_CANCELLED: app->prompt.active = false; return REDRAW_CHROME;
	case EDITOR_EDITING: break;
	}
	return REDRAW_CHROME;
}

unsigned app_key(struct app *app, int key)
{
	if (app->prompt.active)
		return prompt_key(app, key);
	enum action act = key_action(key);
	/* The help closes here and nowhere else: any key closes it, and only
	 * q (or Ctrl-C) also acts. */
	if (app->help_open) {
		app->help_open = false;
		if (act == ACT_QUIT)
			app->quit = true;
		return REDRAW_ALL;
	}
	return app_apply(app, act);
}

/* ---- life cycle --------------------------------------------------------- */

int app_init(struct app *app, struct config *cfg)
{
	memset(app, 0, sizeof *app);
	app->surface = cfg->surface;
	app->curve = cfg->curve;
	cfg->surface = cfg->curve = NULL;
	app->initial_lr = cfg->lr;
	app->h = cfg->h;
	app->steps = cfg->steps;
	app->start[0] = cfg->start[0];
	app->start[1] = cfg->start[1];
	app->a = app->initial_a = cfg->at;
	app->xrange[0] = cfg->xrange[0];
	app->xrange[1] = cfg->xrange[1];
	memcpy(app->view, cfg->view, sizeof app->view);
	app->view_fit = cfg->view_fit;
	app->secant = cfg->secant;
	app->field = cfg->field;
	app->focus = PANE_DESCENT;
	app->autoplay_ms = 200;
	app->snapshot_dir = strdup(cfg->snapshot_dir ? cfg->snapshot_dir : ".");
	if (app->snapshot_dir == NULL || new_run(app) != 0) {
		app_free(app);
		return -1;
	}
	app_work(app, INLINE_UPDATES);
	return 0;
}

void app_free(struct app *app)
{
	run_free(&app->run);
	expr_free(app->surface);
	expr_free(app->curve);
	free(app->snapshot_dir);
	memset(app, 0, sizeof *app);
}
