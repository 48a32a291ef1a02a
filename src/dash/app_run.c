/* app_run: the run (or race) the descent pane shows and its cursor, the
 * iteration shown. The run keeps every row, so stepping back costs
 * nothing; the cursor moves its target, and app_work computes rows a slice
 * at a time toward it, so that a key never waits for a long run. The
 * lowest of the state's files: it calls neither app_settings.c nor app.c. */
#include "app.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>

#include "app_internal.h"
#include "config_run.h"
#include "i18n.h"

void app_note(struct app *app, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(app->message, sizeof app->message, fmt, ap);
	va_end(ap);
}

/* ---- the run ------------------------------------------------------------ */

/* The last iteration the state needs computed: all of them. The view
 * fitted to the run, the loss chart's scale, the legend's place and the
 * strip's height are all taken over the whole run, so none changes while
 * the user steps through it. */
static long needed(const struct app *app)
{
	return app->steps;
}

bool app_busy(const struct app *app)
{
	if (app->racing)
		return race_busy(&app->race, needed(app));
	return run_last(&app->run) < needed(app) && app->run.end == RUN_GOING;
}

/* The furthest row the pane can show, and whether the run (every runner
 * of a race) can go no further. */
static long shown_last(const struct app *app)
{
	return app->racing ? race_last(&app->race) : run_last(&app->run);
}

static bool ended(const struct app *app)
{
	return app->racing ? !race_busy(&app->race, app->steps) && race_last(&app->race) < app->steps
	                   : app->run.end != RUN_GOING;
}

/* current follows target as far as rows exist. */
static enum app_effect catch_up(struct app *app)
{
	long last = shown_last(app);
	long now = app->cursor.target < last ? app->cursor.target : last;
	if (ended(app) || now >= app->cursor.target)
		app->cursor.target = now; /* the run ends before the target: stop there */
	if (now > app->cursor.reached)
		app->cursor.reached = now;
	if (now == app->cursor.current)
		return EFFECT_NONE;
	app->cursor.current = now;
	return EFFECT_CHANGED;
}

enum app_effect app_work(struct app *app, long max_updates)
{
	long before = shown_last(app);
	if (app->racing) {
		race_toward(&app->race, needed(app), max_updates, RUN_CONVERGED);
	} else {
		run_toward(&app->run, needed(app), max_updates);
		run_verdicts_scan(&app->verdicts, &app->run, RUN_CONVERGED);
	}
	enum app_effect effect = catch_up(app);
	if (shown_last(app) != before || ended(app))
		effect = EFFECT_CHANGED;
	if (app->run.end == RUN_OUT_OF_MEMORY)
		app_note(app, _("out of memory at iteration %ld"), run_last(&app->run));
	return effect;
}

void app_settle(struct app *app)
{
	while (app_busy(app))
		app_work(app, APP_INLINE_UPDATES);
}

enum app_effect app_go_to(struct app *app, long iter)
{
	/* p at the start and n at the end do nothing: they say so */
	long asked = iter;
	iter = iter < 0 ? 0 : iter > app->steps ? app->steps : iter;
	if (iter != asked && iter == app->cursor.target) {
		if (asked < 0)
			app_note(app, "%s", _("no step before iteration 0: this is the start"));
		else
			app_note(app, _("no step after iteration N = %ld"), app->steps);
		return EFFECT_CHANGED;
	}
	app->cursor.target = iter;
	return app_work(app, APP_INLINE_UPDATES);
}

const struct run_row *app_current(const struct app *app)
{
	long last = run_last(&app->run);
	return run_row(&app->run, app->cursor.current < last ? app->cursor.current : last);
}

void app_rows_rewritten(struct app *app, long k)
{
	app->run_generation++;
	app->cursor.current = app->cursor.target = app->cursor.reached = k;
}

void app_set_steps(struct app *app, long steps)
{
	app->steps = steps;
	/* the rows up to N stay; the view fitted to the run follows it */
	if (run_last(&app->run) > steps)
		run_truncate(&app->run, steps);
	run_verdicts_forget_after(&app->verdicts, steps);
	app->run_generation++;
	if (app->cursor.target > steps)
		app->cursor.target = steps;
	if (app->cursor.reached > steps)
		app->cursor.reached = steps;
	if (app->cursor.current > steps)
		app->cursor.current = steps;
}

/* Keeps the rows up to iteration k and forgets the rest: the run goes on
 * from k with whatever changed. */
void app_rewrite_after(struct app *app, long k)
{
	run_truncate(&app->run, k);
	run_verdicts_forget_after(&app->verdicts, k);
	app_rows_rewritten(app, k);
}

/* The run the pane's settings describe, from the start at the initial
 * rate: built as the command line's runs are. */
static struct run_spec run_spec_of(const struct app *app)
{
	return run_spec_of_settings(app->surface, app->gradient, app->h, &app->optimizer, app->start);
}

/* The runners of a race: the list's when it names two or more, else all
 * six optimizers at the run's rate. */
int app_new_race(struct app *app, struct race *race)
{
	struct race_entry all[RACE_MAX];
	const struct race_entry *list = app->race_list;
	int n = app->race_count;
	if (n < 2) {
		for (n = 0; n < OPTIMIZER_COUNT && n < RACE_MAX; n++)
			all[n] = (struct race_entry){ (enum optimizer_kind)n, NAN };
		list = all;
	}
	struct run_spec spec = run_spec_of(app);
	return race_init(race, &spec, list, n);
}

/* A new run (and race, in race mode) of the surface from the start, with
 * the initial rate. */
int app_new_run(struct app *app)
{
	struct run fresh;
	struct run_spec spec = run_spec_of(app);
	if (run_init(&fresh, &spec, true) != 0)
		return -1;
	if (app->racing) {
		struct race race;
		if (app_new_race(app, &race) != 0) {
			run_free(&fresh);
			return -1;
		}
		race_free(&app->race);
		app->race = race;
	}
	run_free(&app->run);
	app->run = fresh;
	run_verdicts_reset(&app->verdicts);
	app_rows_rewritten(app, 0);
	return 0;
}

/* True when the run can go no further than the target. */
bool app_at_the_end(const struct app *app)
{
	return app->cursor.target >= app->steps || (ended(app) && app->cursor.target >= shown_last(app));
}
