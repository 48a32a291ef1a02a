/* render: a screen as text on a FILE, plain or with the 8 basic ANSI
 * colors. A canvas is printed by placing it on a screen (screen_canvas). */
#ifndef SLOPE_RENDER_H
#define SLOPE_RENDER_H

#include <stdbool.h>
#include <stdio.h>

#include "screen.h"

/* Prints exactly s->rows lines, each at most s->cols columns, trailing
 * spaces trimmed, UTF-8 encoded (pure ASCII when every cell is). With
 * color, each change of ink is one SGR sequence (30-37, bold optional) and
 * a line that set one ends with a reset. Returns 0, or -1 on an output
 * error. */
int render_screen(FILE *out, const struct screen *s, bool color);

#endif
