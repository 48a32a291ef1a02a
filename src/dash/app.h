/* app: the dashboard's state and the actions that change it, with no
 * curses. Keys become actions (keys.c); app_key and app_apply change the
 * state; the scene (scene.c) composes the screen from it. Long runs are
 * computed in slices (app_work) so keys are answered while they compute. */
#ifndef SLOPE_APP_H
#define SLOPE_APP_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "editor.h"
#include "keys.h"
#include "layout.h"
#include "race.h"
#include "run.h"

/* What a key press (or an action, or a slice of work) did, for the driver
 * to act on: the state never writes a file or ends the program itself. */
enum app_effect {
	EFFECT_NONE,      /* nothing on screen changed */
	EFFECT_CHANGED,   /* the screen is to be drawn again */
	EFFECT_SNAPSHOT,  /* w: write the screen as it is now */
	EFFECT_EXPORT,    /* W: write the run as a Python script */
	EFFECT_QUIT       /* q: the dashboard ends */
};

/* Bytes: a Chinese message takes three a character. */
#define APP_MESSAGE_MAX 480

/* What a prompt on the status line edits. */
enum prompt_kind { PROMPT_CURVE, PROMPT_SURFACE, PROMPT_START, PROMPT_STEPS, PROMPT_A };

struct app_prompt {
	bool active;
	enum prompt_kind kind;
	struct line_editor line;
	char error[APP_MESSAGE_MAX];  /* the last error, shown inline */
	int error_column;             /* where in the text it is (1-based), or 0 */
};

/* The iteration shown of the run (or race): the one place that moves it
 * is app_run.c, which keeps current <= target <= N and current <= reached. */
struct app_cursor {
	long current;             /* shown: a computed row */
	long target;              /* asked for; current catches up as rows come */
	long reached;             /* the furthest iteration shown since the rows
	                             were last rewritten: End goes there */
};

/* The tangent pane: the curve, the point a and the derivative's h. */
struct app_tangent {
	struct expr *curve;
	unsigned long curve_generation;    /* counts new curves */
	double a, initial_a;
	double xrange[2];
	double diff_h;            /* the h of the derivative: [ and ] */
	enum diff_method method;  /* m: central or forward */
	bool secant;
	bool secant_chosen;       /* s was pressed: h no longer decides */
	bool herror;              /* E: the error against h */
	bool lost_digits;         /* D: the strip shows f(a+h) and f(a-h) digit by digit */
};

/* What the descent pane shows, each a key's toggle. */
struct app_toggles {
	bool view_fit;            /* z: the view fitted to the path(s) */
	bool field;               /* v: the gradient field */
	bool inspect;             /* i: the current step's arithmetic */
	bool full_digits;         /* d: every digit instead of NumPy's print */
	bool loss_chart;          /* c: the loss chart where it has no room */
	bool race_one_plot;       /* #: a race's paths on one plot, not in panels */
};

/* a: a step every ms while on. */
struct app_autoplay {
	bool on;
	int ms;
};

/* The tour (slope tour): on, and its page. */
struct app_tour {
	bool on;
	int page;
};

struct app {
	/* The descent pane: the run, and the iteration shown. */
	struct expr *surface;
	unsigned long surface_generation;  /* counts new surfaces */
	unsigned long run_generation;      /* counts rewrites of the rows */
	struct run run;
	struct app_cursor cursor;
	long steps;               /* N */
	double start[2];
	bool lr_chosen;           /* the user set lr (--lr, + or -): o keeps it */
	double h;
	double view[4];
	struct run_verdicts verdicts;
	struct optimizer optimizer;  /* the run's at its start: its lr is the
	                                rate of the first update (+ and - set
	                                later ones in the run's rows) */
	enum gradient_mode gradient;
	/* Race mode (R): the runners, and the list they come from. */
	bool racing;
	struct race race;
	struct race_entry race_list[RACE_MAX];
	int race_count;
	const char *preset;          /* the preset in use, or NULL */
	int preset_index;            /* P's place in the table */
	struct app_toggles toggles;

	struct app_tangent tangent;

	enum pane focus;
	bool help_open;
	int help_page;            /* the help's page when it does not fit */
	int screen_cols, screen_rows;  /* the size it is shown at (0: not
	                             yet known), which sets the help's pages */
	struct app_autoplay autoplay;
	char *snapshot_dir;
	struct app_tour tour;

	struct app_prompt prompt;
	char message[APP_MESSAGE_MAX];  /* a transient note for the status line */
};

/* Takes the expressions of cfg (cfg's pointers become NULL). Returns 0, or
 * -1 when out of memory. */
int app_init(struct app *app, struct config *cfg);
void app_free(struct app *app);

/* One key: the prompt's when a prompt is open, else it closes the help, or
 * applies the key's action. Returns what it did. */
enum app_effect app_key(struct app *app, int key);

/* Applies one action; returns what it did. Work that takes longer than a
 * moment is left for app_work. */
enum app_effect app_apply(struct app *app, enum action act);

/* True while rows the state asks for are still to be computed. */
bool app_busy(const struct app *app);
/* Computes at most max_updates of them; EFFECT_CHANGED when the screen
 * shows more of them, else EFFECT_NONE. */
enum app_effect app_work(struct app *app, long max_updates);
/* Computes all of them. */
void app_settle(struct app *app);

/* Sets the note the status line shows until the next action. */
void app_note(struct app *app, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The size the state is shown at: the help's pages follow it. */
void app_resize(struct app *app, int cols, int rows);

/* The row on screen. */
const struct run_row *app_current(const struct app *app);


#endif
