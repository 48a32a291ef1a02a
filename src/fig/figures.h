/* figures: the book's pictures of chapter 4 (the tangent, the error of the
 * numerical derivative against h, the gradient field, descent), the loss of
 * a run, and chapter 6's race of optimizers, drawn on a canvas of any size
 * from figure_min_size up. Each takes plain data and draws every number it
 * shows from that data. */
#ifndef SLOPE_FIGURES_H
#define SLOPE_FIGURES_H

#include <stdbool.h>

#include "canvas.h"
#include "numdiff.h"
#include "plot.h"
#include "run.h"

enum figure_kind {
	FIGURE_TANGENT, FIGURE_FIELD, FIGURE_DESCENT, FIGURE_LOSS, FIGURE_HERROR, FIGURE_RACE,
	FIGURE_KIND_COUNT
};

/* The smallest canvas a figure draws on. */
void figure_min_size(enum figure_kind kind, int *cols, int *rows);

/* f over [xlo, xhi] (one sample a dot column; non-finite samples break the
 * line), its tangent at a dashed, the point of tangency, and optionally the
 * secant through the two points the difference takes: (a-h, f(a-h)) and
 * (a+h, f(a+h)) for the central difference, (a, f(a)) and (a+h, f(a+h))
 * for the forward one; its slope is the numerical derivative.
 * The tangent is the book's, its slope the numerical derivative by method
 * with h; with the secant, it is the true tangent (the exact derivative,
 * when f has one), so the secant is seen to approach it as h shrinks (the
 * central secant is parallel to the book's tangent whatever h, the forward
 * one is the forward tangent). The legend says which.
 * The y range covers f's finite values over [xlo, xhi] and a sixth of
 * their span above and below, whatever a is, so moving a turns the
 * tangent over a curve that stays (a steep tangent leaves the plot
 * through its top or bottom). A point a outside [xlo, xhi] draws its
 * tangent over the range without the point. The legend prints numbers
 * rounded to 4 significant digits. */
/* The tangent figure shows the secant when asked, and once h is not the
 * book's (NUMDIFF_BOOK_H): then the numerical slope is seen to part from
 * the true one. slope plot and the dashboard's start take this rule; in
 * the dashboard, s and [ ] decide after (app.c). */
bool figure_tangent_secant(bool asked, double h);

struct tangent_params {
	struct objective f;  /* dim 1 */
	const char *f_text;  /* the title, "f(x) = ..."; may be NULL */
	double a, h;
	double xlo, xhi;
	bool secant;
	enum diff_method method;
};

/* The error of the numerical derivative against h, the book's lesson of
 * section 4.3.1, on log-log axes: |difference - f'(a)| for the central and
 * the forward difference at h = 1e-1, 1e-2, ..., 1e-16 (f'(a) the exact
 * derivative), the V where the truncation error (falling with h) meets the
 * rounding error (rising as h shrinks). The book's h = 1e-50, where a + h
 * rounds to a and both differences are 0, is marked for both in a band
 * left of the scale; an error of exactly 0 goes in a band under it. The
 * current h is marked on its method's error (in a band when it is off the
 * scale). Needs value_and_gradient: without it, the figure says so. */
struct herror_params {
	struct objective f;      /* dim 1, with value_and_gradient */
	const char *f_text;
	double a, h;
	enum diff_method method; /* whose error at h is marked */
};

/* Arrows of the negative numerical gradient (numerical_gradient with h, as
 * the book draws it) on a grid over the view, at equal units on both axes:
 * the book's grid (1/16 of the view: step 0.25 on [-2, 2]) where the size
 * gives each arrow a box of 6 columns and 4 rows, else every 2nd, 4th ...
 * point of it along the axis short of room. One arrow a grid point,
 * centred on it, in its own cells (canvas_cell_arrow: the head in the
 * shaft's row, column or diagonal), a cell at least from its neighbours;
 * lengths proportional to |grad| on a scale the legend states ("a column:
 * |grad| 2"); a zero gradient is a dot. The plot takes the columns its
 * view needs and the legend goes beside it, else under the x axis, else
 * in a corner without arrows. */
struct field_params {
	struct objective f;  /* dim 2 */
	const char *f_text;
	double h;
	double view[4];      /* x0 min, x0 max, x1 min, x1 max */
};

/* A descent frame keeps what does not change from step to step (frame,
 * contours, field) and copies it back while the surface (by its
 * generation), the view, the canvas size and mode, h, the title and the
 * levels stay the same; it also keeps the scratch space of each frame. */
struct figure_cache;
struct figure_cache *figure_cache_new(void);
void figure_cache_free(struct figure_cache *cache);

/* The descent figure, at equal units on both axes:
 * - level curves at the losses of iterations 0, 1, 2, 4, 8, ... of the
 *   whole computed run whose points are in the view (at most 6, each
 *   apart from the others), so each passes through a point of the path
 *   and none changes while stepping; when no point is in view, 6 levels
 *   of the surface instead;
 * - the level through the current point, in its own style, and -grad
 *   there as an arrow of a fixed, readable length (its direction, not its
 *   size: the next-step arrow shows the step lr*grad takes);
 * - the axis lines x0 = 0 and x1 = 0, the path up to the current row with
 *   its points, the start and the current point, optionally the step to
 *   the next row and the gradient field;
 * - the legend, placed from the whole computed run (never over a point of
 *   it, so never over the start or the current point; in the corner of
 *   least ink), and a pure function of the parameters and the run. */
