/* descent: gradient descent on a surface, one update per call. The update
 * rule is an entry of a table of optimizers, so the chapter 6 ones (Momentum,
 * AdaGrad, RMSprop, Adam) can be added without touching the callers. */
#ifndef SLOPE_DESCENT_H
#define SLOPE_DESCENT_H

#include "numdiff.h"

enum optimizer_kind { OPTIMIZER_SGD, OPTIMIZER_COUNT };

struct descent_problem {
	struct objective surface; /* dim 2 */
	enum optimizer_kind optimizer;
	double lr;
	double h;                 /* step of the numerical gradient */
};

/* One row of a run: the point after iter updates, the numerical gradient
 * there, the loss there, and the optimizer's own state for the next update. */
struct descent_state {
	long iter;
	double x[2];
	double grad[2];
	double loss;
	double velocity[2];   /* optimizers with memory (Momentum, Adam m) */
	double accum[2];      /* squared-gradient sums (AdaGrad, RMSprop, Adam v) */
	long t;               /* update count (Adam) */
};

enum descent_status { DESCENT_OK = 0, DESCENT_NONFINITE = 1 };

/* Fills *s with row 0: the start point, its gradient and loss. */
enum descent_status descent_begin(const struct descent_problem *p,
                                  const double start[2],
                                  struct descent_state *s);

/* One update from *cur into *next. DESCENT_NONFINITE when any value of
 * *next is not finite: the run stops there. */
enum descent_status descent_next(const struct descent_problem *p,
                                 const struct descent_state *cur,
                                 struct descent_state *next);

/* True when every value of the row is finite. */
int descent_state_finite(const struct descent_state *s);

/* The optimizer's name as the options spell it ("sgd"), or NULL. */
const char *optimizer_name(enum optimizer_kind k);

#endif
