/* figures_descent: the descent path as the book draws it with matplotlib,
 * over level curves of the surface: the levels of chosen iterations, the
 * level through the current point with -grad at right angles to it, the
 * next step as an arrow. What stays from frame to frame (the sampled
 * surface and its contours) is kept in a figure_cache, keyed by content. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "figures_parts.h"
#include "i18n.h"
#include "plot.h"
#include "text.h"

/* ---- the levels ------------------------------------------------------------ */

enum { LEVELS_MAX = 6 };

/* The level curves the background draws: the losses of chosen iterations,
 * or (none in view) levels of the surface itself. Part of the cache's key. */
struct level_set {
	int count;
	bool from_run;
	double value[LEVELS_MAX];
	long iter[LEVELS_MAX];
};

static bool in_view(const double x[2], const double view[4])
{
	return x[0] >= view[0] && x[0] <= view[1] && x[1] >= view[2] && x[1] <= view[3];
}

/* The losses of iterations 0, 1, 2, 4, 8, ... whose points are in the view,
 * each kept only when its loss differs from the kept ones by more than 1%
 * and its point lies more than 1/30 of the view from theirs (rings that
 * close would draw as one). */
static void run_levels(const struct run *run, const double view[4], struct level_set *ls)
{
	memset(ls, 0, sizeof *ls);
	double near = fmin(view[1] / 2 - view[0] / 2, view[3] / 2 - view[2] / 2) * 2 / 30;
	double kept[LEVELS_MAX][2];
	for (long i = 0; i <= run_last(run) && ls->count < LEVELS_MAX; i = i ? 2 * i : 1) {
		if (i < run_first(run))
			continue;
		const struct run_row *r = run_row(run, i);
		if (!isfinite(r->loss) || !in_view(r->x, view))
			continue;
		bool apart = true;
		for (int j = 0; j < ls->count && apart; j++) {
			double v = ls->value[j];
			apart = fabs(r->loss - v) > 0.01 * fmax(fabs(r->loss), fabs(v)) &&
			        hypot(r->x[0] - kept[j][0], r->x[1] - kept[j][1]) > near;
		}
		if (!apart)
			continue;
		kept[ls->count][0] = r->x[0];
		kept[ls->count][1] = r->x[1];
		ls->iter[ls->count] = i;
		ls->value[ls->count++] = r->loss;
	}
	ls->from_run = ls->count > 0;
}

/* Swaps a and b. */
static void swap(double *a, double *b)
{
	double t = *a;
	*a = *b;
	*b = t;
}

/* The k-th smallest of v[0..n-1] (reorders v): Hoare's selection. */
static double select_kth(double *v, size_t n, size_t k)
{
	size_t lo = 0, hi = n - 1;
	while (lo < hi) {
		double pivot = v[lo + (hi - lo) / 2];
		size_t i = lo, j = hi;
		while (i <= j) {
			while (v[i] < pivot)
				i++;
			while (v[j] > pivot)
				j--;
			if (i <= j) {
				swap(&v[i], &v[j]);
				i++;
				if (j == 0)
					break;
				j--;
			}
		}
		if (k <= j)
			hi = j;
		else if (k >= i)
			lo = i;
		else
			break;
	}
	return v[k];
}

/* Levels of the surface alone, for a view with no point of the run in it:
 * from the lowest value in view up to its 90th percentile, spaced as
 * squares (i/6)^2, so a bowl gets rings at even distances. Uses the grid's
 * second half as scratch. */
static int surface_levels(double *grid, size_t n, double levels[LEVELS_MAX])
{
	double *finite = grid + n;
	size_t m = 0;
	double lo = INFINITY;
	for (size_t i = 0; i < n; i++) {
		if (isfinite(grid[i])) {
			finite[m++] = grid[i];
			lo = grid[i] < lo ? grid[i] : lo;
		}
	}
	if (m < 2)
		return 0;
	double top = select_kth(finite, m, m * 9 / 10);
	if (!(top > lo))
		return 0;
	for (int i = 0; i < LEVELS_MAX; i++) {
		double q = (double)(i + 1) / LEVELS_MAX;
		levels[i] = lo + (top - lo) * q * q;
	}
	return LEVELS_MAX;
}

/* ---- the part that stays from frame to frame ------------------------------ */

#define CACHE_TITLE_MAX 256

