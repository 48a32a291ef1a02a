/* keys: the dashboard's key bindings, one row per action. */
#include "keys.h"

#include <curses.h>

#define CTRL(c) ((c) & 0x1f)

static const struct key_binding bindings[] = {
	{ ACT_NEXT, { ' ', 'n' }, "space n", "next iteration" },
	{ ACT_RIGHT, { KEY_RIGHT, 'l' }, "Right l", "next iteration; tangent pane: a one dot right" },
	{ ACT_PREV, { 'p' }, "p", "previous iteration" },
	{ ACT_LEFT, { KEY_LEFT, 'h' }, "Left h", "previous iteration; tangent pane: a one dot left" },
	{ ACT_RIGHT_BIG, { 'L' }, "L", "tangent pane: a a tenth of the range right" },
	{ ACT_LEFT_BIG, { 'H' }, "H", "tangent pane: a a tenth of the range left" },
	{ ACT_FORWARD_10, { KEY_NPAGE }, "PgDn", "10 iterations forward" },
	{ ACT_BACK_10, { KEY_PPAGE }, "PgUp", "10 iterations back" },
	{ ACT_FIRST, { KEY_HOME }, "Home", "first iteration" },
	{ ACT_LAST, { KEY_END }, "End", "last computed iteration" },
	{ ACT_RUN_TO_END, { 'g' }, "g", "run to N" },
	{ ACT_AUTOPLAY, { 'a' }, "a", "autoplay on/off" },
	{ ACT_SLOWER, { '<' }, "<", "autoplay slower" },
	{ ACT_FASTER, { '>' }, ">", "autoplay faster" },
	{ ACT_LR_UP, { '+', '=' }, "+", "learning rate up (1-3-10 ladder)" },
	{ ACT_LR_DOWN, { '-', '_' }, "-", "learning rate down" },
	{ ACT_FOCUS, { '\t' }, "Tab", "focus the other pane" },
	{ ACT_EDIT, { 'e' }, "e", "edit the focused pane's function" },
	{ ACT_SECANT, { 's' }, "s", "secant through a-h and a+h on/off" },
	{ ACT_FIELD, { 'v' }, "v", "gradient field under the contours on/off" },
	{ ACT_RESET, { 'r' }, "r", "reset to the start" },
	{ ACT_HELP, { '?' }, "?", "this help" },
	{ ACT_QUIT, { 'q', CTRL('c') }, "q Ctrl-C", "quit" },
};

const struct key_binding *key_bindings(size_t *count)
{
	*count = sizeof bindings / sizeof bindings[0];
	return bindings;
}

enum app_action key_action(int key)
{
	size_t n;
	const struct key_binding *b = key_bindings(&n);
	for (size_t i = 0; i < n; i++)
		for (int k = 0; k < KEYS_PER_BINDING && b[i].keys[k] != 0; k++)
			if (b[i].keys[k] == key)
				return b[i].action;
	return ACT_NONE;
}
