/* figures_race: chapter 6's figure 6-8, optimizers racing from one start on
 * one surface: their paths over the level curves, each with its own color
 * and marker, on one plot or in the book's grid of panels. The runs are
 * computed elsewhere (struct run); this file only reads their rows. */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "figures_parts.h"
#include "i18n.h"
#include "text.h"

/* ---- each optimizer's marks ---------------------------------------------- */

/* The book's four first, with the clearest marks. */
static const struct {
	const char *name;
	int series;
} runner_marks[OPTIMIZER_COUNT] = {
	[OPTIMIZER_SGD] = { "SGD", 0 },
	[OPTIMIZER_MOMENTUM] = { "Momentum", 1 },
	[OPTIMIZER_ADAGRAD] = { "AdaGrad", 2 },
	[OPTIMIZER_ADAM] = { "Adam", 3 },
	[OPTIMIZER_NESTEROV] = { "Nesterov", 4 },
	[OPTIMIZER_RMSPROP] = { "RMSprop", 5 },
};

static int series_of(enum optimizer_kind k)
{
	return (unsigned)k < OPTIMIZER_COUNT ? runner_marks[k].series : 0;
}

enum canvas_style figure_race_style(enum optimizer_kind k)
{
	return (enum canvas_style)(STYLE_SERIES_1 + series_of(k));
}

enum canvas_marker figure_race_marker(enum optimizer_kind k)
{
	return (enum canvas_marker)(MARK_SERIES_1 + series_of(k));
}

const char *figure_race_name(enum optimizer_kind k)
{
	return (unsigned)k < OPTIMIZER_COUNT ? runner_marks[k].name : "?";
}

/* Runner i's series: its optimizer's, so SGD looks alike in every race;
 * by place when one optimizer races at several rates (the preset lr3:
 * SGD at 10, 0.1 and 1e-10), so each runner keeps a look of its own. */
static int runner_series(const struct race_params *p, int i)
{
	for (int j = 0; j < p->count; j++)
		for (int k = j + 1; k < p->count; k++)
			if (p->runs[j].spec.optimizer.kind == p->runs[k].spec.optimizer.kind)
				return i % CANVAS_SERIES;
	return series_of(p->runs[i].spec.optimizer.kind);
}

/* ---- what every plot of the race shares ---------------------------------- */

/* The most level curves: the book's surface gets 7. */
enum { RACE_LEVELS = 12 };

/* 1, 2, 2.5 or 5 times a power of ten, the least not below v > 0. */
static double nice_above(double v)
{
	static const double mantissa[] = { 1, 2, 2.5, 5, 10 };
	double p = pow(10, floor(log10(v)));
	for (size_t i = 0; i < sizeof mantissa / sizeof mantissa[0]; i++)
		if (v <= mantissa[i] * p * (1 + 1e-9))
			return mantissa[i] * p;
	return 10 * p;
}

/* Levels a nice step apart from the lowest value in view up to the first
 * at or above the start's loss, where the paths are: the book cuts its
 * contours at 7 for a start at 6.45 and draws 1 to 7. The step is at
 * least `least`, so the rings stay a cell apart where they are densest. */
static int race_levels(double lowest, double start_loss, double least,
                       double levels[RACE_LEVELS], double *step)
{
	if (!isfinite(lowest) || !isfinite(start_loss) || !(start_loss > lowest))
		return 0;
	double want = (start_loss - lowest) / 7;
	*step = nice_above(least > want ? least : want);
	double first = floor(lowest / *step) + 1, last = ceil(start_loss / *step - 1e-9);
	int n = 0;
	for (double k = first; k <= last && n < RACE_LEVELS; k++)
		levels[n++] = k * *step;
	return n;
}

/* Samples the surface over the plot and draws its level curves; the step
 * between them in *step (0: none drawn). Near the start (grad there) two
 * levels a step apart are step / |grad| apart: at least a cell (two in
 * ascii). */
static int draw_levels(const struct plot *plot, const struct objective *f,
                       const struct run_row *start, double *step)
{
	int x0, y0, w, h;
	plot_area_dots(plot, &x0, &y0, &w, &h);
	int stride = (size_t)w * (size_t)h > 40000 ? 2 : 1;
	int gw = (w - 1) / stride + 1, gh = (h - 1) / stride + 1;
	double *grid = malloc((size_t)gw * (size_t)gh * sizeof *grid);
	if (grid == NULL)
		return -1;
	double lowest = INFINITY;
	for (int j = 0; j < gh; j++) {
		double x[2];
		x[1] = plot_data_y(plot, y0 + j * stride + 0.5);
		for (int i = 0; i < gw; i++) {
			x[0] = plot_data_x(plot, x0 + i * stride + 0.5);
			double v = f->value(f->ctx, x);
			grid[(size_t)j * (size_t)gw + (size_t)i] = v;
			lowest = v < lowest ? v : lowest; /* false for NaN */
		}
	}
	/* a cell's height in data units; two in ascii, where a ring takes
	 * every cell it crosses */
	double cell = canvas_dots_per_row(plot->canvas) / (fabs(plot->y_scale) / 2);
	if (canvas_mode(plot->canvas) == CANVAS_ASCII)
		cell *= 2;
	double least = hypot(start->grad[0], start->grad[1]) * cell;
	double levels[RACE_LEVELS];
	*step = 0;
	int n = race_levels(lowest, start->loss, isfinite(least) ? least : 0, levels, step);
	/* solid, as the descent figure's: the paths carry marks */
	plot_contour(plot, grid, gw, gh, stride, levels, n, STYLE_CONTOUR, LINE_SOLID);
	free(grid);
	return 0;
}

