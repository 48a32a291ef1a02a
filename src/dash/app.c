/* app: the dashboard as a state machine: keys become actions, actions
 * change the state and return their effect. Changing the learning rate
 * keeps the rows up to the current iteration and computes on from there.
 * The top of the state's files (app_internal.h): the run and its cursor
 * are app_run.c's, settings read from a config app_settings.c's. */
#include "app.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "help.h"
#include "ladder.h"
#include "numfmt.h"
#include "numparse.h"
#include "app_internal.h"
#include "i18n.h"
#include "tour.h"

#define AUTOPLAY_MIN_MS 25
#define AUTOPLAY_MAX_MS 3200

typedef char numtext[NUMFMT_MAX];

static enum app_effect change_lr(struct app *app, int direction)
{
	if (app->racing) {
		app_note(app, _("in a race each optimizer keeps its own lr (R leaves the race)"));
		return EFFECT_CHANGED;
	}
	/* from the lr the strip shows: the rate of the next update, which
	 * after Home is the old run's, not the last rate set */
	long next = app->cursor.current + 1;
	double now = next <= run_last(&app->run) ? run_row(&app->run, next)->lr
	                                         : app->run.spec.optimizer.lr;
	double lr = lr_ladder_step(now, direction);
	numtext t;
	if (lr == now) {
		if (direction > 0)
			app_note(app, _("lr stays %s: the top of the ladder (1e-10 to 1000)"),
			         format_scalar(t, lr));
		else
			app_note(app, _("lr stays %s: the bottom of the ladder (1e-10 to 1000)"),
			         format_scalar(t, lr));
		return EFFECT_CHANGED;
	}
	app_rewrite_after(app, app->cursor.current);
	run_set_lr(&app->run, lr);
	/* the step from the current iteration is the first at the new rate */
	app->lr_chosen = true;
	app_note(app, _("lr = %s from iteration %ld on; the history before it is kept"),
	         format_scalar(t, lr), app->cursor.current);
	app_work(app, APP_INLINE_UPDATES);
	return EFFECT_CHANGED;
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
static enum app_effect move_a(struct app *app, int direction, int parts)
{
	double lo = app->tangent.xrange[0], hi = app->tangent.xrange[1];
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
	double q = app->tangent.a / step;
	double n = direction > 0 ? floor(q + 1e-9) + 1 : ceil(q - 1e-9) - 1;
	double a = grid_value(n, m, k);
	a = a < lo ? lo : a > hi ? hi : a;
	if (!isfinite(a) || a == app->tangent.a)
		return EFFECT_NONE;
	app->tangent.a = a;
	return EFFECT_CHANGED;
}

/* [ and ]: h by powers of ten, down to the book's 1e-50. The secant comes
 * on with the first change (unless s chose), so the learner sees it close
 * on the tangent as h shrinks. */
static enum app_effect change_h(struct app *app, int direction)
{
	double h = h_ladder_step(app->tangent.diff_h, direction);
	numtext t;
	if (h == app->tangent.diff_h) {
		if (direction > 0)
			app_note(app, _("h stays %s: the largest here, 0.1"), format_scalar(t, h));
		else
			app_note(app, _("h stays %s: the smallest, the book's 1e-50"), format_scalar(t, h));
		return EFFECT_CHANGED;
	}
	app->tangent.diff_h = h;
	if (!app->tangent.secant_chosen)
		app->tangent.secant = true;
	app_note(app, "h = %s", format_scalar(t, h));
	return EFFECT_CHANGED;
}

/* ---- actions ------------------------------------------------------------ */

static enum app_effect open_prompt(struct app *app, enum prompt_kind kind)
{
	struct app_prompt *pr = &app->prompt;
	char text[64];
	numtext a, b;
	pr->active = true;
	pr->kind = kind;
	switch (kind) {
	case PROMPT_CURVE: editor_start(&pr->line, expr_text(app->tangent.curve)); break;
	case PROMPT_SURFACE: editor_start(&pr->line, expr_text(app->surface)); break;
	case PROMPT_START:
		snprintf(text, sizeof text, "%s,%s", format_double(a, app->start[0]),
		         format_double(b, app->start[1]));
		editor_start(&pr->line, text);
		break;
	case PROMPT_STEPS:
		snprintf(text, sizeof text, "%ld", app->steps);
		editor_start(&pr->line, text);
		break;
	case PROMPT_A:
		editor_start(&pr->line, format_double(a, app->tangent.a));
		break;
	}
	pr->error[0] = '\0';
	pr->error_column = 0;
	app->autoplay.on = false;
	return EFFECT_CHANGED;
}

static enum app_effect toggle_race(struct app *app)
{
	if (app->racing) {
		race_free(&app->race);
		app->racing = false;
		app_rows_rewritten(app, 0);
		app_note(app, _("one run again: %s"), optimizer_name(app->optimizer.kind));
		return EFFECT_CHANGED;
	}
	if (app_new_race(app, &app->race) != 0) {
		app_note(app, _("out of memory: no race"));
		return EFFECT_CHANGED;
	}
	app->racing = true;
	app->autoplay.on = false;
	app_rows_rewritten(app, 0);
	app_work(app, APP_INLINE_UPDATES);
	app_note(app, _("race: %d optimizers from the same start, one key press a step for all"),
	         app->race.count);
	return EFFECT_CHANGED;
}

static enum app_effect toggle_panels(struct app *app)
{
	if (!app->racing) {
		app_note(app, "%s", _("# shows a race in panels or on one plot (R starts a race)"));
		return EFFECT_CHANGED;
	}
	app->toggles.race_one_plot = !app->toggles.race_one_plot;
	app_note(app, "%s", app->toggles.race_one_plot ? _("the paths on one plot; # gives each optimizer a panel")
	                                       : _("a panel per optimizer where the pane has room; # puts the paths on one plot"));
	return EFFECT_CHANGED;
}

static enum app_effect next_optimizer(struct app *app)
{
	if (app->racing) {
		app_note(app, _("o picks the optimizer of a single run (R leaves the race)"));
		return EFFECT_CHANGED;
	}
	enum optimizer_kind before = app->optimizer.kind;
	double lr_before = app->optimizer.lr;
	app->optimizer.kind = (enum optimizer_kind)((before + 1) % OPTIMIZER_COUNT);
	app->optimizer.lr = app_optimizer_lr(app, app->optimizer.kind);
	if (app_new_run(app) != 0) {
		app->optimizer.kind = before;
		app->optimizer.lr = lr_before;
		app_note(app, _("out of memory: the optimizer stays"));
		return EFFECT_CHANGED;
	}
	app_work(app, APP_INLINE_UPDATES);
	numtext lr;
	app_note(app, _("optimizer %s, lr %s: the run starts again"), optimizer_name(app->optimizer.kind),
	         format_scalar(lr, app->optimizer.lr));
	return EFFECT_CHANGED;
}

static enum app_effect reset(struct app *app)
{
	app->tangent.a = app->tangent.initial_a;
	app->autoplay.on = false;
	if (app->racing) {
		struct race race;
		if (app_new_race(app, &race) == 0) {
			race_free(&app->race);
			app->race = race;
		}
	}
	app_rewrite_after(app, 0);
	run_set_lr(&app->run, app->optimizer.lr);
	app_work(app, APP_INLINE_UPDATES);
	app_note(app, _("reset to the start"));
	return EFFECT_CHANGED;
}

/* Step keys pause autoplay: the user has taken the wheel. */
static bool is_step(enum action act)
{
	return act == ACT_NEXT || act == ACT_PREV || act == ACT_FORWARD_10 ||
	       act == ACT_BACK_10 || act == ACT_FIRST || act == ACT_LAST ||
	       act == ACT_RUN_TO_END || act == ACT_LEFT || act == ACT_RIGHT;
}

static enum app_effect step_action(struct app *app, enum action act)
{
	bool tangent = app->focus == PANE_TANGENT;
	switch (act) {
	case ACT_NEXT: return app_go_to(app, app->cursor.target + 1);
	case ACT_PREV: return app_go_to(app, app->cursor.target - 1);
	case ACT_FORWARD_10: return app_go_to(app, app->cursor.target + 10);
	case ACT_BACK_10: return app_go_to(app, app->cursor.target - 10);
	case ACT_FIRST: return app_go_to(app, 0);
	case ACT_LAST: return app_go_to(app, app->cursor.reached);
	case ACT_RUN_TO_END: return app_go_to(app, app->steps);
	case ACT_LEFT: return tangent ? move_a(app, -1, 40) : app_go_to(app, app->cursor.target - 1);
	case ACT_RIGHT: return tangent ? move_a(app, 1, 40) : app_go_to(app, app->cursor.target + 1);
	case ACT_LEFT_BIG: return tangent ? move_a(app, -1, 10) : EFFECT_NONE;
	case ACT_RIGHT_BIG: return tangent ? move_a(app, 1, 10) : EFFECT_NONE;
	default: return EFFECT_NONE;
	}
}

static enum app_effect tick(struct app *app)
{
	if (!app->autoplay.on)
		return EFFECT_NONE;
	if (app_at_the_end(app)) {
		app->autoplay.on = false;
		if (app->cursor.target >= app->steps)
			app_note(app, _("autoplay stopped: iteration %ld is the last (N = %ld; N changes it)"),
			         app->cursor.target, app->steps);
		else
			app_note(app, _("autoplay stopped: the run cannot go past iteration %ld"), app->cursor.target);
		return EFFECT_CHANGED;
	}
	return app_go_to(app, app->cursor.target + 1);
}

static enum app_effect set_speed(struct app *app, int faster)
{
	int ms = faster ? app->autoplay.ms / 2 : app->autoplay.ms * 2;
	if (ms < AUTOPLAY_MIN_MS || ms > AUTOPLAY_MAX_MS) {
		if (faster)
			app_note(app, _("autoplay stays at one step every %d ms: the fastest"), app->autoplay.ms);
		else
			app_note(app, _("autoplay stays at one step every %d ms: the slowest"), app->autoplay.ms);
		return EFFECT_CHANGED;
	}
	app->autoplay.ms = ms;
	app_note(app, _("autoplay: one step every %d ms"), ms);
	return EFFECT_CHANGED;
}

static enum app_effect toggle_autoplay(struct app *app)
{
	if (!app->autoplay.on && app_at_the_end(app)) {
		app_note(app, _("nothing to play: iteration %ld is the last (Home goes back)"), app->cursor.target);
		return EFFECT_CHANGED;
	}
	app->autoplay.on = !app->autoplay.on;
	return EFFECT_CHANGED;
}

enum app_effect app_apply(struct app *app, enum action act)
{
	if (act != ACT_TICK && act != ACT_NONE)
		app->message[0] = '\0';
	if (is_step(act))
		app->autoplay.on = false;
	switch (act) {
	case ACT_NONE: return EFFECT_NONE;
	case ACT_TICK: return tick(app);
	case ACT_AUTOPLAY: return toggle_autoplay(app);
	case ACT_SLOWER: return set_speed(app, 0);
	case ACT_FASTER: return set_speed(app, 1);
	case ACT_LR_UP: return change_lr(app, 1);
	case ACT_LR_DOWN: return change_lr(app, -1);
	case ACT_FOCUS:
		app->focus = (enum pane)((app->focus + 1) % PANE_COUNT);
		return EFFECT_CHANGED;
	case ACT_EDIT:
		return open_prompt(app, app->focus == PANE_TANGENT ? PROMPT_CURVE : PROMPT_SURFACE);
	case ACT_EDIT_START: return open_prompt(app, PROMPT_START);
	case ACT_EDIT_STEPS: return open_prompt(app, PROMPT_STEPS);
	case ACT_SECANT:
		app->tangent.secant = !app->tangent.secant;
		app->tangent.secant_chosen = true;
		return EFFECT_CHANGED;
	case ACT_H_DOWN: return change_h(app, -1);
	case ACT_H_UP: return change_h(app, 1);
	case ACT_METHOD:
		app->tangent.method = app->tangent.method == DIFF_CENTRAL ? DIFF_FORWARD : DIFF_CENTRAL;
		app_note(app, "%s", app->tangent.method == DIFF_CENTRAL
		                    ? _("the central difference (f(a+h) - f(a-h)) / (2*h): the book's")
		                    : _("the forward difference (f(a+h) - f(a)) / h: the book's worse one"));
		return EFFECT_CHANGED;
	case ACT_HERROR: app->tangent.herror = !app->tangent.herror; return EFFECT_CHANGED;
	case ACT_LOST_DIGITS: app->tangent.lost_digits = !app->tangent.lost_digits; return EFFECT_CHANGED;
	case ACT_EDIT_A: return open_prompt(app, PROMPT_A);
	case ACT_FIELD: app->toggles.field = !app->toggles.field; return EFFECT_CHANGED;
	case ACT_INSPECT:
		if (app->racing) {
			app_note(app, _("i inspects a single run (R leaves the race)"));
			return EFFECT_CHANGED;
		}
		app->toggles.inspect = !app->toggles.inspect;
		return EFFECT_CHANGED;
	case ACT_DIGITS: app->toggles.full_digits = !app->toggles.full_digits; return EFFECT_CHANGED;
	case ACT_LOSS: app->toggles.loss_chart = !app->toggles.loss_chart; return EFFECT_CHANGED;
	case ACT_PANELS: return toggle_panels(app);
	case ACT_ZOOM:
		app->toggles.view_fit = !app->toggles.view_fit;
		app_note(app, "%s", app->toggles.view_fit ? _("zoom: the view fitted to the path(s); z gives the view back")
		                                  : _("zoom: the view given; z fits it to the path(s)"));
		return EFFECT_CHANGED;
	case ACT_RESET: return reset(app);
	case ACT_RACE: return toggle_race(app);
	case ACT_OPTIMIZER: return next_optimizer(app);
	case ACT_PRESET: return app_preset(app, app->preset ? app->preset_index + 1 : 0);
	case ACT_SNAPSHOT: return EFFECT_SNAPSHOT;
	case ACT_EXPORT:
		if (!app->racing)
			return EFFECT_EXPORT;
		app_note(app, _("W writes a single run (R leaves the race)"));
		return EFFECT_CHANGED;
	case ACT_HELP: app->help_open = true; app->help_page = 0; return EFFECT_CHANGED;
	case ACT_QUIT: return EFFECT_QUIT;
	default: step_action(app, act); return EFFECT_CHANGED;
	}
}

/* ---- prompts ------------------------------------------------------------ */

/* An error at a column puts the cursor there, so the text on screen is
 * the text around it however long the line. */
static void prompt_error(struct app_prompt *pr, int column, const char *why)
{
	snprintf(pr->error, sizeof pr->error, "%s", why);
	pr->error_column = column;
	if (column > 0) {
		size_t at = (size_t)column - 1;
		pr->line.cursor = at < pr->line.len ? at : pr->line.len;
		pr->line.selected = false;
	}
}

static enum app_effect apply_function(struct app *app)
{
	struct app_prompt *pr = &app->prompt;
	bool curve = pr->kind == PROMPT_CURVE;
	struct expr *e;
	char why[APP_MESSAGE_MAX];
	if (expr_compile(pr->line.text, curve ? EXPR_CURVE : EXPR_SURFACE, &e, why, sizeof why) != 0) {
		prompt_error(pr, 0, why);
		return EFFECT_CHANGED;
	}
	pr->active = false;
	if (curve) {
		expr_free(app->tangent.curve);
		app->tangent.curve = e;
		app->tangent.curve_generation++;
		app_note(app, "f(x) = %s", expr_text(e));
		return EFFECT_CHANGED;
	}
	struct expr *old = app->surface;
	app->surface = e;
	if (app_new_run(app) != 0) {
		app->surface = old;
		expr_free(e);
		app_note(app, _("out of memory: the surface stays"));
		return EFFECT_CHANGED;
	}
	expr_free(old);
	app->surface_generation++;
	app->preset = NULL; /* its surface is gone: its name would say what is not shown */
	app_work(app, APP_INLINE_UPDATES);
	app_note(app, _("new surface: the run starts again"));
	return EFFECT_CHANGED;
}

static enum app_effect apply_start(struct app *app)
{
	struct app_prompt *pr = &app->prompt;
	double start[2], before[2] = { app->start[0], app->start[1] };
	char why[APP_MESSAGE_MAX];
	int column = parse_two_numbers_at(pr->line.text, ',', start, why, sizeof why);
	if (column != 0) {
		prompt_error(pr, column, why);
		return EFFECT_CHANGED;
	}
	pr->active = false;
	app->start[0] = start[0];
	app->start[1] = start[1];
	if (app_new_run(app) != 0) {
		app->start[0] = before[0];
		app->start[1] = before[1];
		app_note(app, _("out of memory: the start stays"));
		return EFFECT_CHANGED;
	}
	app_work(app, APP_INLINE_UPDATES);
	numtext a, b;
	app_note(app, _("start = (%s, %s): the run starts again"), format_scalar(a, start[0]),
	         format_scalar(b, start[1]));
	return EFFECT_CHANGED;
}

static enum app_effect apply_steps(struct app *app)
{
	struct app_prompt *pr = &app->prompt;
	long steps;
	char why[APP_MESSAGE_MAX];
	int column = parse_count_at(pr->line.text, CLI_MAX_KEPT_STEPS, &steps, why, sizeof why);
	if (column != 0) {
		prompt_error(pr, column, why);
		return EFFECT_CHANGED;
	}
	pr->active = false;
	app_set_steps(app, steps);
	app_work(app, APP_INLINE_UPDATES);
	app_note(app, "N = %ld", steps);
	return EFFECT_CHANGED;
}

static enum app_effect apply_a(struct app *app)
{
	struct app_prompt *pr = &app->prompt;
	double a;
	if (!parse_number(pr->line.text, &a)) {
		prompt_error(pr, 1, _("not a finite number (such as 10 or -2.5)"));
		return EFFECT_CHANGED;
	}
	pr->active = false;
	app->tangent.a = a;
	numtext t;
	app_note(app, "a = %s", format_scalar(t, a));
	return EFFECT_CHANGED;
}

static enum app_effect prompt_key(struct app *app, int key)
{
	struct app_prompt *pr = &app->prompt;
	switch (editor_key(&pr->line, key)) {
	case EDITOR_DONE:
		/* a text cut at the limit is not what was typed: none of it */
		if (pr->line.too_long) {
			char why[APP_MESSAGE_MAX];
			snprintf(why, sizeof why,
			         _("longer than %d characters, the most a prompt takes: nothing applied (Ctrl-U empties the line)"),
			         EDITOR_TEXT_MAX);
			prompt_error(pr, 0, why);
			return EFFECT_CHANGED;
		}
		switch (pr->kind) {
		case PROMPT_CURVE: case PROMPT_SURFACE: return apply_function(app);
		case PROMPT_START: return apply_start(app);
		case PROMPT_STEPS: return apply_steps(app);
		case PROMPT_A: return apply_a(app);
		}
		return EFFECT_CHANGED;
	case EDITOR_CANCELLED: pr->active = false; return EFFECT_CHANGED;
	case EDITOR_EDITING:
		/* the error was about the text as it was entered */
		pr->error[0] = '\0';
		pr->error_column = 0;
		break;
	}
	return EFFECT_CHANGED;
}

/* ---- keys --------------------------------------------------------------- */

/* A key that does nothing here says so, and where it would. */
static enum app_effect not_here(struct app *app, int key, const struct key_binding *b)
{
	char name[32];
	key_label(key, name, sizeof name);
	if (b == NULL) {
		app_note(app, _("%s does nothing; ? lists the keys"), name);
		return EFFECT_CHANGED;
	}
	/* TRANSLATORS: the key's name, then what it does (the help's text) */
	if (b->panes & IN_DESCENT)
		app_note(app, _("%s (%s) works in the descent pane: Tab goes there"), name, _(b->help));
	else
		app_note(app, _("%s (%s) works in the tangent pane: Tab goes there"), name, _(b->help));
	return EFFECT_CHANGED;
}

/* The help's pages at the size shown (before it is known, at the smallest
 * size the dashboard draws, where it has the most). */
static int help_page_count(const struct app *app)
{
	if (app->screen_cols <= 0 || app->screen_rows <= 0)
		return help_pages_at(LAYOUT_MIN_COLS, LAYOUT_MIN_ROWS).pages;
	return help_pages_at(app->screen_cols, app->screen_rows).pages;
}

void app_resize(struct app *app, int cols, int rows)
{
	app->screen_cols = cols;
	app->screen_rows = rows;
	int last = help_page_count(app) - 1;
	if (app->help_page > last)
		app->help_page = last;
}

/* Keys while the help is open (MODE_HELP's): it pages, never past its
 * last page, and any other key closes it (q also quits). The help closes
 * here and nowhere else. */
static enum app_effect help_key(struct app *app, int key)
{
	switch (mode_key_action(MODE_HELP, key)) {
	case HELP_NEXT_PAGE:
		if (app->help_page + 1 < help_page_count(app))
			app->help_page++;
		return EFFECT_CHANGED;
	case HELP_PREV_PAGE:
		if (app->help_page > 0)
			app->help_page--;
		return EFFECT_CHANGED;
	default:
		app->help_open = false;
		return key_action(key) == ACT_QUIT ? EFFECT_QUIT : EFFECT_CHANGED;
	}
}

/* ---- the tour ------------------------------------------------------------ */

/* Shows tour page index (clamped to the pages): its options, then its keys
 * pressed as the learner would. 0, 1 when the page stays (a note says
 * why), or -1 when out of memory. */
static int show_tour_page(struct app *app, int index)
{
	int status = app_tour_settings(app, index);
	if (status != 0)
		return status;
	size_t n;
	const struct tour_page *page = &tour_pages(&n)[app->tour.page];
	int keys[64];
	size_t nkeys = 0;
	char err[APP_MESSAGE_MAX];
	if (keys_parse(page->keys, keys, 64, &nkeys, err, sizeof err) == 0)
		for (size_t i = 0; i < nkeys; i++) {
			app_key(app, keys[i]);
			app_settle(app);
		}
	app->message[0] = '\0';
	return 0;
}

static enum app_effect turn_tour_page(struct app *app, int index)
{
	return show_tour_page(app, index) < 0 ? EFFECT_NONE : EFFECT_CHANGED;
}

enum app_effect app_key(struct app *app, int key)
{
	if (app->prompt.active)
		return prompt_key(app, key);
	if (app->help_open)
		return help_key(app, key);
	if (app->toggles.inspect && mode_key_action(MODE_INSPECTOR, key) == INSPECT_CLOSE) {
		app->toggles.inspect = false;
		return EFFECT_CHANGED;
	}
	if (app->tour.on) {
		switch (mode_key_action(MODE_TOUR, key)) {
		case TOUR_NEXT: return turn_tour_page(app, app->tour.page + 1);
		case TOUR_BACK: return turn_tour_page(app, app->tour.page - 1);
		default: break;
		}
	}
	enum action act = key_action(key);
	const struct key_binding *b = key_binding_of(act);
	if (b == NULL || !(b->panes & PANE_BIT(app->focus))) {
		app->message[0] = '\0';
		return not_here(app, key, b);
	}
	return app_apply(app, act);
}

/* ---- life cycle --------------------------------------------------------- */

int app_init(struct app *app, struct config *cfg)
{
	if (app_load_config(app, cfg) != 0 || (cfg->tour && show_tour_page(app, 0) < 0)) {
		app_free(app);
		return -1;
	}
	if (cfg->no_chinese)
		app_note(app, "%s", _("Chinese needs a UTF-8 character set (LANG=C.UTF-8 or zh_CN.UTF-8): English here"));
	return 0;
}

void app_free(struct app *app)
{
	run_free(&app->run);
	race_free(&app->race);
	expr_free(app->surface);
	expr_free(app->tangent.curve);
	free(app->snapshot_dir);
	memset(app, 0, sizeof *app);
}
