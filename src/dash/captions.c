/* captions: strips, the update line, the inspector and the status line.
 * Every number is formatted here from the state, at draw time, so no
 * caption can disagree with the picture. */
#include "captions.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "digits.h"
#include "i18n.h"
#include "numdiff.h"
#include "numfmt.h"
#include "numpyfmt.h"
#include "text.h"
#include "tour.h"

typedef char numtext[NUMFMT_MAX];
typedef char vectext[NUMPYFMT_ARRAY_MAX];

/* The widest text a double prints as: sign, 17 digits, point, exponent. */
#define WIDEST_SCALAR_FULL "-1.2345678901234567e-308"

/* ---- numbers ------------------------------------------------------------- */

/* A lone number of the descent pane, as NumPy prints a float64 scalar:
 * rounded to 8 decimals as its print rounds an array ("25.0", "1e-10",
 * "1.03737889e-18"), or every digit with d. */
static const char *scalar(char *buf, size_t len, const struct app *app, double v)
{
	if (app->toggles.full_digits)
		format_scalar(buf, v);
	else
		format_scalar_rounded(buf, len, v, 8);
	return buf;
}

/* A point or gradient of the descent pane. */
static const char *vector(char *buf, size_t len, const struct app *app, const double v[2])
{
	numtext a, b;
	if (app->toggles.full_digits)
		snprintf(buf, len, "(%s, %s)", format_scalar(a, v[0]), format_scalar(b, v[1]));
	else
		format_numpy_array(buf, len, v, 2);
	return buf;
}

/* A number of the tangent pane: Python's print of the book's floats. */
static const char *python_float(char *buf, double v, bool widest)
{
	if (widest)
		return strcpy(buf, WIDEST_SCALAR_FULL);
	return format_scalar(buf, v);
}

/* True when f(x) is exactly v. */
static bool value_at_is(const struct objective *f, double x, double v)
{
	return f->value(f->ctx, &x) == v;
}

/* ---- the descent pane's strip -------------------------------------------- */

/* The rate of the update from row k: row k+1's when computed, else the
 * run's. */
static double row_lr(const struct run *run, long k)
{
	return k + 1 <= run_last(run) ? run_rate_at(run, k + 1) : run->spec.optimizer.lr;
}

/* "lr = 0.1", or the rates the run has used up to the step after the
 * current one, latest last: "lr = 0.1, 0.3 from iter 4", where 4 is the
 * iteration whose step first used 0.3 (the step from x[4] to x[5], as the
 * book's loop counts: iteration i takes grad at x[i] and moves). The
 * descent legend and the lr note count the same way. */
static void lr_item(const struct app *app, long k, char *buf, size_t len)
{
	numtext a, b, c;
	/* the rate of the next update: its row's if computed, else the run's */
	long next = k + 1;
	double now = next <= run_last(&app->run) ? run_row(&app->run, next)->lr
	                                         : app->run.spec.optimizer.lr;
	/* the latest change at or before the next update: where the stretch
	 * of rows with that rate starts (the run keeps its changes) */
	long last = run_last(&app->run), from = next;
	if (next <= last)
		from = run_rate_start(&app->run, next);
	else if (run_row(&app->run, last)->lr == now)
		from = run_rate_start(&app->run, last);
	if (from <= 1) {
		snprintf(buf, len, "lr = %s", scalar(a, sizeof a, app, now));
		return;
	}
	double before = run_row(&app->run, from - 1)->lr;
	/* row `from` is the first reached at the new rate: by the step from
	 * from - 1 */
	snprintf(buf, len, _("lr = %s, %s from iter %ld"), scalar(b, sizeof b, app, before),
	         scalar(c, sizeof c, app, now), from - 1);
}

static int descent_items(const struct app *app, long k, char items[][LAYOUT_ITEM_MAX])
{
	const struct run_row *s = run_row(&app->run, k);
	double exact[2];
	expr_value_and_gradient(app->surface, s->x, exact);
	vectext x, g, e;
	numtext loss, norm;
	int n = 0;
	snprintf(items[n++], LAYOUT_ITEM_MAX, _("iter %ld/%ld"), k, app->steps);
	snprintf(items[n++], LAYOUT_ITEM_MAX, "x = %s", vector(x, sizeof x, app, s->x));
	snprintf(items[n++], LAYOUT_ITEM_MAX, "grad = %s", vector(g, sizeof g, app, s->grad));
	snprintf(items[n++], LAYOUT_ITEM_MAX, _("loss = %s"), scalar(loss, sizeof loss, app, s->loss));
	lr_item(app, k, items[n++], LAYOUT_ITEM_MAX);
	snprintf(items[n++], LAYOUT_ITEM_MAX, _("exact grad = %s"), vector(e, sizeof e, app, exact));
	snprintf(items[n++], LAYOUT_ITEM_MAX, "|grad| = %s",
	         scalar(norm, sizeof norm, app, hypot(s->grad[0], s->grad[1])));
	return n;
}

/* ---- the tangent pane's strip -------------------------------------------- */

/* A label and an aligned text of digits, the label padded so the points
 * stay in one column, no blanks after the text. */
