/* figures: the tangent, the gradient field and the descent path, as the book
 * draws them with matplotlib, on a canvas. Numbers in legends are rounded to
 * 4 significant digits to keep them short; the text commands print the exact
 * ones. */
#include "figures.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plot.h"

void figure_min_size(enum figure_kind kind, int *cols, int *rows)
{
	static const int size[3][2] = {
		[FIGURE_TANGENT] = { 32, 10 },
		[FIGURE_FIELD] = { 24, 10 },
		[FIGURE_DESCENT] = { 32, 12 },
	};
	*cols = size[kind][0];
	*rows = size[kind][1];
}

static bool big_enough(const struct canvas *c, enum figure_kind kind)
{
	int cols, rows;
	figure_min_size(kind, &cols, &rows);
	return canvas_cols(c) >= cols && canvas_rows(c) >= rows;
}

/* A number short enough for a legend. */
static const char *short_number(char *buf, size_t n, double v)
{
	if (isnan(v))
		snprintf(buf, n, "nan"); /* not "-nan" */
	else
		snprintf(buf, n, "%.4g", v == 0 ? 0.0 : v); /* no "-0" */
	return buf;
}

static double value1(const struct objective *f, double x)
{
	return f->value(f->ctx, &x);
}

/* ---- tangent ------------------------------------------------------------ */

/* True when f jumps between x0 and x1 (a pole, a step) rather than climbing
 * steeply: its value halfway is not between the two ends. */
static bool jumps(const struct objective *f, double x0, double y0, double x1,
                  double y1)
{
	double mid = value1(f, x0 / 2 + x1 / 2);
	double lo = fmin(y0, y1), hi = fmax(y0, y1), slack = (hi - lo) * 0.25;
	return !(mid >= lo - slack && mid <= hi + slack);
}

/* f sampled once a dot column; consecutive finite samples are joined unless
 * f jumps between them. */
static void draw_curve(const struct plot *p, const struct objective *f)
{
	int x0, y0, w, h;
	plot_area_dots(p, &x0, &y0, &w, &h);
	double prev_x = NAN, prev_y = NAN;
	/* a segment taller than this is checked for a jump */
	double steep = (p->yhi / 2 - p->ylo / 2) * 0.5;
	for (int i = 0; i < w; i++) {
		double x = plot_data_x(p, x0 + i + 0.5), y = value1(f, x);
		if (isfinite(y) && isfinite(prev_y)) {
			bool tall = fabs(y / 2 - prev_y / 2) > steep;
			if (!tall || !jumps(f, prev_x, prev_y, x, y))
				plot_line(p, prev_x, prev_y, x, y, STYLE_CURVE, LINE_SOLID);
		} else if (isfinite(y)) {
			plot_line(p, x, y, x, y, STYLE_CURVE, LINE_SOLID);
		}
		prev_x = x;
		prev_y = y;
	}
}

/* "y = 0.3x - 1", rounded for reading. */
static void equation_text(char *buf, size_t n, const char *what, double slope,
                          double intercept)
{
	char s[32], b[32];
	short_number(s, sizeof s, slope);
	short_number(b, sizeof b, fabs(intercept));
	bool no_slope = strcmp(s, "0") == 0, no_intercept = strcmp(b, "0") == 0;
	if (no_slope)
		snprintf(buf, n, "%s y = %s", what, short_number(b, sizeof b, intercept));
	/* "x", "-x" rather than "1x", "-1x" */
	const char *factor = strcmp(s, "1") == 0 ? "" : strcmp(s, "-1") == 0 ? "-" : s;
	if (no_intercept)
		snprintf(buf, n, "%s y = %sx", what, factor);
	else
		snprintf(buf, n, "%s y = %sx %c %s", what, factor,
		         intercept < 0 ? '-' : '+', b);
}

