/* scene: the screen as a function of the app's state and a size. Each pane
 * is a border with its title, a figure, and a strip of numbers under it;
 * the bottom line is the status or the prompt; the help overlay and the
 * too-small message sit on top. Figures are kept per pane and drawn again
 * only when the content they show (a key of plain values and generation
 * counters, never an address) changes. */
#include "scene.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "captions.h"
#include "figures.h"
#include "i18n.h"
#include "layout.h"
#include "plot.h"
#include "tour.h"

/* A strip is at most this many lines, and its height is reserved for its
 * widest content, so the figure above it never moves while stepping. */
#define STRIP_MAX_LINES 7

/* Everything a figure is drawn from. Zeroed before it is filled, so two
 * keys compare with memcmp. */
struct figure_key {
	int cols, rows;
	unsigned long generation[2];
	double value[8];
	long iteration[3];
	unsigned flags;
};

/* What a strip's reserved height depends on. */
struct strip_key {
	int width, inner_rows;
	unsigned long generation[2];
	long last, steps;
	bool full_digits, racing;
	bool lost_digits;    /* the tangent pane's D */
};

/* A figure kept from the last frame with what it was drawn from. */
struct view {
	struct canvas *canvas;
	struct figure_key key;
	bool drawn;
};

/* The views a pane may show: its figure, and beside or under the descent
 * figure, its legend and the loss chart. */
enum { VIEW_FIGURE, VIEW_LEGEND, VIEW_LOSS, VIEW_COUNT };

struct pane_view {
	struct view view[VIEW_COUNT];
	struct strip_key strip_key;
	int strip_lines;     /* the height reserved for strip_key */
	bool strip_known;
	bool table_beside;   /* the race's table beside the figure: no strip */
	struct strip_key table_key;
	int table_cols;      /* the race table's widest line for table_key */
	bool table_known;
};

struct scene {
	enum canvas_mode mode;
	struct pane_view pane[PANE_COUNT];
	struct figure_cache *descent_cache;
};

struct scene *scene_new(enum canvas_mode mode)
{
	struct scene *sc = calloc(1, sizeof *sc);
	if (sc == NULL)
		return NULL;
	sc->mode = mode;
	sc->descent_cache = figure_cache_new();
	bool ok = sc->descent_cache != NULL;
	for (int p = 0; p < PANE_COUNT; p++)
		for (int v = 0; v < VIEW_COUNT; v++)
			ok = ok && (sc->pane[p].view[v].canvas = canvas_new(1, 1, mode)) != NULL;
	if (!ok) {
		scene_free(sc);
		return NULL;
	}
	return sc;
}

void scene_free(struct scene *sc)
{
	if (sc == NULL)
		return;
	for (int p = 0; p < PANE_COUNT; p++)
		for (int v = 0; v < VIEW_COUNT; v++)
			canvas_free(sc->pane[p].view[v].canvas);
	figure_cache_free(sc->descent_cache);
	free(sc);
}

/* A figure drawn by draw into the view's canvas at cols x rows, unless the
 * canvas already holds the figure of the same key; then shown at (row,
 * col). -1 when memory runs out or the figure does not fit. */
typedef int (*figure_drawer)(struct scene *sc, const struct app *app, struct canvas *c);

static int show_view(struct scene *sc, const struct app *app, struct view *v,
                     struct figure_key *key, figure_drawer draw, struct screen *s,
                     struct rect r)
{
	key->cols = r.cols;
	key->rows = r.rows;
	if (!v->drawn || memcmp(key, &v->key, sizeof *key) != 0) {
		v->drawn = false;
		if (canvas_resize(v->canvas, r.cols, r.rows) != 0 || draw(sc, app, v->canvas) != 0)
			return -1;
		v->key = *key;
		v->drawn = true;
	}
	screen_canvas(s, r.row, r.col, v->canvas);
	return 0;
}

/* Rows a figure keeps when another goes under it. */
#define FIGURE_READABLE_ROWS 18

/* ---- the tangent pane's figure ------------------------------------------- */

static void tangent_key(const struct app *app, struct figure_key *k)
{
	k->generation[0] = app->curve_generation;
	k->value[0] = app->a;
	k->value[1] = app->diff_h;
	k->value[2] = app->xrange[0];
	k->value[3] = app->xrange[1];
	k->flags = (unsigned)app->secant | (unsigned)app->method << 1;
}

static int draw_tangent(struct scene *sc, const struct app *app, struct canvas *c)
{
	(void)sc;
	struct tangent_params p = {
		.f = objective_of_expr(app->curve), .a = app->a, .h = app->diff_h,
		.xlo = app->xrange[0], .xhi = app->xrange[1], .secant = app->secant,
		.method = app->method,
	};
	return figure_tangent(c, &p);
}