static void digits_line(char *item, const char *label, const char *digits)
{
	char padded[LAYOUT_ITEM_MAX];
	int len = (int)strlen(digits);
	while (len > 0 && digits[len - 1] == ' ')
		len--;
	snprintf(item, LAYOUT_ITEM_MAX, "%s%.*s", text_pad(padded, sizeof padded, label, 16), len,
	         digits);
}

/* A count of digits: "4.5", or "17" when whole. */
static const char *digit_count(char *buf, size_t len, double v)
{
	snprintf(buf, len, v == floor(v) ? "%.0f" : "%.1f", v);
	return buf;
}

/* D: the subtraction of the numerical derivative digit by digit, a line
 * an item (digits.h). */
static int lost_digits_items(const struct app *app, char items[][LAYOUT_ITEM_MAX])
{
	struct objective f = objective_of_expr(app->tangent.curve);
	struct digits d;
	digits_of(&d, &f, app->tangent.method, app->tangent.a, app->tangent.diff_h);
	bool forward = app->tangent.method == DIFF_FORWARD;
	numtext td, th, tl, tk, tt;
	int k = 0;
	snprintf(items[k++], LAYOUT_ITEM_MAX,
	         forward ? _("numerical f'(a) = %s (forward, h = %s)")
	                 : _("numerical f'(a) = %s (central, h = %s)"),
	         python_float(td, d.slope, false), python_float(th, d.h, false));
	digits_line(items[k++], "f(a+h)", d.above_text);
	digits_line(items[k++], forward ? "f(a)" : "f(a-h)", d.below_text);
	digits_line(items[k++], _("shared digits"), d.marks);
	digits_line(items[k++], forward ? "f(a+h) - f(a)" : "f(a+h) - f(a-h)", d.difference_text);
	if (isnan(d.lost))
		snprintf(items[k++], LAYOUT_ITEM_MAX, "%s", _("digits lost: undefined, f is not finite there"));
	else
		snprintf(items[k++], LAYOUT_ITEM_MAX, _("digits lost %s of 17, kept %s"),
		         digit_count(tl, sizeof tl, d.lost), digit_count(tk, sizeof tk, d.kept));
	if (isnan(d.truncation))
		snprintf(tt, sizeof tt, "%s", _("undefined"));
	else if (d.truncation == 0)
		snprintf(tt, sizeof tt, "0");
	else
		snprintf(tt, sizeof tt, "%.1e", d.truncation);
	snprintf(items[k++], LAYOUT_ITEM_MAX,
	         forward ? _("truncation error about %s (|f''(a)|*h/2)")
	                 : _("truncation error about %s (|f'''(a)|*h**2/6)"),
	         tt);
	return k;
}

static int tangent_items(const struct app *app, bool widest, char items[][LAYOUT_ITEM_MAX])
{
	if (app->tangent.lost_digits)
		return lost_digits_items(app, items);
	double a = app->tangent.a, exact, h = app->tangent.diff_h;
	double fa = expr_value_and_gradient(app->tangent.curve, &a, &exact);
	struct objective f = objective_of_expr(app->tangent.curve);
	struct tangent t = tangent_by_method(&f, app->tangent.method, a, h);
	bool forward = app->tangent.method == DIFF_FORWARD;
	numtext ta, tf, td, th, te, tdiff, ts, ti, lo, hi;
	int k = 0;
	snprintf(items[k++], LAYOUT_ITEM_MAX, "a = %s", python_float(ta, a, widest));
	snprintf(items[k++], LAYOUT_ITEM_MAX, "f(a) = %s", python_float(tf, fa, widest));
	snprintf(items[k++], LAYOUT_ITEM_MAX,
	         forward ? _("numerical f'(a) = %s (forward, h = %s)")
	                 : _("numerical f'(a) = %s (central, h = %s)"),
	         python_float(td, t.slope, widest), python_float(th, h, widest));
	snprintf(items[k++], LAYOUT_ITEM_MAX, _("exact f'(a) = %s"), python_float(te, exact, widest));
	snprintf(items[k++], LAYOUT_ITEM_MAX, _("difference = %s"),
	         python_float(tdiff, t.slope - exact, widest));
	/* why a tiny h gives nothing, the book's lesson on rounding: next to
	 * the numbers it explains, before the tangent's equation, so a short
	 * strip hides the equation behind "+1 more", not the reason */
	if (widest || a + h == a)
		snprintf(items[k++], LAYOUT_ITEM_MAX, "%s",
		         forward ? _("a + h rounds back to a: f(a+h) - f(a) is 0")
		                 : _("a + h rounds back to a: f(a+h) - f(a-h) is 0"));
	else if (isfinite(fa) && value_at_is(&f, a + h, fa) && (forward || value_at_is(&f, a - h, fa)))
		snprintf(items[k++], LAYOUT_ITEM_MAX, "%s", _("f(a+h) rounds to f(a): h is too small to see f move"));
	/* With the secant drawn, the figure's tangent is the true one (the
	 * secant is the numerical one): the strip says the same. */
	if (app->tangent.secant) {
		t.slope = exact;
		t.intercept = fa - exact * a;
	}
	if (widest || (isfinite(t.slope) && isfinite(t.intercept)))
		/* TRANSLATORS: the tangent's equation: y = slope*x + or - intercept */
		snprintf(items[k++], LAYOUT_ITEM_MAX,
		         app->tangent.secant ? _("tangent (exact slope): y = %s*x %s %s") : _("tangent: y = %s*x %s %s"),
		         python_float(ts, t.slope, widest), signbit(t.intercept) ? "-" : "+",
		         python_float(ti, fabs(t.intercept), widest));
	else
		snprintf(items[k++], LAYOUT_ITEM_MAX, "%s",
		         app->tangent.secant ? _("tangent (exact slope): undefined at a") : _("tangent: undefined at a"));
	if (widest || a < app->tangent.xrange[0] || a > app->tangent.xrange[1])
		snprintf(items[k++], LAYOUT_ITEM_MAX, _("a is outside the x range %s..%s"),
		         python_float(lo, app->tangent.xrange[0], widest), python_float(hi, app->tangent.xrange[1], widest));
	return k;
}

