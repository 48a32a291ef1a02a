/* canvas: a grid of character cells, each holding either sub-cell dots or one
 * explicit glyph, and the style (series) that owns it. Figures draw into it in
 * dot coordinates; a screen takes its cells (screen_canvas), which render.c
 * prints and tui.c copies to the terminal.
 *
 * Dot coordinates: dot (i, j) is the unit square [i, i+1) x [j, j+1); x grows
 * to the right, y grows DOWN (row 0 is the top). A cell holds 2 x 4 dots in
 * braille and ascii mode, 2 x 2 in block mode.
 *
 * How series stay apart without color (a legend draws its samples with
 * the same calls, so a sample is the mark it names):
 *                   braille / block                ascii
 *   curve, path     solid dots                     - _ / \ | ' by slope
 *   path points     • (one a cell)                 o
 *   start, current  ○ ●                            S @
 *   level curves    dotted: a dot every 3rd dot    . : ' by where the dots sit
 *   current level   dashed: 2 cells on, 1 off      ~
 *   tangent         dashed                         * dashed
 *   secant          dotted                         : in every other cell
 *   series 1..6     solid dots, and a marker a     the line's slope glyphs,
 *   (the runners of point: • × ▪ ▴ ▾ ◆             markers o x # ^ v %
 *   a race, the two
 *   differences)
 *   next step       solid shaft, head              solid shaft, head
 *   -grad, and the  dotted shaft, head             shaft every other cell,
 *   field under a                                  head
 *   descent (the field figure alone: solid shafts)
 *   zero lines      ┄ ┆: light dash glyphs, not    - in every other cell,
 *                   dots (plot_zero_lines)         | in every other row
 *   frame, ticks    │ ─ └ ┤ ┬                      | - + + +
 *   zero gradient   ·                              .
 *   origin          +                              +
 *   arrow heads     ← ↑ → ↓ ↖ ↗ ↘ ↙                < ^ > v, diagonals ^ or v
 *                                                  by their vertical sense
 *                                                  (the shaft shows the other)
 *   field arrows    (canvas_cell_arrow) the same   < ^ > v, diagonals / \
 *                   heads                          after a trail of dots
 * Level curves in ascii take their glyphs whatever the pattern asked for.
 * Dashes and dots are counted from an anchor: the canvas corner for a
 * figure's lines (so the pieces of a contour join into one pattern), the
 * head's cell for arrows (a dotted shaft always has its gap by the head),
 * the first dot for legend samples.
 * Every glyph of a figure is in the BMP and single-width; text (titles,
 * labels, legends) may hold wide characters (CJK), two cells each. An
 * empty cell is a space. */
#ifndef SLOPE_CANVAS_H
#define SLOPE_CANVAS_H

#include <stdbool.h>
#include <stdint.h>

enum canvas_mode { CANVAS_BRAILLE, CANVAS_BLOCK, CANVAS_ASCII };

/* The series a cell belongs to. The order is the priority when two series
 * share a cell: a higher style takes the cell (in braille and block mode the
 * dots of both stay; in ascii mode only the winner's dots pick the glyph).
 * Text labels are written over anything. */
enum canvas_style {
	STYLE_NONE = 0, /* an empty cell */
	STYLE_AXES,     /* frame, tick marks, the lines x0 = 0 and x1 = 0 */
	STYLE_FIELD,    /* gradient field arrows */
	STYLE_CONTOUR,  /* level curves that stay from step to step */
	STYLE_LEVEL,    /* the level curve through the current point */
	STYLE_CURVE,
	STYLE_PATH,     /* descent path: segments and points */
	/* Series compared in one figure: the runners of a race, the central
	 * and the forward difference. Each has its color and marker. */
	STYLE_SERIES_1,
	STYLE_SERIES_2,
	STYLE_SERIES_3,
	STYLE_SERIES_4,
	STYLE_SERIES_5,
	STYLE_SERIES_6,
	STYLE_START,    /* the start of the path */
	STYLE_SECANT,
	STYLE_TANGENT,
	STYLE_GRADIENT, /* -grad at the current point, scaled to be read */
	STYLE_ARROW,    /* the next descent step */
	STYLE_CURRENT,  /* the current point, the point of tangency */
	STYLE_LABEL,    /* tick labels, axis titles, legend text */
	STYLE_TITLE,
	/* The screen around the figures (scene.c). */
	STYLE_TEXT,     /* strips, the status line, borders of other panes */
	STYLE_FOCUS,    /* the focused pane's border and title */
	STYLE_ALERT,    /* a prompt's error */
	STYLE_COUNT
};

enum canvas_pattern { LINE_SOLID, LINE_DASHED, LINE_DOTTED };

enum canvas_marker {
	MARK_POINT, MARK_START, MARK_CURRENT, MARK_ZERO,
	MARK_ORIGIN,   /* + */
	/* one a series, in the order of STYLE_SERIES_1.. */
	MARK_SERIES_1, MARK_SERIES_2, MARK_SERIES_3, MARK_SERIES_4, MARK_SERIES_5,
	MARK_SERIES_6,
};

/* How many series styles and markers there are. */
#define CANVAS_SERIES 6

/* The 8 basic terminal colors, numbered as ANSI SGR 30+n and curses COLOR_*. */
enum ansi_color {
	ANSI_DEFAULT = -1,
	ANSI_BLACK, ANSI_RED, ANSI_GREEN, ANSI_YELLOW,
	ANSI_BLUE, ANSI_MAGENTA, ANSI_CYAN, ANSI_WHITE
};

