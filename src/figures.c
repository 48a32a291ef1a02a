/* figures: what the figure files share: their least sizes, numbers short
 * enough for a legend, cells a legend must not cover, scratch buffers and
 * canvases. Each figure has a file of its own (figures_tangent.c,
 * figures_herror.c, figures_field.c, figures_descent.c, figures_loss.c,
 * figures_race.c). Numbers in legends are scalars rounded to 4
 * significant digits to keep them short, in NumPy's scalar style as the
 * strip's; the text commands print the exact ones. */
#include "figures.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "figures_parts.h"
#include "i18n.h"
#include "numpyfmt.h"
#include "plot.h"
#include "text.h"

void figure_min_size(enum figure_kind kind, int *cols, int *rows)
{
	static const int size[FIGURE_KIND_COUNT][2] = {
		[FIGURE_TANGENT] = { 32, 10 },
		[FIGURE_FIELD] = { 24, 10 },
		[FIGURE_DESCENT] = { 32, 12 },
		/* three y labels ("1e-10"), three x labels ("0", "50", "100") */
		[FIGURE_LOSS] = { 24, 9 },
		/* "1e-16" labels both ways, the bands, three decades of h */
		[FIGURE_HERROR] = { 36, 12 },
		/* also a panel's size */
		[FIGURE_RACE] = { 24, 10 },
	};
	*cols = size[kind][0];
	*rows = size[kind][1];
}

bool figure_big_enough(const struct canvas *c, enum figure_kind kind)
{
	int cols, rows;
	figure_min_size(kind, &cols, &rows);
	return canvas_cols(c) >= cols && canvas_rows(c) >= rows;
}

const char *figure_short_number(char *buf, size_t n, double v)
{
	/* not "-0.0" for a zero that lost its sign on the way */
	return format_scalar_digits(buf, n, v == 0 ? 0.0 : v, FIGURE_NUMBER_DIGITS);
}

void figure_mark_cell(const struct canvas *c, unsigned char *keep, double x, double y)
{
	double col = floor(x / canvas_dots_per_col(c)), row = floor(y / canvas_dots_per_row(c));
	if (col >= 0 && col < canvas_cols(c) && row >= 0 && row < canvas_rows(c))
		keep[(int)row * canvas_cols(c) + (int)col] = 1;
}

/* Grows a scratch buffer to n bytes and zeroes it. */
unsigned char *figure_zeroed(unsigned char **buf, size_t *cap, size_t n)
{
	if (n > *cap) {
		unsigned char *b = realloc(*buf, n);
		if (!b)
			return NULL;
		*buf = b;
		*cap = n;
	}
	memset(*buf, 0, n);
	return *buf;
}

struct canvas *figure_scratch_copy(struct canvas **s, const struct canvas *c)
{
	if (*s == NULL || canvas_mode(*s) != canvas_mode(c) ||
	    canvas_resize(*s, canvas_cols(c), canvas_rows(c)) != 0) {
		canvas_free(*s);
		*s = canvas_new(canvas_cols(c), canvas_rows(c), canvas_mode(c));
	}
	if (*s == NULL || canvas_copy(*s, c) != 0)
		return NULL;
	return *s;
}
