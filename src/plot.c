/* plot: axes, ticks and data-to-dot mapping on a canvas. A value lo maps to
 * the centre of the first dot of its axis and hi to the centre of the last,
 * so both ends of a range are drawn. Spans are handled as halves (hi/2 -
 * lo/2) so that ranges like [-1e308, 1e308] never overflow. */
#include "plot.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- ranges ------------------------------------------------------------- */

/* Narrower ranges have no finite scale: (dots - 1) / (hi/2 - lo/2)
 * overflows and nothing can be drawn. */
#define NARROWEST_RANGE 1e-300

void plot_fix_range(double *lo, double *hi)
{
	double a = *lo, b = *hi;
	if (!isfinite(a) && !isfinite(b)) {
		a = -1;
		b = 1;
	} else if (!isfinite(a)) {
		a = b;
	} else if (!isfinite(b)) {
		b = a;
	}
	if (a > b) {
		double t = a;
		a = b;
		b = t;
	}
	if (!(b - a >= NARROWEST_RANGE)) {
		double d = fabs(a) * 0.1;
		/* 10% too narrow to draw (0, tiny values) or that cannot move a: +-1 */
		if (!(2 * d >= NARROWEST_RANGE && a - d < a && a + d > a))
			d = fabs(a) < 1e300 ? 1 : fabs(a) * 0.1;
		/* near +-DBL_MAX widen inwards only */
		a = isfinite(a - d) ? a - d : a;
		b = isfinite(b + d) ? b + d : b;
		if (!(a < b))
			a = b - 2 * d;
	}
	*lo = a;
	*hi = b;
}

void plot_auto_range(const double *v, size_t n, double *lo, double *hi)
{
	double a = INFINITY, b = -INFINITY;
	for (size_t i = 0; i < n; i++) {
		if (!isfinite(v[i]))
			continue;
		if (v[i] < a)
			a = v[i];
		if (v[i] > b)
			b = v[i];
	}
	*lo = a;
	*hi = b;
	plot_fix_range(lo, hi);
}

/* ---- tick labels -------------------------------------------------------- */

/* Drops trailing zeros of a fraction ("1.50" -> "1.5", "2.0" -> "2"). */
static void trim_fraction(char *s)
{
	char *point = strchr(s, '.');
	if (!point)
		return;
	char *end = point + strlen(point);
	while (end > point + 1 && end[-1] == '0')
		end--;
	if (end == point + 1)
		end = point;
	memmove(end, end + strlen(end), 1);
	*end = '\0';
}

void plot_format_tick(char buf[PLOT_LABEL_MAX], double v, double step,
                      double scale)
{
	if (v == 0 || fabs(v) < step * 1e-9) {
		strcpy(buf, "0");
		return;
	}
	/* k: the place of the step's last digit (0.25: -2, 5e299: 299); the
	 * labels need digits down to there */
	int k = (int)floor(log10(step) + 1e-9);
	for (int i = 0; i < 3; i++) {
		double m = step / pow(10, k);
		if (fabs(m - round(m)) < 1e-6 * m)
			break;
		k--;
	}
	if (k >= -4 && scale < 1e6) {
		snprintf(buf, PLOT_LABEL_MAX, "%.*f", k < 0 ? -k : 0, v);
		trim_fraction(buf);
		return;
	}
	int e = (int)floor(log10(fabs(v)) + 1e-9);
	int digits = e - k;
	digits = digits < 0 ? 0 : digits > 15 ? 15 : digits;
	char tmp[40];
	snprintf(tmp, sizeof tmp, "%.*e", digits, v);
	char *ep = strchr(tmp, 'e');
	int exponent = ep ? (int)strtol(ep + 1, NULL, 10) : 0;
	if (ep)
		*ep = '\0';
	trim_fraction(tmp);
	char label[64];
	snprintf(label, sizeof label, "%se%d", tmp, exponent);
	snprintf(buf, PLOT_LABEL_MAX, "%.*s", PLOT_LABEL_MAX - 1, label);
}

/* ---- ticks -------------------------------------------------------------- */

/* The cell of value v on an axis of `dots` dots (lo on the centre of the
 * first, hi on the centre of the last), counted from the top if vertical. */
