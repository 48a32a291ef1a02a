/* figures_parts: what the figure files (figures.c, figures_tangent.c,
 * figures_herror.c, figures_field.c, figures_race.c) share with each other.
 * Nothing outside them includes it. */
#ifndef SLOPE_FIGURES_PARTS_H
#define SLOPE_FIGURES_PARTS_H

#include <stdbool.h>
#include <stddef.h>

#include "figures.h"

/* Whether c is at least figure_min_size(kind). */
bool figure_big_enough(const struct canvas *c, enum figure_kind kind);

/* A number short enough for a legend: "%.4g", never "-0" or "-nan", the
 * exponent as tick labels write it ("1e-5", "1e308"). */
const char *figure_short_number(char *buf, size_t n, double v);
/* The same, in exponent form below 1e-3 as h is written: "1e-4" rather
 * than "0.0001". */
const char *figure_step_number(char *buf, size_t n, double v);

/* Marks in keep (a byte per cell of c) the cell of dot (x, y), if on c. */
void figure_mark_cell(const struct canvas *c, unsigned char *keep, double x, double y);

/* A scratch canvas like c (size, mode) in *s, made or resized, holding c's
 * content; NULL when memory runs out. */
struct canvas *figure_scratch_copy(struct canvas **s, const struct canvas *c);

/* The path through a run's rows up to `last` in style, a marker per cell
 * (the cells marked in keep when it is not NULL); a row that is not finite
 * breaks it. */
void figure_draw_path(const struct plot *plot, const struct run *run, long last,
                      enum canvas_style style, enum canvas_marker marker,
                      unsigned char *keep);

/* The gradient field's arrows over the whole plot, on the grid of the
 * field figure (1/16 of `view` a step, doubled along an axis until each
 * arrow has a box of 6 columns and 4 rows), aligned on view's low corner:
 * figure_field draws it alone, the descent figure under its contours
 * (dotted). The arrows' cells are marked in keep when it is not NULL.
 * Returns the |grad| a column of length stands for (0: no arrow). */
double figure_field_arrows(const struct plot *p, const struct objective *f, double h,
                           const double view[4], enum canvas_pattern pattern,
                           unsigned char *keep);

#endif
