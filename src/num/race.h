/* race: several runs from one start on one surface, one optimizer each,
 * stepped together: the dashboard's race mode. Each runner keeps its own
 * points, first and last rows (any other row is measured again from its
 * point) and what it has come to; one that ends (a value not finite) stays
 * at its last row while the others go on. */
#ifndef SLOPE_RACE_H
#define SLOPE_RACE_H

#include <stdbool.h>

#include "run.h"

/* The most optimizers a race runs: each of the six once. */
#define RACE_MAX OPTIMIZER_COUNT

/* One runner of a race: an optimizer and its learning rate. */
struct race_entry {
	enum optimizer_kind kind;
	double lr;                 /* NAN: the base run's */
};

struct race_runner {
	struct run run;
	struct run_verdicts verdicts;
};

struct race {
	struct race_runner runner[RACE_MAX];
	int count;
};

/* One runner per entry, each a run of base with the entry's optimizer and
 * rate (NAN: base's rate). 0, or -1 when out of memory (nothing to free). */
int race_init(struct race *r, const struct run_spec *base, const struct race_entry *entries,
              int n);
void race_free(struct race *r);

/* Computes at most max_updates rows in all toward iteration n; each
 * runner's verdicts follow. */
void race_toward(struct race *r, long n, long max_updates, double tolerance);
/* True while a runner that can go on has no row n yet. */
bool race_busy(const struct race *r, long n);
/* The furthest row any runner has. */
long race_last(const struct race *r);
/* Runner i's row at iteration k, or its last one when it ended before k
 * (measured again from its point when not kept). */
struct run_row race_row(const struct race *r, int i, long k);

#endif