static int tick_cell(double v, double lo, double hi, int dots, int dpc,
                     bool vertical)
{
	double frac = (v / 2 - lo / 2) / (hi / 2 - lo / 2);
	if (vertical)
		frac = 1 - frac;
	int cell = (int)floor((0.5 + frac * (dots - 1)) / dpc);
	int last = (dots - 1) / dpc;
	return cell < 0 ? 0 : cell > last ? last : cell;
}

/* Fills t with the ticks at multiples of step inside [lo, hi]; false when
 * there would be too many or their labels collide. */
static bool try_step(struct plot_ticks *t, double lo, double hi, double step,
                     int cells, int dpc, bool vertical)
{
	/* a tick a rounding error outside still counts (0.3 / 0.1 is
	 * 2.9999999999999996) */
	double first = ceil(lo / step - 1e-9), last = floor(hi / step + 1e-9);
	if (!(last - first < PLOT_MAX_TICKS))
		return false;
	double scale = fmax(fabs(first * step), fabs(last * step));
	int prev_end = -1000000;
	t->count = 0;
	t->step = step;
	for (double n = first; n <= last; n++) {
		int i = t->count;
		double v = n * step;
		if (fabs(v) < step * 1e-9)
			v = 0;
		if (i > 0 && !(v > t->value[i - 1]))
			return false; /* steps below the precision of lo */
		t->value[i] = v;
		t->pos[i] = tick_cell(v, lo, hi, cells * dpc, dpc, vertical);
		plot_format_tick(t->label[i], v, step, scale);
		if (i > 0 && strcmp(t->label[i], t->label[i - 1]) == 0)
			return false;
		if (vertical) {
			/* one empty row between labels (rows run top down) */
			if (i > 0 && t->pos[i - 1] - t->pos[i] < 2)
				return false;
		} else {
			int w = (int)strlen(t->label[i]);
			int start = t->pos[i] - (w - 1) / 2;
			if (start < prev_end + 1)
				return false;
			prev_end = start + w;
		}
		t->count++;
	}
	return true;
}

void plot_choose_ticks(double lo, double hi, int cells, int dots_per_cell,
                       bool vertical, struct plot_ticks *t)
{
	t->count = 0;
	t->step = 0;
	if (lo > hi) {
		double s = lo;
		lo = hi;
		hi = s;
	}
	if (!isfinite(lo) || !isfinite(hi) || !(lo < hi) || cells < 1 ||
	    dots_per_cell < 1)
		return;
	/* as many ticks as read comfortably: an x label every 8 or so
	 * columns, a y label every 3 or so rows */
	int want = vertical ? cells / 3 + 1 : cells / 8 + 1;
	want = want < 2 ? 2 : want > PLOT_MAX_TICKS ? PLOT_MAX_TICKS : want;
	double raw_log = log10(hi / 2 - lo / 2) + log10(2.0) - log10(want);
	int k = (int)floor(raw_log);
	static const double mantissa[3] = { 1, 2, 5 };
	int m = 0;
	while (m < 3 && log10(mantissa[m]) + k < raw_log - 1e-12)
		m++;
	if (m == 3) {
		m = 0;
		k++;
	}
	/* each try a larger step; 3 tries a decade, 12 are plenty */
	for (int tries = 0; tries < 12; tries++) {
		double step = mantissa[m] * pow(10, k);
		if (!isfinite(step) || step <= 0)
			break;
		if (try_step(t, lo, hi, step, cells, dots_per_cell, vertical))
			return;
		if (++m == 3) {
			m = 0;
			k++;
		}
	}
	t->count = 0;
	t->step = 0;
}

/* Widens [lo, hi] to the ticks around it. */
static void round_out(double *lo, double *hi, int cells, int dpc, bool vertical)
{
	struct plot_ticks t;
	plot_choose_ticks(*lo, *hi, cells, dpc, vertical, &t);
	if (t.count == 0)
		return;
	double a = floor(*lo / t.step) * t.step, b = ceil(*hi / t.step) * t.step;
	if (isfinite(a) && isfinite(b) && a < b) {
		*lo = a;
		*hi = b;
	}
}

/* ---- the transform ------------------------------------------------------ */

