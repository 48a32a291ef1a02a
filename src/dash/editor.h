/* editor: a one-line text editor for the dashboard's prompts (a function,
 * later a start point or a number): the text, the cursor, and the keys that
 * edit them. No terminal: keys are the neutral codes of keys.h. */
#ifndef SLOPE_EDITOR_H
#define SLOPE_EDITOR_H

#include <stddef.h>

#define EDITOR_MAX 256

struct line_editor {
	char text[EDITOR_MAX];
	size_t len, cursor;  /* in bytes; the text is ASCII */
};

enum editor_result {
	EDITOR_EDITING,    /* the key edited (or did nothing) */
	EDITOR_DONE,       /* Enter */
	EDITOR_CANCELLED,  /* Esc */
};

/* Starts editing text (cut to EDITOR_MAX - 1 bytes), the cursor at its end. */
void editor_start(struct line_editor *ed, const char *text);

/* Left Right Home End (and Ctrl-A, Ctrl-E) move; Backspace and Del delete;
 * Ctrl-U empties the line; printable ASCII inserts; Enter and Esc end. */
enum editor_result editor_key(struct line_editor *ed, int key);

#endif
