/* config: what the command line asks for, as plain data. It sits on the
 * numbers (num/) and knows nothing above them; the dashboard and the
 * commands read it. cli.c fills it from argv through the option table
 * (options.c), which holds the book's defaults. */
#ifndef SLOPE_CONFIG_H
#define SLOPE_CONFIG_H

#include <stdbool.h>

#include "descent.h"
#include "expr.h"
#include "numdiff.h"
#include "race.h"

enum command {
	CMD_DASHBOARD,
	CMD_DIFF,
	CMD_GRAD,
	CMD_DESCEND,
	CMD_PLOT,
	CMD_FRAME,
	CMD_RACE,
	CMD_EXPORT,
	CMD_TOUR,
	CMD_HELP,
	CMD_VERSION,
	CMD_COUNT
};

enum plot_figure {
	PLOT_TANGENT, PLOT_FIELD, PLOT_DESCENT, PLOT_LOSS, PLOT_HERROR, PLOT_RACE, PLOT_FIGURE_COUNT
};
enum canvas_choice { CANVAS_AUTO, CANVAS_BRAILLE_MODE, CANVAS_BLOCK_MODE, CANVAS_ASCII_MODE };
enum color_choice { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

/* The largest --steps: a run is at most this many updates. A figure or the
 * dashboard keeps every row, so it takes fewer. */
#define CLI_MAX_STEPS 100000000L
#define CLI_MAX_KEPT_STEPS 1000000L

struct config {
	enum command command;
	enum command help_topic;   /* for `slope help COMMAND`; CMD_COUNT: all */
	bool help_presets;         /* `slope help presets` */
	enum plot_figure figure;

	struct expr *curve;        /* --function */
	struct expr *surface;      /* --surface */
	double at;                 /* --at for a curve: the point of tangency */
	double grad_at[2];         /* --at for `grad`: the point */
	double h;
	double start[2];
	bool lr_given;             /* --lr was typed after any --preset */
	long steps;
	bool csv;
	bool numpy;                /* --numpy: print only what the book prints */
	enum diff_method method;   /* --method: central (the book's) or forward */
	bool scan;                 /* diff --scan: the table over h */
	bool digits;               /* diff --digits: the digits f(a+h) - f(a-h) cancels */
	bool secant;
	bool field;
	double xrange[2];
	double view[4];            /* x0 min, x0 max, x1 min, x1 max */
	bool view_fit;             /* --view fit: fit the view to the path */
	bool view_given;           /* --view was typed (the field has its own default) */
	int size_cols, size_rows;  /* --size; 0 when not given */
	int *keys;                 /* frame: --keys as key codes, read once by the
	                              option table; config_free frees them */
	size_t key_count;          /* how many; 0 with no --keys */
	const char *snapshot_dir;  /* --snapshot-dir: where w writes [.] */
	const char *record;        /* --record: the session's asciicast file, or NULL */
	enum canvas_choice canvas;
	enum color_choice color;

	/* Chapter 6: the optimizer (its lr is --lr, the one place the
	 * rate is kept), which of its
	 * parameters were typed (a bit per enum optimizer_param), how the
	 * gradient is taken, the runners of a race, the preset in use. */
	struct optimizer optimizer;
	unsigned params_given;
	enum gradient_mode gradient;
	struct race_entry race[RACE_MAX];
	int race_count;
	bool panels;               /* plot race: one panel per optimizer */
	const char *preset;        /* the last --preset, or NULL */
	bool tour;                 /* slope tour, frame --tour: the guided lesson */
	const char *lang;          /* --lang: en or zh for this run, or NULL */
	bool no_chinese;           /* Chinese was asked for without UTF-8 */
};

#endif
