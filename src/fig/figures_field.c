/* figures_field: the gradient field, arrows of -grad f on a grid, as the
 * book's gradient_2d.py draws it with quiver, made readable in cells: one
 * arrow a grid point, in a box of its own, its length proportional to |grad|
 * on a scale the legend states. The descent figure draws the same arrows
 * over its level curves, on cells of their own. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "figures_parts.h"
#include "i18n.h"
#include "text.h"

/* The box a grid point's arrow needs: a head and a shaft of a few cells,
 * and an empty cell between it and its neighbours. */
enum { FIELD_BOX_COLS = 6, FIELD_BOX_ROWS = 4 };

#define SQRT2 1.4142135623730951

/* The most grid points along an axis (the book's 17, and room to spare
 * when a descent's plot is wider than its view). */
enum { FIELD_MAX_POINTS = 64 };

/* Cells a data unit spans across (columns) and down (rows). */
static void cells_per_unit(const struct plot *p, double *cx, double *cy)
{
	*cx = fabs(p->x_scale) / 2 / canvas_dots_per_col(p->canvas);
	*cy = fabs(p->y_scale) / 2 / canvas_dots_per_row(p->canvas);
}

/* The grid's steps on this plot: the book's 1/16 of the view, doubled
 * along an axis until a step spans a box, at most half the view. */
static void field_steps(const struct plot *p, const double view[4], double step[2])
{
	double cells[2];
	cells_per_unit(p, &cells[0], &cells[1]);
	const double need[2] = { FIELD_BOX_COLS, FIELD_BOX_ROWS };
	for (int d = 0; d < 2; d++) {
		double half = view[2 * d + 1] / 2 - view[2 * d] / 2;
		double s = half / 8;
		while (s * cells[d] < need[d] - 1e-6 && s < half)
			s *= 2;
		step[d] = s;
	}
}

/* The grid points of one axis inside [lo, hi], on origin + i*step. */
static int axis_points(double origin, double step, double lo, double hi,
                       double out[FIELD_MAX_POINTS])
{
	double first = ceil((lo - origin) / step - 1e-9), last = floor((hi - origin) / step + 1e-9);
	int n = 0;
	if (!(isfinite(first) && isfinite(last)))
		return 0;
	for (double i = first; i <= last && n < FIELD_MAX_POINTS; i++)
		out[n++] = origin + i * step;
	return n;
}

/* The least round number (two significant digits at most: 1, 1.2, 1.5,
 * 2, 2.5, 3, 4, 5, 6, 8 times a power of ten) not below v > 0: a scale
 * that reads at once and wastes little length. */
static double round_above(double v)
{
	static const double mantissa[] = { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 };
	double p = pow(10, floor(log10(v)));
	for (size_t i = 0; i < sizeof mantissa / sizeof mantissa[0]; i++)
		if (v <= mantissa[i] * p * (1 + 1e-9))
			return mantissa[i] * p;
	return 10 * p;
}

/* How long an arrow may be, in columns (a row being two), so that every
 * direction fits a box of dx columns and dy rows with a cell to spare:
 * along a row steps+1 cells, down a column 2*(steps+1), along a diagonal
 * a head and 2*sqrt(2) a step. */
static double longest_fit(int dx, int dy)
{
	int diagonal = (dx - 2) / 2 < dy - 2 ? (dx - 2) / 2 : dy - 2;
	double across = dx - 1, down = 2.0 * (dy - 1);
	double slant = SQRT2 + 2 * SQRT2 * (diagonal > 0 ? diagonal : 0);
	double l = across < down ? across : down;
	l = slant < l ? slant : l;
	return l > 1 ? l : 1;
}

/* The steps of an arrow `length` columns long in `sector`, kept in its box. */
static int arrow_steps(int sector, double length, int dx, int dy)
{
	double n;
	int most;
	if (sector % 4 == 0) {          /* along a row */
		n = length - 1;
		most = dx - 2;
	} else if (sector % 4 == 2) {   /* down a column */
		n = length / 2 - 1;
		most = dy - 2;
	} else {                        /* a diagonal */
		n = (length - SQRT2) / (2 * SQRT2);
		most = (dx - 2) / 2 < dy - 2 ? (dx - 2) / 2 : dy - 2;
	}
	long steps = lround(n);
	steps = steps > most ? most : steps;
	return steps < 0 ? 0 : (int)steps;
}

static bool inside_area(const struct plot *p, int col, int row)
{
	return col >= p->col && col < p->col + p->cols && row >= p->row && row < p->row + p->rows;
}

