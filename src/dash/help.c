/* help: the key help's text and its pages, from the key table. */
#include "help.h"

#include <stdio.h>

#include "i18n.h"
#include "keys.h"
#include "text.h"

#define HELP_NAME_COLS 11
/* The box is at most this wide; it keeps a column of border and a margin
 * on each side. */
#define HELP_MAX_COLS 72

int help_lines(int width, char lines[][LAYOUT_LINE_MAX])
{
	size_t n;
	const struct key_binding *b = key_bindings(&n);
	int used = 0;
	for (size_t i = 0; i < n && used < HELP_LINES; i++) {
		/* the help wrapped into the room right of the names: at spaces,
		 * and between Chinese characters, which have none */
		char wrapped[8][LAYOUT_LINE_MAX];
		int k = linebreak_wrap(_(b[i].help), width - HELP_NAME_COLS, wrapped, 8);
		for (int j = 0; j < k && used < HELP_LINES; j++) {
			char name[HELP_NAME_COLS * 4];
			text_pad(name, sizeof name, j == 0 ? b[i].names : "", HELP_NAME_COLS);
			snprintf(lines[used++], LAYOUT_LINE_MAX, "%s%.400s", name, wrapped[j]);
		}
	}
	return used;
}

struct help_pages help_pages_at(int cols, int rows)
{
	struct help_pages h;
	h.cols = cols < HELP_MAX_COLS ? cols : HELP_MAX_COLS;
	static char lines[HELP_LINES][LAYOUT_LINE_MAX];
	h.lines = help_lines(h.cols - 4, lines);
	int room = rows - 4; /* the box, and a line for the page */
	h.per_page = room < 1 ? 1 : room;
	h.pages = (h.lines + h.per_page - 1) / h.per_page;
	if (h.pages < 1)
		h.pages = 1;
	return h;
}
