/* plotcmd: `slope plot FIGURE`: a figure drawn on a canvas and printed. */
#ifndef SLOPE_PLOTCMD_H
#define SLOPE_PLOTCMD_H

#include <stddef.h>
#include <stdio.h>

#include "config.h"
#include "run.h"

/* Prints the figure cfg names at its size (--size, else the terminal's when
 * out is a terminal, else 80x24). Returns 0; 2 with a message in err when the
 * size is too small; 1 when memory runs out. */
int command_plot(FILE *out, const struct config *cfg, char *err, size_t errlen);

/* The runs of `slope plot race`: one per runner of cfg->race, as `slope
 * race` makes them (the surface, --gradient, the optimizer's parameters,
 * the runner's rate or --lr, the start), each computed to --steps and
 * keeping every row. 0 with *count runs to free, or -1 (none left). */
int plot_race_runs(const struct config *cfg, struct run runs[RACE_MAX], int *count);

#endif
