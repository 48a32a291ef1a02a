/* layout: pane rectangles from the terminal's size, and text items laid
 * out in lines. */
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
			int k = layout_wrap_text(items[i], width, wrapped, 8);
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
			lines += layout_wrap_text(items[i], width, wrapped, 8);
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

/* Chinese punctuation that never starts a line (it closes or ends
 * something) and that never ends one (it opens something). */
static bool closes(uint32_t cp)
{
	static const uint32_t list[] = {
		0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF01, /* 、。，．：；？！ */
		0xFF09, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3009, 0x201D, /* ）》」』】〕〉” */
		0x2019, 0x2026, 0xFF05,                                         /* ’…％ */
	};
	for (size_t i = 0; i < sizeof list / sizeof list[0]; i++)
		if (list[i] == cp)
			return true;
	return false;
}

static bool opens(uint32_t cp)
{
	static const uint32_t list[] = {
		0xFF08, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3008, 0x201C, 0x2018, /* （《「『【〔〈“‘ */
	};
	for (size_t i = 0; i < sizeof list / sizeof list[0]; i++)
		if (list[i] == cp)
			return true;
	return false;
}

static uint32_t code_point_at(const char *p)
{
	return text_next_char(&p);
}

size_t layout_cut(const char *text, int width)
{
	const char *p = text;
	size_t fits = 0, word_end = 0;
	int cols = 0;
	uint32_t prev = ' ';
	while (*p) {
		const char *at = p;
		uint32_t cp = text_next_char(&p);
		int w = text_char_columns(cp);
		/* a break before a space, and between two characters of which
		 * one is wide, unless punctuation holds them together */
		bool wide = w == 2 || text_char_columns(prev) == 2;
		if (at > text && (cp == ' ' || (wide && prev != ' ' && !closes(cp) && !opens(prev))))
			word_end = (size_t)(at - text);
		if (cols + w > width)
			return word_end > 0 ? word_end : fits;
		cols += w;
		fits = (size_t)(p - text);
		prev = cp;
	}
	return fits;
}

/* The bytes of the UTF-8 character at p, and its columns. */
static int char_at(const char *p, int *columns)
{
	unsigned char u = (unsigned char)*p;
	int n = u < 0x80 ? 1 : (u & 0xE0) == 0xC0 ? 2 : (u & 0xF0) == 0xE0 ? 3 : (u & 0xF8) == 0xF0 ? 4 : 1;
	for (int i = 1; i < n; i++)
		if (p[i] == '\0') {
			n = i;
			break;
		}
	char one[8];
	memcpy(one, p, (size_t)n);
	one[n] = '\0';
	*columns = text_columns(one);
	return n;
}

int layout_wrap_text(const char *text, int width, char lines[][LAYOUT_LINE_MAX], int max_lines)
{
	int used = 0, len = 0;
	size_t bytes = 0;
	bool space = false;
	const char *p = text;
	if (width < 1 || max_lines < 1)
		return 0;
	while (*p) {
		if (*p == ' ') {
			space = true;
			p++;
			continue;
		}
		/* a token: a wide character alone, or a run of narrow ones;
		 * an opening bracket (（) takes the token after it, closing
		 * punctuation (，。）) joins the token before it */
		const char *start = p;
		int cols = 0, w;
		for (bool more = true; more && *p && *p != ' ';) {
			more = opens(code_point_at(p));
			int n = char_at(p, &w);
			if (w == 2) {
				cols += 2;
				p += n;
			} else {
				while (*p && *p != ' ') {
					n = char_at(p, &w);
					if (w == 2)
						break;
					cols += w;
					p += n;
				}
			}
			while (*p && closes(code_point_at(p))) {
				p += char_at(p, &w);
				cols += w;
			}
		}
		size_t tb = (size_t)(p - start);
		int gap = space && used > 0 && len > 0 ? 1 : 0;
		if (used == 0 || len + gap + cols > width || bytes + gap + tb + 1 >= LAYOUT_LINE_MAX) {
			if (used == max_lines)
				break;
			used++;
			len = 0;
			bytes = 0;
			gap = 0;
			lines[used - 1][0] = '\0';
		}
		if (cols > width) { /* a word longer than a line: cut it */
			tb = 0;
			int c = 0;
			while (start + tb < p) {
				int n = char_at(start + tb, &w);
				if (c + w > width)
					break;
				c += w;
				tb += (size_t)n;
			}
			cols = c;
			p = start + tb;
			if (tb == 0) { /* a wide character on a one-column line: left out */
				p = start + char_at(start, &w);
				continue;
			}
		}
		if (gap)
			lines[used - 1][bytes++] = ' ';
		memcpy(lines[used - 1] + bytes, start, tb);
		bytes += tb;
		lines[used - 1][bytes] = '\0';
		len += gap + cols;
		space = false;
	}
	return used;
}
