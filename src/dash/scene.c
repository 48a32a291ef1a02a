/* scene: the screen as a function of the app's state and a size. Each pane
 * is a border with its title, a figure, and a strip of numbers under it;
 * the bottom line is the status or the prompt; the help overlay and the
 * too-small message sit on top. Figures are kept per pane and drawn again
 * only when what they are drawn from changes: the key of a kept picture is
 * the very parameter struct its figure is drawn from, compared whole, with
 * the content behind its pointers (a generation counter and the rows
 * computed; never an address alone). */
#include "scene.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "captions.h"
#include "figures.h"
#include "help.h"
#include "i18n.h"
#include "layout.h"
#include "placement.h"
#include "plot.h"
#include "tour.h"

/* A strip is at most this many lines (Adam's update takes 7 at 80
 * columns, and the iteration's line one more), and its height is reserved
 * for its widest content, so the figure above it never moves while
 * stepping. */
#define STRIP_MAX_LINES 8

/* What a pointer in a figure's parameters points at, which the address
 * does not name (an expression freed and another made can share it; a
 * run's rows grow and are rewritten in place): the generation counter of
 * its content and, for rows, the last one computed. */
struct content_stamp {
	unsigned long generation;
	long last;
};

/* The parameters of every figure the scene keeps, as the figure gets them. */
union figure_params {
	struct tangent_params tangent;
	struct herror_params herror;
	struct descent_params descent;
	struct race_params race;
	struct loss_params loss;
};

/* Draws from the key's own parameters: what a picture is keyed by is what
 * it is drawn from, so the two cannot drift apart. */
typedef int (*figure_drawer)(const union figure_params *p, struct canvas *c);

/* A kept picture's key: which drawing of which parameters at what size,
 * and the content stamp of what the parameters point at. Zeroed before it
 * is filled (padding included), so two keys compare whole with memcmp. */
struct figure_key {
	figure_drawer draw;
	int cols, rows;
	struct content_stamp content;
	union figure_params params;
};

/* What a strip's reserved height is computed from: its size, and what the
 * pane's captions (captions.c) read: the tangent pane's the tangent's
 * parameters (the curve, a, h, the range, the secant, the method); the
 * descent pane's the run or race, the surface, N, the digits. Zeroed
 * before it is filled; compared whole. */
struct strip_key {
	int width, inner_rows;
	enum pane pane;
	struct tangent_params tangent;
	struct content_stamp curve, run, race;
	unsigned long surface_generation;
	long steps;
	bool full_digits, racing, herror, loss_chart;
	bool one_plot, fitted;   /* a race's figure: #, z */
	bool lost_digits;        /* the tangent pane's D */
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
	int table_widths[CAPTION_RACE_COLUMNS]; /* its columns over the race */
	bool table_known;
};

