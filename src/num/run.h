/* run: one run of gradient descent: a surface, how its gradient is taken,
 * an optimizer, a start, and the rows it has computed. Only a run computes
 * steps: the text commands, the figures and the dashboard read its rows. */
#ifndef SLOPE_RUN_H
#define SLOPE_RUN_H

#include <stdbool.h>

#include "descent.h"
#include "numdiff.h"

/* One iteration: 48 bytes. The optimizer's state, when it has one, is kept
 * beside the rows (run_state), so plain descent pays nothing for it. */
struct run_row {
	double x[2];     /* the point after this many updates */
	double grad[2];  /* the gradient there, taken the run's way */
	double loss;     /* f there */
	double lr;       /* the learning rate of the update that led here
	                    (row 0: the rate the run started with) */
};

struct run_spec {
	struct objective surface;     /* dim 2 */
	enum gradient_mode gradient;
	double h;                     /* step of the numerical gradient */
	struct optimizer optimizer;   /* its lr: the rate of the first update */
	double start[2];
};

enum run_end {
	RUN_GOING,          /* it can take another step */
	RUN_NONFINITE,      /* the last row holds a value that is not finite */
	RUN_OUT_OF_MEMORY,  /* no room for another row */
};

/* What a run keeps of its rows. */
enum run_keeping {
	RUN_KEEP_LAST,    /* the last row: slope descend's 10^8 steps */
	RUN_KEEP_ALL,     /* every row and state: the dashboard's run */
	RUN_KEEP_POINTS,  /* row 0, the last row, and every point (16 bytes a
	                     row; a tail of repeats costs nothing): what a race's
	                     figure draws; any other row is measured again */
};

/* What one of a run's values (x0, x1 or the loss) has spanned over every
 * row the run has made, kept as the rows are made: what an axis's range
 * and a legend's width need, without a pass over a long run's rows. */
struct run_span {
	double lo, hi;           /* the least and greatest finite value
	                            (INFINITY, -INFINITY: none yet) */
	double least, greatest;  /* the least and greatest nonzero finite
	                            magnitude (INFINITY, 0: none yet) */
	bool negative;           /* a finite value below 0 */
	bool nonfinite;          /* a value that is not finite */
};

enum run_value { RUN_X0, RUN_X1, RUN_LOSS, RUN_VALUES };

/* The rate changed at iteration `at` (its row's differs from the row
 * before's) to lr. */
struct run_rate_change {
	long at;
	double lr;
};

struct run {
	struct run_spec spec;  /* spec.optimizer.lr: the rate of the next update */
	struct run_row *rows;
	double *state;         /* state_size values per row kept: the optimizer's
	                          state after that row's update (row 0: zeros) */
	int state_size;
	long count, capacity;  /* rows in the run (first..first+count-1), rows
	                          allocated */
	long first;            /* the iteration of the first row: 0 but when
	                          only the last one is kept */
	enum run_keeping keeping;
	enum run_end end;
	double (*points)[2];   /* RUN_KEEP_POINTS: the point of each iteration up
	                          to points_stored - 1 */
	long points_stored;    /* the points after points_stored - 1 repeat it
	                          (RUN_KEEP_POINTS, RUN_KEEP_ALL) */
	long point_capacity;
	struct run_span span[RUN_VALUES];
	/* The rate changes in order, kept as the rows are made, so a rate text
	 * costs a look at a short list, never a walk over a long run's rows. */
	struct run_rate_change *rate_changes;
	long rate_change_count, rate_change_capacity;
};

/* Computes row 0. keep_all: every row stays (figures, the dashboard);
 * otherwise only the last one (slope descend runs 10^8 steps in constant
 * memory). 0, or -1 when out of memory (nothing to free). */
int run_init(struct run *r, const struct run_spec *spec, bool keep_all);
/* The same, keeping what `keeping` says (RUN_KEEP_POINTS: a race of six at
 * 10^6 steps in tens of megabytes instead of hundreds). */
int run_init_keeping(struct run *r, const struct run_spec *spec, enum run_keeping keeping);
void run_free(struct run *r);

/* Computes rows until iteration n exists or the run ends; returns the last
 * iteration that exists. */
long run_until(struct run *r, long n);
/* The same, taking at most max_updates steps: long runs are computed in
 * slices so the dashboard keeps answering keys. */
long run_toward(struct run *r, long n, long max_updates);

/* Forgets the rows after iteration k (an lr change or an edit at k); the
 * run can go on from k. Only for runs that keep every row (RUN_KEEP_ALL). */
void run_truncate(struct run *r, long k);
/* The learning rate of the updates from now on. */
void run_set_lr(struct run *r, double lr);

long run_last(const struct run *r);
/* Iteration k, which must exist: run_first(r) <= k <= run_last(r), and be
 * kept (a run of points keeps rows 0 and last; the state, the last's). */
const struct run_row *run_row(const struct run *r, long k);
const double *run_state(const struct run *r, long k);
long run_first(const struct run *r);
/* The point of iteration k, which must exist, whatever the run keeps. */
const double *run_point(const struct run *r, long k);
/* Iteration k's row, which must exist: a run of points measures a row it
 * does not keep again (the same bits: a row is a function of its point). */
struct run_row run_row_at(const struct run *r, long k);
/* The points up to the run's tail of repeats: every point after the first
 * run_points_stored(r) repeats the last of them (a run of its last row:
 * the rows held). A run of points holds no more in memory. */
long run_points_stored(const struct run *r);

bool run_row_finite(const struct run_row *row);

/* The first iteration of the stretch of rows ending at k (which must
 * exist) that all have row k's rate: run_first(r) when the rate never
 * changed before k. */
long run_rate_start(const struct run *r, long k);
/* The rate of row k (the update that led to it), from the changes. */
double run_rate_at(const struct run *r, long k);
/* The iterations where the rate changed (row i's differs from row i-1's),
 * oldest first: run_rate_change(r, 0 .. run_rate_change_count(r) - 1). */
long run_rate_change_count(const struct run *r);
long run_rate_change(const struct run *r, long i);

/* What value `which` has spanned over every row the run has made. */
const struct run_span *run_span(const struct run *r, enum run_value which);

/* What a run has come to, found once as its rows are computed: the first
 * iteration of each, or -1. */
/* The book's threshold: a run whose |grad| falls under it has converged
 * (unless the numerical gradient is small for another reason: stuck,
 * aliased). The dashboard, its race and `slope race` read it. */
#define RUN_CONVERGED 1e-8

struct run_verdicts {
	long converged;  /* |grad| < tolerance, the exact |grad| too */
	long stuck;      /* the numerical gradient is 0 because x +- h rounds
	                    back to x, while the exact one is not small */
	long aliased;    /* the numerical |grad| < tolerance, the exact one is
	                    not, and x +- h does not round back to x: the
	                    difference over h misses f's change */
	long scanned;    /* rows looked at so far: 0..scanned-1 */
};

void run_verdicts_reset(struct run_verdicts *v);
/* Looks at the rows computed since the last look. */
void run_verdicts_scan(struct run_verdicts *v, const struct run *r, double tolerance);
/* Forgets what was found after iteration k (those rows are computed
 * again). */
void run_verdicts_forget_after(struct run_verdicts *v, long k);

#endif
