/* canvas: a grid of character cells, each holding either sub-cell dots or one
 * explicit glyph, and the style (series) that owns it. Figures draw into it in
 * dot coordinates; render.c prints it, tui.c copies it into a curses window.
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
 *   tangent         dashed                         dashed - / \ |
 *   secant          dotted                         every other cell
 *   next step       solid shaft, head              solid shaft, head
 *   -grad, and the  dotted shaft, head             shaft every other cell,
 *   field under a                                  head
 *   descent (the field figure alone: solid shafts)
 *   zero lines      ┄ ┆: light dash glyphs, not    - in every other cell,
 *                   dots (plot_zero_lines)         | in every other row
 *   frame, ticks    │ ─ └ ┤ ┬                      | - + + +
 *   zero gradient   ·                              .
 *   arrow heads     ← ↑ → ↓ ↖ ↗ ↘ ↙                < ^ > v, diagonals ^ or v
 *                                                  by their vertical sense
 *                                                  (the shaft shows the other)
 * Level curves in ascii take their glyphs whatever the pattern asked for.
 * Dashes and dots are counted from an anchor: the canvas corner for a
 * figure's lines (so the pieces of a contour join into one pattern), the
 * head's cell for arrows (a dotted shaft always has its gap by the head),
 * the first dot for legend samples.
 * Every glyph is in the BMP and single-width; an empty cell is a space. */
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

enum canvas_marker { MARK_POINT, MARK_START, MARK_CURRENT, MARK_ZERO };

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

/* How a style is colored and weighted; the same table for render.c and
 * tui.c. */
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
int canvas_dots_per_col(const struct canvas *c); /* 2 */
int canvas_dots_per_row(const struct canvas *c); /* 4, or 2 in block mode */
/* A dot's height over its width on screen, a cell being twice as tall as
 * wide: 1 in braille and ascii mode, 2 in block mode. */
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
/* One glyph at a cell (not clipped to the plot area): the unicode one in
 * braille and block mode, the ascii one in ascii mode. Priority applies. */
void canvas_glyph(struct canvas *c, int col, int row, uint16_t unicode,
                  char ascii, enum canvas_style s);
/* ASCII text from cell (col, row) rightwards, over whatever is there; bytes
 * that are not printable ASCII become '?'. Cut at the canvas edge. */
void canvas_text(struct canvas *c, int col, int row, const char *text,
                 enum canvas_style s);
void canvas_clear_cells(struct canvas *c, int col, int row, int cols, int rows);

/* The cell's final glyph as a code point (a space when empty) and its style. */
uint16_t canvas_cell(const struct canvas *c, int col, int row,
                     enum canvas_style *style);

#endif
