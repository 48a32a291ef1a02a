/* figures_tangent: the book's figure of section 4.3.2, f and its tangent at
 * a, with the secant through the two points the numerical derivative takes,
 * so the learner sees the secant's slope (the numerical derivative) next to
 * the true tangent's. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "figures_parts.h"
#include "i18n.h"
#include "text.h"

static double value1(const struct objective *f, double x)
{
	return f->value(f->ctx, &x);
}

/* True when f jumps between x0 and x1 (a pole, a step) rather than climbing
 * steeply: its value halfway is not between the two ends. */
static bool jumps(const struct objective *f, double x0, double y0, double x1,
                  double y1)
{
	double mid = value1(f, x0 / 2 + x1 / 2);
	double lo = fmin(y0, y1), hi = fmax(y0, y1), slack = (hi - lo) * 0.25;
	return !(mid >= lo - slack && mid <= hi + slack);
}

/* f sampled once a dot column; consecutive finite samples are joined unless
 * f jumps between them. */
static void draw_curve(const struct plot *p, const struct objective *f)
{
	int x0, y0, w, h;
	plot_area_dots(p, &x0, &y0, &w, &h);
	double prev_x = NAN, prev_y = NAN;
	/* a segment taller than this is checked for a jump */
	double steep = (p->yhi / 2 - p->ylo / 2) * 0.5;
	for (int i = 0; i < w; i++) {
		double x = plot_data_x(p, x0 + i + 0.5), y = value1(f, x);
		if (isfinite(y) && isfinite(prev_y)) {
			bool tall = fabs(y / 2 - prev_y / 2) > steep;
			if (!tall || !jumps(f, prev_x, prev_y, x, y))
				plot_line(p, prev_x, prev_y, x, y, STYLE_CURVE, LINE_SOLID);
		} else if (isfinite(y)) {
			plot_line(p, x, y, x, y, STYLE_CURVE, LINE_SOLID);
		}
		prev_x = x;
		prev_y = y;
	}
}

/* "y = 0.3x - 1.0", rounded for reading: a formula, the same in every
 * language. */
static void equation_text(char *buf, size_t n, double slope, double intercept)
{
	char s[32], b[32];
	figure_short_number(s, sizeof s, slope);
	figure_short_number(b, sizeof b, fabs(intercept));
	bool no_slope = strcmp(s, "0.0") == 0, no_intercept = strcmp(b, "0.0") == 0;
	/* "x", "-x" rather than "1.0x", "-1.0x" */
	const char *factor = strcmp(s, "1.0") == 0 ? "" : strcmp(s, "-1.0") == 0 ? "-" : s;
	if (no_slope)
		snprintf(buf, n, "y = %s", figure_short_number(b, sizeof b, intercept));
	else if (no_intercept)
		snprintf(buf, n, "y = %sx", factor);
	else
		snprintf(buf, n, "y = %sx %c %s", factor, intercept < 0 ? '-' : '+', b);
}

/* The line the figure calls the tangent: the true one (exact slope) when
 * asked and f has it, else the book's (the numerical slope by method). */
static struct tangent the_tangent(const struct tangent_params *p, bool exact, bool *was_exact)
{
	const struct objective *f = &p->f;
	struct tangent t;
	*was_exact = false;
	if (exact && f->value_and_gradient) {
		double x = p->a, d;
		double fa = f->value_and_gradient(f->ctx, &x, &d);
		if (isfinite(d)) {
			t.slope = d;
			t.intercept = fa - d * p->a;
			*was_exact = true;
			return t;
		}
	}
	t.slope = difference_by_method(f, p->method, p->a, p->h);
	t.intercept = value1(f, p->a) - t.slope * p->a;
	return t;
}

/* The y range: f's finite values at (about) the columns it is drawn at,
 * and a sixth of their span above and below, whatever a is: moving a
 * turns the tangent over a curve that stays (the book's tangent at
 * a = 10 fits whole). Only an f with no finite value takes the
 * tangent's range. */
static void tangent_y_range(const struct canvas *c, const struct objective *f, double xlo,
                            double xhi, struct tangent t, double *ylo, double *yhi)
{
	enum { SAMPLES = 512 };
	double ys[SAMPLES];
	int n = canvas_cols(c) * canvas_dots_per_col(c);
	n = n > SAMPLES ? SAMPLES : n < 2 ? 2 : n;
	double lo = INFINITY, hi = -INFINITY;
	for (int i = 0; i < n; i++) {
		double u = (double)i / (n - 1);
		/* never xhi - xlo: it may not fit a double */
		ys[i] = value1(f, i == n - 1 ? xhi : xlo * (1 - u) + xhi * u);
		if (isfinite(ys[i])) {
			lo = fmin(lo, ys[i]);
			hi = fmax(hi, ys[i]);
		}
	}
	double ends[2] = { t.slope * xlo + t.intercept, t.slope * xhi + t.intercept };
	if (!(lo <= hi)) { /* no finite value of f: the tangent's range, if any */
		plot_auto_range(ends, 2, ylo, yhi);
		return;
	}
	plot_fix_range(&lo, &hi); /* a constant f still has a span */
	/* halves: hi - lo may not fit a double */
	double margin = (hi / 2 - lo / 2) / 3;
	*ylo = lo - margin;
	*yhi = hi + margin;
	plot_fix_range(ylo, yhi);
}

/* The secant through the two points the difference takes; its slope is
 * the difference itself, bit for bit. */
