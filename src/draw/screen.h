/* screen: the whole terminal as a value: a grid of cells, each a character
 * and its style, and where the cursor is. The scene composes it; tui.c
 * copies it to the terminal, `slope frame` and snapshots print it. Text is
 * measured in terminal columns: a wide (CJK) character takes two cells, the
 * second marked as its continuation, and is never cut in half. */
#ifndef SLOPE_SCREEN_H
#define SLOPE_SCREEN_H

#include <stdbool.h>
#include <stdint.h>

#include "canvas.h"
#include "text.h"

struct screen_cell {
	uint32_t ch;      /* a code point; ' ' when empty; 0 in the second
	                     cell of a wide character */
	uint8_t style;    /* enum canvas_style */
};

struct screen {
	int cols, rows;
	struct screen_cell *cells;
	bool cursor_on;           /* a prompt shows its cursor */
	int cursor_row, cursor_col;
};

/* 0, or -1 when cols or rows < 1 or memory runs out. */
int screen_init(struct screen *s, int cols, int rows);
void screen_free(struct screen *s);
/* Fills every cell with a space and hides the cursor. */
void screen_clear(struct screen *s);

const struct screen_cell *screen_at(const struct screen *s, int row, int col);

/* Writes UTF-8 text from (row, col) rightwards, at most max_cols columns
 * and never past the screen's edge; a wide character that does not fit
 * whole is left out. Returns the columns written. */
int screen_text(struct screen *s, int row, int col, int max_cols,
                const char *text, enum canvas_style style);
/* A character n times from (row, col). */
void screen_fill(struct screen *s, int row, int col, int n, uint32_t ch,
                 enum canvas_style style);
/* A box's outline: box-drawing characters, or + - | when ascii. */
void screen_box(struct screen *s, int row, int col, int rows, int cols,
                bool ascii, enum canvas_style style);
/* The cells of a canvas at (row, col); empty canvas cells stay as they
 * were. */
void screen_canvas(struct screen *s, int row, int col, const struct canvas *c);

#endif
