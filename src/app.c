/* app: the dashboard as a state machine. The run's full history is kept, so
 * stepping back costs nothing; changing the learning rate keeps the history
 * up to the current iteration and recomputes from there. */
#include "app.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numdiff.h"
#include "numfmt.h"

#define AUTOPLAY_MIN_MS 25
#define AUTOPLAY_MAX_MS 3200
#define LR_LADDER_MIN_EXP (-10)
#define LR_LADDER_MAX_EXP 3

typedef char numtext[NUMFMT_MAX];

/* ---- the run ------------------------------------------------------------ */

/* A view fitted to the path is fitted to the whole run, computed now, so
 * that it stays still while the user steps through it. */
static void complete_for_fit(struct app *app)
{
	if (app->view_fit)
		run_until(&app->run, app->steps);
}

static void restart_run(struct app *app)
{
	run_truncate(&app->run, 0);
	run_set_lr(&app->run, app->initial_lr);
	app->current = 0;
	app->lr_since = 0;
	complete_for_fit(app);
}

/* The run with a new surface: computed again from the start. */
static int new_run(struct app *app)
{
	struct run fresh;
	struct run_spec spec = {
		.surface = objective_of_expr(app->surface), .gradient = GRADIENT_NUMERICAL,
		.h = app->h, .optimizer = { OPTIMIZER_SGD, app->initial_lr },
		.start = { app->start[0], app->start[1] },
	};
	if (run_init(&fresh, &spec, true) != 0)
		return -1;
	run_free(&app->run);
	app->run = fresh;
	app->current = 0;
	app->lr_since = 0;
	complete_for_fit(app);
	return 0;
}

static unsigned go_to(struct app *app, long iter)
{
	if (iter < 0)
		iter = 0;
	if (iter > app->steps)
		iter = app->steps;
	iter = iter <= run_last(&app->run) ? iter : run_until(&app->run, iter);
	if (iter == app->current)
		return REDRAW_NONE;
	app->current = iter;
	return REDRAW_DESCENT | REDRAW_CHROME;
}

const struct run_row *app_current(const struct app *app)
{
	return run_row(&app->run, app->current);
}

/* ---- the learning-rate ladder --------------------------------------------- */

/* The ladder's values are decimal literals (0.3, not 3*0.1), read with strtod
 * so each is the double a user typing it would get. */
static double ladder_value(int index)
{
	char text[16];
	int exponent = (index >= 0 ? index : index - 1) / 2;
	snprintf(text, sizeof text, "%de%d", (index & 1) ? 3 : 1, exponent);
	return strtod(text, NULL);
}

double lr_ladder_step(double lr, int direction)
{
	int lo = 2 * LR_LADDER_MIN_EXP, hi = 2 * LR_LADDER_MAX_EXP;
	if (direction > 0) {
		for (int i = lo; i <= hi; i++)
			if (ladder_value(i) > lr)
				return ladder_value(i);
		return ladder_value(hi);
	}
	for (int i = hi; i >= lo; i--)
		if (ladder_value(i) < lr)
			return ladder_value(i);
	return ladder_value(lo);
}

static unsigned change_lr(struct app *app, int direction)
{
	double lr = lr_ladder_step(app->run.spec.optimizer.lr, direction);
	numtext t;
	if (lr == app->run.spec.optimizer.lr) {
		snprintf(app->message, sizeof app->message, "lr stays %s: the end of the ladder",
		         format_double(t, lr));
		return REDRAW_CHROME;
	}
	run_truncate(&app->run, app->current);
	run_set_lr(&app->run, lr);
	app->lr_since = app->current;
	complete_for_fit(app);
	snprintf(app->message, sizeof app->message,
	         "lr = %s from iteration %ld on; the history before it is kept",
	         format_double(t, lr), app->current);
	return REDRAW_DESCENT | REDRAW_CHROME;
}

/* ---- the tangent pane ---------------------------------------------------- */

void app_set_tangent_dots(struct app *app, int dots)
{
	app->tangent_dots = dots > 1 ? dots : 1;
}

/* Moves a by whole dot columns from the range's left end, so a never drifts
 * by accumulated rounding. */
