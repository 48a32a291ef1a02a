/* captions: the words and numbers around the figures, formatted from the
 * app's state at draw time: each pane's strip, the descent pane's update
 * line, the inspector's walk through one step, and the status line. The
 * descent pane prints vectors and scalars as the book's NumPy prints them
 * ("[-2.4  3.2]", "16."), or every digit after d; the tangent pane prints
 * its numbers as Python prints the book's floats (shortest round trip). */
#ifndef SLOPE_CAPTIONS_H
#define SLOPE_CAPTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "layout.h"

#define CAPTION_ITEMS 16

/* A pane's strip as items that wrap whole into lines ("iter 1/100",
 * "x = [-2.4  3.2]"), most important first: the descent pane's at
 * iteration k (a computed one); the tangent pane's at a, or with k < 0
 * every number as wide as a double prints (its height can then be
 * reserved whatever a is). Returns the count. */
int caption_items(const struct app *app, enum pane pane, long k,
                  char items[][LAYOUT_ITEM_MAX]);

/* The race's table at iteration k, its header and a row per runner (the
 * descent pane's items in a race); without the lr column when rates is
 * false, where the legend beside it gives each runner's rate (in a race a
 * runner's rate never changes). Its columns are as wide as widths says
 * (from caption_race_widen over the whole race, so nothing moves while
 * stepping), or, with NULL, as row k needs. A table wider than max_cols
 * (> 0) leaves out the rate, then |grad|, then writes how a runner ended
 * briefly (leaving out the loss if it must), then cuts its lines at a
 * space, so a row keeps one line. Returns the count. */
#define CAPTION_RACE_COLUMNS 7
int caption_race_table(const struct app *app, long k, bool rates, const int *widths, int max_cols,
                       char items[][LAYOUT_ITEM_MAX]);
/* Widens widths (each a column's, 0 to begin, and last the brief endings')
 * to hold the table's cells at iteration k, and the header's at k = N. */
void caption_race_widen(const struct app *app, long k, int widths[CAPTION_RACE_COLUMNS]);

/* The descent pane's update line at iteration k in the run's optimizer's
 * rule, in parts that wrap whole: for k >= 1 each formula of the book's
 * update followed by its numbers and result (SGD: "x[1] = x[0] -
 * lr*grad[0]", "= [-3.  4.]", "- 0.1*[-6.  8.]", "= [-2.4  3.2]"; Momentum
 * first v[k], then x[k]); at k = 0 the start and the rule. Returns the
 * count, at most CAPTION_UPDATE_PARTS. */
#define CAPTION_UPDATE_PARTS 16
int caption_update(const struct app *app, long k, char parts[][LAYOUT_ITEM_MAX]);

/* The inspector: the step from the current point, line by line, as parts
 * that wrap whole (a line's first part starts a line). Returns the parts;
 * first_of_line[i] says whether part i starts a line. */
#define CAPTION_INSPECT_PARTS 48
int caption_inspect(const struct app *app, char parts[][LAYOUT_ITEM_MAX],
                    bool first_of_line[]);

/* What an open prompt says after its text: its error, else its keys (how
 * typing replaces the value it opened on, while it is selected). */
void caption_prompt_note(const struct app *app, char *buf, size_t len);

/* The status line for a width: a prompt's hint or error, a note, the run's
 * verdict (in its short form where the long one does not fit), or the
 * focused pane's keys; it always ends with "? help  q quit" when it shows
 * keys. In the tour it starts with the page and how to turn it. */
void caption_status(const struct app *app, int width, char *buf, size_t len);

#endif
