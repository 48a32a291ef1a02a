/* keys: the dashboard's key bindings, one row per action, and the names
 * `slope frame --keys` reads. */
#include "keys.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"

/* The names stay as they are (keys are keys in every language); the hints
 * and the help go through gettext where they are shown. */
static const struct key_binding bindings[] = {
	/* TRANSLATORS: the hints ("n next") are the status line's: a key's
	 * name as it is, then a word or two, about as short as the English.
	 * The help texts explain a key in the help overlay and --help. */
	{ ACT_NEXT, { ' ', 'n' }, IN_DESCENT, "space n", N_("n next"), N_("next iteration") },
	{ ACT_PREV, { 'p' }, IN_DESCENT, "p", N_("p prev"), N_("previous iteration") },
	{ ACT_RIGHT, { KC_RIGHT, 'l' }, ANY_PANE, "Right l", NULL,
	  N_("next iteration; tangent pane: a one step right") },
	{ ACT_LEFT, { KC_LEFT, 'h' }, ANY_PANE, "Left h", NULL,
	  N_("previous iteration; tangent pane: a one step left") },
	{ ACT_RIGHT_BIG, { 'L' }, IN_TANGENT, "L", NULL, N_("tangent pane: a a tenth of the range right") },
	{ ACT_LEFT_BIG, { 'H' }, IN_TANGENT, "H", N_("Left/Right H/L move a"), N_("tangent pane: a a tenth of the range left") },
	{ ACT_FORWARD_10, { KC_PGDN }, IN_DESCENT, "PgDn", NULL, N_("10 iterations forward") },
	{ ACT_BACK_10, { KC_PGUP }, IN_DESCENT, "PgUp", NULL, N_("10 iterations back") },
	{ ACT_FIRST, { KC_HOME }, IN_DESCENT, "Home", NULL, N_("first iteration") },
	{ ACT_LAST, { KC_END }, IN_DESCENT, "End", NULL, N_("the furthest iteration reached (back after p or Home)") },
	{ ACT_RUN_TO_END, { 'g' }, IN_DESCENT, "g", N_("g run"), N_("run to N") },
	{ ACT_AUTOPLAY, { 'a' }, IN_DESCENT, "a", N_("a play"), N_("autoplay on/off") },
	{ ACT_SLOWER, { '<' }, IN_DESCENT, "<", NULL, N_("autoplay slower") },
	{ ACT_FASTER, { '>' }, IN_DESCENT, ">", NULL, N_("autoplay faster") },
	{ ACT_LR_UP, { '+' }, IN_DESCENT | NOT_IN_RACE, "+", N_("+/- lr"), N_("learning rate up (1-3-10 ladder)") },
	{ ACT_LR_DOWN, { '-', '_' }, IN_DESCENT | NOT_IN_RACE, "-", NULL, N_("learning rate down") },
	{ ACT_INSPECT, { 'i' }, IN_DESCENT | NOT_IN_RACE, "i", N_("i inspect"), N_("the current step's arithmetic on/off") },
	{ ACT_DIGITS, { 'd' }, IN_DESCENT, "d", N_("d digits"), N_("NumPy's print or every digit") },
	{ ACT_EDIT_START, { 'S' }, IN_DESCENT, "S", N_("S start"), N_("type the start point") },
	{ ACT_EDIT_STEPS, { 'N' }, IN_DESCENT, "N", N_("N steps"), N_("type the number of steps N") },
	{ ACT_LOSS, { 'c' }, IN_DESCENT, "c", NULL, N_("the loss chart on/off where it has no room of its own") },
	{ ACT_H_DOWN, { '[' }, IN_TANGENT, "[", N_("[ ] h"), N_("h / 10, down to 1e-20, then the book's 1e-50") },
	{ ACT_H_UP, { ']' }, IN_TANGENT, "]", NULL, N_("h * 10, up to 0.1") },
	{ ACT_SECANT, { 's' }, IN_TANGENT, "s", N_("s secant"), N_("secant through a-h and a+h on/off") },
	{ ACT_METHOD, { 'm' }, IN_TANGENT, "m", N_("m method"), N_("central or forward difference") },
	{ ACT_HERROR, { 'E' }, IN_TANGENT, "E", N_("E error"), N_("the error against h, beside or instead of the tangent") },
	{ ACT_EDIT_A, { '=' }, IN_TANGENT, "=", N_("= a"), N_("type a") },
	{ ACT_LOST_DIGITS, { 'D' }, IN_TANGENT, "D", N_("D digits"), N_("f(a+h) and f(a-h) digit by digit: the digits the subtraction loses") },
	{ ACT_FIELD, { 'v' }, IN_DESCENT, "v", NULL, N_("gradient field over the level curves on/off") },
	{ ACT_EDIT, { 'e' }, ANY_PANE, "e", N_("e edit"), N_("edit the focused pane's function") },
	{ ACT_FOCUS, { KC_TAB }, ANY_PANE, "Tab", N_("Tab pane"), N_("focus the other pane") },
	{ ACT_OPTIMIZER, { 'o' }, IN_DESCENT | NOT_IN_RACE, "o", N_("o optimizer"), N_("the next optimizer: sgd, momentum, nesterov, adagrad, rmsprop, adam") },
	{ ACT_RACE, { 'R' }, IN_DESCENT, "R", N_("R race"), N_("race mode on/off: the optimizers step together") },
	{ ACT_PANELS, { '#' }, IN_DESCENT | IN_RACE_ONLY, "#", N_("# panels"), N_("race: a panel per optimizer (the book's figure 6-8) or all paths on one plot") },
	{ ACT_ZOOM, { 'z' }, IN_DESCENT, "z", N_("z zoom"), N_("the view given (the book's) or one fitted to the path(s)") },
	{ ACT_PRESET, { 'P' }, IN_DESCENT, "P", N_("P preset"), N_("the next preset (slope help presets)") },
	{ ACT_RESET, { 'r' }, ANY_PANE, "r", NULL, N_("reset to the start") },
	{ ACT_SNAPSHOT, { 'w' }, ANY_PANE, "w", NULL, N_("write the screen to a text file") },
	{ ACT_EXPORT, { 'W' }, ANY_PANE, "W", NULL, N_("write the run as a Python script in the book's style (slope export)") },
	{ ACT_HELP, { '?' }, ANY_PANE, "?", NULL, N_("this help") },
	{ ACT_QUIT, { 'q', KC_CTRL('c') }, ANY_PANE, "q Ctrl-C", NULL, N_("quit") },
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

const struct key_binding *key_binding_of(enum action act)
{
	size_t n;
	const struct key_binding *b = key_bindings(&n);
	for (size_t i = 0; i < n; i++)
		if (b[i].action == act)
			return &b[i];
	return NULL;
}

/* ---- the other modes' keys ---------------------------------------------- */

/* The help pages with these; any other key closes it (q also quits). */
static const struct mode_binding help_keys[] = {
	/* TRANSLATORS: the space bar's name in the help's "space next page" */
	{ HELP_NEXT_PAGE, { ' ', KC_PGDN, KC_DOWN }, N_("space") },
	{ HELP_PREV_PAGE, { KC_PGUP, KC_UP }, "PgUp" },
};

/* The inspector also closes with its own key, i (ACT_INSPECT). */
static const struct mode_binding inspector_keys[] = {
	{ INSPECT_CLOSE, { KC_ESC }, "Esc" },
};

/* Keys that mean nothing else outside a prompt. */
static const struct mode_binding tour_keys[] = {
	{ TOUR_NEXT, { KC_ENTER, '\n' }, "Enter" },
	{ TOUR_BACK, { KC_BACKSPACE, KC_CTRL('h') }, "Backspace" },
};

/* Any other printable character is typed. */
static const struct mode_binding prompt_keys[] = {
	{ EDIT_LEFT, { KC_LEFT }, "Left" },
	{ EDIT_RIGHT, { KC_RIGHT }, "Right" },
	{ EDIT_HOME, { KC_HOME, KC_CTRL('a') }, "Home" },
	{ EDIT_END, { KC_END, KC_CTRL('e') }, "End" },
	{ EDIT_EMPTY, { KC_CTRL('u') }, "Ctrl-U" },
	{ EDIT_BACKSPACE, { KC_BACKSPACE, KC_CTRL('h') }, "Backspace" },
	{ EDIT_DELETE, { KC_DELETE }, "Del" },
	{ EDIT_APPLY, { KC_ENTER, '\n' }, "Enter" },
	{ EDIT_CANCEL, { KC_ESC }, "Esc" },
};

#define MODE_TABLE(t) { t, sizeof t / sizeof t[0] }

static const struct {
	const struct mode_binding *rows;
	size_t count;
} mode_tables[MODE_COUNT] = {
	[MODE_HELP] = MODE_TABLE(help_keys),
	[MODE_INSPECTOR] = MODE_TABLE(inspector_keys),
	[MODE_TOUR] = MODE_TABLE(tour_keys),
	[MODE_PROMPT] = MODE_TABLE(prompt_keys),
};

enum mode_action mode_key_action(enum key_mode mode, int key)
{
	for (size_t i = 0; i < mode_tables[mode].count; i++) {
		const struct mode_binding *b = &mode_tables[mode].rows[i];
		for (int k = 0; k < KEYS_PER_BINDING && b->keys[k] != 0; k++)
			if (b->keys[k] == key)
				return b->action;
	}
	return MODE_NONE;
}

const char *mode_key_name(enum key_mode mode, enum mode_action act)
{
	for (size_t i = 0; i < mode_tables[mode].count; i++)
		if (mode_tables[mode].rows[i].action == act)
			return _(mode_tables[mode].rows[i].name);
	return "?";
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

/* The name key_names gives key ("lt" is --keys' alone), or NULL. */
static const char *key_name(int key)
{
	for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
		if (key_names[i].code == key && key != '<')
			return key_names[i].name;
	return NULL;
}

/* The letter of a control code without a name of its own ('A' for
 * Ctrl-A; Tab, Enter and Esc have theirs), or 0. */
static char ctrl_letter(int key)
{
	return key > 0 && key < 0x20 && key_name(key) == NULL ? (char)('A' + key - 1) : 0;
}

char mode_key_ctrl_letter(enum key_mode mode, enum mode_action act)
{
	for (size_t i = 0; i < mode_tables[mode].count; i++) {
		const struct mode_binding *b = &mode_tables[mode].rows[i];
		if (b->action != act)
			continue;
		/* '\n' is Enter's other code, not a key a hint names */
		for (int k = 0; k < KEYS_PER_BINDING && b->keys[k] != 0; k++)
			if (b->keys[k] != '\n' && ctrl_letter(b->keys[k]))
				return ctrl_letter(b->keys[k]);
	}
	return 0;
}

void key_label(int key, char *buf, size_t len)
{
	const char *name = key_name(key);
	if (name != NULL)
		snprintf(buf, len, "%s", name);
	else if (ctrl_letter(key))
		snprintf(buf, len, "Ctrl-%c", ctrl_letter(key));
	else if (key >= 0x20 && key < 0x7f)
		snprintf(buf, len, "%c", key);
	else
		snprintf(buf, len, _("key %d"), key);
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
				snprintf(err, errlen, _("'<' at column %d opens a key name that is not closed with '>' (write <lt> for the key <)"),
				         (int)(p - text) + 1);
				return -1;
			}
			size_t len = (size_t)(close - p - 1);
			code = named_key(p + 1, len);
			if (code < 0) {
				snprintf(err, errlen, _("unknown key name '<%.*s>' at column %d (names: <Right> <Left> <Up> <Down> <PgUp> <PgDn> <Home> <End> <Del> <Tab> <Enter> <Esc> <BS> <Space> <C-a>..<C-z> <lt>)"),
				         (int)(len > 20 ? 20 : len), p + 1, (int)(p - text) + 1);
				return -1;
			}
			p = close;
		}
		if (*n == max) {
			snprintf(err, errlen, _("more than %zu keys"), max);
			return -1;
		}
		keys[(*n)++] = code;
	}
	return 0;
}
