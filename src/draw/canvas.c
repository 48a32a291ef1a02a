/* canvas: cells of sub-cell dots or one glyph each, with the owning style.
 * Dots are kept as a braille-layout bit mask (2 x 4; block mode uses 4 bits
 * for its 2 x 2 quadrants), so a cell's glyph is worked out only when it is
 * read: braille adds the mask to U+2800, block looks it up, ascii looks it up
 * in tables built once per canvas. */
#include "canvas.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* The direction of the line that last drew into a cell: ascii mode picks
 * its character from it (the dots of one cell cannot tell a shallow step
 * from a 45 degree line). */
enum shape {
	SHAPE_DOTS, SHAPE_LEVEL, SHAPE_FLAT, SHAPE_RISING, SHAPE_FALLING, SHAPE_STEEP
};

struct cell {
	uint16_t glyph; /* an explicit glyph; 0: the glyph comes from dots;
	                   CONTINUATION: the right half of a wide character */
	uint8_t dots;
	uint8_t style;
	uint8_t shape;
	uint8_t wide;   /* the glyph is a wide character's left half */
};

/* The glyph of the cell right of a wide character: canvas_cell reads it as
 * 0, as the screen stores it. U+FFFF is no character, so no text has it. */
#define CONTINUATION 0xFFFFu

struct canvas {
	int cols, rows;
	size_t capacity; /* cells allocated */
	enum canvas_mode mode;
	int dpc, dpr;    /* dots per column, per row */
	/* The clip rectangle in dots: [x0, x1) x [y0, y1). */
	int clip_x0, clip_y0, clip_x1, clip_y1;
	struct cell *cells;
	/* ascii glyph for each dot mask: lines, and contours */
	char ascii_line[256];
	char ascii_contour[256];
};

/* ---- glyph tables ------------------------------------------------------- */

/* Braille dot bits, [row][column] (Unicode's numbering: dots 1-2-3-7 down
 * the left column, 4-5-6-8 down the right one). */
static const uint8_t braille_bit[4][2] = {
	{ 0x01, 0x08 }, { 0x02, 0x10 }, { 0x04, 0x20 }, { 0x40, 0x80 },
};

/* Block mode: upper-left 1, upper-right 2, lower-left 4, lower-right 8. */
static const uint8_t block_bit[2][2] = { { 1, 2 }, { 4, 8 } };
static const uint16_t block_glyph[16] = {
	' ',    0x2598, 0x259D, 0x2580, 0x2596, 0x258C, 0x259E, 0x259B,
	0x2597, 0x259A, 0x2590, 0x259C, 0x2584, 0x2599, 0x259F, 0x2588,
};

static const struct {
	uint16_t unicode;
	char ascii;
} marker_glyph[] = {
	[MARK_POINT] = { 0x2022, 'o' },   /* • */
	[MARK_START] = { 0x25CB, 'S' },   /* ○ */
	[MARK_CURRENT] = { 0x25CF, '@' }, /* ● */
	[MARK_ZERO] = { 0x00B7, '.' },    /* · */
	[MARK_ORIGIN] = { '+', '+' },
	/* single-width in every locale (East Asian width narrow or
	 * ambiguous like the bullet), in every common terminal font */
	[MARK_SERIES_1] = { 0x2022, 'o' }, /* • */
	[MARK_SERIES_2] = { 0x00D7, 'x' }, /* × */
	[MARK_SERIES_3] = { 0x25AA, '#' }, /* ▪ */
	[MARK_SERIES_4] = { 0x25B4, '^' }, /* ▴ */
	[MARK_SERIES_5] = { 0x25BE, 'v' }, /* ▾ */
	[MARK_SERIES_6] = { 0x25C6, '%' }, /* ◆ */
};

