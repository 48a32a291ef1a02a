/* keys: the one table of key bindings. The key handler, the help overlay and
 * the man page's KEYS section all come from it (a test checks the man page). */
#ifndef SLOPE_KEYS_H
#define SLOPE_KEYS_H

#include <stddef.h>

#include "app.h"

#define KEYS_PER_BINDING 4

struct key_binding {
	enum app_action action;
	int keys[KEYS_PER_BINDING];  /* curses key codes; 0 ends the list */
	const char *names;           /* as the help shows them: "space n Right l" */
	const char *help;
};

const struct key_binding *key_bindings(size_t *count);

/* The action a key means outside the editor, or ACT_NONE. */
enum app_action key_action(int key);

#endif