struct figure_cache {
	bool valid;
	/* what the background was drawn from */
	unsigned long surface_generation;
	double h;
	double view[4];
	int cols, rows;
	enum canvas_mode mode;
	bool field;
	struct level_set levels;
	char title[CACHE_TITLE_MAX];
	/* the background, the plot it was drawn with, and the surface's
	 * values it was drawn from (the current level is drawn from them) */
	struct canvas *background;
	struct plot plot;
	double *grid;
	size_t grid_cap;
	int grid_w, grid_h, stride;
	/* the least and greatest value of each block of the grid, so the
	 * current level visits only the blocks it crosses */
	double *block_lo, *block_hi;
	size_t block_cap;
	int blocks_w, blocks_h;
	/* each frame's scratch: what the whole run shows, and the cells the
	 * legend must not cover */
	struct canvas *ink;
	unsigned char *keep;
	size_t keep_cap;
};

struct figure_cache *figure_cache_new(void)
{
	return calloc(1, sizeof(struct figure_cache));
}

void figure_cache_free(struct figure_cache *cache)
{
	if (!cache)
		return;
	canvas_free(cache->background);
	canvas_free(cache->ink);
	free(cache->grid);
	free(cache->block_lo);
	free(cache->block_hi);
	free(cache->keep);
	free(cache);
}

static bool same_levels(const struct level_set *a, const struct level_set *b)
{
	if (a->count != b->count || a->from_run != b->from_run)
		return false;
	for (int i = 0; i < a->count; i++)
		if (a->value[i] != b->value[i] || a->iter[i] != b->iter[i])
			return false;
	return true;
}

static bool cache_matches(const struct figure_cache *k, const struct canvas *c,
                          const struct descent_params *p, const double view[4],
                          const struct level_set *levels)
{
	const char *title = p->f_text ? p->f_text : "";
	return k->valid && k->surface_generation == p->surface_generation &&
	       k->h == p->run->spec.h &&
	       memcmp(k->view, view, sizeof k->view) == 0 &&
	       k->cols == canvas_cols(c) && k->rows == canvas_rows(c) &&
	       k->mode == canvas_mode(c) && k->field == p->field &&
	       same_levels(&k->levels, levels) && strcmp(k->title, title) == 0;
}

static int index_blocks(struct figure_cache *k);

/* Plots of more dots than this sample the surface at every other dot. */
#define CONTOUR_FULL_DOTS 40000

/* The surface's values at the plot's dots (every stride-th), into k->grid. */
static int sample_surface(struct figure_cache *k, const struct plot *plot,
                          const struct objective *f)
{
	int x0, y0, w, h;
	plot_area_dots(plot, &x0, &y0, &w, &h);
	/* A large plot samples every other dot: its rings stay smooth and the
	 * first frame costs a quarter. */
	int stride = (size_t)w * (size_t)h > CONTOUR_FULL_DOTS ? 2 : 1;
	w = (w - 1) / stride + 1;
	h = (h - 1) / stride + 1;
	size_t n = (size_t)w * (size_t)h;
	if (2 * n > k->grid_cap) {
		double *grid = realloc(k->grid, 2 * n * sizeof *grid);
		if (!grid)
			return -1;
		k->grid = grid;
		k->grid_cap = 2 * n;
	}
	/* The x of each dot column, once: the second half of the grid is
	 * scratch. */
	double *column_x = k->grid + n;
	for (int i = 0; i < w; i++)
		column_x[i] = plot_data_x(plot, x0 + i * stride + 0.5);
	for (int j = 0; j < h; j++) {
		double x[2];
		x[1] = plot_data_y(plot, y0 + j * stride + 0.5);
		double *row = k->grid + (size_t)j * w;
		for (int i = 0; i < w; i++) {
			x[0] = column_x[i];
			row[i] = f->value(f->ctx, x);
		}
	}
	k->grid_w = w;
	k->grid_h = h;
	k->stride = stride;
	return index_blocks(k);
}

/* The squares a block of the grid spans, a side. */
enum { BLOCK = 16 };

/* Each block's least and greatest finite value, its squares' corners
 * included (so a level inside a square is inside its block's range). */