struct scene {
	enum canvas_mode mode;
	struct pane_view pane[PANE_COUNT];
	struct figure_cache *descent_cache;
	/* the race's runs as race_params takes them, copied here each frame
	 * so the parameters point at the same place from frame to frame */
	struct run race_runs[RACE_MAX];
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

/* The content stamps of what figures point at: the curve; the run's rows;
 * the race's (each runner's run is rewritten with the run's generation). */
static struct content_stamp curve_stamp(const struct app *app)
{
	return (struct content_stamp){ app->tangent.curve_generation, 0 };
}

static struct content_stamp run_stamp(const struct app *app)
{
	return (struct content_stamp){ app->run_generation, run_last(&app->run) };
}

static struct content_stamp race_stamp(const struct app *app)
{
	return (struct content_stamp){ app->run_generation, race_last(&app->race) };
}

/* The figure keyed by key, drawn into the view's canvas at r's size from
 * the key's parameters unless the canvas already holds it; then shown at
 * r. -1 when memory runs out or the figure does not fit. */
static int show_view(struct view *v, struct figure_key *key, struct screen *s, struct rect r)
{
	key->cols = r.cols;
	key->rows = r.rows;
	if (!v->drawn || memcmp(key, &v->key, sizeof *key) != 0) {
		v->drawn = false;
		if (canvas_resize(v->canvas, r.cols, r.rows) != 0 || key->draw(&key->params, v->canvas) != 0)
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

/* The tangent figure's parameters (zeroed first: they are compared whole). */
static void tangent_params_of(const struct app *app, struct tangent_params *p)
{
	memset(p, 0, sizeof *p);
	p->f = objective_of_expr(app->tangent.curve);
	p->a = app->tangent.a;
	p->h = app->tangent.diff_h;
	p->xlo = app->tangent.xrange[0];
	p->xhi = app->tangent.xrange[1];
	p->secant = app->tangent.secant;
	p->method = app->tangent.method;
}

static int draw_tangent(const union figure_params *p, struct canvas *c)
{
	return figure_tangent(c, &p->tangent);
}

static void tangent_key(const struct app *app, struct figure_key *k)
{
	memset(k, 0, sizeof *k);
	k->draw = draw_tangent;
	k->content = curve_stamp(app);
	tangent_params_of(app, &k->params.tangent);
}

static int draw_herror(const union figure_params *p, struct canvas *c)
{
	return figure_herror(c, &p->herror);
}

static void herror_key(const struct app *app, struct figure_key *k)
{
	memset(k, 0, sizeof *k);
	k->draw = draw_herror;
	k->content = curve_stamp(app);
	struct herror_params *p = &k->params.herror;
	p->f = objective_of_expr(app->tangent.curve);
	p->f_text = _("|numerical - exact|");
	p->a = app->tangent.a;
	p->h = app->tangent.diff_h;
	p->method = app->tangent.method;
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
	bool both = app->tangent.herror && area.rows >= 2 * FIGURE_READABLE_ROWS;
	if (both) {
		tangent.rows = area.rows / 2;
		error.row = area.row + tangent.rows;
		error.rows = area.rows - tangent.rows;
	}
	/* an error figure with no room: the tangent stays, and the top row
	 * says why E shows nothing, rather than a blank pane */
	bool error_fits = error.cols >= min_cols && error.rows >= min_rows;
	int status = 0;
	if (!app->tangent.herror || both || !error_fits) {
		tangent_key(app, &key);
		status |= show_view(&pv->view[VIEW_FIGURE], &key, s, tangent);
	}
	if (app->tangent.herror && error_fits) {
		herror_key(app, &key);
		status |= show_view(&pv->view[VIEW_LOSS], &key, s, error);
	} else if (app->tangent.herror) {
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
	return app->cursor.current < app->steps && app->cursor.current < run_last(&app->run);
}

/* The descent figure's parameters (zeroed first: they are compared whole;
 * its levels, legend and fitted view come from every computed row, which
 * the run's stamp names). */
static void descent_params_of(struct scene *sc, const struct app *app, bool no_legend,
                              struct descent_params *p)
{
	memset(p, 0, sizeof *p);
	p->run = &app->run;
	p->surface_generation = app->surface_generation;
	memcpy(p->view, app->view, sizeof p->view);
	p->fit_view = app->toggles.view_fit;
	p->current = app->cursor.current;
	p->next_arrow = descent_has_next(app);
	p->field = app->toggles.field;
	p->no_legend = no_legend;
	p->cache = sc->descent_cache;
}

static int draw_descent(const union figure_params *p, struct canvas *c)
{
	return figure_descent(c, &p->descent);
}

static int draw_descent_legend(const union figure_params *p, struct canvas *c)
{
	struct plot_legend l;
	figure_descent_legend(&p->descent, &l);
	struct plot_box box = plot_legend_box(&l, canvas_cols(c), canvas_rows(c));
	canvas_clear(c);
	plot_legend_draw(c, &l, box);
	return 0;
}

/* The descent figure (legend inside unless no_legend), or its legend. */
static void descent_key(struct scene *sc, const struct app *app, bool no_legend,
                        figure_drawer draw, struct figure_key *k)
{
	memset(k, 0, sizeof *k);
	k->draw = draw;
	k->content = run_stamp(app);
	descent_params_of(sc, app, no_legend, &k->params.descent);
}

static int draw_loss(const union figure_params *p, struct canvas *c)
{
	return figure_loss(c, &p->loss);
}

static void loss_key(const struct app *app, struct figure_key *k)
{
	memset(k, 0, sizeof *k);
	k->draw = draw_loss;
	k->content = run_stamp(app);
	struct loss_params *p = &k->params.loss;
	p->run = &app->run;
	p->f_text = _("loss");
	p->current = app->cursor.current;
	p->steps = app->steps;
}

/* The loss chart's rows at most, under the descent figure. */
#define LOSS_MAX_ROWS 14

/* A pane's rect as a placement's box, and back. */
static struct plot_box box_of(struct rect r)
{
	return (struct plot_box){ r.col, r.row, r.cols, r.rows };
}

static struct rect rect_of(struct plot_box b)
{
	return (struct rect){ b.row, b.col, b.rows, b.cols };
}

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
	struct descent_params p;
	descent_params_of(sc, app, true, &p);
	struct plot_legend l;
	figure_descent_legend(&p, &l);
	int need = figure_descent_columns(&p, sc->mode, area.rows);
	struct figure_places at = figure_place(box_of(area), need, &l, &LEGEND_PANE_DESCENT);
	if (at.side.cols > 0) {
		struct rect side = rect_of(at.side), legend = rect_of(at.legend);
		d.figure = rect_of(at.figure);
		int left = side.rows - legend.rows - 1;
		if (left >= min_rows && side.cols >= min_cols) {
			d.legend = legend;
			d.loss = (struct rect){ side.row + legend.rows + 1, side.col, left, side.cols };
		} else if (app->toggles.loss_chart && side.rows >= min_rows && side.cols >= min_cols) {
			d.loss = side; /* c: the chart beside, the legend inside */
		} else {
			d.legend = legend;
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
	if (app->toggles.loss_chart && area.cols >= min_cols && area.rows >= min_rows) {
		d.loss = area;
		d.figure.rows = 0;
	}
	return d;
}

/* The race's parameters (zeroed first: they are compared whole), its runs
 * the scene's copies of the runners' runs (their rows are shared, not
 * copied), refreshed here. */
static void race_params_of(struct scene *sc, const struct app *app, bool no_legend,
                           struct race_params *p)
{
	for (int i = 0; i < app->race.count; i++)
		sc->race_runs[i] = app->race.runner[i].run;
	memset(p, 0, sizeof *p);
	p->runs = sc->race_runs;
	p->count = app->race.count;
	p->current = app->cursor.current;
	memcpy(p->view, app->view, sizeof p->view);
	p->no_legend = no_legend;
	if (app->toggles.view_fit)
		figure_fit_view(sc->race_runs, app->race.count, p->view);
}

/* Whether the race shows a panel a runner (the book's figure 6-8) on a
 * figure of cols x rows: unless # asked for one plot, where they fit. */
static bool race_in_panels(const struct app *app, int cols, int rows)
{
	return app->racing && !app->toggles.race_one_plot &&
	       figure_race_panels_fit(cols, rows, app->race.count, false);
}

static int draw_race(const union figure_params *p, struct canvas *c)
{
	return figure_race(c, &p->race);
}

static int draw_race_legend(const union figure_params *p, struct canvas *c)
{
	struct plot_legend l;
	figure_race_legend(&p->race, &l);
	struct plot_box box = plot_legend_box(&l, canvas_cols(c), canvas_rows(c));
	canvas_clear(c);
	plot_legend_draw(c, &l, box);
	return 0;
}

static void race_key(struct scene *sc, const struct app *app, bool no_legend,
                     figure_drawer draw, struct figure_key *k)
{
	memset(k, 0, sizeof *k);
	k->draw = draw;
	k->content = race_stamp(app);
	race_params_of(sc, app, no_legend, &k->params.race);
}

static int table_columns_of_race(struct scene *sc, const struct app *app);
static const int *race_table_widths(struct scene *sc, const struct app *app);

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
	struct figure_places at = figure_place(box_of(area), need, l, &LEGEND_PANE_RACE);
	if (at.legend.rows == 0)
		return d;
	struct rect side = rect_of(at.side);
	d.figure = rect_of(at.figure);
	d.figure.rows = fig_rows;
	d.legend = rect_of(at.legend);
	/* the table a column clear of the figure's last tick label, to the
	 * pane's edge as a strip would be */
	struct rect table = { side.row + d.legend.rows + 1, side.col + 1, app->race.count + 1,
	                      side.cols };
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
	struct race_params p;
	race_params_of(sc, app, true, &p);
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
	struct figure_key key;
	if (race_in_panels(app, area.cols, area.rows)) {
		race_key(sc, app, false, draw_race, &key);
		key.params.race.panels = true;
		return show_view(&pv->view[VIEW_FIGURE], &key, s, area);
	}
	struct race_places d = race_places(sc, app, area, pv->table_beside);
	bool outside = d.legend.rows > 0;
	race_key(sc, app, outside, draw_race, &key);
	int status = show_view(&pv->view[VIEW_FIGURE], &key, s, d.figure);
	if (outside) {
		race_key(sc, app, true, draw_race_legend, &key);
		status |= show_view(&pv->view[VIEW_LEGEND], &key, s, d.legend);
	}
	if (d.table.rows > 0) {
		char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
		int n = caption_race_table(app, app->cursor.current, false, race_table_widths(sc, app),
		                           d.table.cols, items);
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
		descent_key(sc, app, outside, draw_descent, &key);
		status |= show_view(&pv->view[VIEW_FIGURE], &key, s, d.figure);
	}
	if (outside) {
		descent_key(sc, app, true, draw_descent_legend, &key);
		status |= show_view(&pv->view[VIEW_LEGEND], &key, s, d.legend);
	}
	if (d.loss.rows > 0) {
		loss_key(app, &key);
		status |= show_view(&pv->view[VIEW_LOSS], &key, s, d.loss);
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

/* The figure a pane shows: in a race, the race's, whose smaller minimum
 * leaves the strip a row for each of six runners at 60x20. */
static enum figure_kind pane_figure(const struct app *app, enum pane p)
{
	return p == PANE_DESCENT && app->racing ? FIGURE_RACE : pane_kinds[p].figure;
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

static const int *race_table_widths(struct scene *sc, const struct app *app);

/* The strip at iteration k (descent), or at a (tangent; k < 0: every
 * number as wide as it prints), for a width. A race's table keeps its
 * columns over the race, and a line a row. */
static void strip_of(struct scene *sc, const struct app *app, enum pane p, long k, int width,
                     struct strip *st)
{
	bool descent = p == PANE_DESCENT;
	st->nupdate = descent ? caption_update(app, k, st->update) : 0;
	if (descent && app->racing)
		st->nitems = caption_race_table(app, k, true, race_table_widths(sc, app), width,
		                                st->items);
	else
		st->nitems = caption_items(app, p, k, st->items);
	/* a race's table, and D's digits aligned in columns: an item a line */
	st->sep = (descent && app->racing) || (!descent && app->tangent.lost_digits) ? NULL : "  ";
	st->more_in_inspector = descent && !app->racing;
}

static int strip_lines_at(struct scene *sc, const struct app *app, enum pane p, long k,
                          int width)
{
	struct strip st;
	strip_of(sc, app, p, k, width, &st);
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

static int strip_lines_of_run(struct scene *sc, const struct app *app, int width)
{
	if (app->racing) /* a line a runner under the header, at every row */
		return strip_lines_at(sc, app, PANE_DESCENT, app->cursor.current, width);
	long last = run_last(&app->run);
	int lines = 0;
	for (long k = 0; k <= last; k++) {
		int n = strip_lines_at(sc, app, PANE_DESCENT, sampled_row(&k, last), width);
		lines = n > lines ? n : lines;
	}
	return lines;
}

/* The key of what pane p's captions are computed from at a size. */
static void strip_key_of(const struct app *app, enum pane p, int width, int inner_rows,
                         struct strip_key *key)
{
	memset(key, 0, sizeof *key);
	key->width = width;
	key->inner_rows = inner_rows;
	key->pane = p;
	key->herror = p == PANE_TANGENT && app->tangent.herror;
	key->lost_digits = p == PANE_TANGENT && app->tangent.lost_digits;
	key->loss_chart = p == PANE_DESCENT && app->toggles.loss_chart;
	if (p == PANE_TANGENT) {
		tangent_params_of(app, &key->tangent);
		key->curve = curve_stamp(app);
		return;
	}
	key->run = run_stamp(app);
	key->racing = app->racing;
	if (app->racing)
		key->race = race_stamp(app);
	key->surface_generation = app->surface_generation;
	key->steps = app->steps;
	key->full_digits = app->toggles.full_digits;
	key->one_plot = app->toggles.race_one_plot;
	key->fitted = app->toggles.view_fit;
}

/* The race table's columns, each as wide as its widest cell over the race
 * so far (its rows sampled as a run's are), kept while what it depends on
 * stays: numbers must not move sideways while stepping. */
static const int *race_table_widths(struct scene *sc, const struct app *app)
{
	struct pane_view *v = &sc->pane[PANE_DESCENT];
	struct strip_key key;
	strip_key_of(app, PANE_DESCENT, 0, 0, &key);
	if (v->table_known && memcmp(&key, &v->table_key, sizeof key) == 0)
		return v->table_widths;
	memset(v->table_widths, 0, sizeof v->table_widths);
	long last = race_last(&app->race);
	for (long k = 0; k <= last; k++)
		caption_race_widen(app, sampled_row(&k, last), v->table_widths);
	v->table_key = key;
	v->table_known = true;
	return v->table_widths;
}

/* The race table's widest line without rates (beside the legend). */
static int table_columns_of_race(struct scene *sc, const struct app *app)
{
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	int n = caption_race_table(app, app->cursor.current, false, race_table_widths(sc, app), 0, items);
	int cols = 0;
	for (int i = 0; i < n; i++) {
		int w = text_columns(items[i]);
		cols = w > cols ? w : cols;
	}
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
	strip_key_of(app, p, width, inner_rows, &key);
	if (v->strip_known && memcmp(&key, &v->strip_key, sizeof key) == 0)
		return v->strip_lines;
	/* panels keep the table in the strip, a row a runner under its
	 * header */
	v->table_beside = p == PANE_DESCENT && app->racing &&
	                  !race_in_panels(app, width, inner_rows - (app->race.count + 1)) &&
	                  race_places(sc, app, (struct rect){ 0, 0, inner_rows, width }, true)
	                          .table.rows > 0;
	if (v->table_beside) {
		v->strip_key = key;
		v->strip_lines = 0;
		v->strip_known = true;
		return 0;
	}
	int lines = p == PANE_DESCENT ? strip_lines_of_run(sc, app, width)
	                              : strip_lines_at(sc, app, p, -1, width);
	int min_cols, min_rows;
	/* with E on, the error figure's height is the one to keep: the strip
	 * gives it its rows rather than leave the pane saying "needs a larger
	 * terminal" */
	enum figure_kind kept = pane_kinds[p].figure;
	if (p == PANE_TANGENT && app->tangent.herror)
		kept = FIGURE_HERROR;
	if (p == PANE_DESCENT && app->racing)
		kept = FIGURE_RACE; /* the table's rows before a taller figure */
	figure_min_size(kept, &min_cols, &min_rows);
	if (inner_rows < min_rows) /* no room for it: the pane's own figure */
		figure_min_size(pane_kinds[p].figure, &min_cols, &min_rows);
	/* too short for the path: c's loss chart takes its place (60x20
	 * under the tour's box), and the strip gives it its rows */
	if (p == PANE_DESCENT && app->toggles.loss_chart && !app->racing && inner_rows < min_rows)
		figure_min_size(FIGURE_LOSS, &min_cols, &min_rows);
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

static void draw_strip(struct scene *sc, const struct app *app, enum pane p, struct screen *s,
                       int row, int col, int width, int height)
{
	struct strip st;
	char lines[STRIP_MAX_LINES][LAYOUT_LINE_MAX];
	strip_of(sc, app, p, p == PANE_DESCENT ? app->cursor.current : 0, width, &st);
	int shown;
	/* the iteration's line (iter, x, "+N more: i") keeps a line under
	 * the update's formulas, however many they take */
	int room = st.nitems > 0 ? height - 1 : height;
	int used = layout_fill(st.update, st.nupdate, width, " ", lines, room, &shown);
	if (shown < st.nupdate)
		used = 0; /* an update line is whole or not at all */
	used += fill_items(&st, width, lines + used, height - used);
	for (int i = 0; i < used; i++)
		screen_text(s, row + i, col, width, lines[i], STYLE_TEXT);
}

/* ---- the frame around a pane -------------------------------------------- */

/* The pane's title on its top border: its name and function, the
 * optimizer of a single run, "[*] " first when focused. Alone on the
 * screen (alone), the border is a tab strip: the other pane's name, in
 * pane order, with the key that shows it; the focused title is cut
 * before the strip is. */
static void draw_border(const struct scene *sc, const struct app *app, enum pane p, bool alone,
                        struct screen *s, struct rect r)
{
	bool focused = app->focus == p;
	bool ascii = sc->mode == CANVAS_ASCII;
	enum canvas_style style = focused ? STYLE_FOCUS : STYLE_TEXT;
	screen_box(s, r.row, r.col, r.rows, r.cols, ascii, style);
	char head[320], title[330];
	if (p == PANE_TANGENT)
		snprintf(head, sizeof head, _("tangent: f(x) = %s"), expr_text(app->tangent.curve));
	else if (app->racing)
		snprintf(head, sizeof head, _("descent: f(x0, x1) = %s"), expr_text(app->surface));
	else
		/* TRANSLATORS: %s is the optimizer ("Momentum"), then f */
		snprintf(head, sizeof head, _("descent, %s: f(x0, x1) = %s"),
		         figure_race_name(app->optimizer.kind), expr_text(app->surface));
	snprintf(title, sizeof title, "%s%s ", focused ? "[*] " : "", head);
	int col = r.col + 2, room = r.cols - 4;
	if (!alone) {
		screen_text(s, r.row, col, room, title, style);
		return;
	}
	/* TRANSLATORS: a tab naming the pane not shown and the key that shows it */
	char other[160];
	snprintf(other, sizeof other, "%s", p == PANE_TANGENT ? _("descent (Tab)") : _("tangent (Tab)"));
	const char *bar = ascii ? " | " : " \u2502 ";
	int strip = text_columns(other) + text_columns(bar);
	if (p == PANE_DESCENT) {
		col += screen_text(s, r.row, col, room, " ", STYLE_TEXT);
		col += screen_text(s, r.row, col, room - 1, other, STYLE_TEXT);
		col += screen_text(s, r.row, col, room - (col - r.col - 2), bar, STYLE_TEXT);
		screen_text(s, r.row, col, room - (col - r.col - 2), title, style);
	} else {
		title[strlen(title) - 1] = '\0'; /* the bar's space instead */
		col += screen_text(s, r.row, col, room - strip - 1, title, style);
		col += screen_text(s, r.row, col, room - (col - r.col - 2), bar, STYLE_TEXT);
		col += screen_text(s, r.row, col, room - (col - r.col - 2), other, STYLE_TEXT);
		screen_text(s, r.row, col, room - (col - r.col - 2), " ", STYLE_TEXT);
	}
}

static int draw_pane(struct scene *sc, const struct app *app, enum pane p, bool alone,
                     struct screen *s, struct rect r)
{
	draw_border(sc, app, p, alone, s, r);
	int inner_cols = r.cols - 2, inner_rows = r.rows - 2;
	int strip = strip_height(sc, app, p, inner_cols, inner_rows);
	int fig_rows = inner_rows - strip;
	int min_cols, min_rows;
	figure_min_size(pane_figure(app, p), &min_cols, &min_rows);
	if (p == PANE_DESCENT && app->toggles.loss_chart && !app->racing && fig_rows < min_rows)
		figure_min_size(FIGURE_LOSS, &min_cols, &min_rows); /* the chart alone */
	int status = 0;
	if (inner_cols >= min_cols && fig_rows >= min_rows)
		status = pane_kinds[p].body(sc, app, s, (struct rect){ r.row + 1, r.col + 1, fig_rows,
		                                                      inner_cols });
	draw_strip(sc, app, p, s, r.row + 1 + fig_rows, r.col + 1, inner_cols, strip);
	return status;
}

/* ---- the bottom line, the overlays -------------------------------------- */

/* Translated where shown; a label ends with a space before the text. */
static const char *const prompt_labels[] = {
	[PROMPT_CURVE] = "f(x) = ", [PROMPT_SURFACE] = "f(x0, x1) = ",
	[PROMPT_START] = N_("start x0,x1 = "), [PROMPT_STEPS] = N_("steps N = "), [PROMPT_A] = "a = ",
};

/* Columns an error beside the text leaves the text at least: the place
 * it names. */
#define PROMPT_TEXT_MIN 12
/* An error too long to go beside the text goes over the lines above the
 * prompt, at most this many. */
#define PROMPT_ERROR_LINES 3

/* The first character of the text shown in room columns: from the start
 * when it fits; around the error's place when there is one (the cursor
 * is put there); else with the cursor in view at the right. */
static int prompt_first(const struct app_prompt *pr, int room)
{
	int len = (int)pr->line.len, cursor = (int)pr->line.cursor;
	if (len < room)
		return 0;
	if (!pr->error[0])
		return cursor > room ? cursor - room : 0;
	int first = cursor - room / 2;
	first = first > len + 1 - room ? len + 1 - room : first;
	return first < 0 ? 0 : first;
}

/* An error too long for the prompt's line, wrapped over the lines above
 * it (they come back when the error goes). */
static void draw_error_above(const struct app_prompt *pr, struct screen *s, struct rect r)
{
	char lines[PROMPT_ERROR_LINES][LAYOUT_LINE_MAX];
	int n = linebreak_wrap(pr->error, r.cols, lines, PROMPT_ERROR_LINES);
	n = n > r.row ? r.row : n;
	for (int i = 0; i < n; i++) {
		screen_fill(s, r.row - n + i, r.col, r.cols, ' ', STYLE_TEXT);
		screen_text(s, r.row - n + i, r.col, r.cols, lines[i], STYLE_ALERT);
	}
}

/* The label, the text (a selected text in bold: typing replaces it), then
 * the error or the prompt's keys. Beside an error, the text shows the part
 * around the place it names (the cursor), so both are read however long
 * the text; an error with no room beside it goes above. */
static void draw_prompt(const struct app *app, struct screen *s, struct rect r)
{
	const struct app_prompt *pr = &app->prompt;
	const char *label = _(prompt_labels[pr->kind]);
	char note[APP_MESSAGE_MAX];
	caption_prompt_note(app, note, sizeof note);
	int label_w = text_columns(label), note_w = text_columns(note);
	int room = r.cols - label_w - 1;
	bool error_beside = false;
	if (pr->error[0]) {
		error_beside = room - 3 - note_w >= PROMPT_TEXT_MIN || r.row == 0;
		if (error_beside && room - 3 - note_w >= PROMPT_TEXT_MIN)
			room -= 3 + note_w;
		else if (error_beside)
			room = room < PROMPT_TEXT_MIN ? room : PROMPT_TEXT_MIN;
		else
			draw_error_above(pr, s, r);
	}
	room = room < 1 ? 1 : room;
	int first = prompt_first(pr, room);
	char shown[EDITOR_MAX];
	snprintf(shown, sizeof shown, "%.*s", room, pr->line.text + first);
	screen_text(s, r.row, r.col, r.cols, label, STYLE_TEXT);
	int used = label_w + screen_text(s, r.row, r.col + label_w, room, shown,
	                                 pr->line.selected ? STYLE_FOCUS : STYLE_TEXT);
	/* the character an error points at, in bold */
	int at = pr->error_column - 1 - first;
	if (pr->error[0] && at >= 0 && at < room && (size_t)(at + first) < pr->line.len) {
		char one[2] = { pr->line.text[at + first], '\0' };
		screen_text(s, r.row, r.col + label_w + at, 1, one, STYLE_ALERT);
	}
	/* an error beside shows as far as it fits; the keys whole or not at all */
	if (error_beside && used + 3 < r.cols)
		screen_text(s, r.row, r.col + used + 3, r.cols - used - 3, note, STYLE_ALERT);
	else if (!pr->error[0] && used + 3 + note_w <= r.cols)
		screen_text(s, r.row, r.col + used + 3, r.cols - used - 3, note, STYLE_TEXT);
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
	char status[512], shown[512];
	caption_status(app, r.cols, status, sizeof status);
	/* a path too long for the line keeps its end and what follows it (why
	 * a w could not write there); a status wider than the line then ends
	 * at a word: never half a number */
	linebreak_elide_path(status, r.cols, shown, sizeof shown);
	shown[linebreak_cut(shown, r.cols)] = '\0';
	screen_text(s, r.row, r.col, r.cols, shown, STYLE_TEXT);
}

/* A box over the screen, emptied, with a title; returns its inner rect.
 * Centred above the tour's box when it fits there (the page's text stays
 * readable under it), else on the whole screen. */
static struct rect overlay(const struct scene *sc, struct screen *s, int rows, int cols,
                           const char *title, int footer)
{
	rows = rows > s->rows ? s->rows : rows;
	cols = cols > s->cols ? s->cols : cols;
	int above = s->rows - 1 - footer;
	int top = rows <= above ? (above - rows) / 2 : (s->rows - rows) / 2;
	int left = (s->cols - cols) / 2;
	for (int r = top; r < top + rows; r++)
		screen_fill(s, r, left, cols, ' ', STYLE_NONE);
	screen_box(s, top, left, rows, cols, sc->mode == CANVAS_ASCII, STYLE_TEXT);
	screen_text(s, top, left + 2, cols - 4, title, STYLE_TEXT);
	return (struct rect){ top + 1, left + 2, rows - 2, cols - 4 };
}

/* The keys, a page at a time when they do not fit: no line is cut. */
static void draw_help(const struct scene *sc, const struct app *app, struct screen *s, int footer)
{
	struct help_pages h = help_pages_at(s->cols, s->rows);
	int cols = h.cols, n = h.lines, per_page = h.per_page, pages = h.pages;
	static char lines[HELP_LINES][LAYOUT_LINE_MAX];
	help_lines(cols - 4, lines);
	int page = app->help_page < pages ? app->help_page : pages - 1;
	char title[256];
	if (pages > 1)
		snprintf(title, sizeof title, _(" keys, page %d of %d "), page + 1, pages);
	else
		snprintf(title, sizeof title, "%s", _(" keys (any key closes) "));
	int shown = n - page * per_page < per_page ? n - page * per_page : per_page;
	struct rect in = overlay(sc, s, shown + 3, cols, title, footer);
	/* how to page goes on the box's first line: in the title it was cut
	 * below 72 columns */
	if (pages > 1) {
		char paging[LAYOUT_LINE_MAX];
		/* TRANSLATORS: the keys' names: space (a word), PgUp */
		snprintf(paging, sizeof paging, _("%s next page, %s back, any other key closes"),
		         mode_key_name(MODE_HELP, HELP_NEXT_PAGE), mode_key_name(MODE_HELP, HELP_PREV_PAGE));
		screen_text(s, in.row, in.col, in.cols, paging, STYLE_TEXT);
	}
	for (int i = 0; i < shown && i + 1 < in.rows; i++)
		screen_text(s, in.row + 1 + i, in.col, in.cols, lines[page * per_page + i], STYLE_TEXT);
}

/* The inspector: the arithmetic of the step from the current point. */
static void draw_inspector(const struct scene *sc, const struct app *app, struct screen *s,
                           int footer)
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
	struct rect in = overlay(sc, s, used + 2, cols, _(" inspect "), footer);
	for (int i = 0; i < used && i < in.rows; i++)
		screen_text(s, in.row + i, in.col, in.cols, lines[i], STYLE_TEXT);
}

/* The size needed, and the one way out: no other key acts here (tui.c). */
static void draw_too_small(struct screen *s)
{
	char lines[2][240];
	snprintf(lines[0], sizeof lines[0], _("slope needs %dx%d; this is %dx%d"), LAYOUT_MIN_COLS,
	         LAYOUT_MIN_ROWS, s->cols, s->rows);
	snprintf(lines[1], sizeof lines[1], "%s", _("enlarge the terminal, or press q to quit"));
	int top = s->rows > 1 ? s->rows / 2 - 1 : 0;
	for (int i = 0; i < 2 && top + i < s->rows; i++) {
		int len = text_columns(lines[i]);
		screen_text(s, top + i, len < s->cols ? (s->cols - len) / 2 : 0, s->cols, lines[i],
		            STYLE_TEXT);
	}
}

/* ---- the tour ----------------------------------------------------------- */

#define TOUR_MAX_LINES 10

/* The tour page's text wrapped to the box's width: the explanation, then
 * what to try. Returns the lines. */
static int tour_lines(const struct app *app, int width, char lines[][LAYOUT_LINE_MAX])
{
	size_t n;
	const struct tour_page *page = &tour_pages(&n)[app->tour.page];
	int used = linebreak_wrap(_(page->text), width, lines, TOUR_MAX_LINES - 2);
	char try_this[LAYOUT_LINE_MAX];
	/* TRANSLATORS: %s is the thing to try on a page of the tour */
	snprintf(try_this, sizeof try_this, _("Try: %s"), _(page->try_this));
	return used + linebreak_wrap(try_this, width, lines + used, TOUR_MAX_LINES - used);
}

/* The rows the tour's box takes: its lines and its border, at most half of
 * the screen, so the page's figure keeps the other half; a third would cut
 * most pages' last line at 80x24 and every page's at 60x20. */
static int tour_rows(const struct app *app, const struct screen *s)
{
	if (!app->tour.on)
		return 0;
	char lines[TOUR_MAX_LINES][LAYOUT_LINE_MAX];
	int rows = tour_lines(app, s->cols - 4, lines) + 2;
	return rows > s->rows / 2 ? s->rows / 2 : rows;
}

static void draw_tour(const struct scene *sc, const struct app *app, struct screen *s, int rows)
{
	size_t n;
	const struct tour_page *page = &tour_pages(&n)[app->tour.page];
	int top = s->rows - 1 - rows;
	screen_box(s, top, 0, rows, s->cols, sc->mode == CANVAS_ASCII, STYLE_FOCUS);
	char title[LAYOUT_LINE_MAX];
	/* TRANSLATORS: the tour box's title: the page, the pages, the page's title */
	snprintf(title, sizeof title, _(" tour %d/%zu: %s "), app->tour.page + 1, n, _(page->title));
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
	int status = 0, shown = 0;
	for (int p = 0; p < PANE_COUNT; p++)
		shown += l.pane[p].rows > 0;
	for (int p = 0; p < PANE_COUNT; p++)
		if (l.pane[p].rows > 0 &&
		    draw_pane(sc, app, (enum pane)p, shown == 1, s, l.pane[p]) != 0)
			status = -1;
	draw_status(app, s, l.status);
	if (status != 0)
		screen_text(s, l.status.row, 0, s->cols, _("out of memory drawing a figure"), STYLE_ALERT);
	if (app->toggles.inspect && !app->help_open)
		draw_inspector(sc, app, s, footer);
	if (app->help_open)
		draw_help(sc, app, s, footer);
	return status;
}