int figure_tangent(struct canvas *c, const struct tangent_params *p)
{
	if (!big_enough(c, FIGURE_TANGENT))
		return -1;
	canvas_clear(c);
	const struct objective *f = &p->f;
	double xlo = p->xlo, xhi = p->xhi;
	plot_fix_range(&xlo, &xhi);

	/* The y range: f's finite values at (about) the columns it will be
	 * drawn at. */
	enum { SAMPLES = 512 };
	double ys[SAMPLES];
	int n = canvas_cols(c) * canvas_dots_per_col(c);
	n = n > SAMPLES ? SAMPLES : n < 2 ? 2 : n;
	for (int i = 0; i < n; i++)
		ys[i] = value1(f, xlo + (xhi / 2 - xlo / 2) * 2 * i / (n - 1));
	double ylo, yhi;
	plot_auto_range(ys, (size_t)n, &ylo, &yhi);

	struct plot_spec spec = { xlo, xhi, ylo, yhi, p->f_text, "x", "f(x)",
	                          .round_y = true };
	struct plot plot;
	if (plot_begin(&plot, c, &spec) != 0)
		return -1;
	draw_curve(&plot, f);

	struct tangent t = tangent_line(f, p->a, p->h);
	double fa = value1(f, p->a);
	bool has_tangent = isfinite(t.slope) && isfinite(t.intercept);
	char tangent_text[96] = "tangent: undefined here";
	if (p->secant) {
		double left = value1(f, p->a - p->h), right = value1(f, p->a + p->h);
		double slope = (right - left) / (2 * p->h);
		double at_lo = left + slope * (xlo - (p->a - p->h));
		double at_hi = left + slope * (xhi - (p->a - p->h));
		plot_line(&plot, xlo, at_lo, xhi, at_hi, STYLE_SECANT, LINE_DOTTED);
	}
	if (has_tangent) {
		plot_line(&plot, xlo, t.slope * xlo + t.intercept, xhi,
		          t.slope * xhi + t.intercept, STYLE_TANGENT, LINE_DASHED);
		equation_text(tangent_text, sizeof tangent_text, "tangent", t.slope,
		              t.intercept);
	}
	if (isfinite(fa))
		plot_marker(&plot, p->a, fa, STYLE_CURRENT, MARK_CURRENT);

	char point_text[80], a_text[32], fa_text[32];
	snprintf(point_text, sizeof point_text, "a = %s, f(a) = %s",
	         short_number(a_text, sizeof a_text, p->a),
	         short_number(fa_text, sizeof fa_text, fa));
	struct plot_legend_entry legend[4] = {
		{ STYLE_CURVE, SAMPLE_LINE, LINE_SOLID, MARK_POINT, "f(x)" },
		{ STYLE_TANGENT, SAMPLE_LINE, LINE_DASHED, MARK_POINT, tangent_text },
		{ STYLE_CURRENT, SAMPLE_MARKER, LINE_SOLID, MARK_CURRENT, point_text },
		{ STYLE_SECANT, SAMPLE_LINE, LINE_DOTTED, MARK_POINT,
		  "secant through f(a-h), f(a+h)" },
	};
	plot_legend(&plot, legend, p->secant ? 4 : 3);
	return 0;
}

/* ---- gradient field ----------------------------------------------------- */

/* The grid step along one axis: the book's 1/16 of the view, doubled until
 * neighbouring arrows are `room` dots apart, but keeping 3 arrows at least. */
static double grid_step(double lo, double hi, double dots_per_unit, double room)
{
	double half_span = hi / 2 - lo / 2, step = half_span / 8;
	for (int i = 0; i < 3 && step * dots_per_unit < room; i++)
		step *= 2;
	return step;
}

enum { FIELD_MAX_ARROWS = 17 }; /* a side; steps are 1/16 of the view or more */