static unsigned move_a(struct app *app, double columns)
{
	double lo = app->xrange[0], hi = app->xrange[1];
	double dot = (hi - lo) / app->tangent_dots;
	double k = round((app->a - lo) / dot) + columns;
	double a = lo + k * dot;
	if (a < lo)
		a = lo;
	if (a > hi)
		a = hi;
	if (a == app->a)
		return REDRAW_NONE;
	app->a = a;
	return REDRAW_TANGENT | REDRAW_CHROME;
}

static unsigned move_a_tenth(struct app *app, int direction)
{
	double a = app->a + direction * ((app->xrange[1] - app->xrange[0]) / 10);
	if (a < app->xrange[0])
		a = app->xrange[0];
	if (a > app->xrange[1])
		a = app->xrange[1];
	if (a == app->a)
		return REDRAW_NONE;
	app->a = a;
	return REDRAW_TANGENT | REDRAW_CHROME;
}

/* ---- actions ------------------------------------------------------------- */

static unsigned open_editor(struct app *app)
{
	struct app_editor *ed = &app->editor;
	const struct expr *e = app->focus == PANE_TANGENT ? app->curve : app->surface;
	ed->active = true;
	ed->target = app->focus;
	snprintf(ed->text, sizeof ed->text, "%s", expr_text(e));
	ed->len = strlen(ed->text);
	ed->cursor = ed->len;
	ed->error[0] = '\0';
	app->autoplay = false;
	return REDRAW_CHROME;
}

static unsigned reset(struct app *app)
{
	app->a = app->initial_a;
	app->autoplay = false;
	restart_run(app);
	snprintf(app->message, sizeof app->message, "reset to the start");
	return REDRAW_ALL;
}

/* Step keys pause autoplay: the user has taken the wheel. */
static bool is_step(enum app_action act)
{
	return act == ACT_NEXT || act == ACT_PREV || act == ACT_FORWARD_10 ||
	       act == ACT_BACK_10 || act == ACT_FIRST || act == ACT_LAST ||
	       act == ACT_RUN_TO_END || act == ACT_LEFT || act == ACT_RIGHT;
}

static unsigned step_action(struct app *app, enum app_action act)
{
	switch (act) {
	case ACT_NEXT: return go_to(app, app->current + 1);
	case ACT_PREV: return go_to(app, app->current - 1);
	case ACT_FORWARD_10: return go_to(app, app->current + 10);
	case ACT_BACK_10: return go_to(app, app->current - 10);
	case ACT_FIRST: return go_to(app, 0);
	case ACT_LAST: return go_to(app, run_last(&app->run));
	case ACT_RUN_TO_END: return go_to(app, app->steps);
	case ACT_LEFT:
		return app->focus == PANE_TANGENT ? move_a(app, -1) : go_to(app, app->current - 1);
	case ACT_RIGHT:
		return app->focus == PANE_TANGENT ? move_a(app, 1) : go_to(app, app->current + 1);
	default: return REDRAW_NONE;
	}
}

static unsigned tick(struct app *app)
{
	if (!app->autoplay)
		return REDRAW_NONE;
	unsigned r = go_to(app, app->current + 1);
	if (r == REDRAW_NONE) {
		app->autoplay = false;
		return REDRAW_CHROME;
	}
	return r;
}

static unsigned set_speed(struct app *app, int faster)
{
	int ms = faster ? app->autoplay_ms / 2 : app->autoplay_ms * 2;
	if (ms < AUTOPLAY_MIN_MS || ms > AUTOPLAY_MAX_MS)
		return REDRAW_NONE;
	app->autoplay_ms = ms;
	snprintf(app->message, sizeof app->message, "autoplay: one step every %d ms", ms);
	return REDRAW_CHROME;
}