static void draw_secant(const struct plot *plot, const struct tangent_params *p,
                        double xlo, double xhi, char *text, size_t n)
{
	const struct objective *f = &p->f;
	bool forward = p->method == DIFF_FORWARD;
	double x1 = forward ? p->a : p->a - p->h, x2 = p->a + p->h;
	double y1 = value1(f, x1), y2 = value1(f, x2);
	double slope = difference_by_method(f, p->method, p->a, p->h);
	plot_line(plot, xlo, y1 + slope * (xlo - x1), xhi, y1 + slope * (xhi - x1), STYLE_SECANT,
	          LINE_DOTTED);
	plot_marker(plot, x1, y1, STYLE_SECANT, MARK_POINT);
	plot_marker(plot, x2, y2, STYLE_SECANT, MARK_POINT);
	char h[32], m[32];
	figure_short_number(h, sizeof h, p->h);
	figure_short_number(m, sizeof m, slope);
	if (forward)
		snprintf(text, n, _("secant a, a+h (h = %s): slope %s"), h, m);
	else
		snprintf(text, n, _("secant a-h, a+h (h = %s): slope %s"), h, m);
	/* a legend takes at most 3/4 of the plot's width, and an entry is 6
	 * cells (margin, sample, spaces) and its text: a dotted line without a
	 * word would be a riddle, so a narrow plot gets the short form */
	if (6 + text_columns(text) > plot->cols * 3 / 4)
		snprintf(text, n, _("secant: slope %s"), m);
}

int figure_tangent(struct canvas *c, const struct tangent_params *p)
{
	if (!figure_big_enough(c, FIGURE_TANGENT))
		return -1;
	canvas_clear(c);
	const struct objective *f = &p->f;
	double xlo = p->xlo, xhi = p->xhi;
	plot_fix_range(&xlo, &xhi);
	bool exact;
	struct tangent t = the_tangent(p, p->secant, &exact);
	bool has_tangent = isfinite(t.slope) && isfinite(t.intercept);
	double ylo, yhi;
	tangent_y_range(c, f, xlo, xhi, has_tangent ? t : (struct tangent){ NAN, NAN }, &ylo, &yhi);

	struct plot_spec spec = { .xlo = xlo, .xhi = xhi, .ylo = ylo, .yhi = yhi,
	                          .title = p->f_text, .xtitle = "x", .ytitle = "f(x)",
	                          .round_y = true };
	struct plot plot;
	if (plot_begin(&plot, c, &spec) != 0)
		return -1;
	draw_curve(&plot, f);

	double fa = value1(f, p->a);
	char tangent_text[PLOT_LEGEND_TEXT];
	snprintf(tangent_text, sizeof tangent_text, "%s", _("tangent: undefined here"));
	char secant_text[PLOT_LEGEND_TEXT] = "";
	if (p->secant)
		draw_secant(&plot, p, xlo, xhi, secant_text, sizeof secant_text);
	if (has_tangent) {
		plot_line(&plot, xlo, t.slope * xlo + t.intercept, xhi,
		          t.slope * xhi + t.intercept, STYLE_TANGENT, LINE_DASHED);
		char equation[PLOT_LEGEND_TEXT];
		equation_text(equation, sizeof equation, t.slope, t.intercept);
		/* TRANSLATORS: %s is the tangent's equation, y = 0.3x - 1 */
		snprintf(tangent_text, sizeof tangent_text, exact ? _("tangent %s (exact slope)") : _("tangent %s"),
		         equation);
		/* as the secant's: a narrow plot keeps the equation, not the
		 * remark (a legend takes at most 3/4 of the width) */
		if (6 + text_columns(tangent_text) > plot.cols * 3 / 4)
			snprintf(tangent_text, sizeof tangent_text, _("tangent %s"), equation);
	}
	if (isfinite(fa))
		plot_marker(&plot, p->a, fa, STYLE_CURRENT, MARK_CURRENT);

	char point_text[80], a_text[32], fa_text[32];
	snprintf(point_text, sizeof point_text, "a = %s, f(a) = %s",
	         figure_short_number(a_text, sizeof a_text, p->a),
	         figure_short_number(fa_text, sizeof fa_text, fa));
	struct plot_legend legend = { 0 };
	plot_legend_add(&legend, STYLE_CURVE, SAMPLE_LINE, LINE_SOLID, MARK_POINT, "f(x)");
	plot_legend_add(&legend, STYLE_TANGENT, SAMPLE_LINE, LINE_DASHED, MARK_POINT,
	                tangent_text);
	/* the secant before the point: where the rows take three entries, the
	 * lesson of h stays (a and f(a) are in the strip too) */
	if (p->secant)
		plot_legend_add(&legend, STYLE_SECANT, SAMPLE_PATH, LINE_DOTTED, MARK_POINT,
		                secant_text);
	plot_legend_add(&legend, STYLE_CURRENT, SAMPLE_MARKER, LINE_SOLID, MARK_CURRENT,
	                point_text);
	/* never over the point of tangency */
	unsigned char *keep = calloc((size_t)canvas_cols(c) * (size_t)canvas_rows(c), 1);
	if (keep == NULL)
		return -1;
	figure_mark_cell(c, keep, plot_dot_x(&plot, p->a), plot_dot_y(&plot, fa));
	plot_legend(&plot, &legend, NULL, keep);
	free(keep);
	return 0;
}

bool figure_tangent_secant(bool asked, double h)
{
	return asked || h != NUMDIFF_BOOK_H;
}
