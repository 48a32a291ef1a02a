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

struct run {
	struct run_spec spec;  /* spec.optimizer.lr: the rate of the next update */
	struct run_row *rows;
	double *state;         /* state_size values per row: the optimizer's
	                          state after that row's update (row 0: zeros) */
	int state_size;
	long count, capacity;  /* rows held, rows allocated */
	long first;            /* the iteration of rows[0]: 0 when every row is
	                          kept, else the last one's */
	bool keep_all;
	enum run_end end;
};

/* Computes row 0. keep_all: every row stays (figures, the dashboard);
 * otherwise only the last one (slope descend runs 10^8 steps in constant
 * memory). 0, or -1 when out of memory (nothing to free). */
int run_init(struct run *r, const struct run_spec *spec, bool keep_all);
void run_free(struct run *r);

/* Computes rows until iteration n exists or the run ends; returns the last
 * iteration that exists. */
long run_until(struct run *r, long n);
/* The same, taking at most max_updates steps: long runs are computed in
 * slices so the dashboard keeps answering keys. */
long run_toward(struct run *r, long n, long max_updates);

/* Forgets the rows after iteration k (an lr change or an edit at k); the
 * run can go on from k. Only for runs that keep every row. */
void run_truncate(struct run *r, long k);
/* The learning rate of the updates from now on. */
void run_set_lr(struct run *r, double lr);

long run_last(const struct run *r);
/* Iteration k, which must exist: run_first(r) <= k <= run_last(r). */
const struct run_row *run_row(const struct run *r, long k);
const double *run_state(const struct run *r, long k);
long run_first(const struct run *r);

bool run_row_finite(const struct run_row *row);

/* What a run has come to, found once as its rows are computed: the first
 * iteration of each, or -1. */
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

/* True when iteration k's gradient is exactly 0 only because x +- h
 * rounds back to x (in each coordinate the exact gradient moves): taken
 * numerically, while the exact gradient there is at least tolerance
 * long. Such a run is stuck, not converged. */
bool run_stuck_at(const struct run *r, long k, double tolerance);
/* True when iteration k's numerical |grad| is under tolerance, the exact
 * one is not, and the run is not stuck there: the difference over h
 * aliases (sin(31415.926535897932*x0) at h = 1e-4, a period of 2h). Not
 * converged either. */
bool run_aliased_at(const struct run *r, long k, double tolerance);

#endif