unsigned app_apply(struct app *app, enum app_action act)
{
	if (app->help_open && act != ACT_TICK && act != ACT_NONE) {
		app->help_open = false;
		if (act != ACT_QUIT)
			return REDRAW_ALL;
	}
	if (act != ACT_TICK && act != ACT_NONE)
		app->message[0] = '\0';
	/* Every action redraws the chrome: the status line follows it. */
	unsigned redraw = REDRAW_CHROME;
	if (is_step(act))
		app->autoplay = false;
	switch (act) {
	case ACT_NONE: return REDRAW_NONE;
	case ACT_TICK: return tick(app);
	case ACT_LEFT_BIG: return redraw | (app->focus == PANE_TANGENT ? move_a_tenth(app, -1) : 0);
	case ACT_RIGHT_BIG: return redraw | (app->focus == PANE_TANGENT ? move_a_tenth(app, 1) : 0);
	case ACT_AUTOPLAY:
		app->autoplay = !app->autoplay && app->current < app->steps &&
		                 !(app->run.end != RUN_GOING && app->current == run_last(&app->run));
		return REDRAW_CHROME;
	case ACT_SLOWER: return set_speed(app, 0);
	case ACT_FASTER: return set_speed(app, 1);
	case ACT_LR_UP: return change_lr(app, 1);
	case ACT_LR_DOWN: return change_lr(app, -1);
	case ACT_FOCUS:
		app->focus = app->focus == PANE_TANGENT ? PANE_DESCENT : PANE_TANGENT;
		return REDRAW_CHROME;
	case ACT_EDIT: return open_editor(app);
	case ACT_SECANT: app->secant = !app->secant; return REDRAW_TANGENT | REDRAW_CHROME;
	case ACT_FIELD: app->field = !app->field; return REDRAW_DESCENT | REDRAW_CHROME;
	case ACT_RESET: return reset(app);
	case ACT_HELP: app->help_open = true; return REDRAW_ALL;
	case ACT_QUIT: app->quit = true; return REDRAW_NONE;
	default: return redraw | step_action(app, act);
	}
}

/* ---- the editor ---------------------------------------------------------- */

static unsigned apply_edit(struct app *app)
{
	struct app_editor *ed = &app->editor;
	bool curve = ed->target == PANE_TANGENT;
	struct expr *e;
	char why[APP_MESSAGE_MAX];
	if (expr_compile(ed->text, curve ? EXPR_CURVE : EXPR_SURFACE, &e, why, sizeof why) != 0) {
		snprintf(ed->error, sizeof ed->error, "%s", why);
		return REDRAW_CHROME;
	}
	ed->active = false;
	if (curve) {
		expr_free(app->curve);
		app->curve = e;
		snprintf(app->message, sizeof app->message, "f(x) = %s", expr_text(e));
		return REDRAW_ALL;
	}
	struct expr *old = app->surface;
	app->surface = e;
	if (new_run(app) != 0) {
		app->surface = old;
		expr_free(e);
		snprintf(app->message, sizeof app->message, "out of memory: the surface stays");
		return REDRAW_ALL;
	}
	expr_free(old);
	app->surface_generation++;
	snprintf(app->message, sizeof app->message, "new surface: the run starts again");
	return REDRAW_ALL;
}

static void delete_at_cursor(struct app_editor *ed)
{
	if (ed->cursor < ed->len) {
		memmove(ed->text + ed->cursor, ed->text + ed->cursor + 1, ed->len - ed->cursor);
		ed->len--;
	}
}

unsigned app_edit_key(struct app *app, int key)
{
	struct app_editor *ed = &app->editor;
	if (!ed->active)
		return REDRAW_NONE;
	switch (key) {
	case APP_KEY_LEFT: if (ed->cursor > 0) ed->cursor--; break;
	case APP_KEY_RIGHT: if (ed->cursor < ed->len) ed->cursor++; break;
	case APP_KEY_HOME: ed->cursor = 0; break;
	case APP_KEY_END: ed->cursor = ed->len; break;
	case APP_KEY_KILL_LINE: ed->len = ed->cursor = 0; ed->text[0] = '\0'; break;
	case APP_KEY_CANCEL: ed->active = false; return REDRAW_CHROME;
	case APP_KEY_ENTER: return apply_edit(app);
	case APP_KEY_BACKSPACE:
		if (ed->cursor > 0) {
			ed->cursor--;
			delete_at_cursor(ed);
		}
		break;
	case APP_KEY_DELETE: delete_at_cursor(ed); break;
	default:
		if (key < 0x20 || key > 0x7e || ed->len + 1 >= sizeof ed->text)
			return REDRAW_NONE;
		memmove(ed->text + ed->cursor + 1, ed->text + ed->cursor, ed->len - ed->cursor + 1);
		ed->text[ed->cursor++] = (char)key;
		ed->len++;
	}
	return REDRAW_CHROME;
}