static int draw_herror(struct scene *sc, const struct app *app, struct canvas *c)
{
	(void)sc;
	struct herror_params p = { .f = objective_of_expr(app->curve), .f_text = _("|numerical - exact|"),
	                           .a = app->a, .h = app->diff_h, .method = app->method };
	return figure_herror(c, &p);
}

/* The tangent, or with E the error against h: both, one over the other,
 * when the pane is tall enough for two readable figures. */
static int tangent_body(struct scene *sc, const struct app *app, struct screen *s,
                        struct rect area)
{
	struct pane_view *pv = &sc->pane[PANE_TANGENT];
	struct figure_key key;
	int min_cols, min_rows;
	figure_min_size(FIGURE_HERROR, &min_cols, &min_rows);
	struct rect tangent = area, error = area;
	bool both = app->herror && area.rows >= 2 * FIGURE_READABLE_ROWS;
	if (both) {
		tangent.rows = area.rows / 2;
		error.row = area.row + tangent.rows;
		error.rows = area.rows - tangent.rows;
	}
	/* an error figure with no room: the tangent stays, and the top row
	 * says why E shows nothing, rather than a blank pane */
	bool error_fits = error.cols >= min_cols && error.rows >= min_rows;
	int status = 0;
	if (!app->herror || both || !error_fits) {
		memset(&key, 0, sizeof key);
		tangent_key(app, &key);
		status |= show_view(sc, app, &pv->view[VIEW_FIGURE], &key, draw_tangent, s, tangent);
	}
	if (app->herror && error_fits) {
		memset(&key, 0, sizeof key);
		tangent_key(app, &key);
		status |= show_view(sc, app, &pv->view[VIEW_LOSS], &key, draw_herror, s, error);
	} else if (app->herror) {
		char note[LAYOUT_LINE_MAX];
		snprintf(note, sizeof note, "%s", _("the error against h needs a larger terminal (E: off)"));
		screen_fill(s, area.row, area.col, area.cols, ' ', STYLE_TEXT);
		screen_text(s, area.row, area.col, area.cols, note, STYLE_ALERT);
	}
	return status ? -1 : 0;
}

/* ---- the descent pane's figures ------------------------------------------ */

/* The arrow to the next step is drawn when that row exists. */
static bool descent_has_next(const struct app *app)
{
	return app->current < app->steps && app->current < run_last(&app->run);
}

static struct descent_params descent_params_of(struct scene *sc, const struct app *app,
                                               bool no_legend)
{
	struct descent_params p = {
		.run = &app->run, .surface_generation = app->surface_generation,
		.view = { app->view[0], app->view[1], app->view[2], app->view[3] },
		.fit_view = app->view_fit, .current = app->current,
		.next_arrow = descent_has_next(app), .field = app->field,
		.no_legend = no_legend, .cache = sc->descent_cache,
	};
	return p;
}

/* The descent figure and its legend are drawn from this, and from whether
 * the legend is placed outside. */
static void descent_key(const struct app *app, bool no_legend, struct figure_key *k)
{
	k->generation[0] = app->run_generation;
	k->generation[1] = app->surface_generation;
	memcpy(k->value, app->view, sizeof app->view);
	k->value[4] = app->h;
	k->iteration[0] = app->current;
	/* the levels, the legend's place and a fitted view come from every
	 * computed row */
	k->iteration[1] = run_last(&app->run);
	k->flags = (unsigned)app->view_fit | (unsigned)app->field << 1 |
	           (unsigned)descent_has_next(app) << 2 | (unsigned)no_legend << 3;
}

static int draw_descent_inside(struct scene *sc, const struct app *app, struct canvas *c)
{
	struct descent_params p = descent_params_of(sc, app, false);
	return figure_descent(c, &p);
}

static int draw_descent_bare(struct scene *sc, const struct app *app, struct canvas *c)
{
	struct descent_params p = descent_params_of(sc, app, true);
	return figure_descent(c, &p);
}

static int draw_descent_legend(struct scene *sc, const struct app *app, struct canvas *c)
{
	struct descent_params p = descent_params_of(sc, app, true);
	struct plot_legend l;
	figure_descent_legend(&p, &l);
	struct plot_box box = plot_legend_box(&l, canvas_cols(c), canvas_rows(c));
	canvas_clear(c);
	plot_legend_draw(c, &l, box);
	return 0;
}

static int draw_loss(struct scene *sc, const struct app *app, struct canvas *c)
{
	(void)sc;
	struct loss_params p = { .run = &app->run, .f_text = _("loss"), .current = app->current,
	                         .steps = app->steps };
	return figure_loss(c, &p);
}

static void loss_key(const struct app *app, struct figure_key *k)
{
	k->generation[0] = app->run_generation;
	k->generation[1] = app->surface_generation;
	k->iteration[0] = app->current;
	k->iteration[1] = run_last(&app->run);
	k->iteration[2] = app->steps;
}

