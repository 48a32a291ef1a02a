/* layout: pane rectangles from the terminal's size, and text items laid
 * out in lines. */
#include "layout.h"

#include <stdio.h>
#include <string.h>

#include "screen.h"

/* Two figures side by side need this many columns; stacked, this many rows. */
#define SIDE_BY_SIDE_COLS 120
#define STACKED_ROWS 36

struct layout layout_of(int cols, int rows, enum pane focus)
{
	struct layout l;
	memset(&l, 0, sizeof l);
	if (cols < LAYOUT_MIN_COLS || rows < LAYOUT_MIN_ROWS) {
		l.too_small = true;
		return l;
	}
	int body = rows - 1;
	l.status = (struct rect){ body, 0, 1, cols };
	if (cols >= SIDE_BY_SIDE_COLS) {
		int col = 0;
		for (int p = 0; p < PANE_COUNT; p++) {
			int width = (cols - col) / (PANE_COUNT - p);
			l.pane[p] = (struct rect){ 0, col, body, width };
			col += width;
		}
	} else if (rows >= STACKED_ROWS) {
		int row = 0;
		for (int p = 0; p < PANE_COUNT; p++) {
			int height = (body - row) / (PANE_COUNT - p);
			l.pane[p] = (struct rect){ row, 0, height, cols };
			row += height;
		}
	} else {
		l.pane[focus] = (struct rect){ 0, 0, body, cols };
	}
	return l;
}

int layout_fill(char items[][LAYOUT_ITEM_MAX], int n, int width, const char *sep,
                char lines[][LAYOUT_LINE_MAX], int max_lines, int *shown)
{
	/* no separator: an item a line, as a table's rows */
	int used = 0, len = 0, gap = sep ? text_columns(sep) : width + 1;
	size_t bytes = 0;
	*shown = 0;
	for (int i = 0; i < n; i++, (*shown)++) {
		int item = text_columns(items[i]);
		size_t item_bytes = strlen(items[i]);
		if (item_bytes == 0)
			continue;
		if (sep && used > 0 && len + gap + item <= width &&
		    bytes + strlen(sep) + item_bytes < LAYOUT_LINE_MAX) {
			snprintf(lines[used - 1] + bytes, LAYOUT_LINE_MAX - bytes, "%s%s", sep, items[i]);
			bytes += strlen(sep) + item_bytes;
			len += gap + item;
		} else if (used < max_lines && item <= width && item_bytes < LAYOUT_LINE_MAX) {
			memcpy(lines[used++], items[i], item_bytes + 1);
			bytes = item_bytes;
			len = item;
		} else {
			break;
		}
	}
	return used;
}

int layout_lines_needed(char items[][LAYOUT_ITEM_MAX], int n, int width, const char *sep)
{
	int lines = 0, len = 0, gap = sep ? text_columns(sep) : width + 1;
	for (int i = 0; i < n; i++) {
		int item = text_columns(items[i]);
		if (item == 0)
			continue;
		item = item > width ? width : item;
		if (lines > 0 && len + gap + item <= width) {
			len += gap + item;
		} else {
			lines++;
			len = item;
		}
	}
	return lines;
}
