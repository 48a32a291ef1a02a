/* figures_widths: legend texts that keep their width over a run. A legend
 * beside a run is as wide as its widest text over the whole run, so it
 * never moves while stepping: the learning rates a run has used ("path,
 * lr 0.1, 0.3 from iter 4") and bounds on the width of legend numbers
 * (figure_short_number), found without printing every row. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "figures_parts.h"
#include "i18n.h"
#include "text.h"

/* The most columns figure_short_number prints for a number whose first
 * digit, rounded, is at 10^e: "d.ddd" (and "dddd.0") from 1 to 10^4,
 * "0.000dddd" down to 10^-4, else "d.ddde-XX" (three exponent digits
 * from 10^100 and below 10^-99). */
static int width_at_exponent(int e)
{
	if (e < -4 || e >= FIGURE_NUMBER_DIGITS)
		return FIGURE_NUMBER_DIGITS + 1 + 2 + (e <= -100 || e >= 100 ? 3 : 2);
	if (e >= 0)
		return e == FIGURE_NUMBER_DIGITS - 1 ? e + 3 : FIGURE_NUMBER_DIGITS + 1;
	return FIGURE_NUMBER_DIGITS + 1 - e;
}

/* The decimal exponent of |v|'s first digit, or one less: |v| in
 * [2^(e2-1), 2^e2). */
static int exponent_below(double v)
{
	int e2;
	frexp(v, &e2);
	return (int)floor((e2 - 1) * 0.30102999566398120);
}

/* The most columns figure_short_number prints for any magnitude in
 * [least, greatest] (both > 0), without printing: every exponent between,
 * and one more for rounding up. */
static int magnitude_width_bound(double least, double greatest)
{
	int widest = 0;
	for (int e = exponent_below(least); e <= exponent_below(greatest) + 2; e++) {
		int w = width_at_exponent(e);
		widest = w > widest ? w : widest;
	}
	return widest;
}

static void lr_change(struct lr_history *h, long k, double lr)
{
	h->count++;
	h->from[0] = h->from[1];
	h->lr[0] = h->lr[1];
	h->from[1] = k - 1;
	h->lr[1] = lr;
	char t[16];
	int w = (int)strlen(figure_short_number(t, sizeof t, lr));
	h->widest_lr = w > h->widest_lr ? w : h->widest_lr;
}

/* The changes among the updates up to row `upto` (row k records the rate
 * of the update from k-1 to k) and among all of them, in one pass. */
void figure_lr_history(const struct run *run, long upto, struct lr_history *shown,
                       struct lr_history *whole)
{
	long first = run_first(run), last = run_last(run);
	memset(shown, 0, sizeof *shown);
	memset(whole, 0, sizeof *whole);
	/* the rate of the first update drawn (a rate changed at iteration 0
	 * is the first rate, not a change) */
	shown->first = run_row(run, upto > first ? first + 1 : first)->lr;
	whole->first = run_row(run, last > first ? first + 1 : first)->lr;
	double prev = whole->first;
	for (long k = first + 2; k <= last; k++) {
		double lr = run_row(run, k)->lr;
		if (lr == prev || (isnan(lr) && isnan(prev)))
			continue;
		lr_change(whole, k, lr);
		if (k <= upto)
			lr_change(shown, k, lr);
		prev = lr;
	}
}

/* "path, lr 0.1", "path, lr 0.1, 0.3 from iter 4", "path, lr 0.1, 0.3 from
 * iter 4, 1 from iter 9", and with more changes "..." before the last two:
 * whole sentences, one for each count, so a translation reads as one. */
static void lr_format(char *buf, size_t n, enum lr_what what, long count, const char *a,
                      const char *b, long from_b, const char *c, long from_c)
{
	bool path = what == LR_PATH;
	if (count == 0)
		snprintf(buf, n, path ? _("path, lr %s") : _("loss, lr %s"), a);
	else if (count == 1)
		snprintf(buf, n, path ? _("path, lr %s, %s from iter %ld") : _("loss, lr %s, %s from iter %ld"),
		         a, c, from_c);
	else if (count == 2)
		snprintf(buf, n, path ? _("path, lr %s, %s from iter %ld, %s from iter %ld")
		                      : _("loss, lr %s, %s from iter %ld, %s from iter %ld"),
		         a, b, from_b, c, from_c);
	else
		snprintf(buf, n, path ? _("path, lr %s, ..., %s from iter %ld, %s from iter %ld")
		                      : _("loss, lr %s, ..., %s from iter %ld, %s from iter %ld"),
		         a, b, from_b, c, from_c);
}

void figure_lr_text(char *buf, size_t n, enum lr_what what, const struct lr_history *h)
{
	char a[16], b[16], c[16];
	figure_short_number(a, sizeof a, h->first);
	figure_short_number(b, sizeof b, h->lr[0]);
	figure_short_number(c, sizeof c, h->lr[1]);
	lr_format(buf, n, what, h->count, a, b, h->from[0], c, h->from[1]);
}

/* n placeholder columns: a legend's widest text is its format filled with
 * the widest numbers, measured in terminal columns. */
const char *figure_placeholder(char *buf, size_t len, int n)
{
	int k = 0;
	for (; k < n && (size_t)k + 1 < len; k++)
		buf[k] = '0';
	buf[k] = '\0';
	return buf;
}

/* The widest lr_text any prefix of the whole run's history can print. */
int figure_lr_text_width(enum lr_what what, const struct lr_history *whole, long last)
{
	char a[32], rate[32], text[PLOT_LEGEND_TEXT];
	figure_short_number(a, sizeof a, whole->first);
	figure_placeholder(rate, sizeof rate, whole->widest_lr);
	lr_format(text, sizeof text, what, whole->count, a, rate, last, rate, last);
	return text_columns(text);
}

/* What bounds the printed width of a set of numbers: the least and the
 * greatest nonzero magnitude (and a sign, a zero, a non-finite value). */
struct magnitudes {
	double least, greatest;
	bool negative, special;
};

static void magnitudes_add(struct magnitudes *m, double v)
{
	double a = fabs(v);
	if (!(a < INFINITY)) { /* inf, nan */
		m->special = true;
		return;
	}
	m->negative = m->negative || v < 0;
	if (a == 0)
		return;
	m->least = a < m->least ? a : m->least;
	m->greatest = a > m->greatest ? a : m->greatest;
}

static int magnitudes_width(const struct magnitudes *m)
{
	int w = m->special ? 4 : 3; /* "-inf"; "0.0" */
	if (m->greatest > 0) {
		int b = magnitude_width_bound(m->least, m->greatest);
		w = b > w ? b : w;
	}
	return w + m->negative;
}

/* The widest figure_short_number of x0, x1 and the loss over the run, in
 * one pass of comparisons. */
void figure_widest_numbers(const struct run *run, int widest[3])
{
	struct magnitudes m[3];
	for (int i = 0; i < 3; i++)
		m[i] = (struct magnitudes){ INFINITY, 0, false, false };
	for (long i = run_first(run); i <= run_last(run); i++) {
		const struct run_row *r = run_row(run, i);
		magnitudes_add(&m[0], r->x[0]);
		magnitudes_add(&m[1], r->x[1]);
		magnitudes_add(&m[2], r->loss);
	}
	for (int i = 0; i < 3; i++)
		widest[i] = magnitudes_width(&m[i]);
}

long figure_clamp_row(const struct run *run, long k)
{
	return k < run_first(run) ? run_first(run) : k > run_last(run) ? run_last(run) : k;
}
