/* figures_loss: the loss of each iteration of a run, on a log axis when
 * it spans more than two decades, the current iteration marked, and a
 * legend placed where the whole run's curve is not. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "figures_parts.h"
#include "i18n.h"
#include "plot.h"
#include "text.h"

/* The y range of every computed row's finite loss, and whether it reads
 * on a log axis: all above 0 and more than two decades apart. */
static bool loss_range(const struct run *run, double *lo, double *hi)
{
	/* kept by the run as its rows are made */
	double a = run_span(run, RUN_LOSS)->lo, b = run_span(run, RUN_LOSS)->hi;
	*lo = a;
	*hi = b;
	return a > 0 && isfinite(b) && b / a > 100;
}

/* The losses of rows first..last, one dot column at a time: the rows that
 * share a column (most of them, in a long run) become one stroke from the
 * least to the greatest, joined to the next column's first, so a frame
 * costs a comparison a row and two lines a column. A run ends at its first
 * value that is not finite, and so does the line. */
static void draw_losses(const struct plot *p, const struct run *run, long last)
{
	struct canvas *c = p->canvas;
	int x0, y0, w, h;
	plot_area_dots(p, &x0, &y0, &w, &h);
	double px = NAN, py = NAN;
	long i = run_first(run);
	for (int col = x0; col < x0 + w && i <= last; col++) {
		double edge = plot_data_x(p, col + 1.0); /* rows before it: this column */
		long first = i;
		double lo = INFINITY, hi = -INFINITY, v = NAN;
		for (; i <= last && (double)i < edge; i++) {
			v = run_row(run, i)->loss;
			if (!isfinite(v) || (p->ylog && !(v > 0)))
				break;
			lo = v < lo ? v : lo;
			hi = v > hi ? v : hi;
		}
		bool ended = i <= last && (double)i < edge; /* at a value not drawable */
		if (i > first) {
			long end = i - 1;
			double fx = plot_dot_x(p, (double)first), fy = plot_dot_y(p, run_row(run, first)->loss);
			if (isfinite(px))
				canvas_line(c, px, py, fx, fy, STYLE_PATH, LINE_SOLID);
			canvas_line(c, fx, plot_dot_y(p, hi), fx, plot_dot_y(p, lo), STYLE_PATH, LINE_SOLID);
			px = plot_dot_x(p, (double)end);
			py = plot_dot_y(p, run_row(run, end)->loss);
		}
		if (ended)
			return;
	}
}

/* The loss chart's axes; title holds its title. */
static void loss_spec(const struct loss_params *p, struct plot_spec *spec, char *title,
                      size_t n)
{
	double lo, hi;
	bool log = loss_range(p->run, &lo, &hi);
	const char *f = p->f_text ? p->f_text : "f(x0, x1)";
	if (log)
		snprintf(title, n, _("%s, log scale"), f);
	else
		snprintf(title, n, "%s", f);
	*spec = (struct plot_spec){ .xlo = 0, .xhi = p->steps > 0 ? (double)p->steps : 1,
	                            .ylo = lo, .yhi = hi, .ytitle = _("loss"), .title = title,
	                            .xtitle = _("iteration"), .round_y = true, .ylog = log };
}

static void loss_legend(const struct loss_params *p, struct plot_legend *l)
{
	const struct run *run = p->run;
	long current = figure_clamp_row(run, p->current), last = run_last(run);
	char text[PLOT_LEGEND_TEXT], value[32];
	int widest[3];
	figure_widest_numbers(run, widest);
	memset(l, 0, sizeof *l);
	snprintf(text, sizeof text, _("iter %ld, loss %s"), last,
	         figure_placeholder(value, sizeof value, widest[2]));
	int width = text_columns(text);
	snprintf(text, sizeof text, _("iter %ld, loss %s"), current,
	         figure_short_number(value, sizeof value, run_row(run, current)->loss));
	plot_legend_add(l, STYLE_CURRENT, SAMPLE_MARKER, LINE_SOLID, MARK_CURRENT, text)->width = width;
	struct lr_history shown, whole;
	figure_lr_history(run, current, &shown, &whole);
	figure_lr_text(text, sizeof text, LR_LOSS, &shown);
	plot_legend_add(l, STYLE_PATH, SAMPLE_LINE, LINE_SOLID, MARK_POINT, text)
		->width = figure_lr_text_width(LR_LOSS, &whole, last);
}

int figure_loss(struct canvas *c, const struct loss_params *p)
{
	if (!figure_big_enough(c, FIGURE_LOSS))
		return -1;
	canvas_clear(c);
	const struct run *run = p->run;
	struct plot_spec spec;
	char title[PLOT_LEGEND_TEXT * 3];
	loss_spec(p, &spec, title, sizeof title);
	struct plot plot;
	if (plot_begin(&plot, c, &spec) != 0)
		return -1;
	long current = figure_clamp_row(run, p->current);
	struct plot_box box = { 0, 0, 0, 0 };
	struct plot_legend legend;
	if (!p->no_legend) {
		/* the legend goes where the whole run's curve is not */
		size_t cells = (size_t)canvas_cols(c) * (size_t)canvas_rows(c);
		struct canvas *ink = NULL;
		unsigned char *keep = NULL;
		size_t cap = 0;
		if (figure_scratch_copy(&ink, c) == NULL || figure_zeroed(&keep, &cap, cells) == NULL) {
			canvas_free(ink);
			free(keep);
			return -1;
		}
		struct plot whole = plot;
		whole.canvas = ink;
		draw_losses(&whole, run, run_last(run));
		for (int r = 0; r < canvas_rows(c); r++)
			for (int k = 0; k < canvas_cols(c); k++) {
				enum canvas_style s;
				canvas_cell(ink, k, r, &s);
				keep[(size_t)r * (size_t)canvas_cols(c) + (size_t)k] = s == STYLE_PATH;
			}
		loss_legend(p, &legend);
		box = plot_legend_place(&plot, &legend, ink, keep);
		canvas_free(ink);
		free(keep);
	}
	draw_losses(&plot, run, current);
	double v = run_row(run, current)->loss;
	plot_marker(&plot, (double)current, v, STYLE_CURRENT, MARK_CURRENT);
	if (box.rows > 0)
		plot_legend_draw(c, &legend, box);
	canvas_set_clip(c, plot.col, plot.row, plot.cols, plot.rows);
	return 0;
}
