/* descent: the arithmetic of one update of one optimizer, in the book's
 * operation order so the results equal its NumPy ones bit for bit. A run
 * (run.c) owns the loop, the gradient and the history; this file owns only
 * the update rules, one row of a table each: chapter 4's SGD and chapter 6's
 * Momentum, Nesterov, AdaGrad, RMSprop and Adam. */
#ifndef SLOPE_DESCENT_H
#define SLOPE_DESCENT_H

#include <stdbool.h>

enum optimizer_kind {
	OPTIMIZER_SGD,
	OPTIMIZER_MOMENTUM,
	OPTIMIZER_NESTEROV,
	OPTIMIZER_ADAGRAD,
	OPTIMIZER_RMSPROP,
	OPTIMIZER_ADAM,
	OPTIMIZER_COUNT
};

/* The parameters beside the learning rate; each applies to some optimizers
 * only (optimizer_uses). */
enum optimizer_param {
	OPTIMIZER_PARAM_MOMENTUM,  /* "momentum": momentum, nesterov */
	OPTIMIZER_PARAM_RHO,       /* "rho": rmsprop */
	OPTIMIZER_PARAM_BETA1,     /* "beta1": adam */
	OPTIMIZER_PARAM_BETA2,     /* "beta2": adam */
	OPTIMIZER_PARAM_EPS,       /* "eps": adagrad, rmsprop, adam */
	OPTIMIZER_PARAM_COUNT
};

/* An optimizer and its parameters. Each update rule reads only the
 * parameters that apply to it. Make one with optimizer_defaults. */
struct optimizer {
	enum optimizer_kind kind;
	double lr;
	double momentum;  /* alpha, the decay of the velocity v */
	double rho;       /* the decay of RMSprop's h (the book's decay_rate) */
	double beta1;     /* the decay of Adam's first moment m */
	double beta2;     /* the decay of Adam's second moment v */
	double eps;       /* added to sqrt(h) or sqrt(v) before dividing */
};

/* The book's default of each parameter (its common/optimizer.py), written
 * once, as the book writes it: descent uses the number, the option table
 * its text (NUMFMT_LITERAL(OPTIMIZER_BOOK_EPS) is "1e-7"). */
#define OPTIMIZER_BOOK_MOMENTUM 0.9
#define OPTIMIZER_BOOK_RHO 0.99
#define OPTIMIZER_BOOK_BETA1 0.9
#define OPTIMIZER_BOOK_BETA2 0.999
#define OPTIMIZER_BOOK_EPS 1e-7

/* kind with learning rate lr and every parameter at the book's default
 * (OPTIMIZER_BOOK_*), whether or not kind uses it, so changing kind later
 * needs no other change. */
struct optimizer optimizer_defaults(enum optimizer_kind kind, double lr);

/* The lr of kind's class in the book's common/optimizer.py when none is
 * given: 0.01, Adam's 0.001. */
double optimizer_book_lr(enum optimizer_kind kind);

/* Whether kind reads parameter p: a parameter that does not apply to the
 * chosen optimizer is bad usage. */
bool optimizer_uses(enum optimizer_kind kind, enum optimizer_param p);

/* The parameter's name as the options spell it ("beta1"), or NULL; and the
 * parameter of a name: true when found. */
const char *optimizer_param_name(enum optimizer_param p);
bool optimizer_param_by_name(const char *name, enum optimizer_param *p);

/* Reads or sets parameter p of o. */
double optimizer_param(const struct optimizer *o, enum optimizer_param p);
void optimizer_set_param(struct optimizer *o, enum optimizer_param p, double value);

/* The most values of optimizer state a 2-d point needs (Adam: m0 m1 v0 v1
 * and lr_t). */
#define OPTIMIZER_STATE_MAX 5

/* How many values of state the optimizer keeps between updates, and the
 * name of value i as the CSV header spells it, or NULL:
 *   sgd                 none
 *   momentum, nesterov  v0 v1              the velocity
 *   adagrad, rmsprop    h0 h1              the sum (decayed sum) of g*g
 *   adam                m0 m1 v0 v1 lr_t   the moments, and the
 *                                          bias-corrected rate of the last
 *                                          update (kept to be shown) */
int optimizer_state_size(enum optimizer_kind kind);
const char *optimizer_state_name(enum optimizer_kind kind, int i);

/* One update of the point x (2 coordinates) with the gradient grad taken
 * at x (Nesterov too: the book folds its look-ahead into the update). state
 * holds optimizer_state_size values, all 0 before the first update, and is
 * updated in place (NULL when there are none); t is the number of this
 * update, 1 for the first (Adam's bias correction reads it). */
void optimizer_update(const struct optimizer *o, long t, double x[2],
                      const double grad[2], double state[]);

/* The optimizer's name as the options spell it ("sgd", "momentum",
 * "nesterov", "adagrad", "rmsprop", "adam"), or NULL; and the kind of a
 * name: true when found. */
const char *optimizer_name(enum optimizer_kind kind);
bool optimizer_by_name(const char *name, enum optimizer_kind *kind);

#endif