/* The columns beside the descent figure that its legend and the loss chart
 * need to be put there rather than inside or under it. */
#define SIDE_MIN_COLS 28
#define LOSS_MAX_ROWS 14

/* Where the descent pane's figure, legend and loss chart go in its area:
 * the figure at its natural width for equal units, its legend and the
 * loss chart in the columns that leaves free; else the loss chart under
 * the figure when there are rows enough; else the figure alone, with its
 * legend inside, and c shows the loss chart in its place. A rect with no
 * rows is not shown. */
struct descent_places {
	struct rect figure, legend, loss;
};

static struct descent_places descent_places(struct scene *sc, const struct app *app,
                                            struct rect area)
{
	struct descent_places d;
	memset(&d, 0, sizeof d);
	d.figure = area;
	int min_cols, min_rows;
	figure_min_size(FIGURE_LOSS, &min_cols, &min_rows);
	struct descent_params p = descent_params_of(sc, app, true);
	int need = figure_descent_columns(&p, sc->mode, area.rows);
	int free_cols = area.cols - need;
	if (free_cols >= SIDE_MIN_COLS) {
		struct plot_legend l;
		figure_descent_legend(&p, &l);
		struct plot_box box = plot_legend_box(&l, free_cols - 1, area.rows);
		struct rect side = { area.row + 1, area.col + need, area.rows - 1, free_cols - 1 };
		d.figure.cols = need;
		int left = side.rows - box.rows - 1;
		if (left >= min_rows && side.cols >= min_cols) {
			d.legend = (struct rect){ side.row, side.col, box.rows, box.cols };
			d.loss = (struct rect){ side.row + box.rows + 1, side.col, left, side.cols };
		} else if (app->loss_chart && side.rows >= min_rows && side.cols >= min_cols) {
			d.loss = side; /* c: the chart beside, the legend inside */
		} else {
			d.legend = (struct rect){ side.row, side.col, box.rows, box.cols };
		}
		return d;
	}
	if (area.rows - min_rows >= FIGURE_READABLE_ROWS) {
		int rows = area.rows / 3;
		rows = rows < min_rows ? min_rows : rows > LOSS_MAX_ROWS ? LOSS_MAX_ROWS : rows;
		d.figure.rows = area.rows - rows;
		d.loss = (struct rect){ area.row + d.figure.rows, area.col, rows, area.cols };
		return d;
	}
	if (app->loss_chart && area.cols >= min_cols && area.rows >= min_rows) {
		d.loss = area;
		d.figure.rows = 0;
	}
	return d;
}

/* The race's runs as the figure takes them: copies of the runners' runs
 * (their rows are shared, not copied). */
static struct race_params race_params_of(const struct app *app, struct run runs[],
                                         bool no_legend)
{
	for (int i = 0; i < app->race.count; i++)
		runs[i] = app->race.runner[i].run;
	struct race_params p = {
		.runs = runs, .count = app->race.count, .current = app->current,
		.view = { app->view[0], app->view[1], app->view[2], app->view[3] },
		.no_legend = no_legend,
	};
	return p;
}

static int draw_race_inside(struct scene *sc, const struct app *app, struct canvas *c)
{
	(void)sc;
	struct run runs[CONFIG_RACE_MAX];
	struct race_params p = race_params_of(app, runs, false);
	return figure_race(c, &p);
}

static int draw_race_bare(struct scene *sc, const struct app *app, struct canvas *c)
{
	(void)sc;
	struct run runs[CONFIG_RACE_MAX];
	struct race_params p = race_params_of(app, runs, true);
	return figure_race(c, &p);
}

static int draw_race_legend(struct scene *sc, const struct app *app, struct canvas *c)
{
	(void)sc;
	struct run runs[CONFIG_RACE_MAX];
	struct race_params p = race_params_of(app, runs, true);
	struct plot_legend l;
	figure_race_legend(&p, &l);
	struct plot_box box = plot_legend_box(&l, canvas_cols(c), canvas_rows(c));
	canvas_clear(c);
	plot_legend_draw(c, &l, box);
	return 0;
}

static int table_columns_of_race(struct scene *sc, const struct app *app);

/* Where the race's figure, legend and table go in the area: the figure at
 * its natural width for equal units, the legend beside it when the columns
 * that leaves free hold it (else inside). With table_beside, the table
 * goes under that legend when the rows and columns there hold it at its
 * widest over the race; then it is no strip, and the figure takes every
 * row (at 80x24 under the tour's box, a strip would leave the table its
 * header alone). A rect with no rows is not shown. */
struct race_places {
	struct rect figure, legend, table;
};