/* ---- the race's table ------------------------------------------------------ */

/* A runner's state at iteration k, or how it ended before; brief, in a
 * word and the iteration, for a table short of room. */
static void runner_state(const struct app *app, int i, long k, bool brief, char *buf, size_t len)
{
	const struct race_runner *r = &app->race.runner[i];
	long last = run_last(&r->run);
	if (r->run.end == RUN_NONFINITE && k >= last)
		/* TRANSLATORS: the brief forms end a row of the race's table
		 * short of room: one word and the iteration */
		snprintf(buf, len, brief ? _("inf at %ld") : _("stopped at %ld: not finite"), last);
	else if (r->verdicts.stuck >= 0 && k >= r->verdicts.stuck)
		snprintf(buf, len, brief ? _("stuck %ld") : _("stuck since %ld"), r->verdicts.stuck);
	else if (r->verdicts.aliased >= 0 && k >= r->verdicts.aliased)
		/* TRANSLATORS: the numerical gradient is small where the exact is not */
		snprintf(buf, len, brief ? _("aliased %ld") : _("aliased at %ld"), r->verdicts.aliased);
	else if (r->verdicts.converged >= 0 && k >= r->verdicts.converged)
		snprintf(buf, len, brief ? _("conv. %ld") : _("converged at %ld"), r->verdicts.converged);
	else
		buf[0] = '\0';
}

/* A number of the race's table: a scalar with 4 significant digits, as
 * the legends print them, so a row of six columns fits a pane (`slope race`
 * prints every digit); every digit with d. */
static const char *short_number(char *buf, size_t len, const struct app *app, double v)
{
	if (app->toggles.full_digits)
		return format_scalar(buf, v);
	return format_scalar_digits(buf, len, v, 4);
}

enum { NAME, LR, X, LOSS, NORM, END, COLUMNS };
/* widths: a column each, then the brief endings' */
_Static_assert(COLUMNS + 1 == CAPTION_RACE_COLUMNS, "the race table's columns");

/* The cells of the race's table at iteration k: the header ("iter k/N",
 * or "iter N/N", as wide as it gets, when widest) and a row per runner.
 * Returns the rows. */
static int race_cells(const struct app *app, long k, bool widest, bool brief,
                      char cell[][COLUMNS][72])
{
	const char *const titles[COLUMNS] = { "", "lr", "x", _("loss"), "|grad|", "" };
	int n = app->race.count;
	for (int c = 0; c < COLUMNS; c++)
		snprintf(cell[0][c], sizeof cell[0][c], "%s", titles[c]);
	snprintf(cell[0][NAME], sizeof cell[0][NAME], _("iter %ld/%ld"), widest ? app->steps : k,
	         app->steps);
	for (int i = 0; i < n; i++) {
		const struct race_runner *r = &app->race.runner[i];
		struct run_row row = race_row(&app->race, i, k);
		char (*line)[72] = cell[i + 1];
		numtext a, b;
		snprintf(line[NAME], sizeof line[NAME], "%s", optimizer_name(r->run.spec.optimizer.kind));
		short_number(line[LR], sizeof line[LR], app, row_lr(&r->run, k));
		snprintf(line[X], sizeof line[X], "(%s, %s)", short_number(a, sizeof a, app, row.x[0]),
		         short_number(b, sizeof b, app, row.x[1]));
		short_number(line[LOSS], sizeof line[LOSS], app, row.loss);
		short_number(line[NORM], sizeof line[NORM], app, hypot(row.grad[0], row.grad[1]));
		runner_state(app, i, k, brief, line[END], sizeof line[END]);
	}
	return n + 1;
}

void caption_race_widen(const struct app *app, long k, int widths[CAPTION_RACE_COLUMNS])
{
	char cell[RACE_MAX + 1][COLUMNS][72];
	for (int brief = 0; brief < 2; brief++) {
		int rows = race_cells(app, k, true, brief, cell);
		for (int i = 0; i < rows; i++)
			for (int c = 0; c < COLUMNS; c++) {
				int *w = c == END && brief ? &widths[COLUMNS] : &widths[c];
				int cols = text_columns(cell[i][c]);
				*w = cols > *w ? cols : *w;
			}
	}
}

