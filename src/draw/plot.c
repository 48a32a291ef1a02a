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

#include "text.h"

/* ---- ranges ------------------------------------------------------------- */


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
	if (!(b - a >= PLOT_NARROWEST_RANGE)) {
		double d = fabs(a) * 0.1;
		/* 10% too narrow to draw (0, tiny values) or that cannot move a: +-1 */
		if (!(2 * d >= PLOT_NARROWEST_RANGE && a - d < a && a + d > a))
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
	/* Positional while the axis's numbers are of a moderate size, even
	 * when the step is fine (a loss from 24.99999988 to 25 reads as that,
	 * as the strip and the legend print it, not as 2.4999999e1 .. 2.5e1);
	 * powers of ten for huge or tiny axes, or labels past 12 decimals. */
	if (scale < 1e6 && (k >= -4 || (scale >= 1e-3 && k >= -12))) {
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

/* The cell of axis value t (the value, or its log10) on an axis of `dots`
 * dots (lo on the centre of the first, hi on the centre of the last),
 * counted from the top if vertical. */
static int tick_cell(double t, double lo, double hi, int dots, int dpc,
                     bool vertical)
{
	double frac = (t / 2 - lo / 2) / (hi / 2 - lo / 2);
	if (vertical)
		frac = 1 - frac;
	int cell = (int)floor((0.5 + frac * (dots - 1)) / dpc);
	int last = (dots - 1) / dpc;
	return cell < 0 ? 0 : cell > last ? last : cell;
}

/* Adds tick v at axis value tv, its label already in t->label[count];
 * false when it collides with the one before. prev_end: the column after
 * the last x label. */
static bool add_tick(struct plot_ticks *t, const struct plot_axis *a, double tlo,
                     double thi, double v, double tv, int *prev_end)
{
	int i = t->count;
	t->value[i] = v;
	t->pos[i] = tick_cell(tv, tlo, thi, a->cells * a->dots_per_cell, a->dots_per_cell,
	                      a->vertical);
	t->start[i] = 0;
	if (i > 0 && strcmp(t->label[i], t->label[i - 1]) == 0)
		return false;
	if (a->vertical) {
		/* one empty row between labels (rows run top down) */
		if (i > 0 && t->pos[i - 1] - t->pos[i] < 2)
			return false;
	} else {
		/* centred under the tick, pulled in at the ends of the room */
		int w = text_columns(t->label[i]), start = t->pos[i] - (w - 1) / 2;
		int right = a->cells + a->trail;
		start = start + w > right ? right - w : start;
		start = start < -a->lead ? -a->lead : start;
		if (start + w > right || start < *prev_end + 1)
			return false;
		*prev_end = start + w;
		t->start[i] = start;
	}
	t->count++;
	return true;
}

/* Fills t with the ticks at multiples of step inside [lo, hi]; false when
 * there would be too many or their labels collide. */
static bool linear_step(const struct plot_axis *a, double lo, double hi, double step,
                        struct plot_ticks *t)
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
		double v = n * step;
		if (fabs(v) < step * 1e-9)
			v = 0;
		if (t->count > 0 && !(v > t->value[t->count - 1]))
			return false; /* steps below the precision of lo */
		plot_format_tick(t->label[t->count], v, step, scale);
		if (!add_tick(t, a, lo, hi, v, v, &prev_end))
			return false;
	}
	return true;
}

/* The nice steps: 1, 2, 2.5, 5 times 10^k. Step number n counts them up;
 * 2.5 is used only when the others give fewer than three ticks. */
static double nice_step(int k, int m)
{
	static const double mantissa[4] = { 1, 2, 2.5, 5 };
	return mantissa[m] * pow(10, k);
}

static void next_nice(int *k, int *m, bool with_2_5)
{
	if (++*m == 4) {
		*m = 0;
		++*k;
	} else if (*m == 2 && !with_2_5) {
		*m = 3;
	}
}

static void previous_nice(int *k, int *m)
{
	if (--*m < 0) {
		*m = 3;
		--*k;
	}
}

/* How many ticks read comfortably: an x label every 8 or so columns, a y
 * label every 3 or so rows. */
static int wanted_ticks(const struct plot_axis *a)
{
	int want = a->vertical ? a->cells / 3 + 1 : a->cells / 8 + 1;
	return want < 2 ? 2 : want > PLOT_MAX_TICKS ? PLOT_MAX_TICKS : want;
}

