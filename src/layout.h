/* layout: where the dashboard's panes and status line go for a terminal
 * size, and how a strip's items are wrapped into lines. Plain geometry, no
 * state: the scene asks for it each frame. */
#ifndef SLOPE_LAYOUT_H
#define SLOPE_LAYOUT_H

#include <stdbool.h>

/* The panes, in the order they are laid out (left to right, top down). */
enum pane { PANE_TANGENT, PANE_DESCENT, PANE_COUNT };

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

/* Joins items into lines of at most width columns, two spaces apart, moving
 * an item that does not fit to the next line and dropping one that fits no
 * line: a number is never cut. Returns the number of lines. */
#define LAYOUT_ITEM_MAX 192
#define LAYOUT_LINE_MAX 512
int layout_wrap(char items[][LAYOUT_ITEM_MAX], int n, int width,
                char lines[][LAYOUT_LINE_MAX], int max_lines);

#endif