/* The places with the figure in its first fig_rows rows of the area. */
static struct race_places place_race(struct scene *sc, const struct app *app,
                                     const struct race_params *p, const struct plot_legend *l,
                                     struct rect area, int fig_rows, bool table_beside)
{
	struct race_places d;
	memset(&d, 0, sizeof d);
	d.figure = area;
	int need = figure_race_columns(p, sc->mode, fig_rows);
	struct rect side = { area.row + 1, area.col + need, area.rows - 1, area.cols - need - 1 };
	struct plot_box box = plot_legend_box(l, side.cols, side.rows);
	if (side.cols < box.cols || box.rows < l->count || box.cols <= 0)
		return d;
	d.figure.cols = need;
	d.figure.rows = fig_rows;
	d.legend = (struct rect){ side.row, side.col, box.rows, box.cols };
	/* the table a column clear of the figure's last tick label, to the
	 * pane's edge as a strip would be */
	struct rect table = { side.row + box.rows + 1, side.col + 1, app->race.count + 1, side.cols };
	if (table_beside && table.row + table.rows <= side.row + side.rows &&
	    table_columns_of_race(sc, app) <= table.cols)
		d.table = table;
	return d;
}

/* Rows the figure may give up, shorter and so narrower, for the table to
 * fit beside it (under the Chinese tour's box at 80x24 it needs one). */
#define RACE_ROWS_FOR_TABLE 3

static struct race_places race_places(struct scene *sc, const struct app *app,
                                      struct rect area, bool table_beside)
{
	struct run runs[CONFIG_RACE_MAX];
	struct race_params p = race_params_of(app, runs, true);
	struct plot_legend l;
	figure_race_legend(&p, &l);
	int min_cols, min_rows;
	figure_min_size(FIGURE_RACE, &min_cols, &min_rows);
	for (int give = 0; table_beside && give <= RACE_ROWS_FOR_TABLE; give++) {
		if (area.rows - give < min_rows)
			break;
		struct race_places d = place_race(sc, app, &p, &l, area, area.rows - give, true);
		if (d.table.rows > 0)
			return d;
	}
	return place_race(sc, app, &p, &l, area, area.rows, false);
}

/* The race: the paths on one plot, its legend and table as race_places
 * puts them. */
static int race_body(struct scene *sc, const struct app *app, struct screen *s,
                     struct rect area)
{
	struct pane_view *pv = &sc->pane[PANE_DESCENT];
	struct race_places d = race_places(sc, app, area, pv->table_beside);
	bool outside = d.legend.rows > 0;
	struct figure_key key;
	memset(&key, 0, sizeof key);
	descent_key(app, outside, &key);
	key.iteration[2] = race_last(&app->race);
	key.flags |= 1u << 4; /* the race, not the run */
	int status = show_view(sc, app, &pv->view[VIEW_FIGURE], &key,
	                       outside ? draw_race_bare : draw_race_inside, s, d.figure);
	if (outside)
		status |= show_view(sc, app, &pv->view[VIEW_LEGEND], &key, draw_race_legend, s,
		                    d.legend);
	if (d.table.rows > 0) {
		char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
		int n = caption_race_table(app, app->current, false, items);
		for (int i = 0; i < n && i < d.table.rows; i++)
			screen_text(s, d.table.row + i, d.table.col, d.table.cols, items[i], STYLE_TEXT);
	}
	return status ? -1 : 0;
}

static int descent_body(struct scene *sc, const struct app *app, struct screen *s,
                        struct rect area)
{
	if (app->racing)
		return race_body(sc, app, s, area);
	struct pane_view *pv = &sc->pane[PANE_DESCENT];
	struct descent_places d = descent_places(sc, app, area);
	bool outside = d.legend.rows > 0;
	struct figure_key key;
	int status = 0;
	if (d.figure.rows > 0) {
		memset(&key, 0, sizeof key);
		descent_key(app, outside, &key);
		status |= show_view(sc, app, &pv->view[VIEW_FIGURE], &key,
		                    outside ? draw_descent_bare : draw_descent_inside, s, d.figure);
	}
	if (outside) {
		memset(&key, 0, sizeof key);
		descent_key(app, true, &key);
		status |= show_view(sc, app, &pv->view[VIEW_LEGEND], &key, draw_descent_legend, s,
		                    d.legend);
	}
	if (d.loss.rows > 0) {
		memset(&key, 0, sizeof key);
		loss_key(app, &key);
		status |= show_view(sc, app, &pv->view[VIEW_LOSS], &key, draw_loss, s, d.loss);
	}
	return status ? -1 : 0;
}

/* What the scene knows of each pane. */
static const struct pane_kind {
	enum figure_kind figure;
	int (*body)(struct scene *sc, const struct app *app, struct screen *s, struct rect area);
} pane_kinds[PANE_COUNT] = {
	[PANE_TANGENT] = { FIGURE_TANGENT, tangent_body },
	[PANE_DESCENT] = { FIGURE_DESCENT, descent_body },
};

static const struct expr *pane_function(const struct app *app, enum pane p)
{
	return p == PANE_TANGENT ? app->curve : app->surface;
}