double figure_field_arrows(const struct plot *p, const struct objective *f, double h,
                           const double view[4], enum canvas_pattern pattern,
                           unsigned char *keep)
{
	struct canvas *c = p->canvas;
	int dpc = canvas_dots_per_col(c), dpr = canvas_dots_per_row(c);
	double step[2], cx, cy;
	field_steps(p, view, step);
	cells_per_unit(p, &cx, &cy);
	double px[FIELD_MAX_POINTS], py[FIELD_MAX_POINTS];
	int nx = axis_points(view[0], step[0], fmin(p->xlo, p->xhi), fmax(p->xlo, p->xhi), px);
	int ny = axis_points(view[2], step[1], fmin(p->ylo, p->yhi), fmax(p->ylo, p->yhi), py);
	double (*g)[2] = malloc((size_t)(nx > 0 ? nx : 1) * (size_t)(ny > 0 ? ny : 1) * sizeof *g);
	if (g == NULL)
		return 0;
	/* -grad the book's way, and the longest */
	double longest = 0;
	for (int j = 0; j < ny; j++) {
		for (int i = 0; i < nx; i++) {
			double x[2] = { px[i], py[j] }, *v = g[j * nx + i];
			numerical_gradient(f, x, h, v);
			v[0] = -v[0];
			v[1] = -v[1];
			double len = hypot(v[0], v[1]);
			if (isfinite(len) && len > longest)
				longest = len;
		}
	}
	/* the scale: the longest arrow fits its box (the least distance
	 * between the cells of neighbouring points), and a column stands for
	 * a round |grad| */
	int dx = (int)ceil(step[0] * cx), dy = (int)ceil(step[1] * cy);
	for (int i = 1; i < nx; i++) {
		int d = (int)(floor(plot_dot_x(p, px[i]) / dpc) - floor(plot_dot_x(p, px[i - 1]) / dpc));
		dx = d < dx ? d : dx;
	}
	for (int j = 1; j < ny; j++) {
		int d = (int)(floor(plot_dot_y(p, py[j - 1]) / dpr) - floor(plot_dot_y(p, py[j]) / dpr));
		dy = d < dy ? d : dy;
	}
	double per_column = longest > 0 ? round_above(longest / longest_fit(dx, dy)) : 0;
	for (int j = 0; j < ny; j++) {
		for (int i = 0; i < nx; i++) {
			const double *v = g[j * nx + i];
			double len = hypot(v[0], v[1]);
			int col = (int)floor(plot_dot_x(p, px[i]) / dpc);
			int row = (int)floor(plot_dot_y(p, py[j]) / dpr);
			if (!isfinite(len) || !inside_area(p, col, row))
				continue;
			if (len == 0) {
				canvas_glyph(c, col, row, 0x00B7, '.', STYLE_FIELD); /* · */
				if (keep)
					keep[row * canvas_cols(c) + col] = 1;
				continue;
			}
			/* the direction as seen on screen (a row is two columns tall) */
			double angle = atan2(v[1] * cy * 2, v[0] * cx);
			int sector = (int)lround(angle / atan(1.0));
			sector = (sector % 8 + 8) % 8;
			int steps = arrow_steps(sector, len / per_column, dx, dy), ends[4];
			/* an ascii diagonal head alone (/ or \) would not say which way */
			if (steps == 0 && sector % 2 == 1 && canvas_mode(c) == CANVAS_ASCII &&
			    arrow_steps(sector, 1e9, dx, dy) > 0)
				steps = 1;
			canvas_cell_arrow_ends(col, row, sector, steps, ends);
			if (!inside_area(p, ends[0], ends[1]) || !inside_area(p, ends[2], ends[3]))
				continue; /* a headless shaft at the edge would mislead */
			canvas_cell_arrow(c, col, row, sector, steps, STYLE_FIELD, pattern);
			for (int r = ends[1] < ends[3] ? ends[1] : ends[3];
			     keep && r <= (ends[1] > ends[3] ? ends[1] : ends[3]); r++)
				for (int k = ends[0] < ends[2] ? ends[0] : ends[2];
				     k <= (ends[0] > ends[2] ? ends[0] : ends[2]); k++)
					keep[r * canvas_cols(c) + k] = 1;
		}
	}
	free(g);
	return per_column;
}

/* The margins above and below the view's y range. A step spans a whole
 * number of rows, as many as fit, and the grid's rows sit in the middle of
 * their cells (3.95 rows a step, or a point on a cell's edge, would put
 * some neighbours a row closer than others); half a step each when the
 * rows are too few. */
static void y_margins(const struct canvas *c, const double view[4], double step,
                      double *top, double *bottom)
{
	int dpr = canvas_dots_per_row(c), rows = canvas_rows(c) - 4; /* plot_begin's */
	double steps = round((view[3] - view[2]) / step);
	int k = steps > 0 ? (int)floor((rows - 1) / steps) : 0;
	*top = *bottom = step / 2;
	if (k < 1)
		return;
	double spare = (double)rows * dpr - 1 - (double)dpr * k * steps; /* dots */
	double middle = dpr / 2.0 - 0.5; /* a point's dot below its row's top */
	double t = floor((spare / 2 - middle) / dpr) * dpr + middle;
	if (t < 0)
		t = middle;
	if (t > spare)
		return;
	double dots_per_unit = dpr * k / step;
	*top = t / dots_per_unit;
	*bottom = (spare - t) / dots_per_unit;
}

