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
#include "layout.h"

/* A strip is at most this many lines, and its height is reserved for its
 * widest content, so the figure above it never moves while stepping. */
#define STRIP_MAX_LINES 5

/* Everything a pane's figure is drawn from. Zeroed before it is filled, so
 * two keys compare with memcmp. */
struct figure_key {
	int cols, rows;
	unsigned long generation[2];
	double value[8];
	long iteration[2];
	unsigned flags;
};

struct pane_view {
	struct canvas *canvas;
	struct figure_key key;
	bool drawn;          /* the canvas holds the figure of key */
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
		ok = ok && (sc->pane[p].canvas = canvas_new(1, 1, mode)) != NULL;
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
		canvas_free(sc->pane[p].canvas);
	figure_cache_free(sc->descent_cache);
	free(sc);
}

/* ---- the panes' figures ------------------------------------------------- */

static void tangent_key(const struct app *app, struct figure_key *k)
{
	k->generation[0] = app->curve_generation;
	k->value[0] = app->a;
	k->value[1] = app->h;
	k->value[2] = app->xrange[0];
	k->value[3] = app->xrange[1];
	k->flags = app->secant;
}

static int draw_tangent(struct scene *sc, const struct app *app, struct canvas *c)
{
	(void)sc;
	struct tangent_params p = {
		.f = objective_of_expr(app->curve), .a = app->a, .h = app->h,
		.xlo = app->xrange[0], .xhi = app->xrange[1], .secant = app->secant,
	};
	return figure_tangent(c, &p);
}

/* The arrow to the next step is drawn when that row exists. */
static bool descent_has_next(const struct app *app)
{
	return app->current < app->steps && app->current < run_last(&app->run);
}

static void descent_key(const struct app *app, struct figure_key *k)
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
	           (unsigned)descent_has_next(app) << 2;
}

static int draw_descent(struct scene *sc, const struct app *app, struct canvas *c)
{
	struct descent_params p = {
		.run = &app->run, .surface_generation = app->surface_generation,
		.view = { app->view[0], app->view[1], app->view[2], app->view[3] },
		.fit_view = app->view_fit, .current = app->current,
		.next_arrow = descent_has_next(app), .field = app->field,
		.cache = sc->descent_cache,
	};
	return figure_descent(c, &p);
}

/* What the scene knows of each pane. */
static const struct pane_kind {
	const char *name;
	const char *function_label;
	enum figure_kind figure;
	void (*key)(const struct app *app, struct figure_key *k);
	int (*draw)(struct scene *sc, const struct app *app, struct canvas *c);
} pane_kinds[PANE_COUNT] = {
	[PANE_TANGENT] = { "tangent", "f(x) = ", FIGURE_TANGENT, tangent_key, draw_tangent },
	[PANE_DESCENT] = { "descent", "f(x0, x1) = ", FIGURE_DESCENT, descent_key, draw_descent },
};

static const struct expr *pane_function(const struct app *app, enum pane p)
{
	return p == PANE_TANGENT ? app->curve : app->surface;
}

/* Draws the pane's figure into its canvas unless the canvas already holds
 * the figure of the same key. -1 when memory runs out. */
static int pane_figure(struct scene *sc, const struct app *app, enum pane p,
                       int cols, int rows)
{
	struct pane_view *v = &sc->pane[p];
	struct figure_key key;
	memset(&key, 0, sizeof key);
	key.cols = cols;
	key.rows = rows;
	pane_kinds[p].key(app, &key);
	if (v->drawn && memcmp(&key, &v->key, sizeof key) == 0)
		return 0;
	v->drawn = false;
	if (canvas_resize(v->canvas, cols, rows) != 0)
		return -1;
	if (pane_kinds[p].draw(sc, app, v->canvas) != 0)
		return -1;
	v->key = key;
	v->drawn = true;
	return 0;
}

/* ---- strips ------------------------------------------------------------- */

/* The lines items take when wrapped at width, an item wider than the line
 * counting as a line of its own: the room a strip reserves. */
static int lines_needed(char items[][LAYOUT_ITEM_MAX], int n, int width)
{
	int lines = 0, len = 0;
	for (int i = 0; i < n; i++) {
		int item = (int)strlen(items[i]);
		item = item > width ? width : item;
		if (lines > 0 && len + 2 + item <= width) {
			len += 2 + item;
		} else {
			lines++;
			len = item;
		}
	}
	return lines;
}

static int strip_height(const struct app *app, enum pane p, int width, int inner_rows)
{
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	int n = caption_items(app, p, true, items);
	int lines = lines_needed(items, n, width);
	int min_cols, min_rows;
	figure_min_size(pane_kinds[p].figure, &min_cols, &min_rows);
	lines = lines > STRIP_MAX_LINES ? STRIP_MAX_LINES : lines;
	/* the figure keeps its minimum height while the pane has room for it */
	if (inner_rows - lines < min_rows && inner_rows >= min_rows)
		lines = inner_rows - min_rows;
	return lines < 0 ? 0 : lines;
}