static int index_blocks(struct figure_cache *k)
{
	int bw = (k->grid_w - 2) / BLOCK + 1, bh = (k->grid_h - 2) / BLOCK + 1;
	size_t n = (size_t)bw * (size_t)bh;
	if (n > k->block_cap) {
		double *lo = realloc(k->block_lo, n * sizeof *lo);
		if (lo)
			k->block_lo = lo;
		double *hi = realloc(k->block_hi, n * sizeof *hi);
		if (hi)
			k->block_hi = hi;
		if (!lo || !hi)
			return -1;
		k->block_cap = n;
	}
	k->blocks_w = bw;
	k->blocks_h = bh;
	for (int bj = 0; bj < bh; bj++) {
		for (int bi = 0; bi < bw; bi++) {
			double lo = INFINITY, hi = -INFINITY;
			int j1 = (bj + 1) * BLOCK, i1 = (bi + 1) * BLOCK;
			for (int j = bj * BLOCK; j <= j1 && j < k->grid_h; j++) {
				const double *row = k->grid + (size_t)j * (size_t)k->grid_w;
				for (int i = bi * BLOCK; i <= i1 && i < k->grid_w; i++) {
					double v = row[i];
					lo = v < lo ? v : lo; /* false for NaN */
					hi = v > hi ? v : hi;
				}
			}
			k->block_lo[bj * bw + bi] = lo;
			k->block_hi[bj * bw + bi] = hi;
		}
	}
	return 0;
}

/* The level through the current point: only the blocks whose values
 * reach it. */
static void draw_current_level(const struct figure_cache *k, const struct plot *plot,
                               double level)
{
	for (int bj = 0; bj < k->blocks_h; bj++) {
		for (int bi = 0; bi < k->blocks_w; bi++) {
			double lo = k->block_lo[bj * k->blocks_w + bi];
			double hi = k->block_hi[bj * k->blocks_w + bi];
			if (!(level > lo && level <= hi))
				continue;
			const int part[4] = { bi * BLOCK, bj * BLOCK, (bi + 1) * BLOCK,
			                      (bj + 1) * BLOCK };
			plot_contour_part(plot, k->grid, k->grid_w, k->grid_h, k->stride, part,
			                  &level, 1, STYLE_LEVEL, LINE_DASHED);
		}
	}
}

/* The -grad field over the level curves, each arrow whole on cells of its
 * own: drawn under them (dotted), the curves cut its shafts to heads, and
 * every arrow read as one glyph whatever |grad|. The current level and the
 * path still go over it. */
static int field_over(struct canvas *c, const struct plot *plot, const struct objective *f,
                      double h, const double view[4])
{
	size_t cells = (size_t)canvas_cols(c) * (size_t)canvas_rows(c);
	unsigned char *arrows = calloc(cells, 1);
	if (arrows == NULL)
		return -1;
	figure_field_arrows(plot, f, h, view, LINE_SOLID, arrows);
	for (size_t i = 0; i < cells; i++)
		if (arrows[i])
			canvas_clear_cells(c, (int)(i % (size_t)canvas_cols(c)),
			                   (int)(i / (size_t)canvas_cols(c)), 1, 1);
	figure_field_arrows(plot, f, h, view, LINE_SOLID, NULL);
	free(arrows);
	return 0;
}

static int draw_background(struct figure_cache *k, struct canvas *c,
                           const struct descent_params *p, const double view[4],
                           struct level_set *levels)
{
	canvas_clear(c);
	struct plot_spec spec = { .xlo = view[0], .xhi = view[1], .ylo = view[2],
	                          .yhi = view[3], .title = p->f_text, .xtitle = "X0",
	                          .ytitle = "X1", .equal_aspect = true };
	if (plot_begin(&k->plot, c, &spec) != 0)
		return -1;
	const struct plot *plot = &k->plot;
	const struct objective *f = &p->run->spec.surface;
	if (sample_surface(k, plot, f) != 0)
		return -1;
	if (!levels->from_run) {
		levels->count = surface_levels(k->grid, (size_t)k->grid_w * (size_t)k->grid_h,
		                               levels->value);
	}
	/* solid: a dotted level curve read as scattered dots in braille; the
	 * path is told from it by the marks at its points */
	plot_contour(plot, k->grid, k->grid_w, k->grid_h, k->stride, levels->value,
	             levels->count, STYLE_CONTOUR, LINE_SOLID);
	/* the book's axis lines */
	plot_zero_lines(plot);
	return p->field ? field_over(c, plot, f, p->run->spec.h, view) : 0;
}

