/* render: screens as lines of UTF-8 text. Spaces take no color, so a color
 * sequence is written only where a visible character changes ink. */
#include "render.h"

#include "canvas.h"
#include "text.h"

static int put_utf8(FILE *out, uint32_t cp)
{
	char buf[4];
	size_t n = text_put_char(cp, buf);
	return fwrite(buf, 1, n, out) == n ? 0 : -1;
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

static int render_row(FILE *out, const struct screen *s, int row, bool color)
{
	int end = s->cols;
	while (end > 0 && screen_at(s, row, end - 1)->ch == ' ')
		end--;
	const struct canvas_ink plain = { ANSI_DEFAULT, false };
	struct canvas_ink current = plain;
	for (int col = 0; col < end; col++) {
		const struct screen_cell *cell = screen_at(s, row, col);
		if (cell->ch == 0)
			continue; /* the second half of a wide character */
		if (color && cell->ch != ' ') {
			struct canvas_ink ink = canvas_style_ink((enum canvas_style)cell->style);
			if (!same_ink(ink, current)) {
				put_sgr(out, ink);
				current = ink;
			}
		}
		if (put_utf8(out, cell->ch) != 0)
			return -1;
	}
	if (!same_ink(current, plain))
		fputs("\033[0m", out);
	return putc('\n', out) == EOF ? -1 : 0;
}

int render_screen(FILE *out, const struct screen *s, bool color)
{
	for (int row = 0; row < s->rows; row++)
		if (render_row(out, s, row, color) != 0)
			return -1;
	return ferror(out) ? -1 : 0;
}