static void set_transform(struct plot *p)
{
	const struct canvas *c = p->canvas;
	int dpc = canvas_dots_per_col(c), dpr = canvas_dots_per_row(c);
	int w = p->cols * dpc, h = p->rows * dpr;
	p->x_origin = p->col * dpc + 0.5;
	p->y_origin = p->row * dpr + 0.5;
	p->x_scale = (w - 1) / (p->xhi / 2 - p->xlo / 2);
	p->y_scale = (h - 1) / (p->yhi / 2 - p->ylo / 2);
}

double plot_dot_x(const struct plot *p, double x)
{
	return p->x_origin + (x / 2 - p->xlo / 2) * p->x_scale;
}

double plot_dot_y(const struct plot *p, double y)
{
	return p->y_origin + (p->yhi / 2 - y / 2) * p->y_scale;
}

double plot_data_x(const struct plot *p, double dot_x)
{
	if (p->x_scale == 0)
		return p->xlo / 2 + p->xhi / 2;
	return 2 * ((dot_x - p->x_origin) / p->x_scale + p->xlo / 2);
}

double plot_data_y(const struct plot *p, double dot_y)
{
	if (p->y_scale == 0)
		return p->ylo / 2 + p->yhi / 2;
	return 2 * (p->yhi / 2 - (dot_y - p->y_origin) / p->y_scale);
}

void plot_area_dots(const struct plot *p, int *x, int *y, int *w, int *h)
{
	int dpc = canvas_dots_per_col(p->canvas), dpr = canvas_dots_per_row(p->canvas);
	*x = p->col * dpc;
	*y = p->row * dpr;
	*w = p->cols * dpc;
	*h = p->rows * dpr;
}

/* Widens one range so a data unit is as long across as it is down. */
static void equalize_aspect(struct plot *p)
{
	const struct canvas *c = p->canvas;
	int w = p->cols * canvas_dots_per_col(c), h = p->rows * canvas_dots_per_row(c);
	if (w < 2 || h < 2)
		return;
	/* half-units per dot width, along each axis */
	double ux = (p->xhi / 2 - p->xlo / 2) / (w - 1);
	double uy = (p->yhi / 2 - p->ylo / 2) / ((h - 1) * canvas_dot_aspect(c));
	double *lo = &p->xlo, *hi = &p->xhi;
	double half = uy * (w - 1);
	if (uy < ux) {
		lo = &p->ylo;
		hi = &p->yhi;
		half = ux * (h - 1) * canvas_dot_aspect(c);
	}
	double mid = *lo / 2 + *hi / 2;
	double a = mid - half, b = mid + half;
	if (isfinite(a) && isfinite(b) && a < b) {
		*lo = a;
		*hi = b;
	}
}

/* ---- frame -------------------------------------------------------------- */

static int label_width(const struct plot_ticks *t)
{
	int w = 0;
	for (int i = 0; i < t->count; i++) {
		int n = (int)strlen(t->label[i]);
		w = n > w ? n : w;
	}
	return w;
}

static int text_len(const char *s)
{
	return s ? (int)strlen(s) : 0;
}

static void draw_frame(const struct plot *p, const struct plot_spec *spec)
{
	struct canvas *c = p->canvas;
	int axis_col = p->col - 1, axis_row = p->row + p->rows;
	int cols = canvas_cols(c);

	for (int r = p->row; r < axis_row; r++)
		canvas_glyph(c, axis_col, r, 0x2502, '|', STYLE_AXES);          /* │ */
	for (int k = p->col; k < p->col + p->cols; k++)
		canvas_glyph(c, k, axis_row, 0x2500, '-', STYLE_AXES);          /* ─ */
	canvas_glyph(c, axis_col, axis_row, 0x2514, '+', STYLE_AXES);       /* └ */

	for (int i = 0; i < p->yticks.count; i++) {
		int r = p->row + p->yticks.pos[i];
		const char *label = p->yticks.label[i];
		canvas_glyph(c, axis_col, r, 0x2524, '+', STYLE_AXES);      /* ┤ */
		canvas_text(c, axis_col - text_len(label), r, label, STYLE_LABEL);
	}
	for (int i = 0; i < p->xticks.count; i++) {
		int k = p->col + p->xticks.pos[i];
		const char *label = p->xticks.label[i];
		int w = text_len(label), start = k - (w - 1) / 2;
		start = start + w > cols ? cols - w : start;
		canvas_glyph(c, k, axis_row, 0x252C, '+', STYLE_AXES);      /* ┬ */
		canvas_text(c, start < 0 ? 0 : start, axis_row + 1, label, STYLE_LABEL);
	}

	if (spec->xtitle) {
		int w = text_len(spec->xtitle);
		canvas_text(c, p->col + (p->cols - w) / 2, axis_row + 2, spec->xtitle,
		            STYLE_LABEL);
	}
	int title_from = 0;
	if (spec->ytitle) {
		canvas_text(c, 0, 0, spec->ytitle, STYLE_LABEL);
		title_from = text_len(spec->ytitle) + 2;
	}
	if (spec->title) {
		int w = text_len(spec->title);
		int start = p->col + (p->cols - w) / 2;
		canvas_text(c, start < title_from ? title_from : start, 0, spec->title,
		            STYLE_TITLE);
	}
}