/* Arrow heads by direction, counter-clockwise from east in steps of 45°. */
static const uint16_t head_unicode[8] = {
	0x2192, 0x2197, 0x2191, 0x2196, 0x2190, 0x2199, 0x2193, 0x2198,
};
static const char head_ascii[8] = { '>', '^', '^', '^', '<', 'v', 'v', 'v' };
/* A field arrow's: its diagonal heads are slopes, as its shaft is dots. */
static const char cell_head_ascii[8] = { '>', '/', '^', '\\', '<', '/', 'v', '\\' };

/* Mean row (0 top .. 3 bottom) of the dots of one column of a braille mask,
 * and how many there are. */
static int column_dots(unsigned mask, int column, double *mean, int *lo, int *hi)
{
	int n = 0, sum = 0;
	for (int r = 0; r < 4; r++) {
		if (mask & braille_bit[r][column]) {
			if (n == 0)
				*lo = r;
			*hi = r;
			n++;
			sum += r;
		}
	}
	*mean = n ? (double)sum / n : 0;
	return n;
}

/* The ascii character that reads best as the part of a line crossing these
 * dots: its slope from where the dots sit in the two halves of the cell. */
static char line_glyph(unsigned mask)
{
	double ml, mr;
	int lo_l = 0, hi_l = 0, lo_r = 0, hi_r = 0;
	int nl = column_dots(mask, 0, &ml, &lo_l, &hi_l);
	int nr = column_dots(mask, 1, &mr, &lo_r, &hi_r);
	if (nl == 0 && nr == 0)
		return ' ';
	if (nl && nr) {
		double rise = ml - mr; /* > 0: the right half is higher */
		if (rise >= 1)
			return '/';
		if (rise <= -1)
			return '\\';
		int lo = lo_l < lo_r ? lo_l : lo_r, hi = hi_l > hi_r ? hi_l : hi_r;
		if (hi - lo >= 2)
			return '|';
		return (ml + mr) / 2 >= 2.5 ? '_' : '-';
	}
	int lo = nl ? lo_l : lo_r, hi = nl ? hi_l : hi_r;
	double m = nl ? ml : mr;
	if (hi - lo >= 2)
		return '|';
	return m < 1 ? '\'' : m > 2 ? '.' : '-';
}

/* Contours read as dotted lines in ascii: . : ' by where the dots sit. */
static char contour_glyph(unsigned mask)
{
	if (mask == 0)
		return ' ';
	double ml, mr;
	int lo_l = 3, hi_l = 0, lo_r = 3, hi_r = 0;
	int nl = column_dots(mask, 0, &ml, &lo_l, &hi_l);
	int nr = column_dots(mask, 1, &mr, &lo_r, &hi_r);
	int lo = lo_l < lo_r ? lo_l : lo_r, hi = hi_l > hi_r ? hi_l : hi_r;
	double m = (ml * nl + mr * nr) / (nl + nr);
	if (hi - lo >= 2)
		return ':';
	return m < 1.5 ? '\'' : '.';
}

/* ---- life cycle --------------------------------------------------------- */

struct canvas_dots canvas_dots_of(enum canvas_mode mode)
{
	struct canvas_dots d = { 2, mode == CANVAS_BLOCK ? 2 : 4, 0 };
	/* A cell is about 1 wide and 2 tall. */
	d.aspect = (2.0 / d.per_row) / (1.0 / d.per_col);
	return d;
}

static void set_geometry(struct canvas *c, int cols, int rows,
                         enum canvas_mode mode)
{
	c->cols = cols;
	c->rows = rows;
	c->mode = mode;
	struct canvas_dots d = canvas_dots_of(mode);
	c->dpc = d.per_col;
	c->dpr = d.per_row;
}

struct canvas *canvas_new(int cols, int rows, enum canvas_mode mode)
{
	if (cols < 1 || rows < 1)
		return NULL;
	struct canvas *c = calloc(1, sizeof *c);
	if (!c)
		return NULL;
	c->capacity = (size_t)cols * (size_t)rows;
	c->cells = calloc(c->capacity, sizeof *c->cells);
	if (!c->cells) {
		free(c);
		return NULL;
	}
	for (unsigned m = 0; m < 256; m++) {
		c->ascii_line[m] = line_glyph(m);
		c->ascii_contour[m] = contour_glyph(m);
	}
	set_geometry(c, cols, rows, mode);
	canvas_clear(c);
	return c;
}

