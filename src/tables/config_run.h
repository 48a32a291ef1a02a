/* config_run: the runs the command-line options describe, for the text
 * commands and slope plot (the dashboard builds its runs from its own
 * state, app.c). */
#ifndef SLOPE_CONFIG_RUN_H
#define SLOPE_CONFIG_RUN_H

#include "config.h"
#include "run.h"

/* A run as the options ask: the surface, how its gradient is taken, the
 * optimizer's parameters with this kind and rate, the start. */
struct run_spec config_run_spec(const struct config *cfg, enum optimizer_kind kind, double lr);

/* The rate of the race's runner i: its own (NAME:LR), else --lr's. */
double config_runner_lr(const struct config *cfg, int i);

#endif