/* ---- strips ------------------------------------------------------------- */

/* A strip: the update line (descent pane) in its own lines, then the
 * numbers. */
struct strip {
	char update[CAPTION_UPDATE_PARTS][LAYOUT_ITEM_MAX];
	int nupdate;
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	int nitems;
	const char *sep;   /* between items of a line; NULL: a race's table */
	bool more_in_inspector;  /* what is left out is in the inspector (i) */
};

/* The strip at iteration k (descent), or at a (tangent; k < 0: every
 * number as wide as it prints). */
static void strip_of(const struct app *app, enum pane p, long k, struct strip *st)
{
	bool descent = p == PANE_DESCENT;
	st->nupdate = descent ? caption_update(app, k, st->update) : 0;
	st->nitems = caption_items(app, p, k, st->items);
	/* a race's table, and D's digits aligned in columns: an item a line */
	st->sep = (descent && app->racing) || (!descent && app->lost_digits) ? NULL : "  ";
	st->more_in_inspector = descent && !app->racing;
}

static int strip_lines_at(const struct app *app, enum pane p, long k, int width)
{
	struct strip st;
	strip_of(app, p, k, &st);
	return layout_lines_needed(st.update, st.nupdate, width, " ") +
	       layout_lines_needed(st.items, st.nitems, width, st.sep);
}

/* Rows of the run whose strips decide its height: all of a short run; of a
 * long one the first hundred and then evenly spaced ones. A row left out
 * that needs more shows "+N more" rather than move the figure. */
#define STRIP_SAMPLES 1000

/* In a loop over k = 0..last (k++), the row to sample at k: k itself, or,
 * past the first hundred of a long run, k moved on to the next evenly
 * spaced row (and never past last). */
static long sampled_row(long *k, long last)
{
	if (last > STRIP_SAMPLES && *k >= 100)
		*k += (last - 100) / (STRIP_SAMPLES - 100);
	if (*k > last)
		*k = last;
	return *k;
}

static int strip_lines_of_run(const struct app *app, int width)
{
	long last = run_last(&app->run);
	int lines = 0;
	for (long k = 0; k <= last; k++) {
		int n = strip_lines_at(app, PANE_DESCENT, sampled_row(&k, last), width);
		lines = n > lines ? n : lines;
	}
	return lines;
}

/* The race table's widest line over the race so far (its rows sampled as
 * a run's are), kept while what it depends on stays:
 * where it goes must not change while stepping. */
static int table_columns_of_race(struct scene *sc, const struct app *app)
{
	struct pane_view *v = &sc->pane[PANE_DESCENT];
	struct strip_key key;
	memset(&key, 0, sizeof key);
	key.generation[0] = app->run_generation;
	key.generation[1] = app->surface_generation;
	key.last = race_last(&app->race);
	key.steps = app->steps;
	key.full_digits = app->full_digits;
	key.racing = true;
	if (v->table_known && memcmp(&key, &v->table_key, sizeof key) == 0)
		return v->table_cols;
	int cols = 0;
	for (long k = 0; k <= key.last; k++) {
		char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
		int n = caption_race_table(app, sampled_row(&k, key.last), false, items);
		for (int i = 0; i < n; i++) {
			int w = text_columns(items[i]);
			cols = w > cols ? w : cols;
		}
	}
	v->table_key = key;
	v->table_cols = cols;
	v->table_known = true;
	return cols;
}

/* The strip's height: what its longest content over the whole run needs
 * (over every a for the tangent pane), so it never changes while stepping;
 * within STRIP_MAX_LINES and the figure's minimum height. Kept per pane
 * while what it depends on stays. */
static int strip_height(struct scene *sc, const struct app *app, enum pane p, int width,
                        int inner_rows)
{
	struct pane_view *v = &sc->pane[p];
	struct strip_key key;
	memset(&key, 0, sizeof key);
	key.width = width;
	key.inner_rows = inner_rows;
	if (p == PANE_DESCENT) {
		key.generation[0] = app->run_generation;
		key.generation[1] = app->surface_generation;
		key.last = app->racing ? race_last(&app->race) : run_last(&app->run);
		key.steps = app->steps;
		key.full_digits = app->full_digits;
		key.racing = app->racing;
	}
	key.lost_digits = p == PANE_TANGENT && app->lost_digits;
	if (v->strip_known && memcmp(&key, &v->strip_key, sizeof key) == 0)
		return v->strip_lines;
	v->table_beside = p == PANE_DESCENT && app->racing &&
	                  race_places(sc, app, (struct rect){ 0, 0, inner_rows, width }, true)
	                          .table.rows > 0;
	if (v->table_beside) {
		v->strip_key = key;
		v->strip_lines = 0;
		v->strip_known = true;
		return 0;
	}
	int lines = p == PANE_DESCENT ? strip_lines_of_run(app, width)
	                              : strip_lines_at(app, p, -1, width);
	int min_cols, min_rows;
	figure_min_size(pane_kinds[p].figure, &min_cols, &min_rows);
	lines = lines > STRIP_MAX_LINES ? STRIP_MAX_LINES : lines;
	/* the figure keeps its minimum height while the pane has room for it */
	if (inner_rows - lines < min_rows && inner_rows >= min_rows)
		lines = inner_rows - min_rows;
	v->strip_key = key;
	v->strip_lines = lines < 0 ? 0 : lines;
	v->strip_known = true;
	return v->strip_lines;
}