static void linear_ticks(const struct plot_axis *a, double lo, double hi,
                         struct plot_ticks *t)
{
	double raw_log = log10(hi / 2 - lo / 2) + log10(2.0) - log10(wanted_ticks(a));
	if (!isfinite(raw_log)) /* a span that halves to nothing: no ticks */
		return;
	int k = (int)floor(raw_log), m = 0;
	while (m < 4 && log10(nice_step(0, m)) + k < raw_log - 1e-12)
		next_nice(&k, &m, false);
	if (m == 2)
		m = 3;
	/* each try a larger step; 3 tries a decade, 12 are plenty */
	struct plot_ticks best = { 0 };
	int k0 = k;
	for (int tries = 0; tries < 12; tries++, next_nice(&k, &m, false)) {
		double step = nice_step(k, m);
		if (!isfinite(step) || step <= 0)
			break;
		if (linear_step(a, lo, hi, step, t)) {
			best = *t;
			break;
		}
	}
	/* fewer than three: the largest step, 2.5 times a power of ten too,
	 * that gives three; else the one that gives the most */
	if (best.count < 3) {
		struct plot_ticks most = best;
		k = k0 + 3;
		m = 3;
		for (int tries = 0; tries < 20; tries++, previous_nice(&k, &m)) {
			double step = nice_step(k, m);
			if (!(step > 0) || !isfinite(step) || !linear_step(a, lo, hi, step, t))
				continue;
			if (t->count > most.count)
				most = *t;
			if (t->count >= 3)
				break;
		}
		best = most;
	}
	*t = best;
}

/* Log ticks `every` decades apart (0: at 1, 2 and 5 times each power). */
static bool log_step(const struct plot_axis *a, double tlo, double thi, int every,
                     struct plot_ticks *t)
{
	static const double mantissa[3] = { 1, 2, 5 };
	double e0 = floor(tlo - 1e-9), e1 = ceil(thi + 1e-9);
	if (!(e1 - e0 < 4 * PLOT_MAX_TICKS * (every > 0 ? every : 1)))
		return false;
	/* which ticks, and whether they all read as plain numbers */
	double value[PLOT_MAX_TICKS], tv[PLOT_MAX_TICKS];
	int exponent[PLOT_MAX_TICKS], mant[PLOT_MAX_TICKS], n = 0;
	bool plain = true;
	for (double e = e0; e <= e1; e++) {
		int ei = (int)e;
		if (every > 0 && ((ei % every) + every) % every != 0)
			continue;
		for (int j = 0; j < (every == 0 ? 3 : 1); j++) {
			double at = e + log10(mantissa[j]);
			if (at < tlo - 1e-9 || at > thi + 1e-9)
				continue;
			if (n == PLOT_MAX_TICKS)
				return false;
			value[n] = mantissa[j] * pow(10, e);
			tv[n] = at;
			exponent[n] = ei;
			mant[n] = (int)mantissa[j];
			plain = plain && ei >= -3 && ei <= 3;
			n++;
		}
	}
	int prev_end = -1000000;
	t->count = 0;
	t->step = every == 0 ? 1.0 / 3 : every;
	for (int i = 0; i < n; i++) {
		char *label = t->label[t->count];
		if (plain && exponent[i] < 0)
			snprintf(label, PLOT_LABEL_MAX, "%.*f", -exponent[i], value[i]);
		else if (plain)
			snprintf(label, PLOT_LABEL_MAX, "%d", (int)lround(value[i]));
		else
			snprintf(label, PLOT_LABEL_MAX, "%de%d", mant[i], exponent[i]);
		if (!add_tick(t, a, tlo, thi, value[i], tv[i], &prev_end))
			return false;
	}
	return true;
}

static void log_ticks(const struct plot_axis *a, double tlo, double thi,
                      struct plot_ticks *t)
{
	static const int every[] = { 0, 1, 2, 3, 5, 10, 20, 50, 100 };
	enum { EVERY_COUNT = sizeof every / sizeof every[0] };
	double spacing = (thi - tlo) / wanted_ticks(a);
	int first = 0;
	while (first + 1 < EVERY_COUNT && (every[first] == 0 ? 1.0 / 3 : every[first]) < spacing)
		first++;
	struct plot_ticks best = { 0 };
	for (int i = first; i < EVERY_COUNT; i++) {
		if (log_step(a, tlo, thi, every[i], t)) {
			best = *t;
			break;
		}
	}
	/* fewer than three: the sparsest ticks that give three; else the
	 * most */
	for (int i = EVERY_COUNT - 1; best.count < 3 && i >= 0; i--) {
		if (log_step(a, tlo, thi, every[i], t) && t->count > best.count)
			best = *t;
	}
	*t = best;
}

