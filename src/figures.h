/* figures: the book's three pictures of chapter 4, drawn on a canvas of any
 * size from figure_min_size up. Each takes plain data and draws every number
 * it shows from that data. */
#ifndef SLOPE_FIGURES_H
#define SLOPE_FIGURES_H

#include <stdbool.h>

#include "canvas.h"
#include "numdiff.h"
#include "run.h"

enum figure_kind { FIGURE_TANGENT, FIGURE_FIELD, FIGURE_DESCENT };

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
 * generation), the view, the canvas size and mode, h and the title stay
 * the same. */
struct figure_cache;
struct figure_cache *figure_cache_new(void);
void figure_cache_free(struct figure_cache *cache);

/* Level curves of the surface (6 levels, denser near the minimum), the axis
 * lines x0 = 0 and x1 = 0 dashed, the run's path up to the current row with
 * its points, the start and the current point, and optionally the step to
 * the next row as an arrow and the gradient field. Equal units on both
 * axes. */
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
	struct figure_cache *cache; /* may be NULL */
};

/* Each clears the canvas and draws. 0, or -1 when the canvas is smaller than
 * figure_min_size (nothing drawn) or memory runs out. */
int figure_tangent(struct canvas *c, const struct tangent_params *p);
int figure_field(struct canvas *c, const struct field_params *p);
int figure_descent(struct canvas *c, const struct descent_params *p);

#endif
