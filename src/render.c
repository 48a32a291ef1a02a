/* render: a canvas as lines of UTF-8 text. Spaces take no color, so a color
 * sequence is written only where a visible glyph changes color. */
#include "render.h"

#include <stdbool.h>

static int put_utf8(FILE *out, uint16_t cp)
{
	if (cp < 0x80)
		return putc(cp, out) == EOF ? -1 : 0;
	char buf[3];
	int n;
	if (cp < 0x800) {
		buf[0] = (char)(0xC0 | (cp >> 6));
		buf[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else {
		buf[0] = (char)(0xE0 | (cp >> 12));
		buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		buf[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	}
	return fwrite(buf, 1, (size_t)n, out) == (size_t)n ? 0 : -1;
}

static bool same_ink(struct canvas_ink a, struct canvas_ink b)
{
	return a.color == b.color && a.bold == b.bold;
}

static void put_sgr(FILE *out, struct canvas_ink ink)
{
	/* Start from a reset each time: turning bold off portably needs one. */
	fputs("\033[0", out);
	if (ink.bold)
		fputs(";1", out);
	if (ink.color != ANSI_DEFAULT)
		fprintf(out, ";%d", 30 + (int)ink.color);
	putc('m', out);
}

static int render_row(FILE *out, const struct canvas *c, int row, int color)
{
	int end = canvas_cols(c);
	while (end > 0 && canvas_cell(c, end - 1, row, NULL) == ' ')
		end--;
	const struct canvas_ink plain = { ANSI_DEFAULT, false };
	struct canvas_ink current = plain;
	for (int col = 0; col < end; col++) {
		enum canvas_style style;
		uint16_t cp = canvas_cell(c, col, row, &style);
		if (color && cp != ' ') {
			struct canvas_ink ink = canvas_style_ink(style);
			if (!same_ink(ink, current)) {
				put_sgr(out, ink);
				current = ink;
			}
		}
		if (put_utf8(out, cp) != 0)
			return -1;
	}
	if (!same_ink(current, plain))
		fputs("\033[0m", out);
	return putc('\n', out) == EOF ? -1 : 0;
}

int render_canvas(FILE *out, const struct canvas *c, int color)
{
	for (int row = 0; row < canvas_rows(c); row++)
		if (render_row(out, c, row, color) != 0)
			return -1;
	return ferror(out) ? -1 : 0;
}