void canvas_free(struct canvas *c)
{
	if (c)
		free(c->cells);
	free(c);
}

int canvas_resize(struct canvas *c, int cols, int rows)
{
	if (cols < 1 || rows < 1)
		return -1;
	size_t need = (size_t)cols * (size_t)rows;
	if (need > c->capacity) {
		struct cell *cells = realloc(c->cells, need * sizeof *cells);
		if (!cells)
			return -1;
		c->cells = cells;
		c->capacity = need;
	}
	set_geometry(c, cols, rows, c->mode);
	canvas_clear(c);
	return 0;
}

void canvas_set_mode(struct canvas *c, enum canvas_mode mode)
{
	set_geometry(c, c->cols, c->rows, mode);
	canvas_clear(c);
}

void canvas_clear(struct canvas *c)
{
	memset(c->cells, 0, (size_t)c->cols * (size_t)c->rows * sizeof *c->cells);
	canvas_set_clip(c, 0, 0, c->cols, c->rows);
}

int canvas_copy(struct canvas *dst, const struct canvas *src)
{
	if (dst->cols != src->cols || dst->rows != src->rows || dst->mode != src->mode)
		return -1;
	memcpy(dst->cells, src->cells,
	       (size_t)src->cols * (size_t)src->rows * sizeof *src->cells);
	dst->clip_x0 = src->clip_x0;
	dst->clip_y0 = src->clip_y0;
	dst->clip_x1 = src->clip_x1;
	dst->clip_y1 = src->clip_y1;
	return 0;
}

int canvas_cols(const struct canvas *c) { return c->cols; }
int canvas_rows(const struct canvas *c) { return c->rows; }
enum canvas_mode canvas_mode(const struct canvas *c) { return c->mode; }
int canvas_dots_per_col(const struct canvas *c) { return c->dpc; }
int canvas_dots_per_row(const struct canvas *c) { return c->dpr; }

double canvas_dot_aspect(const struct canvas *c)
{
	return canvas_dots_of(c->mode).aspect;
}

