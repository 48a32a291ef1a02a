/* figures_herror: why the book takes h = 1e-4 (section 4.3.1). The error of
 * the central and the forward difference against the exact derivative, for
 * h from 1e-1 down to 1e-16 on log-log axes: truncation error falls with h,
 * rounding error rises as h shrinks, and they meet in a V. The book's
 * h = 1e-50, where a + h rounds back to a, sits in a band left of the
 * scale; errors of exactly 0 in a band under it. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "figures_parts.h"
#include "i18n.h"
#include "text.h"

/* The decades of h drawn, as exponents: 1e-1 down to 1e-16, the book's
 * span, widened to a current h up to 1e2 or down to 1e-30. */
enum { HERROR_TOP = -1, HERROR_BOTTOM = -16, HERROR_HIGHEST = 2, HERROR_LOWEST = -30 };

#define BOOK_TINY_H 1e-50

/* 10^e as the literal "1e<e>" reads, so each h is the one a user types. */
static double decade(int e)
{
	char text[16];
	snprintf(text, sizeof text, "1e%d", e);
	return strtod(text, NULL);
}

/* |difference - exact| of method m at h. */
static double error_at(const struct objective *f, enum diff_method m, double a, double h,
                       double exact)
{
	return fabs(difference_by_method(f, m, a, h) - exact);
}

struct herror_data {
	double exact;
	int top, bottom;            /* the exponents of the x range */
	int count;                  /* decades from top down to bottom */
	double h[HERROR_HIGHEST - HERROR_LOWEST + 1];
	double error[2][HERROR_HIGHEST - HERROR_LOWEST + 1]; /* [method][i] */
	double tiny_error[2];       /* at the book's 1e-50 */
	double current_error;
	bool current_in_band;       /* the current h is left of the scale */
};

static void measure(const struct herror_params *p, struct herror_data *d)
{
	const struct objective *f = &p->f;
	d->top = HERROR_TOP;
	d->bottom = HERROR_BOTTOM;
	/* a current h off the book's span widens it, within limits */
	if (p->h > decade(HERROR_TOP) && p->h <= decade(HERROR_HIGHEST))
		d->top = (int)ceil(log10(p->h) - 1e-9);
	if (p->h < decade(HERROR_BOTTOM) && p->h >= decade(HERROR_LOWEST))
		d->bottom = (int)floor(log10(p->h) + 1e-9);
	d->current_in_band = p->h < decade(d->bottom);
	d->count = d->top - d->bottom + 1;
	for (int i = 0; i < d->count; i++) {
		d->h[i] = decade(d->top - i);
		for (int m = 0; m < 2; m++)
			d->error[m][i] = error_at(f, (enum diff_method)m, p->a, d->h[i], d->exact);
	}
	for (int m = 0; m < 2; m++)
		d->tiny_error[m] = error_at(f, (enum diff_method)m, p->a, BOOK_TINY_H, d->exact);
	d->current_error = error_at(f, p->method, p->a, p->h, d->exact);
}

/* The y range: every positive finite error drawn. */
static void error_range(const struct herror_data *d, double *lo, double *hi)
{
	double a = INFINITY, b = -INFINITY;
	for (int m = 0; m < 2; m++) {
		for (int i = 0; i < d->count; i++) {
			double v = d->error[m][i];
			if (v > 0 && isfinite(v)) {
				a = fmin(a, v);
				b = fmax(b, v);
			}
		}
		double t = d->tiny_error[m];
		if (t > 0 && isfinite(t)) {
			a = fmin(a, t);
			b = fmax(b, t);
		}
	}
	if (d->current_error > 0 && isfinite(d->current_error)) {
		a = fmin(a, d->current_error);
		b = fmax(b, d->current_error);
	}
	if (!(a <= b)) { /* nothing to scale by: the book's usual span */
		a = 1e-16;
		b = 1;
	}
	*lo = a;
	*hi = b;
}

/* Where an error of h goes: on the scale, or in the bands (x: h left of the
 * scale; y: an error of 0). false: nowhere (not finite). */
static bool point_at(const struct plot *p, double h, bool h_in_band, int band_col, double error,
                     double *x, double *y)
{
	if (!isfinite(error))
		return false;
	*x = h_in_band ? plot_band_x(p, band_col) : plot_dot_x(p, h);
	*y = error > 0 ? plot_dot_y(p, error) : plot_band_y(p);
	return isfinite(*x) && isfinite(*y);
}

static void draw_method(const struct plot *p, const struct herror_data *d, int m,
                        unsigned char *keep)
{
	struct canvas *c = p->canvas;
	enum canvas_style style = m == DIFF_CENTRAL ? STYLE_SERIES_1 : STYLE_SERIES_2;
	enum canvas_marker marker = m == DIFF_CENTRAL ? MARK_SERIES_1 : MARK_SERIES_2;
	double px = NAN, py = NAN;
	for (int i = 0; i < d->count; i++) {
		double x, y, e = d->error[m][i];
		if (!point_at(p, d->h[i], false, 0, e, &x, &y)) {
			px = py = NAN;
			continue;
		}
		/* a line only between points on the scale: a zero in the band is
		 * not on it */
		if (e > 0 && isfinite(px))
			canvas_line(c, px, py, x, y, style, LINE_SOLID);
		canvas_marker(c, x, y, style, marker);
		figure_mark_cell(c, keep, x, y);
		px = e > 0 ? x : NAN;
		py = e > 0 ? y : NAN;
	}
	double x, y;
	if (point_at(p, BOOK_TINY_H, true, m, d->tiny_error[m], &x, &y)) {
		canvas_marker(c, x, y, style, marker);
		figure_mark_cell(c, keep, x, y);
	}
}

