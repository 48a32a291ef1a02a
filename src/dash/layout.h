/* layout: where the dashboard's panes and status line go for a terminal
 * size, and how a strip's items share lines (a paragraph's own lines are
 * linebreak's). Plain geometry, no state: the scene asks for it each
 * frame. */
#ifndef SLOPE_LAYOUT_H
#define SLOPE_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "linebreak.h"
#include "pane.h"

#define LAYOUT_MIN_COLS 60
#define LAYOUT_MIN_ROWS 20

struct rect {
	int row, col, rows, cols;  /* rows == 0: not shown */
};

struct layout {
	bool too_small;               /* below LAYOUT_MIN_COLS x LAYOUT_MIN_ROWS */
	struct rect pane[PANE_COUNT];
	struct rect status;           /* the bottom line */
};

/* Side by side when the terminal is wide enough for two readable figures,
 * stacked when it is tall enough, else only the focused pane. */
struct layout layout_of(int cols, int rows, enum pane focus);
/* The same with footer rows kept free above the status line (the tour's
 * text): the panes share what is left; too small is still judged on the
 * whole size. */
struct layout layout_with_footer(int cols, int rows, enum pane focus, int footer);

/* Strips and overlays lay text items out in lines: in order, whole, sep
 * between two items of a line, measured in terminal columns. */
#define LAYOUT_ITEM_MAX 192
#define LAYOUT_LINE_MAX LINEBREAK_LINE_MAX /* an item too wide is wrapped */

/* Lays items out in at most max_lines lines of at most width columns and
 * stops at the first item that does not fit, so nothing is cut and nothing
 * is skipped (the caller counts what is left: "+2 more"). An item wider
 * than a line goes on lines of its own, wrapped at its spaces. Empty items
 * take no room; a NULL sep puts each item on a line of its own (a table's
 * rows). Returns the lines used; *shown is the items laid out. */
int layout_fill(char items[][LAYOUT_ITEM_MAX], int n, int width, const char *sep,
                char lines[][LAYOUT_LINE_MAX], int max_lines, int *shown);

/* The lines layout_fill would take for the items with no limit on lines:
 * the room to reserve for them. */
int layout_lines_needed(char items[][LAYOUT_ITEM_MAX], int n, int width, const char *sep);

#endif
