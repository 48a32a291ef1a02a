/* editor: the line editing behind the dashboard's prompts. */
#include "editor.h"

#include <stdio.h>
#include <string.h>

#include "keys.h"

void editor_start(struct line_editor *ed, const char *text)
{
	snprintf(ed->text, sizeof ed->text, "%s", text);
	ed->len = strlen(ed->text);
	ed->cursor = ed->len;
}

static void delete_at_cursor(struct line_editor *ed)
{
	if (ed->cursor < ed->len) {
		memmove(ed->text + ed->cursor, ed->text + ed->cursor + 1, ed->len - ed->cursor);
		ed->len--;
	}
}

static void insert(struct line_editor *ed, char c)
{
	if (ed->len + 1 >= sizeof ed->text)
		return;
	memmove(ed->text + ed->cursor + 1, ed->text + ed->cursor, ed->len - ed->cursor + 1);
	ed->text[ed->cursor++] = c;
	ed->len++;
}

enum editor_result editor_key(struct line_editor *ed, int key)
{
	switch (key) {
	case KC_LEFT: if (ed->cursor > 0) ed->cursor--; break;
	case KC_RIGHT: if (ed->cursor < ed->len) ed->cursor++; break;
	case KC_HOME: case KC_CTRL('a'): ed->cursor = 0; break;
	case KC_END: case KC_CTRL('e'): ed->cursor = ed->len; break;
	case KC_CTRL('u'): ed->len = ed->cursor = 0; ed->text[0] = '\0'; break;
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
		if (key >= 0x20 && key <= 0x7e)
			insert(ed, (char)key);
	}
	return EDITOR_EDITING;
}