void plot_choose_ticks(const struct plot_axis *a, struct plot_ticks *t)
{
	t->count = 0;
	t->step = 0;
	double lo = fmin(a->lo, a->hi), hi = fmax(a->lo, a->hi);
	if (!isfinite(lo) || !isfinite(hi) || !(lo < hi) || a->cells < 1 ||
	    a->dots_per_cell < 1)
		return;
	if (a->log) {
		if (!(lo > 0))
			return;
		log_ticks(a, log10(lo), log10(hi), t);
		return;
	}
	linear_ticks(a, lo, hi, t);
}

/* Widens [lo, hi] to the ticks around it; a log axis to whole decades. */
static void round_out(double *lo, double *hi, int cells, int dpc, bool log)
{
	if (log) {
		double a = pow(10, floor(log10(*lo) + 1e-9)), b = pow(10, ceil(log10(*hi) - 1e-9));
		if (a > 0 && isfinite(b) && a < b) {
			*lo = a;
			*hi = b;
		}
		return;
	}
	struct plot_ticks t;
	plot_choose_ticks(&(struct plot_axis){ *lo, *hi, cells, dpc, true, false, 0, 0 }, &t);
	if (t.count == 0)
		return;
	double a = floor(*lo / t.step) * t.step, b = ceil(*hi / t.step) * t.step;
	if (isfinite(a) && isfinite(b) && a < b) {
		*lo = a;
		*hi = b;
	}
}

/* ---- the transform ------------------------------------------------------ */

/* An axis value: the value, or its log10 (not finite for v <= 0). */
static double axis_value(double v, bool log)
{
	return log ? (v > 0 ? log10(v) : v == 0 ? -INFINITY : NAN) : v;
}

static void set_transform(struct plot *p)
{
	const struct canvas *c = p->canvas;
	int dpc = canvas_dots_per_col(c), dpr = canvas_dots_per_row(c);
	int w = (p->cols - p->x_band) * dpc, h = (p->rows - p->y_band) * dpr;
	p->x_origin = (p->col + p->x_band) * dpc + 0.5;
	p->y_origin = p->row * dpr + 0.5;
	p->x_t0 = axis_value(p->xlo, p->xlog);
	p->y_t0 = axis_value(p->yhi, p->ylog);
	p->x_scale = (w - 1) / (axis_value(p->xhi, p->xlog) / 2 - p->x_t0 / 2);
	p->y_scale = (h - 1) / (p->y_t0 / 2 - axis_value(p->ylo, p->ylog) / 2);
}

double plot_dot_x(const struct plot *p, double x)
{
	return p->x_origin + (axis_value(x, p->xlog) / 2 - p->x_t0 / 2) * p->x_scale;
}

double plot_dot_y(const struct plot *p, double y)
{
	return p->y_origin + (p->y_t0 / 2 - axis_value(y, p->ylog) / 2) * p->y_scale;
}

double plot_data_x(const struct plot *p, double dot_x)
{
	if (p->x_scale == 0)
		return p->xlo / 2 + p->xhi / 2;
	double t = 2 * ((dot_x - p->x_origin) / p->x_scale + p->x_t0 / 2);
	return p->xlog ? pow(10, t) : t;
}

double plot_data_y(const struct plot *p, double dot_y)
{
	if (p->y_scale == 0)
		return p->ylo / 2 + p->yhi / 2;
	double t = 2 * (p->y_t0 / 2 - (dot_y - p->y_origin) / p->y_scale);
	return p->ylog ? pow(10, t) : t;
}

double plot_band_x(const struct plot *p, int i)
{
	return p->x_band > 0 ? (p->col + i) * canvas_dots_per_col(p->canvas) + 0.5 : NAN;
}

double plot_band_y(const struct plot *p)
{
	int dpr = canvas_dots_per_row(p->canvas);
	return p->y_band > 0 ? (p->row + p->rows - 1) * dpr + dpr / 2 + 0.5 : NAN;
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
		int n = text_columns(t->label[i]);
		w = n > w ? n : w;
	}
	return w;
}