/* The numbers in the lines left, with "+N more" for those that do not fit
 * (never dropped without a word). */
static int fill_items(struct strip *st, int width, char lines[][LAYOUT_LINE_MAX], int max)
{
	int shown, used = layout_fill(st->items, st->nitems, width, st->sep, lines, max, &shown);
	for (int allowed = shown; allowed < st->nitems && allowed >= 0; allowed--) {
		char more[48];
		if (st->more_in_inspector)
			snprintf(more, sizeof more, _("+%d more: i"), st->nitems - allowed);
		else
			snprintf(more, sizeof more, _("+%d more"), st->nitems - allowed);
		used = layout_fill(st->items, allowed, width, st->sep, lines, max, &shown);
		int last = used > 0 ? text_columns(lines[used - 1]) : 0;
		if (used > 0 && st->sep && last + 2 + text_columns(more) <= width) {
			snprintf(lines[used - 1] + strlen(lines[used - 1]),
			         LAYOUT_LINE_MAX - strlen(lines[used - 1]), "  %s", more);
			break;
		}
		if (used < max && text_columns(more) <= width) {
			snprintf(lines[used++], LAYOUT_LINE_MAX, "%s", more);
			break;
		}
	}
	return used;
}

static void draw_strip(const struct app *app, enum pane p, struct screen *s,
                       int row, int col, int width, int height)
{
	struct strip st;
	char lines[STRIP_MAX_LINES][LAYOUT_LINE_MAX];
	strip_of(app, p, p == PANE_DESCENT ? app->current : 0, &st);
	int shown;
	int used = layout_fill(st.update, st.nupdate, width, " ", lines, height, &shown);
	if (shown < st.nupdate)
		used = 0; /* an update line is whole or not at all */
	used += fill_items(&st, width, lines + used, height - used);
	for (int i = 0; i < used; i++)
		screen_text(s, row + i, col, width, lines[i], STYLE_TEXT);
}

/* ---- the frame around a pane -------------------------------------------- */

static void draw_border(const struct scene *sc, const struct app *app, enum pane p,
                        struct screen *s, struct rect r)
{
	bool focused = app->focus == p;
	enum canvas_style style = focused ? STYLE_FOCUS : STYLE_TEXT;
	screen_box(s, r.row, r.col, r.rows, r.cols, sc->mode == CANVAS_ASCII, style);
	char head[320], title[330];
	snprintf(head, sizeof head, p == PANE_TANGENT ? _("tangent: f(x) = %s") : _("descent: f(x0, x1) = %s"),
	         expr_text(pane_function(app, p)));
	snprintf(title, sizeof title, "%s%s ", focused ? "[*] " : "", head);
	screen_text(s, r.row, r.col + 2, r.cols - 4, title, style);
}

static int draw_pane(struct scene *sc, const struct app *app, enum pane p,
                     struct screen *s, struct rect r)
{
	draw_border(sc, app, p, s, r);
	int inner_cols = r.cols - 2, inner_rows = r.rows - 2;
	int strip = strip_height(sc, app, p, inner_cols, inner_rows);
	int fig_rows = inner_rows - strip;
	int min_cols, min_rows;
	figure_min_size(pane_kinds[p].figure, &min_cols, &min_rows);
	int status = 0;
	if (inner_cols >= min_cols && fig_rows >= min_rows)
		status = pane_kinds[p].body(sc, app, s, (struct rect){ r.row + 1, r.col + 1, fig_rows,
		                                                      inner_cols });
	draw_strip(app, p, s, r.row + 1 + fig_rows, r.col + 1, inner_cols, strip);
	return status;
}

/* ---- the bottom line, the overlays -------------------------------------- */

/* Translated where shown; a label ends with a space before the text. */
static const char *const prompt_labels[] = {
	[PROMPT_CURVE] = "f(x) = ", [PROMPT_SURFACE] = "f(x0, x1) = ",
	[PROMPT_START] = N_("start x0,x1 = "), [PROMPT_STEPS] = N_("steps N = "), [PROMPT_A] = "a = ",
};