static int clamp_int(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

void canvas_set_clip(struct canvas *c, int col, int row, int cols, int rows)
{
	int col1 = clamp_int(col + cols, 0, c->cols), row1 = clamp_int(row + rows, 0, c->rows);
	col = clamp_int(col, 0, c->cols);
	row = clamp_int(row, 0, c->rows);
	c->clip_x0 = col * c->dpc;
	c->clip_y0 = row * c->dpr;
	c->clip_x1 = (col1 > col ? col1 : col) * c->dpc;
	c->clip_y1 = (row1 > row ? row1 : row) * c->dpr;
}

/* ---- putting dots and glyphs -------------------------------------------- */

/* Dot (x, y), known to be inside the clip rectangle. */
static void put_dot(struct canvas *c, int x, int y, enum canvas_style s,
                    enum shape shape)
{
	struct cell *cell = &c->cells[(y / c->dpr) * c->cols + x / c->dpc];
	uint8_t bit = c->mode == CANVAS_BLOCK ? block_bit[y & 1][x & 1]
	                                      : braille_bit[y & 3][x & 1];
	if (cell->glyph) {
		if (s <= cell->style)
			return;
		cell->glyph = 0;
		cell->dots = 0;
		cell->wide = 0;
	}
	if (s > cell->style) {
		/* ascii draws one series a cell: the winner's dots alone */
		if (c->mode == CANVAS_ASCII)
			cell->dots = 0;
		cell->style = (uint8_t)s;
	} else if (s < cell->style && c->mode == CANVAS_ASCII) {
		return;
	}
	cell->dots |= bit;
	cell->shape = (uint8_t)shape;
}

static void put_glyph(struct cell *cell, uint16_t glyph, enum canvas_style s)
{
	if (s < cell->style)
		return;
	cell->glyph = glyph;
	cell->dots = 0;
	cell->style = (uint8_t)s;
	cell->wide = 0;
}

static bool inside_clip(const struct canvas *c, double x, double y)
{
	return x >= c->clip_x0 && x < c->clip_x1 && y >= c->clip_y0 && y < c->clip_y1;
}

void canvas_dot(struct canvas *c, double x, double y, enum canvas_style s)
{
	if (inside_clip(c, x, y)) /* false for NaN */
		put_dot(c, (int)x, (int)y, s, SHAPE_DOTS);
}

/* A line's direction in cells: flat when it climbs under 0.6 rows a column
 * (a / would draw it steeper than it is), steep over 2. */
static enum shape shape_of(const struct canvas *c, double dx, double dy)
{
	double rise = fabs(dy) / c->dpr, run = fabs(dx) / c->dpc; /* in cells */
	if (dy == 0)
		return SHAPE_LEVEL;
	if (rise < run * 0.6)
		return SHAPE_FLAT;
	if (rise > run * 2)
		return SHAPE_STEEP;
	return (dx > 0) == (dy < 0) ? SHAPE_RISING : SHAPE_FALLING;
}

/* Liang-Barsky: shrinks [*t0, *t1] to where p*t <= q holds. */
static bool clip_edge(double p, double q, double *t0, double *t1)
{
	if (p == 0)
		return q >= 0;
	double t = q / p;
	if (p < 0) {
		if (t > *t1)
			return false;
		if (t > *t0)
			*t0 = t;
	} else {
		if (t < *t0)
			return false;
		if (t < *t1)
			*t1 = t;
	}
	return true;
}

/* x / n rounded down, for any sign of x. */
static int floor_div(int x, int n)
{
	return x >= 0 ? x / n : -((-x + n - 1) / n);
}

/* x mod n for any sign of x. */
static int floor_mod(int x, int n)
{
	int r = x % n;
	return r < 0 ? r + n : r;
}

/* Whether a pattern puts dot (x, y) of a line, (x, y) counted from the
 * pattern's anchor. Figures anchor at the canvas corner, so the pieces of
 * a contour join into one pattern; a legend's sample anchors at its first
 * dot and an arrow at its head, so both show the pattern the same way
 * wherever they are. Counting runs along the line's main direction, in
 * cells for dashes (they look the same in every mode) and in dots for
 * dotted lines (a dot every third dot along either axis, so a level curve
 * is as sparse across as down). */
static bool pattern_on(const struct canvas *c, enum canvas_pattern pattern,
                       int x, int y, bool x_major)
{
	switch (pattern) {
	case LINE_DASHED:
		return floor_mod(x_major ? floor_div(x, c->dpc) : floor_div(y, c->dpr), 3) != 2;
	case LINE_DOTTED:
		if (c->mode == CANVAS_ASCII) /* every other cell */
			return floor_mod(x_major ? floor_div(x, c->dpc) : floor_div(y, c->dpr), 2) == 0;
		return floor_mod(x_major ? x : y, 3) == 0;
	case LINE_SOLID:
		break;
	}
	return true;
}

static void draw_line(struct canvas *c, double x0, double y0, double x1, double y1,
                      enum canvas_style s, enum canvas_pattern pattern, int ax, int ay)
{
	if (!isfinite(x0) || !isfinite(y0) || !isfinite(x1) || !isfinite(y1))
		return;
	double dx = x1 - x0, dy = y1 - y0;
	if (!isfinite(dx) || !isfinite(dy)) {
		/* ends near +-DBL_MAX: halve the segment so differences fit */
		double mx = x0 / 2 + x1 / 2, my = y0 / 2 + y1 / 2;
		draw_line(c, x0, y0, mx, my, s, pattern, ax, ay);
		draw_line(c, mx, my, x1, y1, s, pattern, ax, ay);
		return;
	}
	/* ascii level curves are dotty by their glyphs already */
	if (c->mode == CANVAS_ASCII && (s == STYLE_CONTOUR || s == STYLE_LEVEL))
		pattern = LINE_SOLID;
	double t0 = 0, t1 = 1;
	/* the right and bottom edges stay just inside the last dot */
	double right = c->clip_x1 - 1e-9, bottom = c->clip_y1 - 1e-9;
	if (!clip_edge(-dx, x0 - c->clip_x0, &t0, &t1) ||
	    !clip_edge(dx, right - x0, &t0, &t1) ||
	    !clip_edge(-dy, y0 - c->clip_y0, &t0, &t1) ||
	    !clip_edge(dy, bottom - y0, &t0, &t1))
		return;
	double ax0 = x0 + t0 * dx, ay0 = y0 + t0 * dy;
	double bx = x0 + t1 * dx, by = y0 + t1 * dy;
	double len = fmax(fabs(bx - ax0), fabs(by - ay0));
	bool x_major = fabs(dx) >= fabs(dy);
	enum shape shape = len < 1 ? SHAPE_DOTS : shape_of(c, dx, dy);
	int steps = (int)ceil(len); /* at most the clip size: clipped above */
	for (int i = 0; i <= steps; i++) {
		double t = steps ? (double)i / steps : 0;
		double x = ax0 + t * (bx - ax0), y = ay0 + t * (by - ay0);
		if (!inside_clip(c, x, y))
			continue;
		int xi = (int)x, yi = (int)y;
		if (pattern_on(c, pattern, xi - ax, yi - ay, x_major))
			put_dot(c, xi, yi, s, shape);
	}
}

void canvas_line(struct canvas *c, double x0, double y0, double x1, double y1,
                 enum canvas_style s, enum canvas_pattern pattern)
{
	draw_line(c, x0, y0, x1, y1, s, pattern, 0, 0);
}

void canvas_line_anchored(struct canvas *c, double x0, double y0, double x1,
                          double y1, enum canvas_style s, enum canvas_pattern pattern)
{
	if (isfinite(x0) && isfinite(y0) && fabs(x0) < 1e9 && fabs(y0) < 1e9)
		draw_line(c, x0, y0, x1, y1, s, pattern, (int)floor(x0), (int)floor(y0));
}

static struct cell *cell_of_dot(struct canvas *c, double x, double y)
{
	if (!inside_clip(c, x, y))
		return NULL;
	return &c->cells[((int)y / c->dpr) * c->cols + (int)x / c->dpc];
}

void canvas_marker(struct canvas *c, double x, double y, enum canvas_style s,
                   enum canvas_marker m)
{
	struct cell *cell = cell_of_dot(c, x, y);
	if (cell)
		put_glyph(cell, c->mode == CANVAS_ASCII ? (uint16_t)marker_glyph[m].ascii
		                                        : marker_glyph[m].unicode, s);
}

void canvas_arrow(struct canvas *c, double x0, double y0, double x1, double y1,
                  enum canvas_style s, enum canvas_pattern pattern)
{
	double dx = x1 - x0, dy = y1 - y0;
	if (!isfinite(dx) || !isfinite(dy) || (dx == 0 && dy == 0))
		return;
	/* the pattern counts from the head's cell, so the shaft's first gap
	 * is always next to the head */
	if (fabs(x1) < 1e9 && fabs(y1) < 1e9)
		draw_line(c, x0, y0, x1, y1, s, pattern,
		          floor_div((int)floor(x1), c->dpc) * c->dpc,
		          floor_div((int)floor(y1), c->dpr) * c->dpr);
	struct cell *cell = cell_of_dot(c, x1, y1);
	if (!cell)
		return;
	/* the direction as seen on screen, up positive */
	double angle = atan2(-dy * canvas_dot_aspect(c), dx);
	int sector = (int)lround(angle / atan(1.0)); /* atan(1) is 45 degrees */
	sector = (sector % 8 + 8) % 8;
	put_glyph(cell, c->mode == CANVAS_ASCII ? (uint16_t)head_ascii[sector]
	                                        : head_unicode[sector], s);
}

/* The cell steps of each direction: columns, rows (down positive). A 45
 * degree diagonal goes two columns a row, a cell being twice as tall as
 * wide. */
static const int sector_step[8][2] = {
	{ 1, 0 }, { 2, -1 }, { 0, -1 }, { -2, -1 }, { -1, 0 }, { -2, 1 }, { 0, 1 }, { 2, 1 },
};

/* The centre of a cell in dots, on a dot row near the middle. */
static void cell_centre(const struct canvas *c, int col, int row, double *x, double *y)
{
	*x = col * c->dpc + 0.5;
	*y = row * c->dpr + (c->dpr - 1) / 2 + 0.5;
}

static bool cell_in_clip(const struct canvas *c, int col, int row)
{
	return col * c->dpc >= c->clip_x0 && col * c->dpc < c->clip_x1 &&
	       row * c->dpr >= c->clip_y0 && row * c->dpr < c->clip_y1;
}

/* An ascii field arrow's shaft back from its head at (col, row): one
 * glyph a cell, every other cell from the head when dotted. A diagonal
 * has two cells in each row it crosses, the one beside the head's column
 * first. */
static void ascii_cell_shaft(struct canvas *c, int col, int row, int sector, int steps,
                             enum canvas_style s, enum canvas_pattern pattern)
{
	int dc = sector_step[sector][0], dr = sector_step[sector][1];
	bool diagonal = dc != 0 && dr != 0;
	char glyph = diagonal ? '.' : dr == 0 ? '-' : '|';
	int cells = diagonal ? 2 * steps : steps;
	for (int k = 1; k <= cells; k++) {
		if (pattern != LINE_SOLID && k % 2 == 1)
			continue;
		int kc = col - (diagonal ? k * (dc / 2) : k * dc);
		int kr = row - (diagonal ? (k + 1) / 2 * dr : k * dr);
		if (cell_in_clip(c, kc, kr))
			put_glyph(&c->cells[kr * c->cols + kc], (uint16_t)glyph, s);
	}
}

void canvas_cell_arrow_ends(int col, int row, int sector, int steps, int ends[4])
{
	sector = (sector % 8 + 8) % 8;
	steps = steps < 0 ? 0 : steps;
	int dc = sector_step[sector][0], dr = sector_step[sector][1];
	/* the middle of the arrow on (col, row): the tail half a length back */
	ends[0] = col - floor_div(dc * steps, 2);
	ends[1] = row - floor_div(dr * steps, 2);
	ends[2] = ends[0] + dc * steps;
	ends[3] = ends[1] + dr * steps;
}

void canvas_cell_arrow(struct canvas *c, int col, int row, int sector, int steps,
                       enum canvas_style s, enum canvas_pattern pattern)
{
	sector = (sector % 8 + 8) % 8;
	steps = steps < 0 ? 0 : steps;
	int ends[4];
	canvas_cell_arrow_ends(col, row, sector, steps, ends);
	int tail_col = ends[0], tail_row = ends[1], head_col = ends[2], head_row = ends[3];
	if (steps > 0 && c->mode == CANVAS_ASCII) {
		ascii_cell_shaft(c, head_col, head_row, sector, steps, s, pattern);
	} else if (steps > 0) {
		double x0, y0, x1, y1;
		cell_centre(c, tail_col, tail_row, &x0, &y0);
		cell_centre(c, head_col, head_row, &x1, &y1);
		/* the tail's cell filled to its far side, whichever way it points */
		int dc = sector_step[sector][0], dr = sector_step[sector][1];
		if (dc < 0)
			x0 = tail_col * c->dpc + c->dpc - 0.5;
		if (dr != 0)
			y0 = tail_row * c->dpr + (dr < 0 ? c->dpr - 0.5 : 0.5);
		draw_line(c, x0, y0, x1, y1, s, pattern, head_col * c->dpc, head_row * c->dpr);
	}
	if (cell_in_clip(c, head_col, head_row))
		put_glyph(&c->cells[head_row * c->cols + head_col],
		          c->mode == CANVAS_ASCII ? (uint16_t)cell_head_ascii[sector]
		                                  : head_unicode[sector], s);
}

void canvas_glyph(struct canvas *c, int col, int row, uint16_t unicode,
                  char ascii, enum canvas_style s)
{
	if (col < 0 || col >= c->cols || row < 0 || row >= c->rows)
		return;
	put_glyph(&c->cells[row * c->cols + col],
	          c->mode == CANVAS_ASCII ? (uint16_t)(unsigned char)ascii : unicode, s);
}

/* One cell of text: a glyph over whatever was there. */
static void text_cell(struct canvas *c, int col, int row, uint16_t glyph, bool wide,
                      enum canvas_style s)
{
	struct cell *cell = &c->cells[row * c->cols + col];
	cell->glyph = glyph;
	cell->dots = 0;
	cell->style = (uint8_t)s;
	cell->wide = wide;
}

void canvas_text(struct canvas *c, int col, int row, const char *text,
                 enum canvas_style s)
{
	if (row < 0 || row >= c->rows)
		return;
	while (*text && col < c->cols) {
		uint32_t cp = text_next_char(&text);
		int w = text_char_columns(cp);
		if (w == 0)
			continue; /* combining characters are left out */
		/* Text is the language's in every mode: ascii mode draws its
		 * dots in ASCII, but a Chinese legend beside Chinese strips
		 * stays Chinese (Chinese is only ever on in a UTF-8 locale, and
		 * the English texts are ASCII). A character past the BMP (rare,
		 * and wider than a cell holds) reads '?'. */
		if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp > 0xFFFF) {
			cp = '?';
			w = 1;
		}
		if (w == 2 && col + 1 >= c->cols)
			break; /* never half a character at the edge */
		if (col >= 0)
			text_cell(c, col, row, (uint16_t)cp, w == 2, s);
		if (w == 2 && col + 1 >= 0)
			text_cell(c, col + 1, row, col >= 0 ? CONTINUATION : ' ', false, s);
		col += w;
	}
}

