/* plotcmd: `slope plot FIGURE`: a figure drawn on a canvas and printed. */
#ifndef SLOPE_PLOTCMD_H
#define SLOPE_PLOTCMD_H

#include <stddef.h>
#include <stdio.h>

#include "config.h"

/* Prints the figure cfg names at its size (--size, else the terminal's when
 * out is a terminal, else 80x24). Returns 0; 2 with a message in err when the
 * size is too small; 1 when memory runs out. */
int command_plot(FILE *out, const struct config *cfg, char *err, size_t errlen);

#endif