/* The error figure when it cannot be measured: the axes and why. */
static int unmeasurable(struct canvas *c, const struct herror_params *p, const char *why)
{
	struct plot_spec spec = { .xlo = 1e-16, .xhi = 1e-1, .ylo = 1e-16, .yhi = 1,
	                          .xlog = true, .ylog = true, .title = p->f_text,
	                          .xtitle = "h", .ytitle = _("error") };
	struct plot plot;
	if (plot_begin(&plot, c, &spec) != 0)
		return -1;
	int w = text_columns(why);
	canvas_text(c, plot.col + (plot.cols - w) / 2, plot.row + plot.rows / 2, why, STYLE_LABEL);
	return 0;
}

static void herror_legend(const struct herror_params *p, const struct herror_data *d,
                          struct plot_legend *l)
{
	char text[PLOT_LEGEND_TEXT], h[32], e[32];
	memset(l, 0, sizeof *l);
	plot_legend_add(l, STYLE_SERIES_1, SAMPLE_PATH, LINE_SOLID, MARK_SERIES_1,
	                _("central (f(a+h) - f(a-h)) / 2h"));
	plot_legend_add(l, STYLE_SERIES_2, SAMPLE_PATH, LINE_SOLID, MARK_SERIES_2,
	                _("forward (f(a+h) - f(a)) / h"));
	bool forward = p->method == DIFF_FORWARD;
	/* as wide as any h and error make it (ten columns each), so it stays
	 * while h moves */
	snprintf(text, sizeof text, forward ? _("h = %s (forward): error %s") : _("h = %s (central): error %s"),
	         "0000000000", "0000000000");
	int width = text_columns(text);
	figure_short_number(h, sizeof h, p->h);
	/* f overflowing at a +- h is no error to print as "nan" */
	if (isfinite(d->current_error))
		snprintf(text, sizeof text, forward ? _("h = %s (forward): error %s") : _("h = %s (central): error %s"),
		         h, figure_short_number(e, sizeof e, d->current_error));
	else
		snprintf(text, sizeof text, forward ? _("h = %s (forward): f not finite near a")
		                                    : _("h = %s (central): f not finite near a"), h);
	plot_legend_add(l, STYLE_CURRENT, SAMPLE_MARKER, LINE_SOLID, MARK_CURRENT, text)->width = width;
}

int figure_herror(struct canvas *c, const struct herror_params *p)
{
	if (!figure_big_enough(c, FIGURE_HERROR))
		return -1;
	canvas_clear(c);
	const struct objective *f = &p->f;
	if (f->value_and_gradient == NULL)
		return unmeasurable(c, p, _("no exact f'(a) to measure the error by"));
	struct herror_data d;
	double a = p->a;
	f->value_and_gradient(f->ctx, &a, &d.exact);
	if (!isfinite(d.exact))
		return unmeasurable(c, p, _("f'(a) is not finite here"));
	measure(p, &d);
	double ylo, yhi;
	error_range(&d, &ylo, &yhi);
	char title[PLOT_LEGEND_TEXT * 3], at[32];
	figure_short_number(at, sizeof at, p->a);
	if (p->f_text)
		/* TRANSLATORS: the error figure's title: what is measured, at a */
		snprintf(title, sizeof title, _("%s at a = %s"), p->f_text, at);
	else
		snprintf(title, sizeof title, "a = %s", at);
	struct plot_spec spec = { .xlo = decade(d.bottom), .xhi = decade(d.top), .ylo = ylo,
	                          .yhi = yhi, .xlog = true, .ylog = true, .round_y = true,
	                          .title = title, .xtitle = "h", .ytitle = _("|error|"),
	                          .x_band_label = "1e-50", .y_band_label = "0" };
	struct plot plot;
	if (plot_begin(&plot, c, &spec) != 0)
		return -1;
	unsigned char *keep = calloc((size_t)canvas_cols(c) * (size_t)canvas_rows(c), 1);
	if (keep == NULL)
		return -1;
	draw_method(&plot, &d, DIFF_FORWARD, keep);
	draw_method(&plot, &d, DIFF_CENTRAL, keep);
	double x, y;
	bool tiny = p->h == BOOK_TINY_H || d.current_in_band;
	if (point_at(&plot, p->h, tiny, p->method, d.current_error, &x, &y)) {
		canvas_marker(c, x, y, STYLE_CURRENT, MARK_CURRENT);
		figure_mark_cell(c, keep, x, y);
	}
	struct plot_legend legend;
	herror_legend(p, &d, &legend);
	plot_legend(&plot, &legend, NULL, keep);
	free(keep);
	return 0;
}
