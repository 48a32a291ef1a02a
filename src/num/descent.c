/* descent: the update rules. Each optimizer is a row of a table: its name,
 * the parameters it reads, the names of its state values, and an update
 * that applies the book's formula one coordinate at a time. Every operation
 * is rounded on its own, in the order the book's NumPy code performs it (the
 * build forbids fused multiply-adds), so each line below names the book's
 * expression with the parentheses NumPy evaluates it by. */
#include "descent.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

#include "pypow.h"

typedef void (*update_rule)(const struct optimizer *o, long t, double x[2],
                            const double grad[2], double state[]);

/* SGD: p = p - (lr*g). */
static void update_sgd(const struct optimizer *o, long t, double x[2],
                       const double grad[2], double state[])
{
	(void)t;
	(void)state;
	for (int i = 0; i < 2; i++)
		x[i] = x[i] - o->lr * grad[i];
}

/* Momentum: v = (alpha*v) - (lr*g); p = p + v. */
static void update_momentum(const struct optimizer *o, long t, double x[2],
                            const double grad[2], double state[])
{
	(void)t;
	double *v = state;
	for (int i = 0; i < 2; i++) {
		v[i] = o->momentum * v[i] - o->lr * grad[i];
		x[i] = x[i] + v[i];
	}
}

/* Nesterov as the book's common/optimizer.py writes it, with g taken at p
 * itself: p = p + ((alpha*alpha)*v); p = p - (((1+alpha)*lr)*g);
 * v = alpha*v; v = v - (lr*g). The point moves with the old v: the
 * reformulation of its reference (arXiv 1212.0901), p + alpha*alpha*v -
 * (1+alpha)*lr*g. Copies of the book's code before its author's fix of
 * January 2021 (commit 89eadd0) update v first and move p with the new v. */
static void update_nesterov(const struct optimizer *o, long t, double x[2],
                            const double grad[2], double state[])
{
	(void)t;
	const double alpha = o->momentum;
	double *v = state;
	for (int i = 0; i < 2; i++) {
		x[i] = x[i] + (alpha * alpha) * v[i];
		x[i] = x[i] - ((1.0 + alpha) * o->lr) * grad[i];
		v[i] = alpha * v[i];
		v[i] = v[i] - o->lr * grad[i];
	}
}

/* AdaGrad: h = h + (g*g); p = p - ((lr*g) / (sqrt(h) + eps)). */
static void update_adagrad(const struct optimizer *o, long t, double x[2],
                           const double grad[2], double state[])
{
	(void)t;
	double *h = state;
	for (int i = 0; i < 2; i++) {
		h[i] = h[i] + grad[i] * grad[i];
		x[i] = x[i] - (o->lr * grad[i]) / (sqrt(h[i]) + o->eps);
	}
}

/* RMSprop: h = rho*h; h = h + (((1-rho)*g)*g);
 * p = p - ((lr*g) / (sqrt(h) + eps)). */
static void update_rmsprop(const struct optimizer *o, long t, double x[2],
                           const double grad[2], double state[])
{
	(void)t;
	double *h = state;
	for (int i = 0; i < 2; i++) {
		h[i] = o->rho * h[i];
		h[i] = h[i] + ((1.0 - o->rho) * grad[i]) * grad[i];
		x[i] = x[i] - (o->lr * grad[i]) / (sqrt(h[i]) + o->eps);
	}
}

/* Adam, once per update: lr_t = (lr*sqrt(1 - beta2**t)) / (1 - beta1**t);
 * then per coordinate: m = m + ((1-beta1)*(g - m));
 * v = v + ((1-beta2)*((g**2) - v)); p = p - ((lr_t*m) / (sqrt(v) + eps)).
 * (1-beta1) is computed, not written 0.1: 1 - 0.9 is 0.09999999999999998.
 * beta**t and g**2 are pow(), as Python computes ** on the scalars of
 * figure 6-8's code (glibc's pow(g, 2) is not always g*g: python_pow is
 * pow's double); AdaGrad's and RMSprop's g*g are products, as the book
 * writes them. */
static void update_adam(const struct optimizer *o, long t, double x[2],
                        const double grad[2], double state[])
{
	double *m = state, *v = state + 2, *lr_t = state + 4;
	*lr_t = (o->lr * sqrt(1.0 - pow(o->beta2, (double)t))) / (1.0 - pow(o->beta1, (double)t));
	for (int i = 0; i < 2; i++) {
		m[i] = m[i] + (1.0 - o->beta1) * (grad[i] - m[i]);
		v[i] = v[i] + (1.0 - o->beta2) * (python_pow(grad[i], 2.0) - v[i]);
		x[i] = x[i] - (*lr_t * m[i]) / (sqrt(v[i]) + o->eps);
	}
}

#define USES(p) (1u << (p))

