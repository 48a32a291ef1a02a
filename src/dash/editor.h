/* editor: a one-line text editor for the dashboard's prompts (a function,
 * a start point, a number): the text, the cursor, and the keys that edit
 * them. A prompt opens on the value it edits, selected as a form's field
 * is: typing replaces it, a movement key keeps it for editing. No
 * terminal: keys are the neutral codes of keys.h. */
#ifndef SLOPE_EDITOR_H
#define SLOPE_EDITOR_H

#include <stdbool.h>
#include <stddef.h>

/* The longest text, in bytes (ASCII: characters): what the command line
 * takes for an expression, so a function pasted from it fits whole. */
#define EDITOR_TEXT_MAX 4096
#define EDITOR_MAX (EDITOR_TEXT_MAX + 1)

struct line_editor {
	char text[EDITOR_MAX];
	size_t len, cursor;  /* in bytes; the text is ASCII */
	bool selected;       /* the text as it opened: typing replaces it */
	bool too_long;       /* a character did not fit: the text is not what
	                        was typed (until the line is emptied) */
};

enum editor_result {
	EDITOR_EDITING,    /* the key edited (or did nothing) */
	EDITOR_DONE,       /* Enter */
	EDITOR_CANCELLED,  /* Esc */
};

/* Starts editing text, selected, the cursor at its end. A text longer than
 * EDITOR_TEXT_MAX is cut and marked too_long. */
void editor_start(struct line_editor *ed, const char *text);

/* Left Right Home End (and Ctrl-A, Ctrl-E) move, keeping a selected text;
 * Backspace and Del delete (a selected text whole); Ctrl-U empties the
 * line; printable ASCII inserts (replacing a selected text); Enter and Esc
 * end. */
enum editor_result editor_key(struct line_editor *ed, int key);

#endif
