/* figtest: what the figure tests share: a canvas as text, and where a
 * glyph, a text or a style sits on it. */
#ifndef SLOPE_FIGTEST_H
#define SLOPE_FIGTEST_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "canvas.h"
#include "render.h"
#include "screen.h"

/* Prints a canvas as slope plot prints one: on a screen of its size.
 * 0, or -1 (out of memory, an output error). */
static inline int figtest_render(FILE *out, const struct canvas *c, bool color)
{
	struct screen s;
	if (screen_init(&s, canvas_cols(c), canvas_rows(c)) != 0)
		return -1;
	screen_canvas(&s, 0, 0, c);
	int rc = render_screen(out, &s, color);
	screen_free(&s);
	return rc;
}

/* The canvas as text, without color; the caller frees it. */
static inline char *figtest_text(const struct canvas *c)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	figtest_render(out, c, false);
	fclose(out);
	return text;
}

/* Whether the canvas holds text, printing it when it does not. */
static inline bool figtest_shows(const struct canvas *c, const char *want)
{
	char *text = figtest_text(c);
	bool found = strstr(text, want) != NULL;
	if (!found)
		fprintf(stderr, "no '%s' in\n%s\n", want, text);
	free(text);
	return found;
}

/* The first cell (top to bottom, left to right) where text starts. */
static inline bool figtest_find_text(const struct canvas *c, const char *text, int *col,
                                     int *row)
{
	int n = (int)strlen(text);
	for (int r = 0; r < canvas_rows(c); r++)
		for (int k = 0; k + n <= canvas_cols(c); k++) {
			int i = 0;
			while (i < n && canvas_cell(c, k + i, r, NULL) == (unsigned char)text[i])
				i++;
			if (i == n) {
				*col = k;
				*row = r;
				return true;
			}
		}
	return false;
}

/* The same on one row. */
static inline bool figtest_find_on_row(const struct canvas *c, const char *text, int row,
                                       int *col)
{
	int n = (int)strlen(text);
	for (int k = 0; k + n <= canvas_cols(c); k++) {
		int i = 0;
		while (i < n && canvas_cell(c, k + i, row, NULL) == (unsigned char)text[i])
			i++;
		if (i == n) {
			*col = k;
			return true;
		}
	}
	return false;
}

/* How many cells hold glyph g in style s (STYLE_COUNT: any style) below
 * row `from`. */
static inline int figtest_count(const struct canvas *c, uint16_t g, enum canvas_style s, int from)
{
	int n = 0;
	for (int r = from; r < canvas_rows(c); r++)
		for (int k = 0; k < canvas_cols(c); k++) {
			enum canvas_style cs;
			if (canvas_cell(c, k, r, &cs) == g && (s == STYLE_COUNT || cs == s))
				n++;
		}
	return n;
}

#endif