static const struct optimizer_entry {
	const char *name;
	update_rule update;
	unsigned params;  /* USES(p) for each parameter p it reads */
	int state_size;
	const char *state_names[OPTIMIZER_STATE_MAX];
	double book_lr;   /* common/optimizer.py's default lr */
} optimizers[OPTIMIZER_COUNT] = {
	[OPTIMIZER_SGD] = { "sgd", update_sgd, 0, 0, { NULL }, 0.01 },
	[OPTIMIZER_MOMENTUM] = { "momentum", update_momentum, USES(OPTIMIZER_PARAM_MOMENTUM),
	                         2, { "v0", "v1" }, 0.01 },
	[OPTIMIZER_NESTEROV] = { "nesterov", update_nesterov, USES(OPTIMIZER_PARAM_MOMENTUM),
	                         2, { "v0", "v1" }, 0.01 },
	[OPTIMIZER_ADAGRAD] = { "adagrad", update_adagrad, USES(OPTIMIZER_PARAM_EPS),
	                        2, { "h0", "h1" }, 0.01 },
	[OPTIMIZER_RMSPROP] = { "rmsprop", update_rmsprop,
	                        USES(OPTIMIZER_PARAM_RHO) | USES(OPTIMIZER_PARAM_EPS),
	                        2, { "h0", "h1" }, 0.01 },
	[OPTIMIZER_ADAM] = { "adam", update_adam,
	                     USES(OPTIMIZER_PARAM_BETA1) | USES(OPTIMIZER_PARAM_BETA2) |
	                             USES(OPTIMIZER_PARAM_EPS),
	                     5, { "m0", "m1", "v0", "v1", "lr_t" }, 0.001 },
};

double optimizer_book_lr(enum optimizer_kind kind)
{
	return (unsigned)kind < OPTIMIZER_COUNT ? optimizers[kind].book_lr : NAN;
}

static const struct parameter_entry {
	const char *name;
	double book_default;
} parameters[OPTIMIZER_PARAM_COUNT] = {
	[OPTIMIZER_PARAM_MOMENTUM] = { "momentum", OPTIMIZER_BOOK_MOMENTUM },
	[OPTIMIZER_PARAM_RHO] = { "rho", OPTIMIZER_BOOK_RHO },
	[OPTIMIZER_PARAM_BETA1] = { "beta1", OPTIMIZER_BOOK_BETA1 },
	[OPTIMIZER_PARAM_BETA2] = { "beta2", OPTIMIZER_BOOK_BETA2 },
	[OPTIMIZER_PARAM_EPS] = { "eps", OPTIMIZER_BOOK_EPS },
};

/* Where struct optimizer keeps parameter p. */
static double *parameter_field(struct optimizer *o, enum optimizer_param p)
{
	switch (p) {
	case OPTIMIZER_PARAM_MOMENTUM: return &o->momentum;
	case OPTIMIZER_PARAM_RHO: return &o->rho;
	case OPTIMIZER_PARAM_BETA1: return &o->beta1;
	case OPTIMIZER_PARAM_BETA2: return &o->beta2;
	case OPTIMIZER_PARAM_EPS: return &o->eps;
	case OPTIMIZER_PARAM_COUNT: break;
	}
	return NULL;
}

struct optimizer optimizer_defaults(enum optimizer_kind kind, double lr)
{
	struct optimizer o = { .kind = kind, .lr = lr };
	for (int p = 0; p < OPTIMIZER_PARAM_COUNT; p++)
		optimizer_set_param(&o, (enum optimizer_param)p, parameters[p].book_default);
	return o;
}

bool optimizer_uses(enum optimizer_kind kind, enum optimizer_param p)
{
	return (unsigned)kind < OPTIMIZER_COUNT && (unsigned)p < OPTIMIZER_PARAM_COUNT &&
	       (optimizers[kind].params & USES(p)) != 0;
}

const char *optimizer_param_name(enum optimizer_param p)
{
	return (unsigned)p < OPTIMIZER_PARAM_COUNT ? parameters[p].name : NULL;
}

bool optimizer_param_by_name(const char *name, enum optimizer_param *p)
{
	for (int k = 0; k < OPTIMIZER_PARAM_COUNT; k++)
		if (strcmp(parameters[k].name, name) == 0) {
			*p = (enum optimizer_param)k;
			return true;
		}
	return false;
}

double optimizer_param(const struct optimizer *o, enum optimizer_param p)
{
	struct optimizer copy = *o; /* one field map serves reading and setting */
	return *parameter_field(&copy, p);
}

void optimizer_set_param(struct optimizer *o, enum optimizer_param p, double value)
{
	*parameter_field(o, p) = value;
}

const char *optimizer_name(enum optimizer_kind kind)
{
	return (unsigned)kind < OPTIMIZER_COUNT ? optimizers[kind].name : NULL;
}

bool optimizer_by_name(const char *name, enum optimizer_kind *kind)
{
	for (int k = 0; k < OPTIMIZER_COUNT; k++)
		if (strcmp(optimizers[k].name, name) == 0) {
			*kind = (enum optimizer_kind)k;
			return true;
		}
	return false;
}

int optimizer_state_size(enum optimizer_kind kind)
{
	return optimizers[kind].state_size;
}

const char *optimizer_state_name(enum optimizer_kind kind, int i)
{
	return i >= 0 && i < optimizers[kind].state_size ? optimizers[kind].state_names[i] : NULL;
}

void optimizer_update(const struct optimizer *o, long t, double x[2],
                      const double grad[2], double state[])
{
	optimizers[o->kind].update(o, t, x, grad, state);
}
