/* layout: pane rectangles from the terminal's size, and strip wrapping. */
#include "layout.h"

#include <string.h>

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

int layout_wrap(char items[][LAYOUT_ITEM_MAX], int n, int width,
                char lines[][LAYOUT_LINE_MAX], int max_lines)
{
	int used = 0;
	size_t len = 0;
	if (width >= LAYOUT_LINE_MAX)
		width = LAYOUT_LINE_MAX - 1;
	for (int i = 0; i < n; i++) {
		size_t item = strlen(items[i]);
		if (item == 0 || item > (size_t)width)
			continue;
		if (used > 0 && len + 2 + item <= (size_t)width) {
			memcpy(lines[used - 1] + len, "  ", 2);
			memcpy(lines[used - 1] + len + 2, items[i], item + 1);
			len += 2 + item;
			continue;
		}
		if (used == max_lines)
			break;
		memcpy(lines[used++], items[i], item + 1);
		len = item;
	}
	return used;
}