static void draw_prompt(const struct app *app, struct screen *s, struct rect r)
{
	const struct app_prompt *pr = &app->prompt;
	const char *label = _(prompt_labels[pr->kind]);
	int label_w = text_columns(label);
	int room = r.cols - label_w - 1;
	/* A text longer than the line scrolls so the cursor stays in view. */
	int first = (int)pr->line.cursor > room ? (int)pr->line.cursor - room : 0;
	screen_text(s, r.row, r.col, r.cols, label, STYLE_TEXT);
	int used = label_w + screen_text(s, r.row, r.col + label_w, room, pr->line.text + first, STYLE_TEXT);
	/* the character an error points at, in bold */
	int at = pr->error_column - 1 - first;
	if (pr->error[0] && at >= 0 && at < room && (size_t)(at + first) < pr->line.len) {
		char one[2] = { pr->line.text[at + first], '\0' };
		screen_text(s, r.row, r.col + label_w + at, 1, one, STYLE_ALERT);
	}
	if (pr->error[0] && used + 3 < r.cols)
		screen_text(s, r.row, r.col + used + 3, r.cols - used - 3, pr->error, STYLE_ALERT);
	s->cursor_on = true;
	s->cursor_row = r.row;
	s->cursor_col = r.col + label_w + (int)pr->line.cursor - first;
}

static void draw_status(const struct app *app, struct screen *s, struct rect r)
{
	if (app->prompt.active) {
		draw_prompt(app, s, r);
		return;
	}
	char status[512];
	caption_status(app, r.cols, status, sizeof status);
	/* a status wider than the line ends at a word: never half a number */
	status[layout_cut(status, r.cols)] = '\0';
	screen_text(s, r.row, r.col, r.cols, status, STYLE_TEXT);
}

/* A box over the screen, emptied, with a title; returns its inner rect. */
static struct rect overlay(const struct scene *sc, struct screen *s, int rows, int cols,
                           const char *title)
{
	rows = rows > s->rows ? s->rows : rows;
	cols = cols > s->cols ? s->cols : cols;
	int top = (s->rows - rows) / 2, left = (s->cols - cols) / 2;
	for (int r = top; r < top + rows; r++)
		screen_fill(s, r, left, cols, ' ', STYLE_NONE);
	screen_box(s, top, left, rows, cols, sc->mode == CANVAS_ASCII, STYLE_TEXT);
	screen_text(s, top, left + 2, cols - 4, title, STYLE_TEXT);
	return (struct rect){ top + 1, left + 2, rows - 2, cols - 4 };
}

/* Lines of "name  help", the help wrapped under itself when it is long. */
#define HELP_LINES 96
#define HELP_NAME_COLS 11

static int help_lines(int width, char lines[][LAYOUT_LINE_MAX])
{
	size_t n;
	const struct key_binding *b = key_bindings(&n);
	int used = 0;
	for (size_t i = 0; i < n && used < HELP_LINES; i++) {
		/* the help wrapped into the room right of the names: at spaces,
		 * and between Chinese characters, which have none */
		char wrapped[8][LAYOUT_LINE_MAX];
		int k = layout_wrap_text(_(b[i].help), width - HELP_NAME_COLS, wrapped, 8);
		for (int j = 0; j < k && used < HELP_LINES; j++) {
			char name[HELP_NAME_COLS * 4];
			text_pad(name, sizeof name, j == 0 ? b[i].names : "", HELP_NAME_COLS);
			snprintf(lines[used++], LAYOUT_LINE_MAX, "%s%.400s", name, wrapped[j]);
		}
	}
	return used;
}

/* The keys, a page at a time when they do not fit: no line is cut. */
static void draw_help(const struct scene *sc, const struct app *app, struct screen *s)
{
	int cols = s->cols < 72 ? s->cols : 72;
	static char lines[HELP_LINES][LAYOUT_LINE_MAX];
	int n = help_lines(cols - 4, lines);
	int room = s->rows - 4; /* the box, and a line for the page */
	int per_page = room < 1 ? 1 : room;
	int pages = (n + per_page - 1) / per_page;
	int page = app->help_page < pages ? app->help_page : pages - 1;
	char title[256];
	if (pages > 1)
		snprintf(title, sizeof title, _(" keys, page %d of %d "), page + 1, pages);
	else
		snprintf(title, sizeof title, "%s", _(" keys (any key closes) "));
	int shown = n - page * per_page < per_page ? n - page * per_page : per_page;
	struct rect in = overlay(sc, s, shown + 3, cols, title);
	/* how to page goes on the box's first line: in the title it was cut
	 * below 72 columns */
	if (pages > 1)
		screen_text(s, in.row, in.col, in.cols, _("space next page, PgUp back, any other key closes"),
		            STYLE_TEXT);
	for (int i = 0; i < shown && i + 1 < in.rows; i++)
		screen_text(s, in.row + 1 + i, in.col, in.cols, lines[page * per_page + i], STYLE_TEXT);
}

