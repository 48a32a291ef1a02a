/* app_internal: what the files of the dashboard's state share, and nothing
 * else sees. Their calls run one way, down: app.c (actions, keys, the
 * tour's pages turned) calls app_settings.c (settings read from a config:
 * the start, presets, a tour page's options) and app_run.c (the run and
 * its cursor); app_settings.c calls app_run.c; app_run.c calls neither. */
#ifndef SLOPE_APP_INTERNAL_H
#define SLOPE_APP_INTERNAL_H

#include "app.h"

/* ---- app_run.c ---- */

/* Updates an action computes at once (about a millisecond); the rest is
 * left to app_work's slices. */
#define APP_INLINE_UPDATES 10000

/* The run (and the race, in race mode) again from the start with the
 * pane's settings. 0, or -1 when out of memory (the old ones stay). */
int app_new_run(struct app *app);
/* The runners of a race from the pane's settings into race. 0, or -1 when
 * out of memory. */
int app_new_race(struct app *app, struct race *race);
/* The rows after iteration k (all of them, or the runners', for k = 0)
 * were rewritten: the cursor stands at k, and run_generation counts one
 * more rewrite, so every picture drawn from the rows is drawn again. The
 * one place that moves the cursor back with the rows. */
void app_rows_rewritten(struct app *app, long k);
/* N becomes steps: the rows past it go, the cursor stays within it. */
void app_set_steps(struct app *app, long steps);
/* Keeps the rows up to iteration k and forgets the rest: the run goes on
 * from k with whatever changed. */
void app_rewrite_after(struct app *app, long k);
/* Moves the cursor toward iteration iter (clamped to 0..N, a note when
 * that leaves it where it was), computing a first slice. */
enum app_effect app_go_to(struct app *app, long iter);
/* True when the run can go no further than the target. */
bool app_at_the_end(const struct app *app);

/* ---- app_settings.c ---- */

/* The state a config describes (memory for app is all it needs), taking
 * cfg's expressions; no tour page yet. 0, or -1 when out of memory (app
 * then wants app_free). */
int app_load_config(struct app *app, struct config *cfg);
/* The lr o gives optimizer kind: the user's when they chose one (--lr, +
 * or -), else the rate the settings' race gives kind (a preset's: the
 * book's figure 6-8 for ch6), else the book's default for its class. */
double app_optimizer_lr(const struct app *app, enum optimizer_kind kind);
/* Takes preset index (modulo their number); returns what it did. */
enum app_effect app_preset(struct app *app, int index);
/* The options of tour page index (clamped to the pages), its keys not yet
 * pressed: 0, or 1 when the page stays (a note says why: past the last
 * page, a setting refused), or -1 when out of memory. */
int app_tour_settings(struct app *app, int index);

#endif
