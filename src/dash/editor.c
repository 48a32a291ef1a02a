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

static bool is_movement(int key)
{
	return key == KC_LEFT || key == KC_RIGHT || key == KC_HOME || key == KC_END ||
	       key == KC_CTRL('a') || key == KC_CTRL('e');
}

static bool is_deletion(int key)
{
	return key == KC_BACKSPACE || key == KC_CTRL('h') || key == KC_DELETE;
}

static bool is_printable(int key)
{
	return key >= 0x20 && key <= 0x7e;
}

enum editor_result editor_key(struct line_editor *ed, int key)
{
	if (ed->selected) {
		/* a selected text: typing or deleting replaces it whole, a
		 * movement keeps it to edit */
		if (is_printable(key) || is_deletion(key))
			empty(ed);
		else if (is_movement(key))
			ed->selected = false;
	}
	switch (key) {
	case KC_LEFT: if (ed->cursor > 0) ed->cursor--; break;
	case KC_RIGHT: if (ed->cursor < ed->len) ed->cursor++; break;
	case KC_HOME: case KC_CTRL('a'): ed->cursor = 0; break;
	case KC_END: case KC_CTRL('e'): ed->cursor = ed->len; break;
	case KC_CTRL('u'): empty(ed); break;
	case KC_ESC: return EDITOR_CANCELLED;
	case KC_ENTER: case '\n': return EDITOR_DONE;
	case KC_BACKSPACE: case KC_CTRL('h'):
		if (ed->cursor > 0) {
			ed->cursor--;
			delete_at_cursor(ed);
		}
		break;
	case KC_DELETE: delete_at_cursor(ed); break;
	default:
		if (is_printable(key))
			insert(ed, (char)key);
	}
	return EDITOR_EDITING;
}