/* A title's or label's width in terminal columns: a translated title may
 * hold wide characters. */
static int text_len(const char *s)
{
	return s ? text_columns(s) : 0;
}

/* The x band's label: centred under the band's marks, never left of the
 * canvas. */
static int x_band_label_start(const struct plot *p, const struct plot_spec *spec)
{
	int start = p->col + (PLOT_BAND_MARKS - 1) / 2 - (text_len(spec->x_band_label) - 1) / 2;
	return start < 0 ? 0 : start;
}

static void draw_frame(const struct plot *p, const struct plot_spec *spec)
{
	struct canvas *c = p->canvas;
	int axis_col = p->col - 1, axis_row = p->row + p->rows;

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
	int scale_col = p->col + p->x_band;
	for (int i = 0; i < p->xticks.count; i++) {
		int k = scale_col + p->xticks.pos[i];
		canvas_glyph(c, k, axis_row, 0x252C, '+', STYLE_AXES);      /* ┬ */
		canvas_text(c, scale_col + p->xticks.start[i], axis_row + 1, p->xticks.label[i],
		            STYLE_LABEL);
	}
	if (p->y_band > 0) {
		int r = p->row + p->rows - 1;
		canvas_glyph(c, axis_col, r - 1, 0x2248, '~', STYLE_AXES);  /* ≈ */
		canvas_glyph(c, axis_col, r, 0x2524, '+', STYLE_AXES);
		canvas_text(c, axis_col - text_len(spec->y_band_label), r, spec->y_band_label,
		            STYLE_LABEL);
	}
	if (p->x_band > 0) {
		int k = p->col + (PLOT_BAND_MARKS - 1) / 2;
		canvas_glyph(c, scale_col - 1, axis_row, 0x2248, '~', STYLE_AXES);
		canvas_glyph(c, k, axis_row, 0x252C, '+', STYLE_AXES);
		canvas_text(c, x_band_label_start(p, spec), axis_row + 1, spec->x_band_label,
		            STYLE_LABEL);
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
	/* a title that does not fit whole is left out, never cut */
	if (spec->title && text_len(spec->title) <= canvas_cols(c) - title_from) {
		int w = text_len(spec->title);
		int start = p->col + (p->cols - w) / 2;
		start = start + w > canvas_cols(c) ? canvas_cols(c) - w : start;
		canvas_text(c, start < title_from ? title_from : start, 0, spec->title,
		            STYLE_TITLE);
	}
}

/* Makes a log axis's range drawable: ordered, positive, wider than zero
 * (a single value v becomes v/10 .. 10v). false: it cannot be a log axis. */
static bool fix_log_range(double *lo, double *hi)
{
	double a = fmin(*lo, *hi), b = fmax(*lo, *hi);
	if (!(a > 0) || !isfinite(b))
		return false;
	if (!(a < b)) {
		a = a / 10 > 0 ? a / 10 : a;
		b = isfinite(b * 10) ? b * 10 : b;
	}
	if (!(a < b))
		return false;
	*lo = a;
	*hi = b;
	return true;
}

/* The spec's ranges, made drawable; an axis that cannot be log is linear. */
static void spec_ranges(struct plot *p, const struct plot_spec *spec)
{
	p->xlo = spec->xlo;
	p->xhi = spec->xhi;
	p->ylo = spec->ylo;
	p->yhi = spec->yhi;
	p->xlog = spec->xlog && fix_log_range(&p->xlo, &p->xhi);
	p->ylog = spec->ylog && fix_log_range(&p->ylo, &p->yhi);
	if (!p->xlog)
		plot_fix_range(&p->xlo, &p->xhi);
	if (!p->ylog)
		plot_fix_range(&p->ylo, &p->yhi);
}

static void y_ticks(struct plot *p)
{
	struct plot_axis a = { p->ylo, p->yhi, p->rows - p->y_band, canvas_dots_per_row(p->canvas),
	                       true, p->ylog, 0, 0 };
	plot_choose_ticks(&a, &p->yticks);
}

int plot_begin(struct plot *p, struct canvas *c, const struct plot_spec *spec)
{
	int cols = canvas_cols(c), rows = canvas_rows(c);
	int dpr = canvas_dots_per_row(c);
	if (cols < PLOT_MIN_COLS || rows < PLOT_MIN_ROWS)
		return -1;
	memset(p, 0, sizeof *p);
	p->canvas = c;
	spec_ranges(p, spec);
	bool equal_aspect = spec->equal_aspect && !p->xlog && !p->ylog;
	p->row = 1;
	p->rows = rows - 4;
	bool bands = !equal_aspect;
	p->y_band = bands && spec->y_band_label && p->rows > 2 * PLOT_BAND_ROWS ? PLOT_BAND_ROWS : 0;

	/* The y labels' width sets the plot's width, which (equal aspect,
	 * round-out) can change the ranges and so the labels: settle it in a
	 * few passes. */
	int label_w = 0;
	for (int pass = 0; pass < 3; pass++) {
		p->col = label_w + 1;
		p->cols = cols - p->col - 1;
		if (p->cols < 1) {
			label_w = cols; /* no room: the labels go below */
			break;
		}
		if (equal_aspect) {
			equalize_aspect(p);
		} else if (spec->round_y && pass == 0) {
			round_out(&p->ylo, &p->yhi, p->rows, dpr, p->ylog);
		}
		y_ticks(p);
		int w = label_width(&p->yticks);
		if (w <= label_w)
			break;
		label_w = w;
		if (equal_aspect) /* start again from the spec's ranges */
			spec_ranges(p, spec);
	}
	if (p->y_band > 0 && text_len(spec->y_band_label) > label_w) {
		label_w = text_len(spec->y_band_label);
		p->col = label_w + 1;
		p->cols = cols - p->col - 1;
	}
	if (label_w + 2 > cols / 2) { /* labels that would crowd out the plot */
		p->yticks.count = 0;
		p->col = 1;
		p->cols = cols - 2;
		if (equal_aspect)
			equalize_aspect(p);
	}
	p->x_band = bands && spec->x_band_label && p->cols > 4 * PLOT_BAND_COLS ? PLOT_BAND_COLS : 0;
	/* x labels may use the y labels' columns, not the band label's */
	int scale_col = p->col + p->x_band;
	int lead = p->x_band > 0 ? scale_col - (x_band_label_start(p, spec) +
	                                        text_len(spec->x_band_label) + 1)
	                         : p->col;
	struct plot_axis x = { p->xlo, p->xhi, p->cols - p->x_band, canvas_dots_per_col(c), false,
	                       p->xlog, lead, cols - p->col - p->cols };
	plot_choose_ticks(&x, &p->xticks);
	set_transform(p);
	draw_frame(p, spec);
	canvas_set_clip(c, p->col, p->row, p->cols, p->rows);
	return 0;
}

int plot_columns_for_aspect(const struct plot_spec *spec, enum canvas_mode mode,
                            int rows)
{
	struct canvas_dots dots = canvas_dots_of(mode);
	int dpc = dots.per_col, dpr = dots.per_row;
	double aspect = dots.aspect;
	struct plot p;
	memset(&p, 0, sizeof p);
	spec_ranges(&p, spec);
	p.rows = rows - 4;
	if (p.rows < 1)
		return PLOT_MIN_COLS;
	struct plot_axis a = { p.ylo, p.yhi, p.rows, dpr, true, false, 0, 0 };
	plot_choose_ticks(&a, &p.yticks);
	/* dots across so that a unit across is as long as a unit down */
	double h = p.rows * dpr - 1;
	double across = (p.xhi / 2 - p.xlo / 2) / (p.yhi / 2 - p.ylo / 2) * h * aspect + 1;
	if (!(across < 1e6))
		return PLOT_MIN_COLS;
	int area = (int)ceil(across / dpc);
	int need = label_width(&p.yticks) + 1 + area + 1;
	return need < PLOT_MIN_COLS ? PLOT_MIN_COLS : need;
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
                double y1, enum canvas_style s, enum canvas_pattern pattern)
{
	canvas_arrow(p->canvas, plot_dot_x(p, x0), plot_dot_y(p, y0),
	             plot_dot_x(p, x1), plot_dot_y(p, y1), s, pattern);
}

void plot_zero_lines(const struct plot *p)
{
	struct canvas *c = p->canvas;
	bool ascii = canvas_mode(c) == CANVAS_ASCII;
	if (!p->ylog && p->ylo <= 0 && p->yhi >= 0) {
		int row = (int)floor(plot_dot_y(p, 0) / canvas_dots_per_row(c));
		for (int k = p->col; row >= p->row && row < p->row + p->rows &&
		                     k < p->col + p->cols; k++)
			if (!ascii || k % 2 == 0)
				canvas_glyph(c, k, row, 0x2504, '-', STYLE_AXES); /* ┄ */
	}
	if (!p->xlog && p->xlo <= 0 && p->xhi >= 0) {
		int col = (int)floor(plot_dot_x(p, 0) / canvas_dots_per_col(c));
		for (int r = p->row; col >= p->col && col < p->col + p->cols &&
		                     r < p->row + p->rows; r++)
			if (!ascii || r % 2 == 0)
				canvas_glyph(c, col, r, 0x2506, '|', STYLE_AXES); /* ┆ */
	}
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

void plot_contour_part(const struct plot *p, const double *grid, int w, int h,
                       int stride, const int part[4], const double *levels,
                       int nlevels, enum canvas_style s, enum canvas_pattern pattern)
{
	int x0, y0, aw, ah;
	plot_area_dots(p, &x0, &y0, &aw, &ah);
	int i1 = part[2] < w - 1 ? part[2] : w - 1, j1 = part[3] < h - 1 ? part[3] : h - 1;
	for (int j = part[1] < 0 ? 0 : part[1]; j < j1; j++) {
		const double *top = grid + (size_t)j * (size_t)w, *bottom = top + w;
		for (int i = part[0] < 0 ? 0 : part[0]; i < i1; i++) {
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

void plot_contour(const struct plot *p, const double *grid, int w, int h,
                  int stride, const double *levels, int nlevels,
                  enum canvas_style s, enum canvas_pattern pattern)
{
	const int all[4] = { 0, 0, w, h };
	plot_contour_part(p, grid, w, h, stride, all, levels, nlevels, s, pattern);
}

/* ---- legend ------------------------------------------------------------- */

struct plot_legend_entry *plot_legend_add(struct plot_legend *l, enum canvas_style s,
                                          enum plot_sample sample,
                                          enum canvas_pattern pattern,
                                          enum canvas_marker m, const char *text)
{
	if (l->count >= PLOT_LEGEND_MAX)
		return NULL;
	struct plot_legend_entry *e = &l->entry[l->count++];
	memset(e, 0, sizeof *e);
	e->style = s;
	e->sample = sample;
	e->pattern = pattern;
	e->marker = m;
	snprintf(e->text, sizeof e->text, "%s", text);
	e->width = text_columns(e->text);
	return e;
}

/* An entry's columns: a space, the sample, a space, the text, a space. */
static int entry_cols(const struct plot_legend_entry *e)
{
	int n = text_columns(e->text);
	return (e->width > n ? e->width : n) + 6;
}

/* The entries a box of cols x rows shows: those that fit its width, the
 * first `rows` of them. Returns how many, and their widest in *width. */
static int legend_pick(const struct plot_legend *l, int cols, int rows,
                       bool shown[PLOT_LEGEND_MAX], int *width)
{
	int n = 0, w = 0;
	for (int i = 0; i < l->count; i++) {
		int need = entry_cols(&l->entry[i]);
		shown[i] = n < rows && need <= cols;
		if (shown[i]) {
			n++;
			w = need > w ? need : w;
		}
	}
	*width = w;
	return n;
}

struct plot_box plot_legend_box(const struct plot_legend *l, int max_cols, int max_rows)
{
	bool shown[PLOT_LEGEND_MAX];
	int w, n = legend_pick(l, max_cols, max_rows, shown, &w);
	return n > 0 ? (struct plot_box){ 0, 0, w, n } : (struct plot_box){ 0, 0, 0, 0 };
}

/* A 3-cell sample of a series, drawn as the figure draws the series. */
static void draw_sample(struct canvas *c, int col, int row,
                        const struct plot_legend_entry *e)
{
	int dpc = canvas_dots_per_col(c), dpr = canvas_dots_per_row(c);
	double y = row * dpr + dpr / 2 + 0.5, x = col * dpc + 0.5;
	double end = (col + 3) * dpc - 0.5;
	switch (e->sample) {
	case SAMPLE_MARKER:
		canvas_marker(c, x + dpc, y, e->style, e->marker);
		break;
	case SAMPLE_ARROW:
		canvas_arrow(c, x, y, end, y, e->style, e->pattern);
		break;
	case SAMPLE_LINE:
		canvas_line_anchored(c, x, y, end, y, e->style, e->pattern);
		break;
	case SAMPLE_PATH:
		canvas_line_anchored(c, x, y, end, y, e->style, e->pattern);
		canvas_marker(c, x + dpc, y, e->style, e->marker);
		break;
	}
}

void plot_legend_draw(struct canvas *c, const struct plot_legend *l, struct plot_box box)
{
	bool shown[PLOT_LEGEND_MAX];
	int w;
	legend_pick(l, box.cols, box.rows, shown, &w);
	canvas_clear_cells(c, box.col, box.row, box.cols, box.rows);
	canvas_set_clip(c, box.col, box.row, box.cols, box.rows);
	int row = box.row;
	for (int i = 0; i < l->count; i++) {
		if (!shown[i])
			continue;
		const struct plot_legend_entry *e = &l->entry[i];
		if (!e->blank) {
			draw_sample(c, box.col + 1, row, e);
			canvas_text(c, box.col + 5, row, e->text, STYLE_LABEL);
		}
		row++;
	}
}

static int occupied_cells(const struct canvas *c, struct plot_box b)
{
	int n = 0;
	for (int r = b.row; r < b.row + b.rows; r++)
		for (int k = b.col; k < b.col + b.cols; k++)
			n += canvas_cell(c, k, r, NULL) != ' ';
	return n;
}

static bool covers_kept(const struct canvas *c, const unsigned char *keep, struct plot_box b)
{
	if (keep == NULL)
		return false;
	for (int r = b.row; r < b.row + b.rows; r++)
		for (int k = b.col; k < b.col + b.cols; k++)
			if (keep[r * canvas_cols(c) + k])
				return true;
	return false;
}

/* The x axis's title row right of its title: a one-entry legend's place. */
static bool below_axis(const struct plot *p, const struct plot_legend *l, struct plot_box *b)
{
	const struct canvas *c = p->canvas;
	int row = p->row + p->rows + 2;
	if (l->count != 1 || row >= canvas_rows(c))
		return false;
	*b = plot_legend_box(l, canvas_cols(c), 1);
	if (b->rows == 0)
		return false;
	b->col = canvas_cols(c) - b->cols;
	b->row = row;
	for (int k = b->col - 1; k < canvas_cols(c); k++)
		if (k < 0 || canvas_cell(c, k, row, NULL) != ' ')
			return false;
	return true;
}

struct plot_box plot_legend_place(const struct plot *p, const struct plot_legend *l,
                                  const struct canvas *ink, const unsigned char *keep)
{
	struct plot_box b;
	if (below_axis(p, l, &b))
		return b;
	const struct canvas *c = ink ? ink : p->canvas;
	int max_cols = p->cols * 3 / 4, max_rows = (p->rows + 1) / 2;
	/* all the entries that fit, then fewer: the first corner (top right,
	 * top left, bottom right, bottom left) of the least ink that hides no
	 * kept cell */
	for (int n = plot_legend_box(l, max_cols, max_rows).rows; n > 0; n--) {
		b = plot_legend_box(l, max_cols, n);
		int right = p->col + p->cols - b.cols, bottom = p->row + p->rows - b.rows;
		const int at[4][2] = {
			{ right, p->row }, { p->col, p->row }, { right, bottom }, { p->col, bottom },
		};
		int best = -1, best_ink = 0;
		for (int k = 0; k < 4; k++) {
			struct plot_box corner = { at[k][0], at[k][1], b.cols, b.rows };
			if (covers_kept(c, keep, corner))
				continue;
			int used = occupied_cells(c, corner);
			if (best < 0 || used < best_ink) {
				best = k;
				best_ink = used;
			}
		}
		if (best >= 0)
			return (struct plot_box){ at[best][0], at[best][1], b.cols, b.rows };
	}
	return (struct plot_box){ 0, 0, 0, 0 };
}

void plot_legend(const struct plot *p, const struct plot_legend *l,
                 const struct canvas *ink, const unsigned char *keep)
{
	struct plot_box b = plot_legend_place(p, l, ink, keep);
	if (b.rows > 0)
		plot_legend_draw(p->canvas, l, b);
	canvas_set_clip(p->canvas, p->col, p->row, p->cols, p->rows);
}