int plot_begin(struct plot *p, struct canvas *c, const struct plot_spec *spec)
{
	int cols = canvas_cols(c), rows = canvas_rows(c);
	int dpc = canvas_dots_per_col(c), dpr = canvas_dots_per_row(c);
	if (cols < PLOT_MIN_COLS || rows < PLOT_MIN_ROWS)
		return -1;
	memset(p, 0, sizeof *p);
	p->canvas = c;
	p->legend_corner = -1;
	p->legend_rows = 0;
	p->xlo = spec->xlo;
	p->xhi = spec->xhi;
	p->ylo = spec->ylo;
	p->yhi = spec->yhi;
	plot_fix_range(&p->xlo, &p->xhi);
	plot_fix_range(&p->ylo, &p->yhi);
	p->row = 1;
	p->rows = rows - 4;

	/* The y labels' width sets the plot's width, which (equal aspect,
	 * round-out) can change the ranges and so the labels: settle it in a
	 * few passes. */
	int label_w = 0;
	for (int pass = 0; pass < 3; pass++) {
		p->col = label_w + 1;
		p->cols = cols - p->col - 1;
		if (p->cols < 1)
			return -1;
		if (spec->equal_aspect) {
			equalize_aspect(p);
		} else if (spec->round_y && pass == 0) {
			round_out(&p->ylo, &p->yhi, p->rows, dpr, true);
		}
		plot_choose_ticks(p->ylo, p->yhi, p->rows, dpr, true, &p->yticks);
		int w = label_width(&p->yticks);
		if (w <= label_w)
			break;
		label_w = w;
		if (spec->equal_aspect) { /* start again from the spec's ranges */
			p->xlo = spec->xlo;
			p->xhi = spec->xhi;
			p->ylo = spec->ylo;
			p->yhi = spec->yhi;
			plot_fix_range(&p->xlo, &p->xhi);
			plot_fix_range(&p->ylo, &p->yhi);
		}
	}
	if (label_w + 2 > cols / 2) { /* labels that would crowd out the plot */
		p->yticks.count = 0;
		p->col = 1;
		p->cols = cols - 2;
		if (spec->equal_aspect)
			equalize_aspect(p);
	}
	plot_choose_ticks(p->xlo, p->xhi, p->cols, dpc, false, &p->xticks);
	set_transform(p);
	draw_frame(p, spec);
	canvas_set_clip(c, p->col, p->row, p->cols, p->rows);
	return 0;
}

/* ---- drawing in data coordinates ---------------------------------------- */

void plot_line(const struct plot *p, double x0, double y0, double x1,
               double y1, enum canvas_style s, enum canvas_pattern pattern)
{
	canvas_line(p->canvas, plot_dot_x(p, x0), plot_dot_y(p, y0),
	            plot_dot_x(p, x1), plot_dot_y(p, y1), s, pattern);
}

void plot_marker(const struct plot *p, double x, double y, enum canvas_style s,
                 enum canvas_marker m)
{
	canvas_marker(p->canvas, plot_dot_x(p, x), plot_dot_y(p, y), s, m);
}

void plot_arrow(const struct plot *p, double x0, double y0, double x1,
                double y1, enum canvas_style s)
{
	canvas_arrow(p->canvas, plot_dot_x(p, x0), plot_dot_y(p, y0),
	             plot_dot_x(p, x1), plot_dot_y(p, y1), s);
}

