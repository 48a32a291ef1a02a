/* autodetect: what --canvas auto, --color auto and a missing --size
 * resolve to where slope runs (its locale, its terminal), the same for
 * slope plot, slope frame and the dashboard. */
#ifndef SLOPE_AUTODETECT_H
#define SLOPE_AUTODETECT_H

#include <stdbool.h>
#include <stdio.h>

#include "canvas.h"
#include "config.h"

enum canvas_mode resolve_canvas(enum canvas_choice choice);
bool resolve_color(enum color_choice choice, bool on_terminal);

/* The size to print at: --size, else the terminal's when out is one, else
 * the fallback. */
void output_size(FILE *out, const struct config *cfg, int fallback_cols,
                 int fallback_rows, int *cols, int *rows);

#endif
