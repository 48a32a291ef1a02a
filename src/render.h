/* render: a canvas as text on a FILE, plain or with the 8 basic ANSI colors. */
#ifndef SLOPE_RENDER_H
#define SLOPE_RENDER_H

#include <stdio.h>

#include "canvas.h"

/* Prints exactly canvas_rows lines, each at most canvas_cols columns, trailing
 * spaces trimmed, UTF-8 encoded (pure ASCII in ascii mode). With color, each
 * change of color is one SGR sequence (30-37, bold optional) and a line that
 * set one ends with a reset. Returns 0, or -1 on an output error. */
int render_canvas(FILE *out, const struct canvas *c, int color);

#endif
