/* plot: axes on a canvas. Lays out a plot area inside a frame of tick labels
 * and titles, maps data to dots (linearly, or by log10 on a log axis), and
 * draws lines, markers, arrows, contours and legends in data coordinates.
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
#include "ranges.h"

#define PLOT_MAX_TICKS 16
#define PLOT_LABEL_MAX 24

/* One axis as the tick chooser sees it. lead and trail are the columns an
 * x label may use beyond the axis's ends (the y labels' columns on the
 * left, the spare column on the right): a label near an end is pulled in
 * to fit, and is checked against its neighbour where it lands. */
struct plot_axis {
	double lo, hi;        /* either order */
	int cells, dots_per_cell;
	bool vertical;
	bool log;             /* ticks at powers of ten (and 2 and 5 times them
	                         on short log axes); lo and hi must be > 0 */
	int lead, trail;
};

/* Ticks at one step: linear ones at 1, 2 or 5 times a power of ten (2.5
 * when no other step gives three labels); log ones at 1, 2 and 5 times
 * each power of ten, each power, or every 2nd, 3rd, 5th, 10th... power.
 * pos is the cell of each tick along the axis (columns from the left end,
 * rows from the top); start is where an x label's first column lands,
 * pulled in at the ends, in the same columns. */
struct plot_ticks {
	int count;
	double step;          /* linear: the step; log: decades between ticks
	                         (1/3 for the 1-2-5 ticks) */
	double value[PLOT_MAX_TICKS];
	int pos[PLOT_MAX_TICKS];
	int start[PLOT_MAX_TICKS];
	char label[PLOT_MAX_TICKS][PLOT_LABEL_MAX];
};

/* As many ticks as read well (an x label every 8 columns or so, a y label
 * every 3 rows), at least three when any step fits three; labels never
 * touch: a space at least between x labels, an empty row between y
 * labels. No ticks (count 0) when none fit or the range is empty or not
 * finite.
 * Log labels: "0.001" to "1000" when every label of the axis lies between
 * those, else "1e-8", "2e5" for all of them; one axis reads one way. */
void plot_choose_ticks(const struct plot_axis *axis, struct plot_ticks *t);

/* The shortest label of linear tick v that tells it from its neighbours
 * `step` apart: "0", "15", "-1.5", "2e-9" style exponents. `scale` is the
 * largest |tick| of the axis: large or tiny axes use exponents. */
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
	bool round_y;      /* widen the y range to the ticks around it (to
	                      whole decades on a log axis) */
	bool equal_aspect; /* same data units per screen length on both axes
	                      (widens one range; round_y is then ignored;
	                      not with log axes) */
	bool xlog, ylog;   /* log10 axes; an axis whose range is not positive
	                      is drawn linear */
	/* Bands for values off the scale, each with its tick label (NULL: no
	 * band): PLOT_BAND_COLS columns at the left of the plot area for x
	 * values below xlo (h = 1e-50 beside an axis from 1e-16), a row at its
	 * bottom for y values below ylo (an error of exactly 0 under a log
	 * axis). The axis shows the break with ≈ (~ in ascii) in the gap
	 * between the band and the scale. Not with equal_aspect. */
	const char *x_band_label, *y_band_label;
};

/* The band's columns: PLOT_BAND_MARKS for marks, then one gap. */
#define PLOT_BAND_MARKS 2
#define PLOT_BAND_COLS (PLOT_BAND_MARKS + 1)
#define PLOT_BAND_ROWS 2

struct plot {
	struct canvas *canvas;
	int col, row, cols, rows; /* the plot area, in cells, bands included */
	int x_band, y_band;       /* the cells the bands take (0: none): the
	                             scale starts x_band columns right of col
	                             and ends y_band rows above the area's end */
	double xlo, xhi, ylo, yhi; /* what it shows, in data units */
	bool xlog, ylog;           /* the axes that map log10 of the value */
	struct plot_ticks xticks, yticks;
	/* dot = origin + (t/2 - t0/2) * scale, t the value or its log10, t0
	 * that of lo (x) or hi (y): halves so that hi - lo never overflows */
	double x_origin, x_scale, x_t0, y_origin, y_scale, y_t0;
};

/* The smallest canvas plot_begin accepts. */
#define PLOT_MIN_COLS 8
#define PLOT_MIN_ROWS 6

/* Lays out the plot, draws its frame, ticks and titles, and clips the canvas
 * to the plot area. -1 (nothing drawn) when the canvas is too small. */
int plot_begin(struct plot *p, struct canvas *c, const struct plot_spec *spec);

/* The canvas columns at which an equal-aspect plot of spec on `rows` rows
 * shows spec's x range without widening it (the y range then fits too):
 * what a figure needs, so a wider pane can give the rest to other things. */
int plot_columns_for_aspect(const struct plot_spec *spec, enum canvas_mode mode,
                            int rows);

/* Data to dot coordinates and back. A value a log axis cannot show (<= 0)
 * maps to a non-finite dot, which draws nothing. */
