/* layout: pane rectangles from the terminal's size, and a strip's items
 * laid out in lines (one too wide for a line wrapped by linebreak). */
#include "layout.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "text.h"

/* Two figures side by side need this many columns; stacked, this many rows. */
#define SIDE_BY_SIDE_COLS 120
#define STACKED_ROWS 36

struct layout layout_of(int cols, int rows, enum pane focus)
{
	return layout_with_footer(cols, rows, focus, 0);
}

struct layout layout_with_footer(int cols, int rows, enum pane focus, int footer)
{
	struct layout l;
	memset(&l, 0, sizeof l);
	if (cols < LAYOUT_MIN_COLS || rows < LAYOUT_MIN_ROWS) {
		l.too_small = true;
		return l;
	}
	l.status = (struct rect){ rows - 1, 0, 1, cols };
	int body = rows - 1 - footer;
	if (cols >= SIDE_BY_SIDE_COLS) {
		int col = 0;
		for (int p = 0; p < PANE_COUNT; p++) {
			int width = (cols - col) / (PANE_COUNT - p);
			l.pane[p] = (struct rect){ 0, col, body, width };
			col += width;
		}
	} else if (rows - footer >= STACKED_ROWS) {
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

/* The columns of the longest run of text between spaces: a word wider
 * than a line would be cut. */
static int longest_word(const char *text)
{
	int longest = 0;
	while (*text) {
		size_t n = strcspn(text, " ");
		char word[LAYOUT_ITEM_MAX];
		snprintf(word, sizeof word, "%.*s", (int)(n < sizeof word ? n : sizeof word - 1), text);
		int w = text_columns(word);
		longest = w > longest ? w : longest;
		text += n;
		while (*text == ' ')
			text++;
	}
	return longest;
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
		} else if (item > width && used < max_lines && longest_word(items[i]) <= width) {
			/* wider than a line: its words on lines of their own, if
			 * they all fit */
			char wrapped[8][LAYOUT_LINE_MAX];
			int room = max_lines - used < 8 ? max_lines - used : 8;
			int k = linebreak_wrap(items[i], width, wrapped, 8);
			if (k > room)
				break;
			for (int j = 0; j < k; j++)
				memcpy(lines[used++], wrapped[j], strlen(wrapped[j]) + 1);
			len = width; /* the next item starts a line */
			bytes = strlen(lines[used - 1]);
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
		if (item > width && width > 0 && longest_word(items[i]) <= width) {
			/* its words on lines of their own */
			char wrapped[8][LAYOUT_LINE_MAX];
			lines += linebreak_wrap(items[i], width, wrapped, 8);
			len = width;
			continue;
		}
		if (lines > 0 && len + gap + item <= width) {
			len += gap + item;
		} else {
			lines++;
			len = item;
		}
	}
	return lines;
}
