/* descent: gradient descent one update at a time. Each optimizer is a row of
 * a table: an update rule from the current row and its gradient to the next
 * point and state; everything around it (gradient, loss, finiteness) is
 * shared. */
#include "descent.h"

#include <math.h>
#include <string.h>

typedef void (*update_rule)(const struct descent_problem *p,
                            const struct descent_state *cur,
                            struct descent_state *next);

/* The book's SGD: x[i] -= lr * grad[i]. */
static void update_sgd(const struct descent_problem *p,
                       const struct descent_state *cur,
                       struct descent_state *next)
{
	for (int i = 0; i < 2; i++)
		next->x[i] = cur->x[i] - p->lr * cur->grad[i];
}

static const struct optimizer_entry {
	const char *name;
	update_rule update;
} optimizers[OPTIMIZER_COUNT] = {
	[OPTIMIZER_SGD] = { "sgd", update_sgd },
};

const char *optimizer_name(enum optimizer_kind k)
{
	return (unsigned)k < OPTIMIZER_COUNT ? optimizers[k].name : NULL;
}

int descent_state_finite(const struct descent_state *s)
{
	return isfinite(s->x[0]) && isfinite(s->x[1]) && isfinite(s->grad[0]) &&
	       isfinite(s->grad[1]) && isfinite(s->loss);
}

/* Gradient and loss at the row's point. */
static enum descent_status measure(const struct descent_problem *p,
                                   struct descent_state *s)
{
	numerical_gradient(&p->surface, s->x, p->h, s->grad);
	s->loss = p->surface.value(p->surface.ctx, s->x);
	return descent_state_finite(s) ? DESCENT_OK : DESCENT_NONFINITE;
}

enum descent_status descent_begin(const struct descent_problem *p,
                                  const double start[2],
                                  struct descent_state *s)
{
	memset(s, 0, sizeof *s);
	s->x[0] = start[0];
	s->x[1] = start[1];
	return measure(p, s);
}

enum descent_status descent_next(const struct descent_problem *p,
                                 const struct descent_state *cur,
                                 struct descent_state *next)
{
	*next = *cur;
	next->iter = cur->iter + 1;
	optimizers[p->optimizer].update(p, cur, next);
	return measure(p, next);
}