/* ---- contours ----------------------------------------------------------- */

/* Where the level crosses the edge from value a to value b, 0..1. */
static double crossing(double a, double b, double level)
{
	return (level - a) / (b - a);
}

/* One square of marching squares, size dots a side. Corners a (top left),
 * b (top right), c (bottom right), d (bottom left); (x, y) the dot
 * coordinates of a. */
static void contour_square(struct canvas *cv, double x, double y, double size,
                           double a, double b, double c, double d, double level,
                           enum canvas_style s, enum canvas_pattern pattern)
{
	int index = (a >= level) << 3 | (b >= level) << 2 | (c >= level) << 1 |
	            (d >= level);
	if (index == 0 || index == 15)
		return;
	/* the crossing points on the four edges */
	double top_x = x + size * crossing(a, b, level), top_y = y;
	double right_x = x + size, right_y = y + size * crossing(b, c, level);
	double bottom_x = x + size * crossing(d, c, level), bottom_y = y + size;
	double left_x = x, left_y = y + size * crossing(a, d, level);
	/* saddles: the centre's side decides which corners join */
	bool centre_high = (a + b + c + d) / 4 >= level;
	switch (index) {
	case 1: case 14: /* d alone */
		canvas_line(cv, left_x, left_y, bottom_x, bottom_y, s, pattern);
		break;
	case 2: case 13: /* c alone */
		canvas_line(cv, bottom_x, bottom_y, right_x, right_y, s, pattern);
		break;
	case 3: case 12: /* bottom pair against top pair */
		canvas_line(cv, left_x, left_y, right_x, right_y, s, pattern);
		break;
	case 4: case 11: /* b alone */
		canvas_line(cv, top_x, top_y, right_x, right_y, s, pattern);
		break;
	case 6: case 9: /* right pair against left pair */
		canvas_line(cv, top_x, top_y, bottom_x, bottom_y, s, pattern);
		break;
	case 7: case 8: /* a alone */
		canvas_line(cv, left_x, left_y, top_x, top_y, s, pattern);
		break;
	case 5: case 10: /* saddle: a, c on one side, b, d on the other */
		if (centre_high == (index == 10)) {
			canvas_line(cv, left_x, left_y, bottom_x, bottom_y, s, pattern);
			canvas_line(cv, top_x, top_y, right_x, right_y, s, pattern);
		} else {
			canvas_line(cv, left_x, left_y, top_x, top_y, s, pattern);
			canvas_line(cv, bottom_x, bottom_y, right_x, right_y, s, pattern);
		}
		break;
	default:
		break;
	}
}

void plot_contour(const struct plot *p, const double *grid, int w, int h,
                  int stride, const double *levels, int nlevels,
                  enum canvas_style s)
{
	int x0, y0, aw, ah;
	plot_area_dots(p, &x0, &y0, &aw, &ah);
	/* ascii contours are dotty by their glyphs already */
	enum canvas_pattern pattern =
		canvas_mode(p->canvas) == CANVAS_ASCII ? LINE_SOLID : LINE_DOTTED;
	for (int j = 0; j + 1 < h; j++) {
		const double *top = grid + (size_t)j * (size_t)w, *bottom = top + w;
		for (int i = 0; i + 1 < w; i++) {
			double a = top[i], b = top[i + 1], c = bottom[i + 1], d = bottom[i];
			if (!isfinite(a) || !isfinite(b) || !isfinite(c) || !isfinite(d))
				continue;
			/* plain comparisons: fmin/fmax are library calls here and
			 * this loop runs once per dot of the plot */
			double lo = a < b ? a : b, hi = a < b ? b : a;
			lo = c < lo ? c : lo;
			hi = c > hi ? c : hi;
			lo = d < lo ? d : lo;
			hi = d > hi ? d : hi;
			for (int k = 0; k < nlevels; k++)
				if (levels[k] > lo && levels[k] <= hi)
					contour_square(p->canvas, x0 + i * stride + 0.5,
					               y0 + j * stride + 0.5, stride,
					               a, b, c, d, levels[k], s, pattern);
		}
	}
}

/* ---- legend ------------------------------------------------------------- */

