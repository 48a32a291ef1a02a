/* captions: the words and numbers under each figure (the strip) and on the
 * status line, formatted from the app's state at draw time. */
#ifndef SLOPE_CAPTIONS_H
#define SLOPE_CAPTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "layout.h"

#define CAPTION_ITEMS 12

/* A pane's strip as items that layout_wrap joins into lines ("iter 1/100",
 * "x = (-3, 4)"). With widest, every number is as wide as a double can
 * print, so the strip's height can be reserved once. Returns the count. */
int caption_items(const struct app *app, enum pane pane, bool widest,
                  char items[][LAYOUT_ITEM_MAX]);

/* The status line: a prompt's hint or error, a note, the run's verdict, or
 * the keys. */
void caption_status(const struct app *app, char *buf, size_t len);

#endif
