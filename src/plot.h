/* plot: axes on a canvas. Lays out a plot area inside a frame of tick labels
 * and titles, maps data to dots, and draws lines, markers, arrows, contours
 * and a legend in data coordinates.
 *
 * Layout (rows): a title row (the y-axis title at the left, the title
 * centered), the plot area, the x axis with its tick marks, the x tick
 * labels, the x-axis title. Columns: the y tick labels, the y axis, the plot
 * area, one spare column. */
#ifndef SLOPE_PLOT_H
#define SLOPE_PLOT_H

#include <stdbool.h>
#include <stddef.h>

#include "canvas.h"

#define PLOT_MAX_TICKS 16
#define PLOT_LABEL_MAX 24

/* Ticks at one "nice" step (1, 2 or 5 times a power of 10). pos is the cell
 * of each tick along the axis: columns from the left end, rows from the top. */
struct plot_ticks {
	int count;
	double step;
	double value[PLOT_MAX_TICKS];
	int pos[PLOT_MAX_TICKS];
	char label[PLOT_MAX_TICKS][PLOT_LABEL_MAX];
};

/* Ticks for [lo, hi] (either order) on an axis of `cells` cells of
 * `dots_per_cell` dots: as many as read well, labels never touching (one
 * space at least between x labels, one empty row between y labels). No
 * ticks (count 0) when none fit or the range is empty or not finite. */
void plot_choose_ticks(double lo, double hi, int cells, int dots_per_cell,
                       bool vertical, struct plot_ticks *t);

/* The shortest label of tick v that tells it from its neighbours `step`
 * apart: "0", "15", "-1.5", "2e-09" style exponents become "2e-9". `scale`
 * is the largest |tick| of the axis: large or tiny axes use exponents. */
void plot_format_tick(char buf[PLOT_LABEL_MAX], double v, double step,
                      double scale);

/* The range of the finite values (none: [-1, 1]), made drawable. */
void plot_auto_range(const double *v, size_t n, double *lo, double *hi);
/* Makes [lo, hi] drawable: ordered, finite, at least 1e-300 wide (a single
 * value v, or a narrower range, becomes v +- 10% of |v|, or +-1 near 0). */
void plot_fix_range(double *lo, double *hi);

struct plot_spec {
	double xlo, xhi, ylo, yhi;
	const char *title, *xtitle, *ytitle; /* any may be NULL */
	bool round_y;      /* widen the y range to the ticks around it */
	bool equal_aspect; /* same data units per screen length on both axes
	                      (widens one range; round_y is then ignored) */
};

struct plot {
	struct canvas *canvas;
	int col, row, cols, rows; /* the plot area, in cells */
	double xlo, xhi, ylo, yhi; /* what it shows */
	struct plot_ticks xticks, yticks;
	/* dot = origin + (v/2 - lo/2) * scale: halves so that hi - lo never
	 * overflows */
	double x_origin, x_scale, y_origin, y_scale;
	/* The legend's corner once chosen (0..3), -1 before, and the rows it
	 * was placed with. */
	int legend_corner, legend_rows;
};

/* The smallest canvas plot_begin accepts. */
#define PLOT_MIN_COLS 8
#define PLOT_MIN_ROWS 6

/* Lays out the plot, draws its frame, ticks and titles, and clips the canvas
 * to the plot area. -1 (nothing drawn) when the canvas is too small. */
int plot_begin(struct plot *p, struct canvas *c, const struct plot_spec *spec);

/* Data to dot coordinates and back. */
double plot_dot_x(const struct plot *p, double x);
double plot_dot_y(const struct plot *p, double y);
double plot_data_x(const struct plot *p, double dot_x);
double plot_data_y(const struct plot *p, double dot_y);
/* The plot area in dots: the left and top dot, and the size. */
void plot_area_dots(const struct plot *p, int *x, int *y, int *w, int *h);

void plot_line(const struct plot *p, double x0, double y0, double x1,
               double y1, enum canvas_style s, enum canvas_pattern pattern);
void plot_marker(const struct plot *p, double x, double y, enum canvas_style s,
                 enum canvas_marker m);
void plot_arrow(const struct plot *p, double x0, double y0, double x1,
                double y1, enum canvas_style s);

/* Level curves of a grid sampled at the centres of every stride-th dot of
 * the plot area (w x h values, row 0 at the top, as plot_area_dots gives
 * the area), by marching squares. Squares with a non-finite corner are
 * skipped. */
void plot_contour(const struct plot *p, const double *grid, int w, int h,
                  int stride, const double *levels, int nlevels,
                  enum canvas_style s);

enum plot_sample { SAMPLE_LINE, SAMPLE_MARKER, SAMPLE_ARROW };
struct plot_legend_entry {
	enum canvas_style style;
	enum plot_sample sample;
	enum canvas_pattern pattern; /* SAMPLE_LINE */
	enum canvas_marker marker;   /* SAMPLE_MARKER */
	const char *text;
};
/* A legend in the corner of the plot area where it hides the least (top
 * right first), or in p->legend_corner when plot_legend_place chose one
 * before: a figure places its legend on what stays from frame to frame, so
 * it stays put while the rest moves. At most half the plot's rows (the
 * first entries) and 3/4 of its width. */
void plot_legend_place(struct plot *p, const struct plot_legend_entry *e, int n);
void plot_legend(struct plot *p, const struct plot_legend_entry *e, int n);

#endif