static void draw_field(const struct plot *p, const struct objective *f, double h)
{
	const struct canvas *c = p->canvas;
	double ux = fabs(p->x_scale) / 2, uy = fabs(p->y_scale) / 2; /* dots/unit */
	/* one arrow every 5 columns and 3 rows at the least */
	double sx = grid_step(p->xlo, p->xhi, ux, 5.0 * canvas_dots_per_col(c));
	double sy = grid_step(p->ylo, p->yhi, uy, 3.0 * canvas_dots_per_row(c));
	double x0 = ceil(p->xlo / sx) * sx, y0 = ceil(p->ylo / sy) * sy;
	double gx[FIELD_MAX_ARROWS][FIELD_MAX_ARROWS][2];
	double px[FIELD_MAX_ARROWS] = { 0 }, py[FIELD_MAX_ARROWS] = { 0 };
	int nx = 0, ny = 0;
	for (; nx < FIELD_MAX_ARROWS && x0 + nx * sx <= p->xhi; nx++)
		px[nx] = x0 + nx * sx;
	for (; ny < FIELD_MAX_ARROWS && y0 + ny * sy <= p->yhi; ny++)
		py[ny] = y0 + ny * sy;

	/* the longest arrow (in grid cells) sets the scale */
	double longest = 0;
	for (int i = 0; i < nx; i++) {
		for (int j = 0; j < ny; j++) {
			double x[2] = { px[i], py[j] }, g[2];
			numerical_gradient(f, x, h, g);
			gx[i][j][0] = -g[0];
			gx[i][j][1] = -g[1];
			double cells = fmax(fabs(g[0]) / sx, fabs(g[1]) / sy);
			if (isfinite(cells) && cells > longest)
				longest = cells;
		}
	}
	double scale = longest > 0 ? 0.8 / longest : 0;
	for (int i = 0; i < nx; i++) {
		for (int j = 0; j < ny; j++) {
			double u = gx[i][j][0] * scale, v = gx[i][j][1] * scale;
			if (!isfinite(u) || !isfinite(v))
				continue;
			if (fabs(u * ux) < 0.5 && fabs(v * uy) < 0.5)
				plot_marker(p, px[i], py[j], STYLE_FIELD, MARK_ZERO);
			else
				plot_arrow(p, px[i], py[j], px[i] + u, py[j] + v, STYLE_FIELD);
		}
	}
}

int figure_field(struct canvas *c, const struct field_params *p)
{
	if (!big_enough(c, FIGURE_FIELD))
		return -1;
	canvas_clear(c);
	struct plot_spec spec = { p->view[0], p->view[1], p->view[2], p->view[3],
	                          p->f_text, "x0", "x1", false, false };
	struct plot plot;
	if (plot_begin(&plot, c, &spec) != 0)
		return -1;
	draw_field(&plot, &p->f, p->h);
	struct plot_legend_entry legend[1] = {
		{ STYLE_FIELD, SAMPLE_ARROW, LINE_SOLID, MARK_POINT, "-grad f" },
	};
	plot_legend(&plot, legend, 1);
	return 0;
}

/* ---- descent: the part that stays from frame to frame ------------------- */

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
	char title[CACHE_TITLE_MAX];
	/* the background, and the plot it was drawn with */
	struct canvas *background;
	struct plot plot;
	double *grid;
	size_t grid_cap;
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
	free(cache->grid);
	free(cache);
}

static bool cache_matches(const struct figure_cache *k, const struct canvas *c,
                          const struct descent_params *p, const double view[4])
{
	const char *title = p->f_text ? p->f_text : "";
	return k->valid && k->surface_generation == p->surface_generation &&
	       k->h == p->run->spec.h &&
	       memcmp(k->view, view, sizeof k->view) == 0 &&
	       k->cols == canvas_cols(c) && k->rows == canvas_rows(c) &&
	       k->mode == canvas_mode(c) && k->field == p->field &&
	       strcmp(k->title, title) == 0;
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

enum { CONTOUR_LEVELS = 6 };

/* Plots of more dots than this sample the surface at every other dot. */
#define CONTOUR_FULL_DOTS 40000

/* Levels from the lowest value in view up to its 90th percentile, spaced as
 * squares (i/6)^2: a bowl gets rings at even distances, so the centre shows
 * as well as the rim. Uses the grid's second half as scratch. */
static int contour_levels(double *grid, size_t n, double levels[CONTOUR_LEVELS])
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
	for (int i = 0; i < CONTOUR_LEVELS; i++) {
		double q = (double)(i + 1) / CONTOUR_LEVELS;
		levels[i] = lo + (top - lo) * q * q;
	}
	return CONTOUR_LEVELS;
}