/* ---- captions ------------------------------------------------------------ */

static double norm2(const double v[2])
{
	return sqrt(v[0] * v[0] + v[1] * v[1]);
}

int app_descent_items(const struct app *app, char items[][APP_ITEM_MAX])
{
	const struct run_row *s = app_current(app);
	double exact[2];
	expr_value_and_gradient(app->surface, s->x, exact);
	numtext a, b, c, d, e, f, g, n;
	int k = 0;
	snprintf(items[k++], APP_ITEM_MAX, "iter %ld/%ld", app->current, app->steps);
	snprintf(items[k++], APP_ITEM_MAX, "x = (%s, %s)", format_double(a, s->x[0]), format_double(b, s->x[1]));
	snprintf(items[k++], APP_ITEM_MAX, "grad = (%s, %s)", format_double(c, s->grad[0]), format_double(d, s->grad[1]));
	snprintf(items[k++], APP_ITEM_MAX, "loss = %s", format_double(e, s->loss));
	if (app->lr_since > 0)
		snprintf(items[k++], APP_ITEM_MAX, "lr = %s (from iter %ld on)",
		         format_double(f, app->run.spec.optimizer.lr), app->lr_since);
	else
		snprintf(items[k++], APP_ITEM_MAX, "lr = %s", format_double(f, app->run.spec.optimizer.lr));
	snprintf(items[k++], APP_ITEM_MAX, "exact grad = (%s, %s)", format_double(g, exact[0]), format_double(n, exact[1]));
	snprintf(items[k++], APP_ITEM_MAX, "|grad| = %s", format_double(a, norm2(s->grad)));
	return k;
}

int app_tangent_items(const struct app *app, char items[][APP_ITEM_MAX])
{
	double a = app->a, exact;
	double fa = expr_value_and_gradient(app->curve, &a, &exact);
	struct objective f = objective_of_expr(app->curve);
	struct tangent t = tangent_line(&f, a, app->h);
	numtext ta, tf, td, th, te, tdiff, ts, ti;
	int k = 0;
	snprintf(items[k++], APP_ITEM_MAX, "a = %s", format_double(ta, a));
	snprintf(items[k++], APP_ITEM_MAX, "f(a) = %s", format_double(tf, fa));
	snprintf(items[k++], APP_ITEM_MAX, "numerical f'(a) = %s (h = %s)", format_double(td, t.slope),
	         format_double(th, app->h));
	snprintf(items[k++], APP_ITEM_MAX, "exact f'(a) = %s", format_double(te, exact));
	snprintf(items[k++], APP_ITEM_MAX, "difference = %s", format_double(tdiff, t.slope - exact));
	if (isfinite(t.slope) && isfinite(t.intercept))
		snprintf(items[k++], APP_ITEM_MAX, "tangent: y = %s*x %s %s", format_double(ts, t.slope),
		         signbit(t.intercept) ? "-" : "+", format_double(ti, fabs(t.intercept)));
	else
		snprintf(items[k++], APP_ITEM_MAX, "tangent: undefined at a");
	return k;
}

/* The run's verdict at the current row: the first that applies. */
static const char *verdict(const struct app *app, char *buf, size_t len)
{
	const struct run_row *s = app_current(app);
	long last = run_last(&app->run);
	if (!run_row_finite(s) || (app->run.end != RUN_GOING && app->current == last)) {
		long at = last;
		if (at == 0)
			snprintf(buf, len, "f or its gradient is not finite at the start point: edit f (e) or the start");
		else
			snprintf(buf, len, "diverged: a value is not finite at iteration %ld (try a smaller lr: -)", at);
		return buf;
	}
	double width = app->view[1] - app->view[0], height = app->view[3] - app->view[2];
	double size = width > height ? width : height;
	if (fabs(s->x[0]) > 1e6 * size || fabs(s->x[1]) > 1e6 * size) {
		snprintf(buf, len, "diverged: the point is far outside the view (try a smaller lr: -)");
		return buf;
	}
	if (norm2(s->grad) < APP_CONVERGED) {
		snprintf(buf, len, "converged: |grad| < 1e-8 at iteration %ld", app->current);
		return buf;
	}
	return NULL;
}

