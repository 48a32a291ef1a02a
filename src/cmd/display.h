/* display: the canvas mode, the color and the size that the options'
 * defaults resolve to, the same for slope plot, slope frame and the
 * dashboard. */
#ifndef SLOPE_DISPLAY_H
#define SLOPE_DISPLAY_H

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