struct descent_params {
	const struct run *run;
	/* Names the surface's content for the cache: a caller that changes
	 * the function behind the run's objective changes this too. */
	unsigned long surface_generation;
	const char *f_text;
	double view[4];        /* x0 min, x0 max, x1 min, x1 max */
	bool fit_view;         /* instead: the box around every computed row */
	long current;          /* the row drawn as the current point */
	bool next_arrow;       /* the step to row current+1, when it exists */
	bool field;
	bool no_legend;        /* the caller places figure_descent_legend's */
	struct figure_cache *cache; /* may be NULL */
};

/* The loss f(x) of each row against its iteration: the x axis spans 0..
 * steps however many rows exist, the y range is that of every computed
 * row, so stepping never rescales either. The y axis is log10 when the
 * finite losses are all above 0 and span more than two decades; a run with
 * a loss of 0 or below is drawn on a linear axis (a log axis cannot show
 * it). Rows up to current are drawn, later ones not; current is marked. */
struct loss_params {
	const struct run *run;
	const char *f_text;    /* "f(x0, x1) = ..."; may be NULL */
	long current;
	long steps;            /* N: the x axis's end */
	bool no_legend;        /* no legend on the chart */
};

/* Chapter 6's race (figure 6-8): the paths of several runs on one
 * surface from one start over its level curves (at 1, 2, 5 times a power
 * of ten apart, from that step up to the first level above the start's
 * loss: 1 to 7 for the book's), with a + at the origin as the book marks
 * it. Each run is drawn up to row `current` (or its last row, if it ended
 * before: a run that stopped at a value that is not finite just stops),
 * with its own style and marker (figure_race_style) at every point, so
 * the paths stay apart without color. Equal units on both axes.
 * panels: one plot a run, titled with its name and rate, in a grid of 1x2
 * (2 runs), 2x2 (3 or 4, the book's), 2x3 or 3x2 (5 or 6, by the canvas's
 * shape), where each panel gets 28 columns and 14 rows (a title row above
 * them when the title fits: 2x2 needs 56x29); else one plot, without a
 * word (figure_race_panels_fit says which).
 * The legend (one plot) or the titles (panels) name each optimizer with
 * its rate. */
struct race_params {
	const struct run *runs; /* count runs, keeping every row */
	int count;              /* 1 to CANVAS_SERIES */
	long current;
	const char *f_text;     /* "f(x0, x1) = ..."; may be NULL */
	double view[4];         /* x0 min, x0 max, x1 min, x1 max */
	bool panels;
	bool no_legend;         /* one plot: the caller places figure_race_legend's */
};

/* Each clears the canvas and draws. 0, or -1 when the canvas is smaller than
 * figure_min_size (nothing drawn) or memory runs out. */
int figure_tangent(struct canvas *c, const struct tangent_params *p);
int figure_herror(struct canvas *c, const struct herror_params *p);
int figure_field(struct canvas *c, const struct field_params *p);
int figure_race(struct canvas *c, const struct race_params *p);
/* Whether figure_race draws count runs in panels on cols x rows (titled:
 * with the title row over them). */
bool figure_race_panels_fit(int cols, int rows, int count, bool titled);
int figure_descent(struct canvas *c, const struct descent_params *p);
int figure_loss(struct canvas *c, const struct loss_params *p);

/* The legend the descent figure draws inside, for a caller that draws the
 * figure with no_legend and places the legend itself (plot_legend_box,
 * plot_legend_draw): beside the figure, under it. Entries come most
 * important first; each entry's width is its widest over the whole run,
 * so the box stays the same while stepping. */
void figure_descent_legend(const struct descent_params *p, struct plot_legend *l);
/* The race's legend: a runner an entry ("Momentum, lr 0.1", its path and
 * marker; "..., not finite from iter 12" for one that stopped), then the
 * start and the origin. */
void figure_race_legend(const struct race_params *p, struct plot_legend *l);
/* The style and marker of the runner of kind k: the same for an optimizer
 * in every race (SGD •/o, Momentum ×/x, AdaGrad ▪/#, Adam ▴/^, Nesterov
 * ▾/v, RMSprop ◆/%), and its name as the book writes it ("AdaGrad"). */
enum canvas_style figure_race_style(enum optimizer_kind k);
enum canvas_marker figure_race_marker(enum optimizer_kind k);
const char *figure_race_name(enum optimizer_kind k);

/* A fitted view: the box around the finite points of every computed row of
 * the count runs, with a margin of a tenth of its range on each side. */
void figure_fit_view(const struct run *runs, int count, double view[4]);

/* The columns the descent figure needs on `rows` rows to show its view at
 * equal aspect without widening it (at least its minimum): a wider pane
 * can give the rest to the legend or the loss chart. */
int figure_descent_columns(const struct descent_params *p, enum canvas_mode mode, int rows);
/* The same for the race as one plot (panels take the whole canvas). */
int figure_race_columns(const struct race_params *p, enum canvas_mode mode, int rows);

#endif