static long last_row(const struct run *run, long current)
{
	long last = run_last(run);
	return current < run_first(run) ? run_first(run) : current > last ? last : current;
}

/* A plot of the race's surface at equal units, its levels, the origin, and
 * the paths of runs[from..to-1] up to current (every point marked in keep
 * when not NULL), then the start. */
static int race_plot(struct canvas *c, const struct race_params *p, const char *title,
                     int from, int to, long current, unsigned char *keep, struct plot *plot,
                     double *level_step)
{
	const struct run *first = &p->runs[0];
	struct plot_spec spec = { .xlo = p->view[0], .xhi = p->view[1], .ylo = p->view[2],
	                          .yhi = p->view[3], .title = title, .xtitle = "x0",
	                          .ytitle = "x1", .equal_aspect = true };
	if (plot_begin(plot, c, &spec) != 0)
		return -1;
	if (draw_levels(plot, &first->spec.surface, run_row(first, run_first(first)),
	                level_step) != 0)
		return -1;
	plot_marker(plot, 0, 0, STYLE_AXES, MARK_ORIGIN); /* the book's + */
	for (int i = from; i < to; i++) {
		const struct run *run = &p->runs[i];
		int series = runner_series(p, i);
		figure_draw_path(plot, run, last_row(run, current),
		                 (enum canvas_style)(STYLE_SERIES_1 + series),
		                 (enum canvas_marker)(MARK_SERIES_1 + series), keep);
	}
	const double *start = run_row(first, run_first(first))->x;
	plot_marker(plot, start[0], start[1], STYLE_START, MARK_START);
	return 0;
}

/* "Momentum, lr 0.1", and how it ended when it stopped on a value that is
 * not finite. */
static void runner_text(char *buf, size_t n, const struct run *run)
{
	char lr[32];
	const struct run_row *r0 = run_row(run, run_first(run));
	/* the rate of the first update, as the race was asked for */
	double rate = run_last(run) > run_first(run) ? run_rate_at(run, run_first(run) + 1) : r0->lr;
	const char *name = figure_race_name(run->spec.optimizer.kind);
	figure_short_number(lr, sizeof lr, rate);
	if (run->end == RUN_NONFINITE)
		snprintf(buf, n, _("%s, lr %s, not finite from iter %ld"), name, lr, run_last(run));
	else
		snprintf(buf, n, "%s, lr %s", name, lr);
}

/* ---- one plot -------------------------------------------------------------- */

void figure_race_legend(const struct race_params *p, struct plot_legend *l)
{
	char text[PLOT_LEGEND_TEXT], a[32], b[32];
	memset(l, 0, sizeof *l);
	int count = p->count < CANVAS_SERIES ? p->count : CANVAS_SERIES;
	for (int i = 0; i < count; i++) {
		const struct run *run = &p->runs[i];
		int series = runner_series(p, i);
		runner_text(text, sizeof text, run);
		plot_legend_add(l, (enum canvas_style)(STYLE_SERIES_1 + series), SAMPLE_PATH, LINE_SOLID,
		                (enum canvas_marker)(MARK_SERIES_1 + series), text);
	}
	if (count < 1)
		return;
	const double *start = run_row(&p->runs[0], run_first(&p->runs[0]))->x;
	snprintf(text, sizeof text, _("start (%s, %s)"), figure_short_number(a, sizeof a, start[0]),
	         figure_short_number(b, sizeof b, start[1]));
	plot_legend_add(l, STYLE_START, SAMPLE_MARKER, LINE_SOLID, MARK_START, text);
	plot_legend_add(l, STYLE_AXES, SAMPLE_MARKER, LINE_SOLID, MARK_ORIGIN, _("origin (0, 0)"));
}

/* The legend of one plot adds the levels' step, known once drawn. */
static void levels_entry(struct plot_legend *l, double step)
{
	char text[PLOT_LEGEND_TEXT], s[32];
	if (step > 0) {
		/* TRANSLATORS: %s is the step between two level curves' values */
		snprintf(text, sizeof text, _("level curves %s apart"),
		         figure_short_number(s, sizeof s, step));
		/* before the origin: it matters more */
		struct plot_legend_entry origin = l->entry[l->count - 1];
		l->count--;
		plot_legend_add(l, STYLE_CONTOUR, SAMPLE_LINE, LINE_SOLID, MARK_POINT, text);
		if (l->count < PLOT_LEGEND_MAX)
			l->entry[l->count++] = origin;
	}
}