/* Draws the background, or copies it from the cache when it still holds. */
static int background(struct figure_cache *k, struct canvas *c,
                      const struct descent_params *p, const double view[4],
                      const struct level_set *run_set, struct plot *plot)
{
	if (cache_matches(k, c, p, view, run_set) && canvas_copy(c, k->background) == 0) {
		*plot = k->plot;
		plot->canvas = c;
		return 0;
	}
	k->valid = false;
	struct level_set levels = *run_set;
	if (draw_background(k, c, p, view, &levels) != 0)
		return -1;
	*plot = k->plot;
	const char *title = p->f_text ? p->f_text : "";
	if (strlen(title) >= CACHE_TITLE_MAX)
		return 0; /* drawn, not kept */
	if (!k->background ||
	    canvas_resize(k->background, canvas_cols(c), canvas_rows(c)) != 0) {
		canvas_free(k->background);
		k->background = canvas_new(canvas_cols(c), canvas_rows(c), canvas_mode(c));
		if (!k->background)
			return 0;
	}
	canvas_set_mode(k->background, canvas_mode(c));
	canvas_copy(k->background, c);
	k->surface_generation = p->surface_generation;
	k->h = p->run->spec.h;
	memcpy(k->view, view, sizeof k->view);
	k->cols = canvas_cols(c);
	k->rows = canvas_rows(c);
	k->mode = canvas_mode(c);
	k->field = p->field;
	/* the key is the run's levels as asked for; surface levels are
	 * remembered beside them for the legend */
	k->levels = *run_set;
	strcpy(k->title, title);
	k->valid = true;
	return 0;
}

/* ---- the path -------------------------------------------------------------- */

void figure_fit_view(const struct run *runs, int count, double view[4])
{
	double lo[2] = { INFINITY, INFINITY }, hi[2] = { -INFINITY, -INFINITY };
	/* each run keeps the span of its points */
	for (int i = 0; i < count; i++)
		for (int d = 0; d < 2; d++) {
			const struct run_span *s = run_span(&runs[i], d == 0 ? RUN_X0 : RUN_X1);
			lo[d] = fmin(lo[d], s->lo);
			hi[d] = fmax(hi[d], s->hi);
		}
	for (int d = 0; d < 2; d++) {
		plot_fix_range(&lo[d], &hi[d]);
		double margin = (hi[d] / 2 - lo[d] / 2) * 0.2;
		view[2 * d] = isfinite(lo[d] - margin) ? lo[d] - margin : lo[d];
		view[2 * d + 1] = isfinite(hi[d] + margin) ? hi[d] + margin : hi[d];
	}
}

static void descent_view(const struct descent_params *p, double view[4])
{
	memcpy(view, p->view, 4 * sizeof view[0]);
	if (p->fit_view)
		figure_fit_view(p->run, 1, view);
}

/* Rows that land on the dot of the last drawn one are passed over, so a
 * converged run's long tail costs a comparison a row. */
void figure_draw_path(const struct plot *plot, const struct run *run, long last,
                      enum canvas_style style, enum canvas_marker marker,
                      unsigned char *keep)
{
	struct canvas *c = plot->canvas;
	double dpc = canvas_dots_per_col(c), dpr = canvas_dots_per_row(c);
	double px = NAN, py = NAN, cell_x = NAN, cell_y = NAN;
	/* the last drawn dot in data units, so a row on it is told by four
	 * comparisons instead of two conversions */
	double box[4] = { NAN, NAN, NAN, NAN };
	/* points past the ones stored repeat the last stored: its dot */
	long stored = run_first(run) + run_points_stored(run) - 1;
	last = last < stored ? last : stored;
	for (long i = run_first(run); i <= last; i++) {
		const double *x = run_point(run, i);
		if (x[0] >= box[0] && x[0] < box[1] && x[1] >= box[2] && x[1] < box[3])
			continue;
		double dx = plot_dot_x(plot, x[0]), dy = plot_dot_y(plot, x[1]);
		if (!isfinite(dx) || !isfinite(dy)) {
			px = py = NAN;
			continue;
		}
		if (floor(dx) == floor(px) && floor(dy) == floor(py))
			continue;
		if (isfinite(px))
			canvas_line(c, px, py, dx, dy, style, LINE_SOLID);
		px = dx;
		py = dy;
		box[0] = plot_data_x(plot, floor(dx));
		box[1] = plot_data_x(plot, floor(dx) + 1);
		box[2] = plot_data_y(plot, floor(dy) + 1);
		box[3] = plot_data_y(plot, floor(dy));
		double col = floor(dx / dpc), row = floor(dy / dpr);
		if (col == cell_x && row == cell_y)
			continue;
		canvas_marker(c, dx, dy, style, marker);
		if (keep)
			figure_mark_cell(c, keep, dx, dy);
		cell_x = col;
		cell_y = row;
	}
}