static int draw_background(struct figure_cache *k, struct canvas *c,
                           const struct descent_params *p, const double view[4])
{
	canvas_clear(c);
	struct plot_spec spec = { view[0], view[1], view[2], view[3],
	                          p->f_text, "X0", "X1", false, true };
	if (plot_begin(&k->plot, c, &spec) != 0)
		return -1;
	const struct plot *plot = &k->plot;
	const struct objective *f = &p->run->spec.surface;
	if (p->field)
		draw_field(plot, f, p->run->spec.h);

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
	/* The x of each dot column, once: the second half of the grid is free
	 * until contour_levels uses it. */
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
	double levels[CONTOUR_LEVELS];
	int nlevels = contour_levels(k->grid, n, levels);
	plot_contour(plot, k->grid, w, h, stride, levels, nlevels, STYLE_CONTOUR);

	/* the book's dashed axis lines */
	plot_line(plot, plot->xlo, 0, plot->xhi, 0, STYLE_AXES, LINE_DASHED);
	plot_line(plot, 0, plot->ylo, 0, plot->yhi, STYLE_AXES, LINE_DASHED);
	return 0;
}

/* Draws the background, or copies it from the cache when it still holds. */
static int background(struct figure_cache *k, struct canvas *c,
                      const struct descent_params *p, const double view[4],
                      struct plot *plot)
{
	if (cache_matches(k, c, p, view) && canvas_copy(c, k->background) == 0) {
		*plot = k->plot;
		plot->canvas = c;
		return 0;
	}
	k->valid = false;
	if (draw_background(k, c, p, view) != 0)
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
	strcpy(k->title, title);
	k->valid = true;
	return 0;
}

/* ---- descent: the path -------------------------------------------------- */

/* The box around the finite points of every computed row, with a margin. */
static void fit_view(const struct run *run, double view[4])
{
	double lo[2] = { INFINITY, INFINITY }, hi[2] = { -INFINITY, -INFINITY };
	for (long i = run_first(run); i <= run_last(run); i++) {
		for (int d = 0; d < 2; d++) {
			double v = run_row(run, i)->x[d];
			if (isfinite(v)) {
				lo[d] = fmin(lo[d], v);
				hi[d] = fmax(hi[d], v);
			}
		}
	}
	for (int d = 0; d < 2; d++) {
		plot_fix_range(&lo[d], &hi[d]);
		double margin = (hi[d] / 2 - lo[d] / 2) * 0.2;
		view[2 * d] = isfinite(lo[d] - margin) ? lo[d] - margin : lo[d];
		view[2 * d + 1] = isfinite(hi[d] + margin) ? hi[d] + margin : hi[d];
	}
}

static void draw_path(const struct plot *plot, const struct run *run, long current)
{
	long first = run_first(run);
	for (long i = first + 1; i <= current; i++) {
		const double *a = run_row(run, i - 1)->x, *b = run_row(run, i)->x;
		plot_line(plot, a[0], a[1], b[0], b[1], STYLE_PATH, LINE_SOLID);
	}
	/* A long run ends in one cell: mark each cell once. */
	double last_x = NAN, last_y = NAN;
	double dpc = canvas_dots_per_col(plot->canvas);
	double dpr = canvas_dots_per_row(plot->canvas);
	for (long i = first; i <= current; i++) {
		const double *x = run_row(run, i)->x;
		double col = floor(plot_dot_x(plot, x[0]) / dpc);
		double row = floor(plot_dot_y(plot, x[1]) / dpr);
		if (col == last_x && row == last_y)
			continue;
		plot_marker(plot, x[0], x[1], STYLE_PATH, MARK_POINT);
		last_x = col;
		last_y = row;
	}
	const double *start = run_row(run, first)->x, *now = run_row(run, current)->x;
	plot_marker(plot, start[0], start[1], STYLE_START, MARK_START);
	plot_marker(plot, now[0], now[1], STYLE_CURRENT, MARK_CURRENT);
}

