/* app: the dashboard's state and the actions that change it, with no curses.
 * Keys become actions (keys.c); app_apply changes the state; tui.c draws the
 * state. Every caption is formatted from this state at draw time. */
#ifndef SLOPE_APP_H
#define SLOPE_APP_H

#include <stdbool.h>
#include <stddef.h>

#include "cli.h"
#include "run.h"

enum app_action {
	ACT_NONE,
	ACT_NEXT,          /* one iteration forward */
	ACT_PREV,          /* one iteration back */
	ACT_LEFT,          /* descent pane: back; tangent pane: a one dot left */
	ACT_RIGHT,         /* descent pane: forward; tangent pane: a one dot right */
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
	ACT_TICK,          /* an autoplay tick */
	ACT_LR_UP,
	ACT_LR_DOWN,
	ACT_FOCUS,
	ACT_EDIT,
	ACT_SECANT,
	ACT_FIELD,
	ACT_RESET,
	ACT_HELP,
	ACT_QUIT,
	ACT_COUNT
};

enum app_pane { PANE_TANGENT, PANE_DESCENT };

/* What a change needs redrawn, so the drawing layer does no more. */
enum app_redraw {
	REDRAW_NONE = 0,
	REDRAW_TANGENT = 1,
	REDRAW_DESCENT = 2,
	REDRAW_CHROME = 4,  /* status line, borders, overlays */
	REDRAW_ALL = 7
};

#define APP_EDIT_MAX 256
#define APP_MESSAGE_MAX 160

struct app_editor {
	bool active;
	enum app_pane target;
	char text[APP_EDIT_MAX];
	size_t len, cursor;
	char error[APP_MESSAGE_MAX];  /* the last parse error, shown inline */
};

struct app {
	/* The run; current is the iteration shown. */
	struct expr *surface;
	unsigned long surface_generation;  /* counts edits of the surface */
	struct run run;
	long current;
	long steps;               /* N */
	double start[2];
	double initial_lr;
	long lr_since;            /* the iteration the current lr took over at */

	/* The tangent pane. */
	struct expr *curve;
	double a, initial_a, h;
	double xrange[2];
	int tangent_dots;         /* dot columns of the tangent plot: a's step */

	double view[4];
	bool view_fit;

	enum app_pane focus;
	bool secant, field, help_open, quit;
	bool autoplay;
	int autoplay_ms;

	struct app_editor editor;
	char message[APP_MESSAGE_MAX];  /* a transient note for the strip */
};

/* Takes the expressions of cfg (cfg's pointers become NULL). Returns 0, or
 * -1 when out of memory. */
int app_init(struct app *app, struct config *cfg);
void app_free(struct app *app);

/* Applies one action; returns the REDRAW_ flags it needs. */
unsigned app_apply(struct app *app, enum app_action act);

/* Keys while the editor is open: printable bytes insert; the APP_KEY_ codes
 * below edit. Returns the REDRAW_ flags. */
enum {
	APP_KEY_LEFT = -1, APP_KEY_RIGHT = -2, APP_KEY_HOME = -3, APP_KEY_END = -4,
	APP_KEY_BACKSPACE = -5, APP_KEY_DELETE = -6, APP_KEY_KILL_LINE = -7,
	APP_KEY_CANCEL = -8, APP_KEY_ENTER = -9
};
unsigned app_edit_key(struct app *app, int key);

/* The row on screen. */
const struct run_row *app_current(const struct app *app);

/* Tells the app how many dot columns the tangent plot has, so Left/Right
 * move a by one. */
void app_set_tangent_dots(struct app *app, int dots);

/* The strips under the panes and the status line, as items that the drawing
 * layer wraps whole ("iter 1/100", "x = (-3, 4)"). Returns the item count. */
#define APP_ITEM_MAX 96
#define APP_ITEMS 12
int app_descent_items(const struct app *app, char items[][APP_ITEM_MAX]);
int app_tangent_items(const struct app *app, char items[][APP_ITEM_MAX]);
void app_status(const struct app *app, char *buf, size_t len);

/* ---- layout: where the panes go for a terminal size --------------------- */

#define APP_MIN_COLS 60
#define APP_MIN_ROWS 20

struct app_rect {
	int row, col, rows, cols;  /* rows == 0: not shown */
};

struct app_layout {
	bool too_small;            /* below APP_MIN_COLS x APP_MIN_ROWS */
	struct app_rect pane[2];   /* indexed by enum app_pane */
	struct app_rect status;    /* the bottom line */
};

/* Side by side when the terminal is wide enough for two readable figures,
 * stacked when it is tall enough, else only the focused pane. */
struct app_layout app_layout(const struct app *app, int cols, int rows);

/* Joins items into lines of at most width columns, two spaces apart, moving
 * an item that does not fit to the next line and dropping one that fits no
 * line: a number is never cut. Returns the number of lines. */
#define APP_LINE_MAX 512
int app_wrap(char items[][APP_ITEM_MAX], int n, int width,
             char lines[][APP_LINE_MAX], int max_lines);

/* Ladder of learning rates: 1-3-10 steps. */
double lr_ladder_step(double lr, int direction);

/* |grad| under which the run counts as converged. */
#define APP_CONVERGED 1e-8

#endif