static int one_plot(struct canvas *c, const struct race_params *p, int count)
{
	struct plot plot;
	double step;
	size_t cells = (size_t)canvas_cols(c) * (size_t)canvas_rows(c);
	unsigned char *keep = calloc(cells, 1);
	struct canvas *ink = NULL;
	int rc = -1;
	if (keep == NULL)
		return -1;
	/* the legend is placed from the whole of every run, so stepping never
	 * moves it, and never over a point */
	if (race_plot(c, p, p->f_text, 0, count, LONG_MAX, keep, &plot, &step) != 0)
		goto done;
	struct plot_legend legend;
	struct plot_box box = { 0, 0, 0, 0 };
	if (!p->no_legend && figure_scratch_copy(&ink, c) != NULL) {
		figure_race_legend(p, &legend);
		levels_entry(&legend, step);
		box = plot_legend_place(&plot, &legend, ink, keep);
	} else if (!p->no_legend) {
		goto done;
	}
	canvas_clear(c);
	if (race_plot(c, p, p->f_text, 0, count, p->current, NULL, &plot, &step) != 0)
		goto done;
	if (box.rows > 0)
		plot_legend_draw(c, &legend, box);
	canvas_set_clip(c, plot.col, plot.row, plot.cols, plot.rows);
	rc = 0;
done:
	canvas_free(ink);
	free(keep);
	return rc;
}

/* ---- panels ---------------------------------------------------------------- */

/* The smallest panel: a plot of 10 rows, where a path of the book's view
 * still has a few rows to zigzag in, and 28 columns, so that the 2x2 fits
 * the dashboard's descent pane beside the tangent pane at 120 columns. */
enum { RACE_PANEL_COLS = 28, RACE_PANEL_ROWS = 14 };

/* The grid of panels for count runs: the book's 2x2 up to four, 2x3 or
 * 3x2 up to six (as the canvas is wide or tall, a panel wanting about two
 * columns a row); false when a panel would be smaller than
 * RACE_PANEL_COLS x RACE_PANEL_ROWS. A row on top holds the title when
 * there is one. */
static bool panel_grid(int cols, int rows, int count, bool titled, int *across, int *down)
{
	rows -= titled ? 1 : 0;
	if (count <= 2) {
		*across = count;
		*down = 1;
	} else if (count <= 4) {
		*across = *down = 2;
	} else {
		bool wide = cols >= 3 * rows; /* 3 panels across are still 2:1 */
		*across = wide ? 3 : 2;
		*down = wide ? 2 : 3;
	}
	return cols / *across >= RACE_PANEL_COLS && rows / *down >= RACE_PANEL_ROWS;
}

bool figure_race_panels_fit(int cols, int rows, int count, bool titled)
{
	int across, down;
	return count >= 2 && count <= CANVAS_SERIES &&
	       panel_grid(cols, rows, count, titled, &across, &down);
}

static int panels(struct canvas *c, const struct race_params *p, int count)
{
	int cols = canvas_cols(c), rows = canvas_rows(c);
	bool titled = p->f_text && text_columns(p->f_text) <= cols;
	int across, down;
	if (!panel_grid(cols, rows, count, titled, &across, &down))
		return one_plot(c, p, count);
	int top = titled ? 1 : 0, pc = cols / across, pr = (rows - top) / down;
	/* each plot as wide as its view needs at equal units, in the middle of
	 * its cell of the grid */
	int w = figure_race_columns(p, canvas_mode(c), pr);
	w = w < pc ? w : pc;
	struct canvas *panel = canvas_new(w, pr, canvas_mode(c));
	if (panel == NULL)
		return -1;
	canvas_clear(c);
	if (titled)
		canvas_text(c, (cols - text_columns(p->f_text)) / 2, 0, p->f_text, STYLE_TITLE);
	for (int i = 0; i < count; i++) {
		char title[PLOT_LEGEND_TEXT];
		struct plot plot;
		double step;
		runner_text(title, sizeof title, &p->runs[i]);
		canvas_clear(panel);
		if (race_plot(panel, p, title, i, i + 1, p->current, NULL, &plot, &step) != 0) {
			canvas_free(panel);
			return -1;
		}
		canvas_blit(c, (i % across) * pc + (pc - w) / 2, top + (i / across) * pr, panel);
	}
	canvas_free(panel);
	return 0;
}

int figure_race(struct canvas *c, const struct race_params *p)
{
	if (!figure_big_enough(c, FIGURE_RACE) || p->count < 1)
		return -1;
	canvas_clear(c);
	int count = p->count < CANVAS_SERIES ? p->count : CANVAS_SERIES;
	return p->panels ? panels(c, p, count) : one_plot(c, p, count);
}

int figure_race_columns(const struct race_params *p, enum canvas_mode mode, int rows)
{
	struct plot_spec spec = { .xlo = p->view[0], .xhi = p->view[1], .ylo = p->view[2],
	                          .yhi = p->view[3], .equal_aspect = true };
	int cols = plot_columns_for_aspect(&spec, mode, rows), min_cols, min_rows;
	figure_min_size(FIGURE_RACE, &min_cols, &min_rows);
	return cols > min_cols ? cols : min_cols;
}
