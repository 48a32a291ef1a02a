/* descent: the update rules. Each optimizer is a row of a table: its name,
 * the names of its state values, and an update that applies the book's
 * formula one coordinate at a time, each operation rounded on its own (the
 * build forbids fused multiply-adds). */
#include "descent.h"

#include <stddef.h>
#include <string.h>

typedef void (*update_rule)(const struct optimizer *o, long t, double x[2],
                            const double grad[2], double state[]);

/* Chapter 4's SGD: x[i] -= lr * grad[i]. */
static void update_sgd(const struct optimizer *o, long t, double x[2],
                       const double grad[2], double state[])
{
	(void)t;
	(void)state;
	for (int i = 0; i < 2; i++)
		x[i] = x[i] - o->lr * grad[i];
}

static const struct optimizer_entry {
	const char *name;
	update_rule update;
	int state_size;
	const char *state_names[OPTIMIZER_STATE_MAX];
} optimizers[OPTIMIZER_COUNT] = {
	[OPTIMIZER_SGD] = { "sgd", update_sgd, 0, { NULL } },
};

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
