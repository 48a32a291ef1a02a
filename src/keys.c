/* keys: the dashboard's key bindings, one row per action, and the names
 * `slope frame --keys` reads. */
#include "keys.h"

#include <stdio.h>
#include <string.h>

static const struct key_binding bindings[] = {
	{ ACT_NEXT, { ' ', 'n' }, "space n", "next iteration" },
	{ ACT_RIGHT, { KC_RIGHT, 'l' }, "Right l", "next iteration; tangent pane: a one step right" },
	{ ACT_PREV, { 'p' }, "p", "previous iteration" },
	{ ACT_LEFT, { KC_LEFT, 'h' }, "Left h", "previous iteration; tangent pane: a one step left" },
	{ ACT_RIGHT_BIG, { 'L' }, "L", "tangent pane: a a tenth of the range right" },
	{ ACT_LEFT_BIG, { 'H' }, "H", "tangent pane: a a tenth of the range left" },
	{ ACT_FORWARD_10, { KC_PGDN }, "PgDn", "10 iterations forward" },
	{ ACT_BACK_10, { KC_PGUP }, "PgUp", "10 iterations back" },
	{ ACT_FIRST, { KC_HOME }, "Home", "first iteration" },
	{ ACT_LAST, { KC_END }, "End", "last computed iteration" },
	{ ACT_RUN_TO_END, { 'g' }, "g", "run to N" },
	{ ACT_AUTOPLAY, { 'a' }, "a", "autoplay on/off" },
	{ ACT_SLOWER, { '<' }, "<", "autoplay slower" },
	{ ACT_FASTER, { '>' }, ">", "autoplay faster" },
	{ ACT_LR_UP, { '+', '=' }, "+", "learning rate up (1-3-10 ladder)" },
	{ ACT_LR_DOWN, { '-', '_' }, "-", "learning rate down" },
	{ ACT_FOCUS, { KC_TAB }, "Tab", "focus the other pane" },
	{ ACT_EDIT, { 'e' }, "e", "edit the focused pane's function" },
	{ ACT_SECANT, { 's' }, "s", "secant through a-h and a+h on/off" },
	{ ACT_FIELD, { 'v' }, "v", "gradient field under the contours on/off" },
	{ ACT_RESET, { 'r' }, "r", "reset to the start" },
	{ ACT_SNAPSHOT, { 'w' }, "w", "write the screen to a text file" },
	{ ACT_HELP, { '?' }, "?", "this help" },
	{ ACT_QUIT, { 'q', KC_CTRL('c') }, "q Ctrl-C", "quit" },
};

const struct key_binding *key_bindings(size_t *count)
{
	*count = sizeof bindings / sizeof bindings[0];
	return bindings;
}

enum action key_action(int key)
{
	size_t n;
	const struct key_binding *b = key_bindings(&n);
	for (size_t i = 0; i < n; i++)
		for (int k = 0; k < KEYS_PER_BINDING && b[i].keys[k] != 0; k++)
			if (b[i].keys[k] == key)
				return b[i].action;
	return ACT_NONE;
}

/* ---- names -------------------------------------------------------------- */

static const struct {
	const char *name;
	int code;
} key_names[] = {
	{ "Right", KC_RIGHT }, { "Left", KC_LEFT }, { "Up", KC_UP }, { "Down", KC_DOWN },
	{ "PgUp", KC_PGUP }, { "PgDn", KC_PGDN }, { "Home", KC_HOME }, { "End", KC_END },
	{ "Del", KC_DELETE }, { "Tab", KC_TAB }, { "Enter", KC_ENTER }, { "Esc", KC_ESC },
	{ "BS", KC_BACKSPACE }, { "Space", ' ' }, { "lt", '<' },
};

/* The code of a name between < and >, or -1. */
static int named_key(const char *name, size_t len)
{
	if (len == 3 && name[0] == 'C' && name[1] == '-' && name[2] >= 'a' && name[2] <= 'z')
		return KC_CTRL(name[2]);
	for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
		if (strlen(key_names[i].name) == len && strncmp(key_names[i].name, name, len) == 0)
			return key_names[i].code;
	return -1;
}

int keys_parse(const char *text, int *keys, size_t max, size_t *n, char *err,
               size_t errlen)
{
	*n = 0;
	for (const char *p = text; *p; p++) {
		int code = (unsigned char)*p;
		if (*p == '<') {
			const char *close = strchr(p + 1, '>');
			if (close == NULL) {
				snprintf(err, errlen, "'<' at column %d opens a key name that is not closed with '>' (write <lt> for the key <)",
				         (int)(p - text) + 1);
				return -1;
			}
			size_t len = (size_t)(close - p - 1);
			code = named_key(p + 1, len);
			if (code < 0) {
				snprintf(err, errlen, "unknown key name '<%.*s>' at column %d (names: <Right> <Left> <Up> <Down> <PgUp> <PgDn> <Home> <End> <Del> <Tab> <Enter> <Esc> <BS> <Space> <C-a>..<C-z> <lt>)",
				         (int)(len > 20 ? 20 : len), p + 1, (int)(p - text) + 1);
				return -1;
			}
			p = close;
		}
		if (*n == max) {
			snprintf(err, errlen, "more than %zu keys", max);
			return -1;
		}
		keys[(*n)++] = code;
	}
	return 0;
}