/* -grad at row r as an arrow an eighth of the plot's shorter side long
 * (three cells at the least): long enough to read, short enough to stay
 * near the point it belongs to. */
static void draw_gradient(const struct plot *plot, const struct run_row *r)
{
	struct canvas *c = plot->canvas;
	int x0, y0, w, h;
	plot_area_dots(plot, &x0, &y0, &w, &h);
	double aspect = canvas_dot_aspect(c);
	double length = fmax(fmin(w, h * aspect) / 8, 3.0 * canvas_dots_per_col(c));
	/* -grad in dots: y dots grow downwards */
	double vx = -r->grad[0] * plot->x_scale / 2, vy = r->grad[1] * plot->y_scale / 2;
	double norm = hypot(vx, vy * aspect);
	double ax = plot_dot_x(plot, r->x[0]), ay = plot_dot_y(plot, r->x[1]);
	if (!(norm > 0) || !isfinite(norm) || !isfinite(ax) || !isfinite(ay))
		return;
	canvas_arrow(c, ax, ay, ax + vx / norm * length, ay + vy / norm * length,
	             STYLE_GRADIENT, LINE_DOTTED);
}

static bool has_gradient(const struct run_row *r)
{
	return isfinite(r->grad[0]) && isfinite(r->grad[1]) &&
	       (r->grad[0] != 0 || r->grad[1] != 0);
}


/* The legend of a descent frame, given the levels its background draws. */
static void descent_legend(const struct descent_params *p, const struct level_set *levels,
                           struct plot_legend *l)
{
	const struct run *run = p->run;
	long current = figure_clamp_row(run, p->current), last = run_last(run);
	bool has_next = p->next_arrow && current < last;
	const struct run_row *now = run_row(run, current);
	char text[PLOT_LEGEND_TEXT], x0[32], x1[32];
	int widest[3];
	figure_widest_numbers(run, widest);
	memset(l, 0, sizeof *l); /* at most 8 entries: plot_legend_add never fails */

	snprintf(text, sizeof text, _("iter %ld (%s, %s)"), last,
	         figure_placeholder(x0, sizeof x0, widest[0]),
	         figure_placeholder(x1, sizeof x1, widest[1]));
	int width = text_columns(text);
	snprintf(text, sizeof text, _("iter %ld (%s, %s)"), current,
	         figure_short_number(x0, sizeof x0, now->x[0]),
	         figure_short_number(x1, sizeof x1, now->x[1]));
	plot_legend_add(l, STYLE_CURRENT, SAMPLE_MARKER, LINE_SOLID, MARK_CURRENT, text)->width = width;

	struct lr_history shown, whole;
	figure_lr_history(run, has_next ? current + 1 : current, &shown, &whole);
	figure_lr_text(text, sizeof text, LR_PATH, &shown);
	plot_legend_add(l, STYLE_PATH, SAMPLE_PATH, LINE_SOLID, MARK_POINT, text)
		->width = figure_lr_text_width(LR_PATH, &whole, last);

	const double *start = run_row(run, run_first(run))->x;
	snprintf(text, sizeof text, _("start (%s, %s)"), figure_short_number(x0, sizeof x0, start[0]),
	         figure_short_number(x1, sizeof x1, start[1]));
	plot_legend_add(l, STYLE_START, SAMPLE_MARKER, LINE_SOLID, MARK_START, text);
	plot_legend_add(l, STYLE_ARROW, SAMPLE_ARROW, LINE_SOLID, MARK_POINT, _("next step"))
		->blank = !has_next;
	plot_legend_add(l, STYLE_GRADIENT, SAMPLE_ARROW, LINE_DOTTED, MARK_POINT,
	                _("-grad, its direction"))->blank = !has_gradient(now);
	plot_legend_add(l, STYLE_LEVEL, SAMPLE_LINE, LINE_DASHED, MARK_POINT, _("current level"))
		->blank = !isfinite(now->loss);
	if (levels->from_run) {
		/* the iterations: numbers, the same in every language */
		char iters[PLOT_LEGEND_TEXT] = "";
		int n = 0;
		for (int i = 0; i < levels->count && n < (int)sizeof iters; i++)
			n += snprintf(iters + n, sizeof iters - (size_t)n, "%s%ld", i ? ", " : "",
			              levels->iter[i]);
		if (levels->count == 1)
			/* TRANSLATORS: %s is one iteration: "0" */
			snprintf(text, sizeof text, _("level at iter %s"), iters);
		else
			/* TRANSLATORS: %s lists iterations: "0, 1, 2" */
			snprintf(text, sizeof text, _("levels at iters %s"), iters);
	} else {
		snprintf(text, sizeof text, "%s", _("level curves of f"));
	}
	plot_legend_add(l, STYLE_CONTOUR, SAMPLE_LINE, LINE_SOLID, MARK_POINT, text);
	if (p->field)
		plot_legend_add(l, STYLE_FIELD, SAMPLE_ARROW, LINE_DOTTED, MARK_POINT,
		                _("-grad field"));
}