static void draw_strip(const struct app *app, enum pane p, struct screen *s,
                       int row, int col, int width, int height)
{
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	char lines[STRIP_MAX_LINES][LAYOUT_LINE_MAX];
	int n = caption_items(app, p, false, items);
	int count = layout_wrap(items, n, width, lines, height);
	for (int i = 0; i < count; i++)
		screen_text(s, row + i, col, width, lines[i], STYLE_TEXT);
}

/* ---- the frame around a pane -------------------------------------------- */

static void draw_border(const struct scene *sc, const struct app *app, enum pane p,
                        struct screen *s, struct rect r)
{
	bool focused = app->focus == p;
	enum canvas_style style = focused ? STYLE_FOCUS : STYLE_TEXT;
	screen_box(s, r.row, r.col, r.rows, r.cols, sc->mode == CANVAS_ASCII, style);
	char title[320];
	snprintf(title, sizeof title, "%s%s: %s%s ", focused ? "[*] " : "", pane_kinds[p].name,
	         pane_kinds[p].function_label, expr_text(pane_function(app, p)));
	screen_text(s, r.row, r.col + 2, r.cols - 4, title, style);
}

static int draw_pane(struct scene *sc, const struct app *app, enum pane p,
                     struct screen *s, struct rect r)
{
	draw_border(sc, app, p, s, r);
	int inner_cols = r.cols - 2, inner_rows = r.rows - 2;
	int strip = strip_height(app, p, inner_cols, inner_rows);
	int fig_rows = inner_rows - strip;
	int min_cols, min_rows;
	figure_min_size(pane_kinds[p].figure, &min_cols, &min_rows);
	int status = 0;
	if (inner_cols >= min_cols && fig_rows >= min_rows) {
		status = pane_figure(sc, app, p, inner_cols, fig_rows);
		if (status == 0)
			screen_canvas(s, r.row + 1, r.col + 1, sc->pane[p].canvas);
	}
	draw_strip(app, p, s, r.row + 1 + fig_rows, r.col + 1, inner_cols, strip);
	return status;
}

/* ---- the bottom line, the overlays -------------------------------------- */

static void draw_prompt(const struct app *app, struct screen *s, struct rect r)
{
	const struct app_prompt *pr = &app->prompt;
	const char *label = pr->kind == PROMPT_CURVE ? "f(x) = " : "f(x0, x1) = ";
	int label_w = (int)strlen(label);
	int room = r.cols - label_w - 1;
	/* A text longer than the line scrolls so the cursor stays in view. */
	int first = (int)pr->line.cursor > room ? (int)pr->line.cursor - room : 0;
	screen_text(s, r.row, r.col, r.cols, label, STYLE_TEXT);
	int used = label_w + screen_text(s, r.row, r.col + label_w, room, pr->line.text + first, STYLE_TEXT);
	if (pr->error[0] && used + 3 < r.cols) {
		screen_text(s, r.row, r.col + used + 3, r.cols - used - 3, pr->error, STYLE_ALERT);
	}
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
	char status[256];
	caption_status(app, status, sizeof status);
	screen_text(s, r.row, r.col, r.cols, status, STYLE_TEXT);
}

static void draw_help(const struct scene *sc, struct screen *s)
{
	size_t n;
	const struct key_binding *b = key_bindings(&n);
	int rows = (int)n + 4, cols = 66;
	rows = rows > s->rows ? s->rows : rows;
	cols = cols > s->cols ? s->cols : cols;
	int top = (s->rows - rows) / 2, left = (s->cols - cols) / 2;
	for (int r = top; r < top + rows; r++)
		screen_fill(s, r, left, cols, ' ', STYLE_NONE);
	screen_box(s, top, left, rows, cols, sc->mode == CANVAS_ASCII, STYLE_TEXT);
	screen_text(s, top, left + 2, cols - 4, " keys (any key closes) ", STYLE_TEXT);
	for (size_t i = 0; i < n && (int)i + 2 < rows - 1; i++) {
		char line[160];
		snprintf(line, sizeof line, "%-10s %s", b[i].names, b[i].help);
		screen_text(s, top + 2 + (int)i, left + 2, cols - 4, line, STYLE_TEXT);
	}
}

static void draw_too_small(struct screen *s)
{
	char line[80];
	snprintf(line, sizeof line, "slope needs %dx%d; this is %dx%d", LAYOUT_MIN_COLS,
	         LAYOUT_MIN_ROWS, s->cols, s->rows);
	int len = (int)strlen(line);
	screen_text(s, s->rows / 2, len < s->cols ? (s->cols - len) / 2 : 0, s->cols, line,
	            STYLE_TEXT);
}

int scene_compose(struct scene *sc, const struct app *app, struct screen *s)
{
	screen_clear(s);
	struct layout l = layout_of(s->cols, s->rows, app->focus);
	if (l.too_small) {
		draw_too_small(s);
		return 0;
	}
	int status = 0;
	for (int p = 0; p < PANE_COUNT; p++)
		if (l.pane[p].rows > 0 && draw_pane(sc, app, (enum pane)p, s, l.pane[p]) != 0)
			status = -1;
	draw_status(app, s, l.status);
	if (status != 0)
		screen_text(s, l.status.row, 0, s->cols, "out of memory drawing a figure", STYLE_ALERT);
	if (app->help_open)
		draw_help(sc, s);
	return status;
}
