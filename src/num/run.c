/* run: the loop of descent. A row is measured (gradient, loss) when it is
 * made; the next row applies the optimizer to it. Rows grow by doubling;
 * a run that keeps only its last row overwrites it in place; a run that
 * keeps points holds row 0, its last row, and every point, where a point
 * that repeats the one before at the end of the run is counted, not
 * stored. */
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

/* Where iteration k's row and state are held: every row has its own place
 * when all are kept; a run of points holds row 0 and its last row (one
 * state, the last's); a run of its last row, that one. */
static long row_slot(const struct run *r, long k)
{
	switch (r->keeping) {
	case RUN_KEEP_ALL: return k - r->first;
	case RUN_KEEP_POINTS: return k == 0 ? 0 : 1;
	default: return 0;
	}
}

static long state_slot(const struct run *r, long k)
{
	return r->keeping == RUN_KEEP_ALL ? k - r->first : 0;
}

static bool reserve(struct run *r, long rows)
{
	if (rows <= r->capacity)
		return true;
	/* a run that keeps every row grows; the others hold one or two */
	long cap = r->capacity ? r->capacity : r->keeping == RUN_KEEP_ALL ? FIRST_CAPACITY : rows;
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

static bool reserve_points(struct run *r, long points)
{
	if (points <= r->point_capacity)
		return true;
	long cap = r->point_capacity ? r->point_capacity : FIRST_CAPACITY;
	while (cap < points)
		cap *= 2;
	double(*grown)[2] = realloc(r->points, (size_t)cap * sizeof *grown);
	if (grown == NULL)
		return false;
	r->points = grown;
	r->point_capacity = cap;
	return true;
}

static bool reserve_rate_changes(struct run *r, long changes)
{
	if (changes <= r->rate_change_capacity)
		return true;
	long cap = r->rate_change_capacity ? 2 * r->rate_change_capacity : 8;
	struct run_rate_change *grown = realloc(r->rate_changes, (size_t)cap * sizeof *grown);
	if (grown == NULL)
		return false;
	r->rate_changes = grown;
	r->rate_change_capacity = cap;
	return true;
}

static void span_reset(struct run *r)
{
	for (int i = 0; i < RUN_VALUES; i++)
		r->span[i] = (struct run_span){ INFINITY, -INFINITY, INFINITY, 0, false, false };
}

/* Adds a row's values to what the run has spanned. The point's range
 * takes a zero of either sign as fmin and fmax do, the loss's keeps the
 * first: what the fitted view and the loss chart's axis each took. */
static void span_add(struct run *r, const struct run_row *row)
{
	const double v[RUN_VALUES] = { row->x[0], row->x[1], row->loss };
	for (int i = 0; i < RUN_VALUES; i++) {
		struct run_span *s = &r->span[i];
		double a = fabs(v[i]);
		if (!(a < INFINITY)) {
			s->nonfinite = true;
			continue;
		}
		if (i == RUN_LOSS) {
			s->lo = v[i] < s->lo ? v[i] : s->lo;
			s->hi = v[i] > s->hi ? v[i] : s->hi;
		} else {
			s->lo = fmin(s->lo, v[i]);
			s->hi = fmax(s->hi, v[i]);
		}
		s->negative = s->negative || v[i] < 0;
		if (a == 0)
			continue;
		s->least = a < s->least ? a : s->least;
		s->greatest = a > s->greatest ? a : s->greatest;
	}
}

int run_init_keeping(struct run *r, const struct run_spec *spec, enum run_keeping keeping)
{
	memset(r, 0, sizeof *r);
	r->spec = *spec;
	r->keeping = keeping;
	r->state_size = optimizer_state_size(spec->optimizer.kind);
	long slots = keeping == RUN_KEEP_ALL ? FIRST_CAPACITY : keeping == RUN_KEEP_POINTS ? 2 : 1;
	if (!reserve(r, slots) || (keeping == RUN_KEEP_POINTS && !reserve_points(r, 1))) {
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
	if (keeping == RUN_KEEP_POINTS)
		memcpy(r->points[0], row->x, sizeof r->points[0]);
	r->points_stored = 1;
	r->count = 1;
	span_reset(r);
	span_add(r, row);
	r->end = run_row_finite(row) ? RUN_GOING : RUN_NONFINITE;
	return 0;
}

int run_init(struct run *r, const struct run_spec *spec, bool keep_all)
{
	return run_init_keeping(r, spec, keep_all ? RUN_KEEP_ALL : RUN_KEEP_LAST);
}

void run_free(struct run *r)
{
	free(r->rows);
	free(r->state);
	free(r->points);
	free(r->rate_changes);
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
	return &r->rows[row_slot(r, k)];
}

const double *run_state(const struct run *r, long k)
{
	return r->state_size > 0 ? &r->state[state_slot(r, k) * r->state_size] : NULL;
}

const double *run_point(const struct run *r, long k)
{
	if (r->keeping != RUN_KEEP_POINTS)
		return run_row(r, k)->x;
	return r->points[k < r->points_stored ? k : r->points_stored - 1];
}

struct run_row run_row_at(const struct run *r, long k)
{
	if (r->keeping != RUN_KEEP_POINTS || k == 0 || k == run_last(r))
		return *run_row(r, k);
	struct run_row row = { .lr = run_rate_at(r, k) };
	memcpy(row.x, run_point(r, k), sizeof row.x);
	measure(&r->spec, &row);
	return row;
}

long run_points_stored(const struct run *r)
{
	return r->keeping == RUN_KEEP_LAST ? r->count : r->points_stored;
}

/* Two rates are the same rate (a rate that is not a number is one rate). */
static bool same_rate(double a, double b)
{
	return a == b || (isnan(a) && isnan(b));
}

/* Makes room to keep point x as iteration t: nothing when it repeats the
 * last point stored (the tail of repeats is counted by the rows), else
 * room for the repeats held so far and x. */
static bool room_for_point(struct run *r, long t, const double x[2])
{
	if (memcmp(r->points[r->points_stored - 1], x, sizeof r->points[0]) == 0)
		return true;
	return reserve_points(r, t + 1);
}

static void keep_point(struct run *r, long t, const double x[2])
{
	const double *tail = r->points[r->points_stored - 1];
	if (memcmp(tail, x, sizeof r->points[0]) == 0)
		return;
	for (long k = r->points_stored; k < t; k++)
		memcpy(r->points[k], tail, sizeof r->points[0]);
	memcpy(r->points[t], x, sizeof r->points[0]);
	r->points_stored = t + 1;
}

/* One update from the last row into a new last row. Every allocation comes
 * before the run changes: out of memory leaves it as it was. */
static void step(struct run *r)
{
	long last = run_last(r), t = last + 1;
	if (r->keeping == RUN_KEEP_ALL && !reserve(r, r->count + 1)) {
		r->end = RUN_OUT_OF_MEMORY;
		return;
	}
	const struct run_row *now = run_row(r, last);
	struct run_row next = *now;
	double state[OPTIMIZER_STATE_MAX];
	if (r->state_size > 0)
		memcpy(state, run_state(r, last), (size_t)r->state_size * sizeof *state);
	optimizer_update(&r->spec.optimizer, t, next.x, now->grad, state);
	next.lr = r->spec.optimizer.lr;
	measure(&r->spec, &next);
	bool changed = !same_rate(next.lr, now->lr);
	if ((changed && !reserve_rate_changes(r, r->rate_change_count + 1)) ||
	    (r->keeping == RUN_KEEP_POINTS && !room_for_point(r, t, next.x))) {
		r->end = RUN_OUT_OF_MEMORY;
		return;
	}
	if (changed)
		r->rate_changes[r->rate_change_count++] = (struct run_rate_change){ t, next.lr };
	if (r->keeping == RUN_KEEP_POINTS)
		keep_point(r, t, next.x);
	else if (memcmp(next.x, now->x, sizeof next.x) != 0)
		r->points_stored = t + 1; /* every row is kept: where the repeats start */
	if (r->keeping == RUN_KEEP_LAST)
		r->first++;
	else
		r->count++;
	r->rows[row_slot(r, t)] = next;
	span_add(r, &next);
	if (r->state_size > 0)
		memcpy(&r->state[state_slot(r, t) * r->state_size], state,
		       (size_t)r->state_size * sizeof *state);
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
	if (r->keeping != RUN_KEEP_ALL || k < 0 || k >= r->count)
		return;
	r->count = k + 1;
	if (r->points_stored > k + 1)
		r->points_stored = k + 1;
	while (r->rate_change_count > 0 && r->rate_changes[r->rate_change_count - 1].at > k)
		r->rate_change_count--;
	span_reset(r);
	for (long i = 0; i <= k; i++)
		span_add(r, &r->rows[i]);
	r->end = run_row_finite(&r->rows[k]) ? RUN_GOING : RUN_NONFINITE;
}

const struct run_span *run_span(const struct run *r, enum run_value which)
{
	return &r->span[which];
}

/* The index of the last rate change at or before k, or -1: a binary
 * search of the changes. */
static long change_at_or_before(const struct run *r, long k)
{
	long lo = 0, hi = r->rate_change_count;
	while (lo < hi) {
		long mid = lo + (hi - lo) / 2;
		if (r->rate_changes[mid].at <= k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo - 1;
}

long run_rate_start(const struct run *r, long k)
{
	long i = change_at_or_before(r, k);
	long start = i >= 0 ? r->rate_changes[i].at : r->first;
	return start > r->first ? start : r->first;
}

double run_rate_at(const struct run *r, long k)
{
	long i = change_at_or_before(r, k);
	return i >= 0 ? r->rate_changes[i].lr : r->rows[0].lr;
}

long run_rate_change_count(const struct run *r)
{
	return r->rate_change_count;
}

long run_rate_change(const struct run *r, long i)
{
	return r->rate_changes[i].at;
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
	struct run_row row = run_row_at(r, k);
	const struct objective *f = &r->spec.surface;
	if (!(hypot(row.grad[0], row.grad[1]) < tolerance))
		return GRAD_NOT_SMALL;
	if (f->value_and_gradient == NULL)
		return GRAD_TRULY_SMALL;
	double exact[2], h = r->spec.h;
	f->value_and_gradient(f->ctx, row.x, exact);
	if (hypot(exact[0], exact[1]) < tolerance)
		return GRAD_TRULY_SMALL;
	bool rounds = row.grad[0] == 0 && row.grad[1] == 0;
	for (int i = 0; i < 2 && rounds; i++)
		rounds = exact[i] == 0 || (row.x[i] + h == row.x[i] && row.x[i] - h == row.x[i]);
	return rounds ? GRAD_STUCK : GRAD_ALIASED;
}

void run_verdicts_reset(struct run_verdicts *v)
{
	*v = (struct run_verdicts){ .converged = -1, .stuck = -1, .aliased = -1, .scanned = 0 };
}

void run_verdicts_scan(struct run_verdicts *v, const struct run *r, double tolerance)
{
	for (long k = v->scanned; k <= run_last(r); k++) {
		struct run_row row = run_row_at(r, k);
		if (!run_row_finite(&row))
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
