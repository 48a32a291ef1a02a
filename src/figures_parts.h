/* figures_parts: what the figure files (figures.c, figures_widths.c,
 * figures_tangent.c, figures_herror.c, figures_field.c, figures_descent.c,
 * figures_loss.c, figures_race.c) share with each other. Nothing outside
 * them includes it. */
#ifndef SLOPE_FIGURES_PARTS_H
#define SLOPE_FIGURES_PARTS_H

#include <stdbool.h>
#include <stddef.h>

#include "figures.h"

/* Whether c is at least figure_min_size(kind). */
bool figure_big_enough(const struct canvas *c, enum figure_kind kind);

/* A number short enough for a legend: a lone number as NumPy prints a
 * float64 scalar, rounded to FIGURE_NUMBER_DIGITS significant digits
 * (format_scalar_digits): "10.0", "0.0001", "1e-08", "4.061", never "-0.0"
 * or "-nan". The strip spells the same values the same way. */
#define FIGURE_NUMBER_DIGITS 4
const char *figure_short_number(char *buf, size_t n, double v);

/* Marks in keep (a byte per cell of c) the cell of dot (x, y), if on c. */
void figure_mark_cell(const struct canvas *c, unsigned char *keep, double x, double y);

/* A scratch canvas like c (size, mode) in *s, made or resized, holding c's
 * content; NULL when memory runs out. */
struct canvas *figure_scratch_copy(struct canvas **s, const struct canvas *c);
/* Grows the scratch buffer *buf (*cap bytes) to n bytes and zeroes it;
 * NULL when memory runs out. */
unsigned char *figure_zeroed(unsigned char **buf, size_t *cap, size_t n);

/* ---- legend texts that keep their width over a run (figures_widths.c) ---- */

/* Where the learning rate changed: the first rate, the iterations (as the
 * strip counts them: the update from iteration k on) and rates of the last
 * two changes, how many there were, and a bound on the width of any
 * prefix's text. */
struct lr_history {
	double first;
	long count;
	long from[2];
	double lr[2];
	int widest_lr; /* columns of the widest changed rate */
};

/* What a legend's rate text names: the path, or the loss curve. */
enum lr_what { LR_PATH, LR_LOSS };

/* The changes among the updates up to row `upto` (row k records the rate
 * of the update from k-1 to k) and among all of them, in one pass. */
void figure_lr_history(const struct run *run, long upto, struct lr_history *shown,
                       struct lr_history *whole);
/* "path, lr 0.1", "path, lr 0.1, 0.3 from iter 4", ...: h's rates. */
void figure_lr_text(char *buf, size_t n, enum lr_what what, const struct lr_history *h);
/* The widest figure_lr_text any prefix of the whole run's history prints. */
int figure_lr_text_width(enum lr_what what, const struct lr_history *whole, long last);
/* n placeholder columns: a legend's widest text is its format filled with
 * the widest numbers, measured in terminal columns. */
const char *figure_placeholder(char *buf, size_t len, int n);
/* The widest figure_short_number of x0, x1 and the loss over the run, in
 * one pass of comparisons. */
void figure_widest_numbers(const struct run *run, int widest[3]);
/* k within the run's rows. */
long figure_clamp_row(const struct run *run, long k);

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
