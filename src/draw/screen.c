/* screen: a grid of terminal cells. Characters are stored as code points;
 * widths come from wcwidth in the current locale, so a CJK character takes
 * the two cells the terminal gives it. */
#include "screen.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

int screen_init(struct screen *s, int cols, int rows)
{
	memset(s, 0, sizeof *s);
	if (cols < 1 || rows < 1)
		return -1;
	s->cells = malloc((size_t)cols * (size_t)rows * sizeof *s->cells);
	if (s->cells == NULL)
		return -1;
	s->cols = cols;
	s->rows = rows;
	screen_clear(s);
	return 0;
}

void screen_free(struct screen *s)
{
	free(s->cells);
	memset(s, 0, sizeof *s);
}

void screen_clear(struct screen *s)
{
	for (int i = 0; i < s->cols * s->rows; i++)
		s->cells[i] = (struct screen_cell){ ' ', STYLE_NONE };
	s->cursor_on = false;
	s->cursor_row = s->cursor_col = 0;
}

const struct screen_cell *screen_at(const struct screen *s, int row, int col)
{
	return &s->cells[row * s->cols + col];
}

/* Writes one cell. Overwriting half of a wide character blanks its other
 * half, so no half character is ever left on screen. */
static void put(struct screen *s, int row, int col, uint32_t ch, enum canvas_style style)
{
	struct screen_cell *cell = &s->cells[row * s->cols + col];
	if (cell->ch == 0 && col > 0)
		cell[-1].ch = ' ';
	if (col + 1 < s->cols && cell[1].ch == 0)
		cell[1].ch = ' ';
	*cell = (struct screen_cell){ ch, (uint8_t)style };
}

int screen_text(struct screen *s, int row, int col, int max_cols,
                const char *text, enum canvas_style style)
{
	if (row < 0 || row >= s->rows || col < 0)
		return 0;
	int end = col + max_cols < s->cols ? col + max_cols : s->cols;
	int at = col;
	while (*text) {
		uint32_t cp = text_next_char(&text);
		int w = text_char_columns(cp);
		if (w == 0)
			continue; /* combining characters are left out */
		if (at + w > end)
			break;
		if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
			cp = '?';
		put(s, row, at, cp, style);
		if (w == 2)
			put(s, row, at + 1, 0, style);
		at += w;
	}
	return at - col;
}

void screen_fill(struct screen *s, int row, int col, int n, uint32_t ch,
                 enum canvas_style style)
{
	if (row < 0 || row >= s->rows)
		return;
	for (int k = col < 0 ? 0 : col; k < col + n && k < s->cols; k++)
		put(s, row, k, ch, style);
}

void screen_box(struct screen *s, int row, int col, int rows, int cols,
                bool ascii, enum canvas_style style)
{
	if (rows < 2 || cols < 2)
		return;
	uint32_t h = ascii ? '-' : 0x2500, v = ascii ? '|' : 0x2502;
	uint32_t tl = ascii ? '+' : 0x250C, tr = ascii ? '+' : 0x2510;
	uint32_t bl = ascii ? '+' : 0x2514, br = ascii ? '+' : 0x2518;
	int bottom = row + rows - 1, right = col + cols - 1;
	screen_fill(s, row, col + 1, cols - 2, h, style);
	screen_fill(s, bottom, col + 1, cols - 2, h, style);
	for (int r = row + 1; r < bottom; r++) {
		screen_fill(s, r, col, 1, v, style);
		screen_fill(s, r, right, 1, v, style);
	}
	screen_fill(s, row, col, 1, tl, style);
	screen_fill(s, row, right, 1, tr, style);
	screen_fill(s, bottom, col, 1, bl, style);
	screen_fill(s, bottom, right, 1, br, style);
}

void screen_canvas(struct screen *s, int row, int col, const struct canvas *c)
{
	for (int r = 0; r < canvas_rows(c) && row + r < s->rows; r++) {
		if (row + r < 0)
			continue;
		for (int k = 0; k < canvas_cols(c) && col + k < s->cols; k++) {
			enum canvas_style style;
			uint16_t glyph = canvas_cell(c, k, r, &style);
			bool wide = k + 1 < canvas_cols(c) && canvas_cell(c, k + 1, r, NULL) == 0;
			/* half a wide character at the screen's edge: a space */
			if ((glyph == 0 && col + k - 1 < 0) || (wide && col + k + 1 >= s->cols))
				glyph = ' ';
			if (glyph != ' ' && col + k >= 0)
				put(s, row + r, col + k, glyph, style);
		}
	}
}