/* The line's columns with the columns shown. */
static int table_width(const int width[COLUMNS], const bool shown[COLUMNS])
{
	int total = 0, count = 0;
	for (int c = 0; c < COLUMNS; c++)
		if (shown[c] && width[c] > 0) {
			total += width[c];
			count++;
		}
	return total + 2 * (count > 0 ? count - 1 : 0);
}

/* A header that starts with "iter k/N", then a row per runner, its columns
 * as wide as widths says (row k's own widest without): name, lr (unless
 * rates is false), point, loss, |grad|, how it ended. A table wider than
 * max_cols leaves out the rate (the legend or the panels' titles give
 * it), then |grad| (the ending says when it fell under 1e-8), then
 * writes the ending briefly ("conv. 93"), leaving out the loss if it must,
 * then cuts each line at a space: a row is never folded onto two lines. */
int caption_race_table(const struct app *app, long k, bool rates, const int *widths, int max_cols,
                       char items[][LAYOUT_ITEM_MAX])
{
	char cell[RACE_MAX + 1][COLUMNS][72];
	int width[COLUMNS + 1] = { 0 };
	if (widths)
		memcpy(width, widths, sizeof width);
	else
		caption_race_widen(app, k, width);
	bool shown[COLUMNS] = { true, rates, true, true, true, true };
	if (max_cols > 0 && table_width(width, shown) > max_cols)
		shown[LR] = false;
	if (max_cols > 0 && table_width(width, shown) > max_cols)
		shown[NORM] = false;
	/* the brief ending still too wide: the loss goes, the ending stays */
	if (max_cols > 0 && table_width(width, shown) - width[END] + width[COLUMNS] > max_cols)
		shown[LOSS] = false;
	bool brief = max_cols > 0 && table_width(width, shown) > max_cols;
	if (brief)
		width[END] = width[COLUMNS];
	int rows = race_cells(app, k, false, brief, cell);
	for (int i = 0; i < rows; i++)
		for (int c = 0; c < COLUMNS; c++) {
			int w = text_columns(cell[i][c]);
			width[c] = w > width[c] ? w : width[c];
		}
	int m = 0;
	for (int i = 0; i < rows && m < CAPTION_ITEMS; i++) {
		char *line = items[m++];
		line[0] = '\0';
		for (int c = 0; c < COLUMNS; c++) {
			if (!shown[c] || width[c] == 0)
				continue;
			/* padded in columns: a translated title may be wide */
			char padded[160];
			text_pad(padded, sizeof padded, cell[i][c], width[c] & 63);
			snprintf(line + strlen(line), LAYOUT_ITEM_MAX - strlen(line), "%s%s",
			         line[0] || c ? "  " : "", padded);
		}
		/* no padding after the last column */
		size_t len = strlen(line);
		while (len > 0 && line[len - 1] == ' ')
			line[--len] = '\0';
		if (max_cols > 0)
			line[linebreak_cut(line, max_cols)] = '\0';
	}
	return m;
}

int caption_items(const struct app *app, enum pane pane, long k,
                  char items[][LAYOUT_ITEM_MAX])
{
	if (pane == PANE_TANGENT)
		return tangent_items(app, k < 0, items);
	return app->racing ? caption_race_table(app, k, true, NULL, 0, items) : descent_items(app, k, items);
}

/* ---- parts that wrap whole ------------------------------------------------ */

/* Texts made of parts that wrap whole, added one at a time; where first
 * is not NULL, first[i] says whether part i starts a line. */
struct parts {
	char (*text)[LAYOUT_ITEM_MAX];
	bool *first;
	int n, max;
};

