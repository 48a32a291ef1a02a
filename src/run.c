/* run: the loop of descent. A row is measured (gradient, loss) when it is
 * made; the next row applies the optimizer to it. Rows grow by doubling;
 * a run that keeps only its last row overwrites it in place. */
#include "run.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define FIRST_CAPACITY 128

bool run_row_finite(const struct run_row *row)
{
	return isfinite(row->x[0]) && isfinite(row->x[1]) && isfinite(row->grad[0]) &&
	       isfinite(row->grad[1]) && isfinite(row->loss);
}

/* Gradient and loss at the row's point. */
static void measure(const struct run_spec *spec, struct run_row *row)
{
	gradient_by_mode(&spec->surface, spec->gradient, row->x, spec->h, row->grad);
	row->loss = spec->surface.value(spec->surface.ctx, row->x);
}

static bool reserve(struct run *r, long rows)
{
	if (rows <= r->capacity)
		return true;
	long cap = r->capacity ? r->capacity : FIRST_CAPACITY;
	while (cap < rows)
		cap *= 2;
	struct run_row *grown = realloc(r->rows, (size_t)cap * sizeof *grown);
	if (grown == NULL)
		return false;
	r->rows = grown;
	if (r->state_size > 0) {
		double *state = realloc(r->state, (size_t)cap * (size_t)r->state_size * sizeof *state);
		if (state == NULL)
			return false;
		r->state = state;
	}
	r->capacity = cap;
	return true;
}

int run_init(struct run *r, const struct run_spec *spec, bool keep_all)
{
	memset(r, 0, sizeof *r);
	r->spec = *spec;
	r->keep_all = keep_all;
	r->state_size = optimizer_state_size(spec->optimizer.kind);
	if (!reserve(r, keep_all ? FIRST_CAPACITY : 1)) {
		run_free(r);
		return -1;
	}
	struct run_row *row = &r->rows[0];
	row->x[0] = spec->start[0];
	row->x[1] = spec->start[1];
	row->lr = spec->optimizer.lr;
	measure(&r->spec, row);
	if (r->state_size > 0)
		memset(r->state, 0, (size_t)r->state_size * sizeof *r->state);
	r->count = 1;
	r->end = run_row_finite(row) ? RUN_GOING : RUN_NONFINITE;
	return 0;
}

void run_free(struct run *r)
{
	free(r->rows);
	free(r->state);
	memset(r, 0, sizeof *r);
}

long run_first(const struct run *r)
{
	return r->first;
}

long run_last(const struct run *r)
{
	return r->first + r->count - 1;
}

const struct run_row *run_row(const struct run *r, long k)
{
	return &r->rows[k - r->first];
}

const double *run_state(const struct run *r, long k)
{
	return r->state_size > 0 ? &r->state[(k - r->first) * r->state_size] : NULL;
}

/* One update from the last row into a new last row. */
static void step(struct run *r)
{
	long from = r->count - 1, to = r->keep_all ? r->count : 0;
	if (r->keep_all && !reserve(r, r->count + 1)) {
		r->end = RUN_OUT_OF_MEMORY;
		return;
	}
	struct run_row next = r->rows[from];
	double state[OPTIMIZER_STATE_MAX];
	if (r->state_size > 0)
		memcpy(state, &r->state[from * r->state_size], (size_t)r->state_size * sizeof *state);
	long t = r->first + from + 1;
	optimizer_update(&r->spec.optimizer, t, next.x, r->rows[from].grad, state);
	next.lr = r->spec.optimizer.lr;
	measure(&r->spec, &next);
	r->rows[to] = next;
	if (r->state_size > 0)
		memcpy(&r->state[to * r->state_size], state, (size_t)r->state_size * sizeof *state);
	if (r->keep_all)
		r->count++;
	else
		r->first++;
	if (!run_row_finite(&next))
		r->end = RUN_NONFINITE;
}

long run_toward(struct run *r, long n, long max_updates)
{
	for (long done = 0; done < max_updates && run_last(r) < n && r->end == RUN_GOING; done++)
		step(r);
	return run_last(r);
}

long run_until(struct run *r, long n)
{
	while (run_last(r) < n && r->end == RUN_GOING)
		step(r);
	return run_last(r);
}

void run_truncate(struct run *r, long k)
{
	if (!r->keep_all || k < 0 || k >= r->count)
		return;
	r->count = k + 1;
	r->end = run_row_finite(&r->rows[k]) ? RUN_GOING : RUN_NONFINITE;
}

void run_set_lr(struct run *r, double lr)
{
	r->spec.optimizer.lr = lr;
}

/* Why iteration k's numerical |grad| is under tolerance: the exact one is
 * too, or it is not and either x +- h rounds back to x in every
 * coordinate the exact gradient moves (the difference is exactly 0), or
 * the difference over h misses the exact gradient (f changes on the scale
 * of h: it aliases). */
enum small_grad { GRAD_NOT_SMALL, GRAD_TRULY_SMALL, GRAD_STUCK, GRAD_ALIASED };

static enum small_grad small_grad_at(const struct run *r, long k, double tolerance)
{
	const struct run_row *row = run_row(r, k);
	const struct objective *f = &r->spec.surface;
	if (!(hypot(row->grad[0], row->grad[1]) < tolerance))
		return GRAD_NOT_SMALL;
	if (f->value_and_gradient == NULL)
		return GRAD_TRULY_SMALL;
	double exact[2], h = r->spec.h;
	f->value_and_gradient(f->ctx, row->x, exact);
	if (hypot(exact[0], exact[1]) < tolerance)
		return GRAD_TRULY_SMALL;
	bool rounds = row->grad[0] == 0 && row->grad[1] == 0;
	for (int i = 0; i < 2 && rounds; i++)
		rounds = exact[i] == 0 || (row->x[i] + h == row->x[i] && row->x[i] - h == row->x[i]);
	return rounds ? GRAD_STUCK : GRAD_ALIASED;
}

bool run_stuck_at(const struct run *r, long k, double tolerance)
{
	return small_grad_at(r, k, tolerance) == GRAD_STUCK;
}

bool run_aliased_at(const struct run *r, long k, double tolerance)
{
	return small_grad_at(r, k, tolerance) == GRAD_ALIASED;
}

void run_verdicts_reset(struct run_verdicts *v)
{
	*v = (struct run_verdicts){ .converged = -1, .stuck = -1, .aliased = -1, .scanned = 0 };
}

void run_verdicts_scan(struct run_verdicts *v, const struct run *r, double tolerance)
{
	for (long k = v->scanned; k <= run_last(r); k++) {
		const struct run_row *row = run_row(r, k);
		if (!run_row_finite(row))
			break;
		long *first[] = { [GRAD_NOT_SMALL] = NULL, [GRAD_TRULY_SMALL] = &v->converged,
		                  [GRAD_STUCK] = &v->stuck, [GRAD_ALIASED] = &v->aliased };
		long *at = first[small_grad_at(r, k, tolerance)];
		if (at && *at < 0)
			*at = k;
		v->scanned = k + 1;
	}
}

void run_verdicts_forget_after(struct run_verdicts *v, long k)
{
	long *found[] = { &v->converged, &v->stuck, &v->aliased };
	for (int i = 0; i < 3; i++)
		if (*found[i] > k)
			*found[i] = -1;
	if (v->scanned > k + 1)
		v->scanned = k + 1;
}