int canvas_blit(struct canvas *dst, int col, int row, const struct canvas *src)
{
	if (dst->mode != src->mode)
		return -1;
	for (int r = 0; r < src->rows; r++) {
		int to_row = row + r;
		if (to_row < 0 || to_row >= dst->rows)
			continue;
		for (int k = 0; k < src->cols; k++) {
			int to_col = col + k;
			if (to_col >= 0 && to_col < dst->cols)
				dst->cells[to_row * dst->cols + to_col] = src->cells[r * src->cols + k];
		}
	}
	return 0;
}

void canvas_clear_cells(struct canvas *c, int col, int row, int cols, int rows)
{
	int col1 = clamp_int(col + cols, 0, c->cols), row1 = clamp_int(row + rows, 0, c->rows);
	col = clamp_int(col, 0, c->cols);
	for (int r = clamp_int(row, 0, c->rows); r < row1; r++)
		for (int k = col; k < col1; k++)
			c->cells[r * c->cols + k] = (struct cell){ 0, 0, 0, 0, 0 };
}

/* ---- reading ------------------------------------------------------------ */

static char ascii_glyph(const struct canvas *c, const struct cell *cell)
{
	if (cell->style == STYLE_CONTOUR)
		return c->ascii_contour[cell->dots];
	if (cell->style == STYLE_LEVEL) /* the current level: apart from the others */
		return cell->dots ? '~' : ' ';
	/* where the tangent and the secant meet the curve, a slope glyph of
	 * each would read as one line */
	if (cell->style == STYLE_TANGENT)
		return cell->dots ? '*' : ' ';
	if (cell->style == STYLE_SECANT)
		return cell->dots ? ':' : ' ';
	switch ((enum shape)cell->shape) {
	case SHAPE_FLAT: {
		/* _ - ' by the height of the dots in the cell */
		double mean, unused;
		int lo = 0, hi = 0, n = column_dots(cell->dots, 0, &mean, &lo, &hi);
		int m = column_dots(cell->dots, 1, &unused, &lo, &hi);
		double row = (mean * n + unused * m) / (n + m);
		return row >= 2.5 ? '_' : row >= 0.75 ? '-' : '\'';
	}
	case SHAPE_LEVEL:
		return '-';
	case SHAPE_RISING:
		return '/';
	case SHAPE_FALLING:
		return '\\';
	case SHAPE_STEEP:
		return '|';
	case SHAPE_DOTS:
		break;
	}
	return c->ascii_line[cell->dots];
}

