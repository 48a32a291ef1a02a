/* editor: the line editing behind the dashboard's prompts. */
#include "editor.h"

#include <string.h>

#include "keys.h"

static void empty(struct line_editor *ed)
{
	ed->len = ed->cursor = 0;
	ed->text[0] = '\0';
	ed->selected = false;
	ed->too_long = false;
}

void editor_start(struct line_editor *ed, const char *text)
{
	size_t len = strlen(text);
	ed->too_long = len > EDITOR_TEXT_MAX;
	ed->len = ed->too_long ? EDITOR_TEXT_MAX : len;
	memcpy(ed->text, text, ed->len);
	ed->text[ed->len] = '\0';
	ed->cursor = ed->len;
	ed->selected = ed->len > 0;
}

static void delete_at_cursor(struct line_editor *ed)
{
	if (ed->cursor < ed->len) {
		memmove(ed->text + ed->cursor, ed->text + ed->cursor + 1, ed->len - ed->cursor);
		ed->len--;
	}
	if (ed->len == 0)
		empty(ed);
}

/* A character that does not fit is not dropped without a trace: the text
 * is marked too long, and the prompt refuses it whole. */
static void insert(struct line_editor *ed, char c)
{
	if (ed->len >= EDITOR_TEXT_MAX) {
		ed->too_long = true;
		return;
	}
	memmove(ed->text + ed->cursor + 1, ed->text + ed->cursor, ed->len - ed->cursor + 1);
	ed->text[ed->cursor++] = c;
	ed->len++;
}

static bool is_movement(enum mode_action act)
{
	return act == EDIT_LEFT || act == EDIT_RIGHT || act == EDIT_HOME || act == EDIT_END;
}

static bool is_deletion(enum mode_action act)
{
	return act == EDIT_BACKSPACE || act == EDIT_DELETE;
}

static bool is_printable(int key)
{
	return key >= 0x20 && key <= 0x7e;
}

/* The keys are MODE_PROMPT's (keys.c); any other printable one is typed. */
enum editor_result editor_key(struct line_editor *ed, int key)
{
	enum mode_action act = mode_key_action(MODE_PROMPT, key);
	if (ed->selected) {
		/* a selected text: typing or deleting replaces it whole, a
		 * movement keeps it to edit */
		if (is_printable(key) || is_deletion(act))
			empty(ed);
		else if (is_movement(act))
			ed->selected = false;
	}
	switch (act) {
	case EDIT_LEFT: if (ed->cursor > 0) ed->cursor--; break;
	case EDIT_RIGHT: if (ed->cursor < ed->len) ed->cursor++; break;
	case EDIT_HOME: ed->cursor = 0; break;
	case EDIT_END: ed->cursor = ed->len; break;
	case EDIT_EMPTY: empty(ed); break;
	case EDIT_CANCEL: return EDITOR_CANCELLED;
	case EDIT_APPLY: return EDITOR_DONE;
	case EDIT_BACKSPACE:
		if (ed->cursor > 0) {
			ed->cursor--;
			delete_at_cursor(ed);
		}
		break;
	case EDIT_DELETE: delete_at_cursor(ed); break;
	default:
		if (is_printable(key))
			insert(ed, (char)key);
	}
	return EDITOR_EDITING;
}