void app_status(const struct app *app, char *buf, size_t len)
{
	char v[APP_MESSAGE_MAX];
	if (app->editor.active) {
		snprintf(buf, len, "%s", app->editor.error[0] ? app->editor.error
		                        : "Enter applies, Esc cancels, Ctrl-A/E/U edit");
		return;
	}
	const char *why = verdict(app, v, sizeof v);
	if (app->message[0])
		snprintf(buf, len, "%s", app->message);
	else if (why)
		snprintf(buf, len, "%s", why);
	else if (app->autoplay)
		snprintf(buf, len, "playing every %d ms: a pauses, < > speed", app->autoplay_ms);
	else
		snprintf(buf, len, "n next  p prev  g run  a play  +/- lr  Tab pane  e edit  ? help  q quit");
}

/* ---- layout ------------------------------------------------------------- */

/* Two figures side by side need this many columns; stacked, this many rows. */
#define SIDE_BY_SIDE_COLS 120
#define STACKED_ROWS 36

struct app_layout app_layout(const struct app *app, int cols, int rows)
{
	struct app_layout l;
	memset(&l, 0, sizeof l);
	if (cols < APP_MIN_COLS || rows < APP_MIN_ROWS) {
		l.too_small = true;
		return l;
	}
	int body = rows - 1;
	l.status = (struct app_rect){ body, 0, 1, cols };
	if (cols >= SIDE_BY_SIDE_COLS) {
		int left = cols / 2;
		l.pane[PANE_TANGENT] = (struct app_rect){ 0, 0, body, left };
		l.pane[PANE_DESCENT] = (struct app_rect){ 0, left, body, cols - left };
	} else if (rows >= STACKED_ROWS) {
		int top = body / 2;
		l.pane[PANE_TANGENT] = (struct app_rect){ 0, 0, top, cols };
		l.pane[PANE_DESCENT] = (struct app_rect){ top, 0, body - top, cols };
	} else {
		l.pane[app->focus] = (struct app_rect){ 0, 0, body, cols };
	}
	return l;
}

int app_wrap(char items[][APP_ITEM_MAX], int n, int width,
             char lines[][APP_LINE_MAX], int max_lines)
{
	int used = 0;
	size_t len = 0;
	if (width >= APP_LINE_MAX)
		width = APP_LINE_MAX - 1;
	for (int i = 0; i < n; i++) {
		size_t item = strlen(items[i]);
		if (item == 0 || item > (size_t)width)
			continue;
		if (used > 0 && len + 2 + item <= (size_t)width) {
			memcpy(lines[used - 1] + len, "  ", 2);
			memcpy(lines[used - 1] + len + 2, items[i], item + 1);
			len += 2 + item;
			continue;
		}
		if (used == max_lines)
			break;
		memcpy(lines[used++], items[i], item + 1);
		len = item;
	}
	return used;
}

/* ---- life cycle ---------------------------------------------------------- */

int app_init(struct app *app, struct config *cfg)
{
	memset(app, 0, sizeof *app);
	app->surface = cfg->surface;
	app->curve = cfg->curve;
	cfg->surface = cfg->curve = NULL;
	app->initial_lr = cfg->lr;
	app->steps = cfg->steps;
	app->start[0] = cfg->start[0];
	app->start[1] = cfg->start[1];
	app->a = app->initial_a = cfg->at;
	app->h = cfg->h;
	app->xrange[0] = cfg->xrange[0];
	app->xrange[1] = cfg->xrange[1];
	memcpy(app->view, cfg->view, sizeof app->view);
	app->view_fit = cfg->view_fit;
	app->secant = cfg->secant;
	app->field = cfg->field;
	app->focus = PANE_DESCENT;
	app->autoplay_ms = 200;
	app->tangent_dots = 160;
	if (new_run(app) != 0) {
		app_free(app);
		return -1;
	}
	return 0;
}

void app_free(struct app *app)
{
	run_free(&app->run);
	expr_free(app->surface);
	expr_free(app->curve);
	memset(app, 0, sizeof *app);
}
