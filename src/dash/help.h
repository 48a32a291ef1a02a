/* help: the key help's lines and its pages at a screen size, for the scene
 * that draws the overlay and the app that turns its pages (so a page key
 * never counts past the last page). */
#ifndef SLOPE_HELP_H
#define SLOPE_HELP_H

#include "layout.h"

/* At most this many lines: a key's help wraps under itself. */
#define HELP_LINES 96

/* The overlay at a screen size: its width, its lines a page and its pages. */
struct help_pages {
	int cols;       /* the box's width */
	int per_page;   /* lines a page */
	int lines;      /* lines in all */
	int pages;      /* at least 1 */
};

/* Lines of "name  help" for a text width, each help wrapped into the room
 * right of the names. Returns the count. */
int help_lines(int width, char lines[][LAYOUT_LINE_MAX]);

/* The help's pages on a screen of cols x rows. */
struct help_pages help_pages_at(int cols, int rows);

#endif