static void point_text(char *buf, size_t n, const char *what, const double x[2])
{
	char a[32], b[32];
	snprintf(buf, n, "%s (%s, %s)", what, short_number(a, sizeof a, x[0]),
	         short_number(b, sizeof b, x[1]));
}

/* "step 100 (-0.03459, 0.04612)": the usual width of the current point's
 * legend text. */
#define CURRENT_TEXT_WIDTH 28

int figure_descent(struct canvas *c, const struct descent_params *p)
{
	if (!big_enough(c, FIGURE_DESCENT))
		return -1;
	const struct run *run = p->run;
	double view[4] = { p->view[0], p->view[1], p->view[2], p->view[3] };
	if (p->fit_view)
		fit_view(run, view);

	struct figure_cache *k = p->cache ? p->cache : figure_cache_new();
	if (!k)
		return -1;
	struct plot plot;
	int status = background(k, c, p, view, &plot);
	if (!p->cache)
		figure_cache_free(k);
	if (status != 0)
		return -1;

	long current = p->current < run_first(run) ? run_first(run)
	             : p->current > run_last(run) ? run_last(run) : p->current;
	bool has_next = p->next_arrow && current < run_last(run);
	char start_text[128], current_text[128], path_text[64], lr[32], what[32];
	const double *start = run_row(run, run_first(run))->x;
	point_text(start_text, sizeof start_text, "start", start);
	snprintf(what, sizeof what, "step %ld", current);
	point_text(current_text, sizeof current_text, what, run_row(run, current)->x);
	/* A fixed width keeps the legend's box still while stepping. */
	size_t len = strlen(current_text);
	if (len < CURRENT_TEXT_WIDTH) {
		memset(current_text + len, ' ', CURRENT_TEXT_WIDTH - len);
		current_text[CURRENT_TEXT_WIDTH] = '\0';
	}
	snprintf(path_text, sizeof path_text, "path, lr %s",
	         short_number(lr, sizeof lr, run_row(run, current)->lr));
	struct plot_legend_entry legend[5] = {
		{ STYLE_START, SAMPLE_MARKER, LINE_SOLID, MARK_START, start_text },
		{ STYLE_PATH, SAMPLE_MARKER, LINE_SOLID, MARK_POINT, path_text },
		{ STYLE_CURRENT, SAMPLE_MARKER, LINE_SOLID, MARK_CURRENT, current_text },
		{ STYLE_ARROW, SAMPLE_ARROW, LINE_SOLID, MARK_POINT, "next step" },
		{ STYLE_CONTOUR, SAMPLE_LINE, LINE_DOTTED, MARK_POINT, "level curves of f" },
	};
	/* The legend's place depends on what stays from step to step (the
	 * contours and the start), so the same state always puts it in the
	 * same corner and stepping never moves it. */
	plot_marker(&plot, start[0], start[1], STYLE_START, MARK_START);
	plot_legend_place(&plot, legend, 5);

	draw_path(&plot, run, current);
	if (has_next) {
		const double *a = run_row(run, current)->x, *b = run_row(run, current + 1)->x;
		plot_arrow(&plot, a[0], a[1], b[0], b[1], STYLE_ARROW);
	} else {
		legend[3] = legend[4]; /* no next step: no entry for it */
	}
	plot_legend(&plot, legend, has_next ? 5 : 4);
	return 0;
}