void figure_descent_legend(const struct descent_params *p, struct plot_legend *l)
{
	double view[4];
	struct level_set levels;
	descent_view(p, view);
	run_levels(p->run, view, &levels);
	descent_legend(p, &levels, l);
}

/* The legend's box inside the plot: placed on what the whole run shows
 * (the background and every computed row), never over a row's point. */
static int place_descent_legend(struct figure_cache *k, const struct plot *plot,
                                const struct run *run, const struct plot_legend *l,
                                struct plot_box *box)
{
	const struct canvas *c = plot->canvas;
	unsigned char *keep = figure_zeroed(&k->keep, &k->keep_cap,
	                                    (size_t)canvas_cols(c) * (size_t)canvas_rows(c));
	struct canvas *ink = figure_scratch_copy(&k->ink, c);
	if (keep == NULL || ink == NULL)
		return -1;
	struct plot whole = *plot;
	whole.canvas = ink;
	figure_draw_path(&whole, run, run_last(run), STYLE_PATH, MARK_POINT, keep);
	*box = plot_legend_place(plot, l, ink, keep);
	return 0;
}

static int descent_frame(struct figure_cache *k, struct canvas *c,
                         const struct descent_params *p)
{
	const struct run *run = p->run;
	double view[4];
	struct level_set levels;
	descent_view(p, view);
	run_levels(run, view, &levels);
	struct plot plot;
	if (background(k, c, p, view, &levels, &plot) != 0)
		return -1;
	long current = figure_clamp_row(run, p->current);
	const struct run_row *now = run_row(run, current);

	struct plot_legend legend;
	struct plot_box box = { 0, 0, 0, 0 };
	if (!p->no_legend) {
		descent_legend(p, &levels, &legend);
		if (place_descent_legend(k, &plot, run, &legend, &box) != 0)
			return -1;
	}

	if (isfinite(now->loss))
		draw_current_level(k, &plot, now->loss);
	figure_draw_path(&plot, run, current, STYLE_PATH, MARK_POINT, NULL);
	const double *start = run_row(run, run_first(run))->x;
	plot_marker(&plot, start[0], start[1], STYLE_START, MARK_START);
	draw_gradient(&plot, now);
	if (p->next_arrow && current < run_last(run)) {
		const double *b = run_row(run, current + 1)->x;
		plot_arrow(&plot, now->x[0], now->x[1], b[0], b[1], STYLE_ARROW, LINE_SOLID);
	}
	plot_marker(&plot, now->x[0], now->x[1], STYLE_CURRENT, MARK_CURRENT);
	if (box.rows > 0)
		plot_legend_draw(c, &legend, box);
	canvas_set_clip(c, plot.col, plot.row, plot.cols, plot.rows);
	return 0;
}

int figure_descent(struct canvas *c, const struct descent_params *p)
{
	if (!figure_big_enough(c, FIGURE_DESCENT))
		return -1;
	struct figure_cache *k = p->cache ? p->cache : figure_cache_new();
	if (!k)
		return -1;
	int status = descent_frame(k, c, p);
	if (!p->cache)
		figure_cache_free(k);
	return status;
}

int figure_descent_columns(const struct descent_params *p, enum canvas_mode mode, int rows)
{
	double view[4];
	descent_view(p, view);
	struct plot_spec spec = { .xlo = view[0], .xhi = view[1], .ylo = view[2],
	                          .yhi = view[3], .equal_aspect = true };
	int cols = plot_columns_for_aspect(&spec, mode, rows), min_cols, min_rows;
	figure_min_size(FIGURE_DESCENT, &min_cols, &min_rows);
	return cols > min_cols ? cols : min_cols;
}
