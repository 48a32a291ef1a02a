/* autodetect: what --canvas auto, --color auto and a missing --size mean:
 * braille in a UTF-8 locale, else ascii; color on a terminal unless
 * NO_COLOR is set; the terminal's size. */
#include "autodetect.h"

#include <langinfo.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

enum canvas_mode resolve_canvas(enum canvas_choice choice)
{
	switch (choice) {
	case CANVAS_BRAILLE_MODE: return CANVAS_BRAILLE;
	case CANVAS_BLOCK_MODE: return CANVAS_BLOCK;
	case CANVAS_ASCII_MODE: return CANVAS_ASCII;
	case CANVAS_AUTO: break;
	}
	const char *codeset = nl_langinfo(CODESET);
	return codeset && strcmp(codeset, "UTF-8") == 0 ? CANVAS_BRAILLE : CANVAS_ASCII;
}

bool resolve_color(enum color_choice choice, bool on_terminal)
{
	if (choice != COLOR_AUTO)
		return choice == COLOR_ALWAYS;
	const char *no_color = getenv("NO_COLOR");
	return on_terminal && !(no_color && *no_color);
}

void output_size(FILE *out, const struct config *cfg, int fallback_cols,
                 int fallback_rows, int *cols, int *rows)
{
	*cols = fallback_cols;
	*rows = fallback_rows;
	if (cfg->size_cols > 0) {
		*cols = cfg->size_cols;
		*rows = cfg->size_rows;
		return;
	}
	struct winsize ws;
	if (isatty(fileno(out)) && ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 &&
	    ws.ws_col > 0 && ws.ws_row > 0) {
		*cols = ws.ws_col;
		*rows = ws.ws_row;
	}
}
