/* plotcmd: `slope plot FIGURE`: a figure drawn on a canvas and printed. */
#ifndef SLOPE_PLOTCMD_H
#define SLOPE_PLOTCMD_H

#include <stddef.h>
#include <stdio.h>

#include "config.h"
#include "race.h"

/* Prints the figure cfg names at its size (--size, else the terminal's when
 * out is a terminal, else 80x24). Returns 0; 2 with a message in err when the
 * size is too small; 1 when memory runs out. */
int command_plot(FILE *out, const struct config *cfg, char *err, size_t errlen);

/* The race of `slope plot race`: `slope race`'s (config_race), its
 * runners keeping their points, each computed to --steps by the race
 * driver. 0 with a race to free, or -1 (nothing to free). */
int plot_race_runs(const struct config *cfg, struct race *race);

#endif
