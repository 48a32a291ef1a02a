/* descent: the arithmetic of one update of one optimizer, in the book's
 * operation order so the results equal its NumPy ones bit for bit. A run
 * (run.c) owns the loop, the gradient and the history; this file owns only
 * the update rules, one row of a table each, so chapter 6's optimizers sit
 * beside chapter 4's SGD without touching the callers. */
#ifndef SLOPE_DESCENT_H
#define SLOPE_DESCENT_H

#include <stdbool.h>

enum optimizer_kind { OPTIMIZER_SGD, OPTIMIZER_COUNT };

/* An optimizer and its parameters. Each update rule reads only the
 * parameters that apply to it. */
struct optimizer {
	enum optimizer_kind kind;
	double lr;
};

/* The most values of optimizer state a 2-d point needs (Adam: m0 m1 v0 v1
 * and lr_t). */
#define OPTIMIZER_STATE_MAX 5

/* How many values of state the optimizer keeps between updates (0 for
 * SGD), and the name of value i as the CSV header spells it ("v0"). */
int optimizer_state_size(enum optimizer_kind kind);
const char *optimizer_state_name(enum optimizer_kind kind, int i);

/* One update of the point x (2 coordinates) with the gradient grad taken
 * at x. state holds optimizer_state_size values, all 0 before the first
 * update, and is updated in place; t is the number of this update (1 for
 * the first). */
void optimizer_update(const struct optimizer *o, long t, double x[2],
                      const double grad[2], double state[]);

/* The optimizer's name as the options spell it ("sgd"), or NULL; and the
 * kind of a name: true when found. */
const char *optimizer_name(enum optimizer_kind kind);
bool optimizer_by_name(const char *name, enum optimizer_kind *kind);

#endif
