/* race: several runs from one start on one surface, one optimizer each,
 * stepped together: the one race driver, of `slope race`, `slope plot
 * race` and the dashboard's race mode. Each runner is a run, keeping what
 * its user needs (its points for a figure, its last row for a table), and
 * what it has come to (run_verdicts, judged a row at a time while that
 * row is the last, so a run of its last row is judged as well as one of
 * every row). One that ends (a value not finite) stays at its last row
 * while the others go on. */
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
	struct run run;            /* run.spec.optimizer.lr: the runner's rate */
	struct run_verdicts verdicts;
};

struct race {
	struct race_runner runner[RACE_MAX];
	int count;
};

/* One runner per entry, each a run of base with the entry's optimizer and
 * rate (NAN: base's rate), keeping what `keeping` says (RUN_KEEP_LAST:
 * slope race's 10^8 steps in constant memory). 0, or -1 when out of memory
 * (nothing to free). */
int race_start(struct race *r, const struct run_spec *base, const struct race_entry *entries,
               int n, enum run_keeping keeping);
/* race_start keeping points: what a race's figure draws (the dashboard's
 * race, slope plot race), six at 10^6 steps in tens of megabytes. */
int race_init(struct race *r, const struct run_spec *base, const struct race_entry *entries,
              int n);
void race_free(struct race *r);

/* Computes at most max_updates rows in all toward iteration n (the
 * dashboard's slices); each runner's verdicts follow its rows, its last
 * row judged too (row 0 of a race of no step). */
void race_toward(struct race *r, long n, long max_updates, double tolerance);
/* The same without a limit: every runner to n or its end. */
void race_until(struct race *r, long n, double tolerance);
/* True while a runner that can go on has no row n yet. */
bool race_busy(const struct race *r, long n);
/* The furthest row any runner has. */
long race_last(const struct race *r);
/* Runner i's row at iteration k, or its last one when it ended before k
 * (measured again from its point when not kept; a runner of its last row
 * has no other). */
struct run_row race_row(const struct race *r, int i, long k);

#endif