static int occupied_cells(const struct canvas *c, int col, int row, int w, int h)
{
	int n = 0;
	for (int r = row; r < row + h; r++)
		for (int k = col; k < col + w; k++)
			n += canvas_cell(c, k, r, NULL) != ' ';
	return n;
}

/* A 3-cell sample of a series: its line, marker or arrow. */
static void draw_sample(struct canvas *c, int col, int row,
                        const struct plot_legend_entry *e)
{
	int dpc = canvas_dots_per_col(c), dpr = canvas_dots_per_row(c);
	double y = row * dpr + dpr / 2 + 0.5;
	double x = col * dpc;
	switch (e->sample) {
	case SAMPLE_MARKER:
		canvas_marker(c, x + dpc * 1.5, y, e->style, e->marker);
		break;
	case SAMPLE_ARROW:
		canvas_arrow(c, x + 0.5, y, x + 3 * dpc - 0.5, y, e->style);
		break;
	case SAMPLE_LINE:
		for (int cell = 0; cell < 3; cell++) {
			bool ascii = canvas_mode(c) == CANVAS_ASCII;
			if ((e->pattern == LINE_DASHED && cell == 2) ||
			    (e->pattern == LINE_DOTTED && ascii && cell == 1))
				continue;
			for (int d = 0; d < dpc; d++)
				if (e->pattern != LINE_DOTTED || d == 0 ||
				    canvas_mode(c) == CANVAS_ASCII)
					canvas_dot(c, x + cell * dpc + d + 0.5, y, e->style);
		}
		break;
	}
}

/* The legend's box: its width and the entries that fit. false when none. */
static bool legend_box(const struct plot *p, const struct plot_legend_entry *e, int n,
                       int *w, int *shown)
{
	int text_w = 0;
	for (int i = 0; i < n; i++)
		text_w = text_len(e[i].text) > text_w ? text_len(e[i].text) : text_w;
	/* a legend that would hide most of the plot: fewer entries (the last
	 * ones, the least important), shorter texts */
	*w = text_w + 6; /* a space, the sample, a space, text, a space */
	if (*w > p->cols * 3 / 4)
		*w = p->cols * 3 / 4;
	*shown = n > (p->rows + 1) / 2 ? (p->rows + 1) / 2 : n;
	return *shown > 0 && *w >= 6;
}

static void legend_corners(const struct plot *p, int w, int n, int corner[4][2])
{
	int right = p->col + p->cols - w, bottom = p->row + p->rows - n;
	const int at[4][2] = {
		{ right, p->row }, { p->col, p->row }, { right, bottom }, { p->col, bottom },
	};
	memcpy(corner, at, sizeof at);
}

void plot_legend_place(struct plot *p, const struct plot_legend_entry *e, int n)
{
	int w, shown, corner[4][2];
	if (!legend_box(p, e, n, &w, &shown))
		return;
	legend_corners(p, w, shown, corner);
	/* the corner that hides the fewest drawn cells; top right first */
	int best = 0, best_n = -1;
	for (int k = 0; k < 4; k++) {
		int occupied = occupied_cells(p->canvas, corner[k][0], corner[k][1], w, shown);
		if (best_n < 0 || occupied < best_n) {
			best = k;
			best_n = occupied;
		}
	}
	p->legend_corner = best;
	p->legend_rows = shown;
}

void plot_legend(struct plot *p, const struct plot_legend_entry *e, int n)
{
	struct canvas *c = p->canvas;
	int w, shown, corner[4][2];
	if (p->legend_corner < 0 || p->legend_corner > 3)
		plot_legend_place(p, e, n);
	if (!legend_box(p, e, n, &w, &shown))
		return;
	/* a legend placed with more entries keeps its top where it was placed */
	legend_corners(p, w, p->legend_rows > shown ? p->legend_rows : shown, corner);
	int col = corner[p->legend_corner][0], row = corner[p->legend_corner][1];
	canvas_clear_cells(c, col, row, w, shown);
	char text[256];
	for (int i = 0; i < shown; i++) {
		draw_sample(c, col + 1, row + i, &e[i]);
		snprintf(text, sizeof text, "%.*s", w - 6,
		         e[i].text ? e[i].text : "");
		canvas_text(c, col + 5, row + i, text, STYLE_LABEL);
	}
}