double plot_dot_x(const struct plot *p, double x);
double plot_dot_y(const struct plot *p, double y);
double plot_data_x(const struct plot *p, double dot_x);
double plot_data_y(const struct plot *p, double dot_y);
/* The dot x of the i-th mark column of the x band (0 <= i <
 * PLOT_BAND_MARKS), the dot y of the y band's row; NAN without the band. */
double plot_band_x(const struct plot *p, int i);
double plot_band_y(const struct plot *p);
/* The plot area in dots: the left and top dot, and the size. */
void plot_area_dots(const struct plot *p, int *x, int *y, int *w, int *h);

void plot_line(const struct plot *p, double x0, double y0, double x1,
               double y1, enum canvas_style s, enum canvas_pattern pattern);
void plot_marker(const struct plot *p, double x, double y, enum canvas_style s,
                 enum canvas_marker m);
void plot_arrow(const struct plot *p, double x0, double y0, double x1,
                double y1, enum canvas_style s, enum canvas_pattern pattern);
/* The lines x = 0 and y = 0 where they cross the plot area, as light
 * dashes (glyphs, so they never read as a dotted level curve), under
 * anything already drawn there. */
void plot_zero_lines(const struct plot *p);

/* Level curves of a grid sampled at the centres of every stride-th dot of
 * the plot area (w x h values, row 0 at the top, as plot_area_dots gives
 * the area), by marching squares. Squares with a non-finite corner are
 * skipped. */
void plot_contour(const struct plot *p, const double *grid, int w, int h,
                  int stride, const double *levels, int nlevels,
                  enum canvas_style s, enum canvas_pattern pattern);
/* The same over the squares whose top left corner is in columns part[0]
 * to part[2] - 1 and rows part[1] to part[3] - 1 of the grid: a caller
 * that knows where a level can be (from each block's least and greatest
 * value) skips the rest, and draws a level that changes every frame at a
 * fraction of the cost. */
void plot_contour_part(const struct plot *p, const double *grid, int w, int h,
                       int stride, const int part[4], const double *levels,
                       int nlevels, enum canvas_style s, enum canvas_pattern pattern);

/* ---- legends -----------------------------------------------------------
 * A legend is data: a figure fills one, then either draws it in its plot
 * (plot_legend) or hands it to its caller, who places it outside the
 * figure (plot_legend_box, plot_legend_draw). Entries come in order of
 * importance: short of room, a legend drops whole entries from the end
 * (and any entry too wide for the room), never cutting a text. */

#define PLOT_LEGEND_MAX 10
#define PLOT_LEGEND_TEXT 96

enum plot_sample {
	SAMPLE_LINE,   /* 3 cells of the line's pattern */
	SAMPLE_MARKER, /* the marker */
	SAMPLE_ARROW,  /* a 3-cell arrow with the pattern's shaft */
	SAMPLE_PATH,   /* a solid line with the marker on it */
};

struct plot_legend_entry {
	enum canvas_style style;
	enum plot_sample sample;
	enum canvas_pattern pattern;
	enum canvas_marker marker;
	/* Terminal columns kept for the text: the widest it gets over what
	 * the figure can show, so the box stays put while the text changes. */
	int width;
	bool blank;    /* keeps its row, shows nothing (a series absent now) */
	char text[PLOT_LEGEND_TEXT];
};

struct plot_legend {
	int count;
	struct plot_legend_entry entry[PLOT_LEGEND_MAX];
};

/* Appends an entry (its width that of its text); NULL when full. */
struct plot_legend_entry *plot_legend_add(struct plot_legend *l, enum canvas_style s,
                                          enum plot_sample sample,
                                          enum canvas_pattern pattern,
                                          enum canvas_marker m, const char *text);

/* A rectangle of cells. */
struct plot_box {
	int col, row, cols, rows;
};

/* The smallest box, at (0, 0), that shows as many whole entries as fit in
 * max_cols x max_rows: the entries that fit the width, the first max_rows
 * of them. rows 0 when none fits. */
struct plot_box plot_legend_box(const struct plot_legend *l, int max_cols, int max_rows);
/* Clears the box and draws in it the entries plot_legend_box chose for its
 * size: a space, the 3-cell sample, a space, the text. */
void plot_legend_draw(struct canvas *c, const struct plot_legend *l, struct plot_box box);

/* Where plot_legend puts a legend, without drawing it:
 * - under the x axis, right of its title, when the whole legend is one
 *   entry that fits there;
 * - else in a corner of the plot area (at most 3/4 of its width, half its
 *   rows), the one with the least ink on `ink`, a canvas of the plot's
 *   size holding all the figure can show (for a descent, the whole
 *   computed run: so stepping never moves it), and never over a cell
 *   marked in `keep` (cols x rows bytes, row-major over the canvas; NULL:
 *   none). Top right first on a tie. When no corner takes every entry,
 *   the most that some corner takes.
 * rows 0: nowhere (the figure then draws no legend). The same arguments
 * always give the same box. */
struct plot_box plot_legend_place(const struct plot *p, const struct plot_legend *l,
                                  const struct canvas *ink, const unsigned char *keep);
/* plot_legend_place, then plot_legend_draw. */
void plot_legend(const struct plot *p, const struct plot_legend *l,
                 const struct canvas *ink, const unsigned char *keep);

#endif