struct canvas_ink {
	enum ansi_color color;
	bool bold;
};

/* How a style is colored and weighted; the same table for render.c,
 * tui.c and record.c. */
struct canvas_ink canvas_style_ink(enum canvas_style s);

struct canvas;

/* NULL when cols or rows < 1 or memory runs out. */
struct canvas *canvas_new(int cols, int rows, enum canvas_mode mode);
void canvas_free(struct canvas *c);

/* Resizes and clears; reallocates only when the canvas grows. 0, or -1 (the
 * canvas is left as it was). */
int canvas_resize(struct canvas *c, int cols, int rows);
void canvas_set_mode(struct canvas *c, enum canvas_mode mode); /* and clears */
/* Empties every cell and resets the clip rectangle to the whole canvas. */
void canvas_clear(struct canvas *c);
/* Same size and mode required: 0, else -1. */
int canvas_copy(struct canvas *dst, const struct canvas *src);

int canvas_cols(const struct canvas *c);
int canvas_rows(const struct canvas *c);
enum canvas_mode canvas_mode(const struct canvas *c);
/* A mode's dots, known without a canvas (sizing a figure before drawing
 * it allocates nothing): how many a cell holds across (2) and down (4, or
 * 2 in block mode), and a dot's height over its width on screen, a cell
 * being twice as tall as wide (1 in braille and ascii mode, 2 in block
 * mode). */
struct canvas_dots {
	int per_col, per_row;
	double aspect;
};
struct canvas_dots canvas_dots_of(enum canvas_mode mode);
/* The same of a canvas's mode. */
int canvas_dots_per_col(const struct canvas *c);
int canvas_dots_per_row(const struct canvas *c);
double canvas_dot_aspect(const struct canvas *c);

/* Dots and lines are clipped to this rectangle of cells (the plot area). */
void canvas_set_clip(struct canvas *c, int col, int row, int cols, int rows);

void canvas_dot(struct canvas *c, double x, double y, enum canvas_style s);
/* A segment with a non-finite end draws nothing. The pattern is counted
 * from the canvas corner. */
void canvas_line(struct canvas *c, double x0, double y0, double x1, double y1,
                 enum canvas_style s, enum canvas_pattern pattern);
/* The same with the pattern counted from (x0, y0): a legend's sample. */
void canvas_line_anchored(struct canvas *c, double x0, double y0, double x1,
                          double y1, enum canvas_style s, enum canvas_pattern pattern);
/* A marker takes the whole cell holding dot (x, y). */
void canvas_marker(struct canvas *c, double x, double y, enum canvas_style s,
                   enum canvas_marker m);
/* A shaft from (x0, y0) to (x1, y1), its pattern counted back from the
 * head, and a head in the cell of the end pointing in the nearest of 8
 * directions. Nothing when both ends are the same point. */
void canvas_arrow(struct canvas *c, double x0, double y0, double x1, double y1,
                  enum canvas_style s, enum canvas_pattern pattern);
/* A gradient-field arrow that keeps to its own cells: its middle on cell
 * (col, row), pointing in direction `sector` (0 east, then counter-clockwise
 * in steps of 45 degrees as seen on screen), `steps` cells from its tail's
 * cell to its head's: along the row (east, west), the column (north,
 * south; steps counts rows) or a 45 degree diagonal (steps counts rows,
 * two columns a row). steps 0: the head alone. The shaft runs through the
 * middle of its cells, so the head is always in the shaft's row or
 * column. In ascii a diagonal's head is / or \ after a trail of dots (a
 * slope glyph for the shaft would read as part of the head). The pattern
 * counts from the head; clipped like lines. */
void canvas_cell_arrow(struct canvas *c, int col, int row, int sector, int steps,
                       enum canvas_style s, enum canvas_pattern pattern);
/* The cells that arrow's tail and head take: ends[0], ends[1] the tail's
 * column and row, ends[2], ends[3] the head's. */
void canvas_cell_arrow_ends(int col, int row, int sector, int steps, int ends[4]);
/* One glyph at a cell (not clipped to the plot area): the unicode one in
 * braille and block mode, the ascii one in ascii mode. Priority applies. */
void canvas_glyph(struct canvas *c, int col, int row, uint16_t unicode,
                  char ascii, enum canvas_style s);
/* UTF-8 text from cell (col, row) rightwards, over whatever is there. A
 * wide (CJK) character takes two cells, the second its continuation; one
 * that does not fit whole before the canvas edge is left out with the
 * rest, never cut in half. Control characters, invalid bytes and
 * characters past the BMP become '?'; in ascii mode everything but
 * printable ASCII does, a cell each. Cut at the canvas edge. */
void canvas_text(struct canvas *c, int col, int row, const char *text,
                 enum canvas_style s);
/* Copies src's cells onto dst with src's top left cell at (col, row), cut
 * at dst's edges (not clipped to its plot area): how a figure puts panels
 * drawn on canvases of their own side by side. The modes must be the same:
 * 0, else -1 (nothing copied). */
int canvas_blit(struct canvas *dst, int col, int row, const struct canvas *src);
void canvas_clear_cells(struct canvas *c, int col, int row, int cols, int rows);

/* The cell's final glyph as a code point (a space when empty) and its
 * style; 0 in the right cell of a wide character, as the screen stores it.
 * Half of a wide character whose other half was drawn over reads as a
 * space. */
uint16_t canvas_cell(const struct canvas *c, int col, int row,
                     enum canvas_style *style);

#endif