static void part(struct parts *p, bool line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void part(struct parts *p, bool line, const char *fmt, ...)
{
	if (p->n >= p->max)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(p->text[p->n], LAYOUT_ITEM_MAX, fmt, ap);
	va_end(ap);
	if (p->first)
		p->first[p->n] = line;
	p->n++;
}

/* ---- the update line ------------------------------------------------------ */

/* Each optimizer's update in the book's order and symbols (the names its
 * options give the parameters), one formula a string: K stands for the
 * iteration the update makes, J for the one before. */
enum { RULE_FORMULAS = 4 };
static const char *const rules[OPTIMIZER_COUNT][RULE_FORMULAS] = {
	[OPTIMIZER_SGD] = { "x[K] = x[J] - lr*grad[J]" },
	[OPTIMIZER_MOMENTUM] = { "v[K] = momentum*v[J] - lr*grad[J]", "x[K] = x[J] + v[K]" },
	[OPTIMIZER_NESTEROV] = { "x[K] = x[J] + momentum*momentum*v[J] - (1+momentum)*lr*grad[J]",
	                         "v[K] = momentum*v[J] - lr*grad[J]" },
	[OPTIMIZER_ADAGRAD] = { "h[K] = h[J] + grad[J]*grad[J]",
	                        "x[K] = x[J] - lr*grad[J]/(sqrt(h[K]) + eps)" },
	[OPTIMIZER_RMSPROP] = { "h[K] = rho*h[J] + (1-rho)*grad[J]*grad[J]",
	                        "x[K] = x[J] - lr*grad[J]/(sqrt(h[K]) + eps)" },
	[OPTIMIZER_ADAM] = { "lr_t = lr*sqrt(1-beta2**K)/(1-beta1**K)",
	                     "m[K] = m[J] + (1-beta1)*(grad[J] - m[J])",
	                     "v[K] = v[J] + (1-beta2)*(grad[J]*grad[J] - v[J])",
	                     "x[K] = x[J] - lr_t*m[K]/(sqrt(v[K]) + eps)" },
};

/* Formula i of kind's rule with K and J spelled k and j, as a part that
 * starts a line; then ";" when more is to follow it on the same line. */
static void formula(struct parts *p, enum optimizer_kind kind, int i, const char *k,
                    const char *j, const char *end)
{
	char text[LAYOUT_ITEM_MAX];
	size_t n = 0;
	for (const char *c = rules[kind][i]; *c && n + 24 < sizeof text; c++) {
		const char *with = *c == 'K' ? k : *c == 'J' ? j : NULL;
		if (with)
			n += (size_t)snprintf(text + n, sizeof text - n, "%s", with);
		else
			text[n++] = *c;
	}
	text[n] = '\0';
	part(p, true, "%s%s", text, end);
}

/* The update to iteration k >= 1 with its numbers, in the order the book's
 * code computes it: each formula, then "= " and its operands, then "= " and
 * the result. The operands are the stored state of rows k-1 and k. */
static void update_with_numbers(const struct app *app, long k, struct parts *u)
{
	const struct run *run = &app->run;
	const struct optimizer *o = &run->spec.optimizer;
	enum optimizer_kind kind = o->kind < OPTIMIZER_COUNT ? o->kind : OPTIMIZER_SGD;
	const struct run_row *now = run_row(run, k), *before = run_row(run, k - 1);
	const double *s0 = run_state(run, k - 1), *s1 = run_state(run, k);
	char K[24], J[24];
	snprintf(K, sizeof K, "%ld", k);
	snprintf(J, sizeof J, "%ld", k - 1);
	vectext x, g, xn, a, b;
	numtext lr, p1, p2, eps, t;
	vector(x, sizeof x, app, before->x);
	vector(g, sizeof g, app, before->grad);
	vector(xn, sizeof xn, app, now->x);
	scalar(lr, sizeof lr, app, now->lr);
	scalar(eps, sizeof eps, app, o->eps);
	switch (kind) {
	case OPTIMIZER_SGD:
	case OPTIMIZER_COUNT:
		formula(u, kind, 0, K, J, "");
		part(u, false, "= %s", x);
		part(u, false, "- %s*%s", lr, g);
		part(u, false, "= %s", xn);
		return;
	case OPTIMIZER_MOMENTUM:
		scalar(p1, sizeof p1, app, o->momentum);
		formula(u, kind, 0, K, J, "");
		part(u, false, "= %s*%s", p1, vector(a, sizeof a, app, s0));
		part(u, false, "- %s*%s", lr, g);
		part(u, false, "= %s;", vector(b, sizeof b, app, s1));
		formula(u, kind, 1, K, J, "");
		part(u, false, "= %s", x);
		part(u, false, "+ %s", b);
		part(u, false, "= %s", xn);
		return;
	case OPTIMIZER_NESTEROV:
		scalar(p1, sizeof p1, app, o->momentum);
		vector(a, sizeof a, app, s0);
		formula(u, kind, 0, K, J, "");
		part(u, false, "= %s", x);
		part(u, false, "+ %s*%s*%s", p1, p1, a);
		part(u, false, "- (1+%s)*%s*%s", p1, lr, g);
		part(u, false, "= %s;", xn);
		formula(u, kind, 1, K, J, "");
		part(u, false, "= %s*%s", p1, a);
		part(u, false, "- %s*%s", lr, g);
		part(u, false, "= %s", vector(b, sizeof b, app, s1));
		return;
	case OPTIMIZER_ADAGRAD:
	case OPTIMIZER_RMSPROP:
		vector(a, sizeof a, app, s0);
		vector(b, sizeof b, app, s1);
		formula(u, kind, 0, K, J, "");
		if (kind == OPTIMIZER_ADAGRAD) {
			part(u, false, "= %s", a);
			part(u, false, "+ %s*%s", g, g);
		} else {
			scalar(p1, sizeof p1, app, o->rho);
			part(u, false, "= %s*%s", p1, a);
			part(u, false, "+ (1-%s)*%s*%s", p1, g, g);
		}
		part(u, false, "= %s;", b);
		formula(u, kind, 1, K, J, "");
		part(u, false, "= %s", x);
		part(u, false, "- %s*%s/(sqrt(%s) + %s)", lr, g, b, eps);
		part(u, false, "= %s", xn);
		return;
	case OPTIMIZER_ADAM:
		scalar(p1, sizeof p1, app, o->beta1);
		scalar(p2, sizeof p2, app, o->beta2);
		scalar(t, sizeof t, app, s1[4]);
		vector(a, sizeof a, app, s1);      /* m[k] */
		vector(b, sizeof b, app, s1 + 2);  /* v[k] */
		formula(u, kind, 0, K, J, "");
		part(u, false, "= %s*sqrt(1-%s**%ld)/(1-%s**%ld)", lr, p2, k, p1, k);
		part(u, false, "= %s;", t);
		formula(u, kind, 1, K, J, "");
		part(u, false, "= %s;", a);
		formula(u, kind, 2, K, J, "");
		part(u, false, "= %s;", b);
		formula(u, kind, 3, K, J, "");
		part(u, false, "= %s", x);
		part(u, false, "- %s*%s/(sqrt(%s) + %s)", t, a, b, eps);
		part(u, false, "= %s", xn);
		return;
	}
}

int caption_update(const struct app *app, long k, char parts[][LAYOUT_ITEM_MAX])
{
	if (app->racing)
		return 0; /* the race's table says it all */
	struct parts u = { parts, NULL, 0, CAPTION_UPDATE_PARTS };
	if (k > 0) {
		update_with_numbers(app, k, &u);
		return u.n;
	}
	vectext to;
	part(&u, true, _("x[0] = %s: the start;"), vector(to, sizeof to, app, run_row(&app->run, 0)->x));
	enum optimizer_kind kind = app->run.spec.optimizer.kind;
	for (int i = 0; i < RULE_FORMULAS && kind < OPTIMIZER_COUNT && rules[kind][i]; i++)
		formula(&u, kind, i, "k", "k-1",
		        i + 1 < RULE_FORMULAS && rules[kind][i + 1] ? ";" : "");
	/* "each step:" stays with the rule's first formula */
	char first[LAYOUT_ITEM_MAX];
	snprintf(first, sizeof first, _("each step: %s"), parts[1]);
	memcpy(parts[1], first, sizeof first);
	return u.n;
}

/* ---- the inspector -------------------------------------------------------- */

/* The book's numerical_gradient for coordinate i at x: f with x[i] + h,
 * f with x[i] - h, their difference over 2h, as it computes them. */
static void gradient_walk(const struct app *app, struct parts *p, const double x[2], int i)
{
	const struct objective *f = &app->run.spec.surface;
	double h = app->run.spec.h, point[2] = { x[0], x[1] };
	point[i] = x[i] + h;
	double above = f->value(f->ctx, point);
	numtext a0, a1, fa, b0, b1, fb, th, d;
	format_scalar(a0, point[0]);
	format_scalar(a1, point[1]);
	point[i] = x[i] - h;
	double below = f->value(f->ctx, point);
	format_scalar(b0, point[0]);
	format_scalar(b1, point[1]);
	part(p, true, "grad[%d]: f(x%d+h) = f(%s, %s) = %s", i, i, a0, a1, format_scalar(fa, above));
	part(p, true, "         f(x%d-h) = f(%s, %s) = %s", i, b0, b1, format_scalar(fb, below));
	format_scalar(th, h);
	part(p, true, "         (%s - %s) / (2*%s) =", fa, fb, th);
	part(p, false, "%s", format_scalar(d, (above - below) / (2 * h)));
}

int caption_inspect(const struct app *app, char parts[][LAYOUT_ITEM_MAX],
                    bool first_of_line[])
{
	struct parts p = { parts, first_of_line, 0, CAPTION_INSPECT_PARTS };
	const struct run_row *now = app_current(app);
	long k = app->cursor.current;
	vectext x, g, e, d, step, next;
	numtext h, lr;
	/* TRANSLATORS: the keys' names: i, and the inspector's Esc */
	part(&p, true, _("the step from iteration %ld (%s or %s closes)"), k,
	     key_binding_of(ACT_INSPECT)->names, mode_key_name(MODE_INSPECTOR, INSPECT_CLOSE));
	part(&p, true, "x[%ld] = %s", k, vector(x, sizeof x, app, now->x));
	part(&p, false, "h = %s", format_scalar(h, app->run.spec.h));
	part(&p, true, "%s", _("the book's numerical_gradient, one coordinate at a time:"));
	gradient_walk(app, &p, now->x, 0);
	gradient_walk(app, &p, now->x, 1);
	double exact[2], diff[2];
	expr_value_and_gradient(app->surface, now->x, exact);
	diff[0] = now->grad[0] - exact[0];
	diff[1] = now->grad[1] - exact[1];
	part(&p, true, "grad[%ld] = %s", k, vector(g, sizeof g, app, now->grad));
	part(&p, false, _("exact = %s"), vector(e, sizeof e, app, exact));
	part(&p, false, _("numerical - exact = %s"), vector(d, sizeof d, app, diff));
	if (k >= app->steps || k >= run_last(&app->run)) {
		part(&p, true, k >= app->steps ? _("no step after iteration N = %ld")
		                               : _("no step: the run ends at iteration %ld"), k);
		return p.n;
	}
	if (app->run.spec.optimizer.kind != OPTIMIZER_SGD) {
		/* the update line's formulas, each on a line of its own */
		update_with_numbers(app, k + 1, &p);
		return p.n;
	}
	const struct run_row *after = run_row(&app->run, k + 1);
	double moved[2] = { after->lr * now->grad[0], after->lr * now->grad[1] };
	scalar(lr, sizeof lr, app, after->lr);
	part(&p, true, "lr*grad[%ld] = %s*%s =", k, lr, g);
	part(&p, false, "%s", vector(step, sizeof step, app, moved));
	part(&p, true, "x[%ld] = x[%ld] - lr*grad[%ld] = %s - %s =", k + 1, k, k, x, step);
	part(&p, false, "%s", vector(next, sizeof next, app, after->x));
	return p.n;
}

/* ---- the status line ------------------------------------------------------ */

/* The run's verdict at the current iteration, or NULL. Where the long form
 * does not fit the width, the short one: a status line cut in the middle
 * of a sentence would lose its number. None in a race: the single run is
 * not on screen, and the table ends each runner's row with its own. */
static const char *caption_verdict(const struct app *app, int cols, char *buf, size_t len)
{
	if (app->racing)
		return NULL;
	const struct run_row *s = app_current(app);
	long last = run_last(&app->run), k = app->cursor.current;
	const struct run_verdicts *v = &app->verdicts;
	if (!run_row_finite(s) || (app->run.end == RUN_NONFINITE && k == last)) {
		if (last == 0) {
			snprintf(buf, len, "%s", _("f or its gradient is not finite at the start point: edit f (e) or the start (S)"));
			if (text_columns(buf) > cols)
				snprintf(buf, len, "%s", _("f or its gradient is not finite at the start point"));
		} else
			snprintf(buf, len, _("diverged: a value is not finite at iteration %ld (try a smaller lr: -)"), last);
		return buf;
	}
	double exact[2];
	char n[NUMPYFMT_ROUNDED_MAX];
	expr_value_and_gradient(app->surface, s->x, exact);
	format_scalar_rounded(n, sizeof n, hypot(exact[0], exact[1]), 8);
	double width = app->view[1] - app->view[0], height = app->view[3] - app->view[2];
	double size = width > height ? width : height;
	bool far = fabs(s->x[0]) > 1e6 * size || fabs(s->x[1]) > 1e6 * size;
	if (v->stuck >= 0 && k >= v->stuck) {
		/* a run that flew off sticks where x +- h rounds back to x: both,
		 * in the order they came (lr = 10) */
		if (far) {
			snprintf(buf, len, _("diverged, then stuck since iteration %ld: x +- h rounds back to x, so the numerical gradient is 0; the exact |grad| is %s"),
			         v->stuck, n);
			if (text_columns(buf) > cols)
				snprintf(buf, len, _("diverged, then stuck since iteration %ld: x +- h rounds back to x; exact |grad| %s"),
				         v->stuck, n);
			if (text_columns(buf) > cols)
				snprintf(buf, len, _("diverged, then stuck since iteration %ld: x +- h rounds back to x"), v->stuck);
			if (text_columns(buf) > cols)
				snprintf(buf, len, _("diverged, then stuck since iteration %ld"), v->stuck);
			return buf;
		}
		snprintf(buf, len, _("stuck since iteration %ld: x +- h rounds back to x, so the numerical gradient is 0; the exact |grad| is %s"),
		         v->stuck, n);
		if (text_columns(buf) > cols)
			snprintf(buf, len, _("stuck since iteration %ld: x +- h rounds back to x; exact |grad| %s"),
			         v->stuck, n);
		if (text_columns(buf) > cols)
			snprintf(buf, len, _("stuck since iteration %ld: x +- h rounds back to x"), v->stuck);
		return buf;
	}
	if (far) {
		snprintf(buf, len, "%s", _("diverged: the point is far outside the view (try a smaller lr: -)"));
		return buf;
	}
	if (v->aliased >= 0 && k >= v->aliased) {
		numtext th;
		format_double(th, app->run.spec.h);
		snprintf(buf, len, _("not converged: at iteration %ld the numerical |grad| is under 1e-8 but the exact |grad| is %s; f changes on the scale of h = %s, which the difference misses (it aliases)"),
		         v->aliased, n, th);
		if (text_columns(buf) > cols)
			snprintf(buf, len, _("not converged: the numerical |grad| is under 1e-8 from iteration %ld, the exact |grad| is %s (aliasing with h)"),
			         v->aliased, n);
		if (text_columns(buf) > cols)
			snprintf(buf, len, _("not converged: the numerical gradient aliases with h"));
		return buf;
	}
	if (v->converged >= 0 && k >= v->converged) {
		snprintf(buf, len, _("converged: |grad| < 1e-8 first at iteration %ld"), v->converged);
		return buf;
	}
	/* the last iteration of a run that got nowhere near: how far it went
	 * (lr = 1e-10: 1e-7 in 100 steps) */
	if (k == app->steps && k > 0) {
		const struct run_row *start = run_row(&app->run, 0);
		char g[NUMPYFMT_ROUNDED_MAX], moved[NUMPYFMT_ROUNDED_MAX];
		format_scalar_rounded(g, sizeof g, hypot(s->grad[0], s->grad[1]), 8);
		format_scalar_rounded(moved, sizeof moved, hypot(s->x[0] - start->x[0], s->x[1] - start->x[1]), 8);
		snprintf(buf, len, _("not converged after %ld iterations: |grad| is %s, the point moved %s from the start (a larger lr: +, more steps: N)"),
		         k, g, moved);
		if (text_columns(buf) > cols)
			snprintf(buf, len, _("not converged after %ld iterations: |grad| is %s"), k, g);
		return buf;
	}
	return NULL;
}

/* The tour's page and how to turn it. */
static void tour_page_line(const struct app *app, char *buf, size_t len)
{
	size_t pages;
	tour_pages(&pages);
	/* TRANSLATORS: the keys' names: Enter, Backspace */
	snprintf(buf, len, _("tour %d/%zu: %s next, %s back"), app->tour.page + 1, pages,
	         mode_key_name(MODE_TOUR, TOUR_NEXT), mode_key_name(MODE_TOUR, TOUR_BACK));
}

/* The focused pane's keys, as many as fit before "? help  q quit", then
 * cut to the buffer like any status. Widths in terminal columns. */
static void key_hints(const struct app *app, int width, char *buf, size_t len)
{
	const char *tail = _("? help  q quit");
	int tail_cols = text_columns(tail);
	char line[LAYOUT_LINE_MAX];
	size_t n, used = 0;
	int cols = 0;
	const struct key_binding *b = key_bindings(&n);
	line[0] = '\0';
	/* the tour's page first, or the preset in use: the settings on screen
	 * have a name */
	if (app->tour.on) {
		tour_page_line(app, line, sizeof line);
	} else if (app->preset && app->focus == PANE_DESCENT) {
		snprintf(line, sizeof line, "[%s]", app->preset);
	}
	if (line[0]) {
		cols = text_columns(line) + 2;
		used = strlen(line) + 2;
		if (cols + tail_cols > width || used + 1 > sizeof line) {
			cols = 0;
			used = 0;
		} else {
			memcpy(line + used - 2, "  ", 2);
		}
	}
	for (size_t i = 0; i < n; i++) {
		if (b[i].hint == NULL || !(b[i].panes & PANE_BIT(app->focus)))
			continue;
		/* only the keys that do something in a race, or out of one */
		if (b[i].panes & (app->racing ? NOT_IN_RACE : IN_RACE_ONLY))
			continue;
		const char *hint = _(b[i].hint);
		size_t bytes = strlen(hint);
		int hint_cols = text_columns(hint);
		if (cols + hint_cols + 2 + tail_cols > width ||
		    used + bytes + 2 + strlen(tail) + 1 > sizeof line)
			continue; /* a shorter hint further on may still fit */
		memcpy(line + used, hint, bytes);
		memcpy(line + used + bytes, "  ", 2);
		used += bytes + 2;
		cols += hint_cols + 2;
	}
	snprintf(line + used, sizeof line - used, "%s", tail);
	snprintf(buf, len, "%s", line);
}

void caption_prompt_note(const struct app *app, char *buf, size_t len)
{
	const struct app_prompt *pr = &app->prompt;
	const char *apply = mode_key_name(MODE_PROMPT, EDIT_APPLY);
	const char *cancel = mode_key_name(MODE_PROMPT, EDIT_CANCEL);
	if (pr->error[0])
		snprintf(buf, len, "%s", pr->error);
	else if (pr->line.selected)
		/* TRANSLATORS: the keys' names: Left, Right, Home, End, Enter, Esc */
		snprintf(buf, len, _("typing replaces it, %s/%s/%s/%s edit it, %s applies, %s cancels"),
		         mode_key_name(MODE_PROMPT, EDIT_LEFT), mode_key_name(MODE_PROMPT, EDIT_RIGHT),
		         mode_key_name(MODE_PROMPT, EDIT_HOME), mode_key_name(MODE_PROMPT, EDIT_END),
		         apply, cancel);
	else {
		char ctrl[16];
		snprintf(ctrl, sizeof ctrl, "Ctrl-%c/%c/%c", mode_key_ctrl_letter(MODE_PROMPT, EDIT_HOME),
		         mode_key_ctrl_letter(MODE_PROMPT, EDIT_END),
		         mode_key_ctrl_letter(MODE_PROMPT, EDIT_EMPTY));
		/* TRANSLATORS: the keys' names: Enter, Esc, then Ctrl-A/E/U */
		snprintf(buf, len, _("%s applies, %s cancels, %s edit"), apply, cancel, ctrl);
	}
}

void caption_status(const struct app *app, int width, char *buf, size_t len)
{
	char v[APP_MESSAGE_MAX * 2];
	if (app->prompt.active) {
		caption_prompt_note(app, buf, len);
		return;
	}
	if (app_busy(app)) {
		snprintf(buf, len, _("computing: iteration %ld of %ld (any key still works; q quits)"),
		         run_last(&app->run), app->steps);
		return;
	}
	if (app->message[0]) {
		snprintf(buf, len, "%s", app->message);
		return;
	}
	/* In the tour the page and how to turn it come first: a learner who
	 * lost them would not know how to go on. The page's box explains the
	 * verdict where the line has no room for it. */
	char page[LAYOUT_LINE_MAX] = "";
	int page_cols = 0;
	if (app->tour.on) {
		tour_page_line(app, page, sizeof page);
		page_cols = text_columns(page) + 2;
	}
	const char *why = caption_verdict(app, width - page_cols, v, sizeof v);
	if (why && (!app->tour.on || text_columns(why) <= width - page_cols))
		snprintf(buf, len, "%s%s%s", page, app->tour.on ? "  " : "", why);
	else if (app->autoplay.on)
		snprintf(buf, len, _("playing every %d ms: a pauses, < > speed"), app->autoplay.ms);
	else
		key_hints(app, width, buf, len);
}
