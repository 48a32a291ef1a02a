/* figures: the book's pictures of chapter 4 and the loss of a run, drawn on
 * a canvas of any size from figure_min_size up. Each takes plain data and
 * draws every number it shows from that data. */
#ifndef SLOPE_FIGURES_H
#define SLOPE_FIGURES_H

#include <stdbool.h>

#include "canvas.h"
#include "numdiff.h"
#include "plot.h"
#include "run.h"

enum figure_kind { FIGURE_TANGENT, FIGURE_FIELD, FIGURE_DESCENT, FIGURE_LOSS };

/* The smallest canvas a figure draws on. */
void figure_min_size(enum figure_kind kind, int *cols, int *rows);

/* f over [xlo, xhi] (one sample a dot column; non-finite samples break the
 * line), its tangent at a (slope: numerical_diff with h) dashed, the point of
 * tangency, and optionally the secant through f(a-h) and f(a+h). The legend
 * prints the tangent's numbers rounded to 4 significant digits. */
struct tangent_params {
	struct objective f;  /* dim 1 */
	const char *f_text;  /* the title, "f(x) = ..."; may be NULL */
	double a, h;
	double xlo, xhi;
	bool secant;
};

/* Arrows of the negative numerical gradient (numerical_gradient with h, as
 * the book draws it) on a grid over the view: the book's step 0.25 on
 * [-2, 2], coarser when the arrows would crowd. The longest arrow fills a
 * grid cell; a zero gradient is a dot. */
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
	bool no_legend;        /* the caller places figure_loss_legend's */
};

/* Each clears the canvas and draws. 0, or -1 when the canvas is smaller than
 * figure_min_size (nothing drawn) or memory runs out. */
int figure_tangent(struct canvas *c, const struct tangent_params *p);
int figure_field(struct canvas *c, const struct field_params *p);
int figure_descent(struct canvas *c, const struct descent_params *p);
int figure_loss(struct canvas *c, const struct loss_params *p);

/* The legends the two figures draw inside, for a caller that draws the
 * figure with no_legend and places the legend itself (plot_legend_box,
 * plot_legend_draw): beside the figure, under it. Entries come most
 * important first; each entry's width is its widest over the whole run,
 * so the box stays the same while stepping. */
void figure_descent_legend(const struct descent_params *p, struct plot_legend *l);
void figure_loss_legend(const struct loss_params *p, struct plot_legend *l);

/* The columns the descent figure needs on `rows` rows to show its view at
 * equal aspect without widening it (at least its minimum): a wider pane
 * can give the rest to the legend or the loss chart. */
int figure_descent_columns(const struct descent_params *p, enum canvas_mode mode, int rows);

#endif