/* The field plot on a canvas of its own, as wide as the view needs at equal
 * units (at most c's width; all of it with fill), its steps settled: a
 * step decides the plot's margins, which decide the scale, which decides
 * the step. */
static struct canvas *field_plot(const struct canvas *c, const struct field_params *p,
                                 const double view[4], bool fill, struct plot *plot)
{
	int cols = canvas_cols(c), rows = canvas_rows(c);
	double step[2] = { (view[1] / 2 - view[0] / 2) / 8, (view[3] / 2 - view[2] / 2) / 8 };
	struct canvas *sub = NULL;
	for (int tries = 0; tries < 8; tries++) {
		double top, bottom;
		y_margins(c, view, step[1], &top, &bottom);
		struct plot_spec spec = {
			.xlo = view[0] - step[0] / 2, .xhi = view[1] + step[0] / 2,
			.ylo = view[2] - bottom, .yhi = view[3] + top,
			.title = p->f_text, .xtitle = "x0", .ytitle = "x1", .equal_aspect = true,
		};
		int need = plot_columns_for_aspect(&spec, canvas_mode(c), rows);
		int w = need < cols && !fill ? need : cols;
		if (sub == NULL || canvas_resize(sub, w, rows) != 0) {
			canvas_free(sub);
			sub = canvas_new(w, rows, canvas_mode(c));
		}
		if (sub == NULL || plot_begin(plot, sub, &spec) != 0) {
			canvas_free(sub);
			return NULL;
		}
		double settled[2];
		field_steps(plot, view, settled);
		if (!(settled[0] > step[0]) && !(settled[1] > step[1]))
			break;
		step[0] = fmax(step[0], settled[0]);
		step[1] = fmax(step[1], settled[1]);
	}
	return sub;
}

/* The plot and its arrows on sub, the legend's text in legend; the cells of
 * the arrows in *keep (allocated). */
static struct canvas *field_figure(const struct canvas *c, const struct field_params *p,
                                   const double view[4], bool fill, struct plot *plot,
                                   struct plot_legend *legend, unsigned char **keep)
{
	struct canvas *sub = field_plot(c, p, view, fill, plot);
	*keep = sub ? calloc((size_t)canvas_cols(sub) * (size_t)canvas_rows(sub), 1) : NULL;
	if (*keep == NULL) {
		canvas_free(sub);
		return NULL;
	}
	double per_column = figure_field_arrows(plot, &p->f, p->h, view, LINE_SOLID, *keep);
	char text[PLOT_LEGEND_TEXT], number[32];
	if (per_column > 0)
		/* TRANSLATORS: how long |grad| an arrow one column long stands for */
		snprintf(text, sizeof text, _("-grad f (a column: |grad| %s)"),
		         figure_short_number(number, sizeof number, per_column));
	else
		snprintf(text, sizeof text, "-grad f");
	memset(legend, 0, sizeof *legend);
	plot_legend_add(legend, STYLE_FIELD, SAMPLE_ARROW, LINE_SOLID, MARK_POINT, text);
	return sub;
}

int figure_field(struct canvas *c, const struct field_params *p)
{
	if (!figure_big_enough(c, FIGURE_FIELD))
		return -1;
	canvas_clear(c);
	double view[4];
	memcpy(view, p->view, sizeof view);
	plot_fix_range(&view[0], &view[1]);
	plot_fix_range(&view[2], &view[3]);
	struct plot plot;
	struct plot_legend legend;
	unsigned char *keep;
	struct canvas *sub = field_figure(c, p, view, false, &plot, &legend, &keep);
	if (sub == NULL)
		return -1;
	/* the legend beside the plot when the canvas has the room; else the
	 * plot takes the whole width and the legend goes under the x axis or
	 * where no arrow is */
	int w = canvas_cols(sub);
	struct plot_box box = plot_legend_box(&legend, canvas_cols(c) - w, 1);
	if (box.rows == 0 && w < canvas_cols(c)) {
		canvas_free(sub);
		free(keep);
		sub = field_figure(c, p, view, true, &plot, &legend, &keep);
		if (sub == NULL)
			return -1;
	}
	if (box.rows == 0)
		plot_legend(&plot, &legend, NULL, keep);
	canvas_blit(c, 0, 0, sub);
	if (box.rows > 0) {
		box.col = w;
		box.row = plot.row;
		plot_legend_draw(c, &legend, box);
	}
	canvas_set_clip(c, plot.col, plot.row, plot.cols, plot.rows);
	free(keep);
	canvas_free(sub);
	return 0;
}