/* The inspector: the arithmetic of the step from the current point. */
static void draw_inspector(const struct scene *sc, const struct app *app, struct screen *s)
{
	char parts[CAPTION_INSPECT_PARTS][LAYOUT_ITEM_MAX];
	bool first[CAPTION_INSPECT_PARTS];
	int n = caption_inspect(app, parts, first);
	int cols = s->cols < 100 ? s->cols : 100, width = cols - 4;
	static char lines[CAPTION_INSPECT_PARTS * 2][LAYOUT_LINE_MAX];
	int used = 0;
	/* each line's parts, wrapped whole, continuation lines indented */
	for (int i = 0; i < n && used < CAPTION_INSPECT_PARTS * 2;) {
		int j = i + 1;
		while (j < n && !first[j])
			j++;
		int shown, k = layout_fill(parts + i, j - i, width, " ", lines + used,
		                          CAPTION_INSPECT_PARTS * 2 - used, &shown);
		used += k;
		i = j;
	}
	struct rect in = overlay(sc, s, used + 2, cols, _(" inspect "));
	for (int i = 0; i < used && i < in.rows; i++)
		screen_text(s, in.row + i, in.col, in.cols, lines[i], STYLE_TEXT);
}

static void draw_too_small(struct screen *s)
{
	char line[240];
	snprintf(line, sizeof line, _("slope needs %dx%d; this is %dx%d"), LAYOUT_MIN_COLS,
	         LAYOUT_MIN_ROWS, s->cols, s->rows);
	int len = text_columns(line);
	screen_text(s, s->rows / 2, len < s->cols ? (s->cols - len) / 2 : 0, s->cols, line,
	            STYLE_TEXT);
}

/* ---- the tour ----------------------------------------------------------- */

#define TOUR_MAX_LINES 10

/* The tour page's text wrapped to the box's width: the explanation, then
 * what to try. Returns the lines. */
static int tour_lines(const struct app *app, int width, char lines[][LAYOUT_LINE_MAX])
{
	size_t n;
	const struct tour_page *page = &tour_pages(&n)[app->tour_page];
	int used = layout_wrap_text(_(page->text), width, lines, TOUR_MAX_LINES - 2);
	char try_this[LAYOUT_LINE_MAX];
	/* TRANSLATORS: %s is the thing to try on a page of the tour */
	snprintf(try_this, sizeof try_this, _("Try: %s"), _(page->try_this));
	return used + layout_wrap_text(try_this, width, lines + used, TOUR_MAX_LINES - used);
}

/* The rows the tour's box takes: its lines and its border, at most half of
 * the screen, so the page's figure keeps the other half; a third would cut
 * most pages' last line at 80x24 and every page's at 60x20. */
static int tour_rows(const struct app *app, const struct screen *s)
{
	if (!app->touring)
		return 0;
	char lines[TOUR_MAX_LINES][LAYOUT_LINE_MAX];
	int rows = tour_lines(app, s->cols - 4, lines) + 2;
	return rows > s->rows / 2 ? s->rows / 2 : rows;
}

static void draw_tour(const struct scene *sc, const struct app *app, struct screen *s, int rows)
{
	size_t n;
	const struct tour_page *page = &tour_pages(&n)[app->tour_page];
	int top = s->rows - 1 - rows;
	screen_box(s, top, 0, rows, s->cols, sc->mode == CANVAS_ASCII, STYLE_FOCUS);
	char title[LAYOUT_LINE_MAX];
	/* TRANSLATORS: the tour box's title: the page, the pages, the page's title */
	snprintf(title, sizeof title, _(" tour %d/%zu: %s "), app->tour_page + 1, n, _(page->title));
	screen_text(s, top, 2, s->cols - 4, title, STYLE_FOCUS);
	char lines[TOUR_MAX_LINES][LAYOUT_LINE_MAX];
	int count = tour_lines(app, s->cols - 4, lines);
	for (int i = 0; i < count && i < rows - 2; i++)
		screen_text(s, top + 1 + i, 2, s->cols - 4, lines[i], STYLE_TEXT);
}

int scene_compose(struct scene *sc, const struct app *app, struct screen *s)
{
	screen_clear(s);
	int footer = tour_rows(app, s);
	struct layout l = layout_with_footer(s->cols, s->rows, app->focus, footer);
	if (l.too_small) {
		draw_too_small(s);
		return 0;
	}
	if (footer > 0)
		draw_tour(sc, app, s, footer);
	int status = 0;
	for (int p = 0; p < PANE_COUNT; p++)
		if (l.pane[p].rows > 0 && draw_pane(sc, app, (enum pane)p, s, l.pane[p]) != 0)
			status = -1;
	draw_status(app, s, l.status);
	if (status != 0)
		screen_text(s, l.status.row, 0, s->cols, _("out of memory drawing a figure"), STYLE_ALERT);
	if (app->inspect && !app->help_open)
		draw_inspector(sc, app, s);
	if (app->help_open)
		draw_help(sc, app, s);
	return status;
}