/* Whether the cell holds half of a wide character whose other half is
 * still there: a figure drawn over one half leaves the other alone, and
 * it then reads as a space, never as half a character. */
static bool whole_wide_left(const struct canvas *c, const struct cell *cell, int col)
{
	return cell->wide && cell->glyph && col + 1 < c->cols && cell[1].glyph == CONTINUATION;
}

uint16_t canvas_cell(const struct canvas *c, int col, int row,
                     enum canvas_style *style)
{
	const struct cell *cell = &c->cells[row * c->cols + col];
	if (style)
		*style = (enum canvas_style)cell->style;
	if (cell->glyph == CONTINUATION)
		return col > 0 && whole_wide_left(c, cell - 1, col - 1) ? 0 : ' ';
	if (cell->glyph && cell->wide && !whole_wide_left(c, cell, col))
		return ' ';
	if (cell->glyph)
		return cell->glyph;
	switch (c->mode) {
	case CANVAS_BRAILLE:
		return cell->dots ? (uint16_t)(0x2800 + cell->dots) : ' ';
	case CANVAS_BLOCK:
		return block_glyph[cell->dots & 15];
	case CANVAS_ASCII:
		break;
	}
	return (uint16_t)ascii_glyph(c, cell);
}

struct canvas_ink canvas_style_ink(enum canvas_style s)
{
	static const struct canvas_ink ink[STYLE_COUNT] = {
		[STYLE_NONE] = { ANSI_DEFAULT, false },
		[STYLE_AXES] = { ANSI_DEFAULT, false },
		[STYLE_FIELD] = { ANSI_CYAN, false },
		/* the terminal's own ink: dark blue vanished on black and on a
		 * projector; the paths' colours stand out over it */
		[STYLE_CONTOUR] = { ANSI_DEFAULT, false },
		[STYLE_LEVEL] = { ANSI_DEFAULT, true },
		[STYLE_CURVE] = { ANSI_CYAN, false },
		[STYLE_PATH] = { ANSI_GREEN, false },
		[STYLE_SERIES_1] = { ANSI_GREEN, false },
		[STYLE_SERIES_2] = { ANSI_YELLOW, false },
		[STYLE_SERIES_3] = { ANSI_MAGENTA, false },
		[STYLE_SERIES_4] = { ANSI_RED, false },
		[STYLE_SERIES_5] = { ANSI_CYAN, false },
		[STYLE_SERIES_6] = { ANSI_BLUE, true },
		[STYLE_START] = { ANSI_GREEN, true },
		[STYLE_SECANT] = { ANSI_MAGENTA, false },
		[STYLE_TANGENT] = { ANSI_YELLOW, false },
		[STYLE_GRADIENT] = { ANSI_MAGENTA, true },
		[STYLE_ARROW] = { ANSI_YELLOW, true },
		[STYLE_CURRENT] = { ANSI_RED, true },
		[STYLE_LABEL] = { ANSI_DEFAULT, false },
		[STYLE_TITLE] = { ANSI_DEFAULT, true },
		[STYLE_TEXT] = { ANSI_DEFAULT, false },
		[STYLE_FOCUS] = { ANSI_DEFAULT, true },
		[STYLE_ALERT] = { ANSI_DEFAULT, true },
	};
	return (unsigned)s < STYLE_COUNT ? ink[s] : ink[STYLE_NONE];
}
