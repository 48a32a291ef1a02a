/* keys: the one table of key bindings, and the dashboard's key codes. The
 * key handler, the help overlay, `slope help dashboard` and the man page's
 * KEYS section all come from the table (a test checks the man page). Key
 * codes are neutral: a character is its own code, other keys are KC_ codes
 * here; tui.c maps the terminal's codes to them, `slope frame --keys` reads
 * them from their names. */
#ifndef SLOPE_KEYS_H
#define SLOPE_KEYS_H

#include <stdbool.h>
#include <stddef.h>

#include "pane.h"

/* What a key asks the dashboard to do. */
enum action {
	ACT_NONE,
	ACT_NEXT,          /* one iteration forward */
	ACT_PREV,          /* one iteration back */
	ACT_LEFT,          /* descent pane: back; tangent pane: a one step left */
	ACT_RIGHT,         /* descent pane: forward; tangent pane: a one step right */
	ACT_LEFT_BIG,      /* tangent pane: a a tenth of the range left */
	ACT_RIGHT_BIG,
	ACT_FORWARD_10,
	ACT_BACK_10,
	ACT_FIRST,
	ACT_LAST,          /* the last computed iteration */
	ACT_RUN_TO_END,    /* compute up to N */
	ACT_AUTOPLAY,      /* toggle */
	ACT_SLOWER,
	ACT_FASTER,
	ACT_TICK,          /* an autoplay tick (no key) */
	ACT_LR_UP,
	ACT_LR_DOWN,
	ACT_FOCUS,
	ACT_EDIT,
	ACT_SECANT,
	ACT_FIELD,
	ACT_RESET,
	ACT_SNAPSHOT,
	ACT_EXPORT,        /* the run as a Python script */
	ACT_INSPECT,       /* the current step's arithmetic, on/off */
	ACT_DIGITS,        /* NumPy's print or every digit */
	ACT_LOSS,          /* the loss chart where the pane has no room for it */
	ACT_EDIT_START,    /* a prompt for the start point */
	ACT_EDIT_STEPS,    /* a prompt for N */
	ACT_OPTIMIZER,     /* the next optimizer */
	ACT_H_DOWN,        /* h / 10 (tangent pane) */
	ACT_H_UP,          /* h * 10 */
	ACT_METHOD,        /* central or forward difference */
	ACT_HERROR,        /* the error against h */
	ACT_LOST_DIGITS,   /* f(a+h) and f(a-h) digit by digit */
	ACT_EDIT_A,        /* a prompt for a */
	ACT_RACE,          /* race mode on/off */
	ACT_PRESET,        /* the next preset */
	ACT_PANELS,        /* a race: a panel a runner, or one plot */
	ACT_ZOOM,          /* the view given, or a fit of the path(s) */
	ACT_HELP,
	ACT_QUIT,
	ACT_COUNT
};

/* Keys without a character of their own. Characters (Tab 9, Enter 13,
 * Esc 27, Backspace 127, Ctrl-U 21, ...) are their own codes. */
enum key_code {
	KC_CHAR_MAX = 0xff,
	KC_UP,
	KC_DOWN,
	KC_LEFT,
	KC_RIGHT,
	KC_PGUP,
	KC_PGDN,
	KC_HOME,
	KC_END,
	KC_DELETE,
	KC_LAST
};

#define KC_TAB 9
#define KC_ENTER 13
#define KC_ESC 27
#define KC_BACKSPACE 127
#define KC_CTRL(c) ((c) & 0x1f)

#define KEYS_PER_BINDING 4

/* The panes a binding acts in, a bit per enum pane. */
#define PANE_BIT(p) (1u << (p))
#define IN_TANGENT PANE_BIT(PANE_TANGENT)
#define IN_DESCENT PANE_BIT(PANE_DESCENT)
#define ANY_PANE (IN_TANGENT | IN_DESCENT)
/* Where the status line offers a descent key: a key that only says "not
 * here" in a race (or out of one) is not offered there. */
#define NOT_IN_RACE (1u << 4)
#define IN_RACE_ONLY (1u << 5)

struct key_binding {
	enum action action;
	int keys[KEYS_PER_BINDING];  /* key codes; 0 ends the list */
	unsigned panes;              /* where it acts: IN_TANGENT, IN_DESCENT,
	                                with NOT_IN_RACE or IN_RACE_ONLY */
	const char *names;           /* as the help shows them: "space n" */
	const char *hint;            /* the status line's words ("n next"),
	                                in the order the line shows them;
	                                NULL: only in the help */
	const char *help;
};

const struct key_binding *key_bindings(size_t *count);

/* The action a key means outside the editor, or ACT_NONE. */
enum action key_action(int key);

/* The binding of an action, or NULL (ACT_TICK has none). */
const struct key_binding *key_binding_of(enum action act);

/* A key's name as the help writes it: "n", "Tab", "Ctrl-U", "Right". */
void key_label(int key, char *buf, size_t len);

/* ---- the other modes' keys ---------------------------------------------- */

/* The modes whose keys are read before the normal table's (key_bindings):
 * the help overlay open, the inspector open, the tour on, a prompt open.
 * Each has a table of its own, read by its handler and by the hint that
 * names its keys (the help's paging line, the inspector's caption, the
 * tour's status, the prompt's), so the two cannot disagree. */
enum key_mode { MODE_HELP, MODE_INSPECTOR, MODE_TOUR, MODE_PROMPT, MODE_COUNT };

enum mode_action {
	MODE_NONE,        /* not a key of the mode */
	HELP_NEXT_PAGE,   /* any other key closes the help */
	HELP_PREV_PAGE,
	INSPECT_CLOSE,
	TOUR_NEXT,
	TOUR_BACK,
	EDIT_LEFT,
	EDIT_RIGHT,
	EDIT_HOME,
	EDIT_END,
	EDIT_EMPTY,       /* Ctrl-U */
	EDIT_BACKSPACE,
	EDIT_DELETE,
	EDIT_APPLY,
	EDIT_CANCEL
};

struct mode_binding {
	enum mode_action action;
	int keys[KEYS_PER_BINDING];  /* key codes; 0 ends the list */
	const char *name;            /* the key as the mode's hint names it */
};

/* What key means in mode, or MODE_NONE. */
enum mode_action mode_key_action(enum key_mode mode, int key);

/* The name mode's hint gives the key of act, in the language shown ("space"
 * is a word; "Enter" and "Esc" are names, the same in every language). */
const char *mode_key_name(enum key_mode mode, enum mode_action act);
/* The letter of act's Ctrl key in mode ('A' for Ctrl-A), or 0: the
 * prompt's hint names the editing keys every terminal sends. */
char mode_key_ctrl_letter(enum key_mode mode, enum mode_action act);

/* Reads a --keys text: each character is one key; <Right> <Left> <Up>
 * <Down> <PgUp> <PgDn> <Home> <End> <Del> <Tab> <Enter> <Esc> <BS> <Space>
 * <C-a> .. <C-z> and <lt> (for '<') name the others. Writes up to max codes
 * to keys and their count to *n. 0, or -1 with a one-line message in err
 * (an unknown or unclosed <name>, too many keys). */
int keys_parse(const char *text, int *keys, size_t max, size_t *n, char *err,
               size_t errlen);

#endif
