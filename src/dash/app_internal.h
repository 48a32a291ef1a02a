/* app_internal: what the files of the dashboard's state share, and nothing
 * else sees: app.c (actions, keys, the run), app_settings.c (settings read
 * from a config: the start, presets, tour pages). */
#ifndef SLOPE_APP_INTERNAL_H
#define SLOPE_APP_INTERNAL_H

#include "app.h"

/* Updates an action computes at once (about a millisecond); the rest is
 * left to app_work's slices. */
#define APP_INLINE_UPDATES 10000

/* The run (and the race, in race mode) again from the start with the
 * pane's settings. 0, or -1 when out of memory (the old ones stay). */
int app_new_run(struct app *app);

/* The lr o gives optimizer kind: the user's when they chose one (--lr, +
 * or -), else the rate the settings' race gives kind (a preset's: the
 * book's figure 6-8 for ch6), else the book's default for its class. */
double app_optimizer_lr(const struct app *app, enum optimizer_kind kind);
/* Takes preset index (modulo their number); returns what it did. */
enum app_effect app_preset(struct app *app, int index);

/* Shows tour page index (clamped to the pages); what it did. */
enum app_effect app_tour_page(struct app *app, int index);

#endif
