/* config_run: the runs and races the command-line options describe, and
 * the one way a run's settings become a run spec (the dashboard's
 * settings go through it too). */
#ifndef SLOPE_CONFIG_RUN_H
#define SLOPE_CONFIG_RUN_H

#include "config.h"
#include "race.h"
#include "run.h"

/* The run of surface from start, its gradient taken the `gradient` way at
 * step h, by optimizer (its kind, its parameters and lr, the rate of the
 * first update). */
struct run_spec run_spec_of_settings(const struct expr *surface, enum gradient_mode gradient,
                                     double h, const struct optimizer *optimizer,
                                     const double start[2]);

/* The run the options ask: --surface, --gradient, --h, --optimizer and its
 * parameters, --lr, --start. */
struct run_spec config_run_spec(const struct config *cfg);

/* The race the options ask: config_run_spec's run once per runner of
 * --optimizers, each at its own rate (NAME:LR) or --lr's, keeping what
 * `keeping` says. 0, or -1 when out of memory (nothing to free). */
int config_race(struct race *r, const struct config *cfg, enum run_keeping keeping);

#endif
