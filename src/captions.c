/* captions: strips and the status line. Each number is printed in its
 * shortest round-trip form, as the text commands print it. */
#include "captions.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "numdiff.h"
#include "numfmt.h"

typedef char numtext[NUMFMT_MAX];

/* The widest text format_double writes: sign, 17 digits, point, exponent. */
#define WIDEST_NUMBER "-1.2345678901234567e-308"

static const char *number(char *buf, double v, bool widest)
{
	if (widest)
		return strcpy(buf, WIDEST_NUMBER);
	return format_double(buf, v);
}

static double norm2(const double v[2])
{
	return sqrt(v[0] * v[0] + v[1] * v[1]);
}

static int descent_items(const struct app *app, bool widest, char items[][LAYOUT_ITEM_MAX])
{
	const struct run_row *s = app_current(app);
	double exact[2];
	expr_value_and_gradient(app->surface, s->x, exact);
	numtext a, b, c, d, e, f, g, n;
	int k = 0;
	if (widest)
		snprintf(items[k++], LAYOUT_ITEM_MAX, "iter %ld/%ld", app->steps, app->steps);
	else
		snprintf(items[k++], LAYOUT_ITEM_MAX, "iter %ld/%ld", app->current, app->steps);
	snprintf(items[k++], LAYOUT_ITEM_MAX, "x = (%s, %s)", number(a, s->x[0], widest),
	         number(b, s->x[1], widest));
	snprintf(items[k++], LAYOUT_ITEM_MAX, "grad = (%s, %s)", number(c, s->grad[0], widest),
	         number(d, s->grad[1], widest));
	snprintf(items[k++], LAYOUT_ITEM_MAX, "loss = %s", number(e, s->loss, widest));
	double lr = app->run.spec.optimizer.lr;
	if (app->lr_since > 0 || widest)
		snprintf(items[k++], LAYOUT_ITEM_MAX, "lr = %s (from iter %ld on)",
		         number(f, lr, widest), widest ? app->steps : app->lr_since);
	else
		snprintf(items[k++], LAYOUT_ITEM_MAX, "lr = %s", number(f, lr, widest));
	snprintf(items[k++], LAYOUT_ITEM_MAX, "exact grad = (%s, %s)", number(g, exact[0], widest),
	         number(n, exact[1], widest));
	snprintf(items[k++], LAYOUT_ITEM_MAX, "|grad| = %s", number(a, norm2(s->grad), widest));
	return k;
}

static int tangent_items(const struct app *app, bool widest, char items[][LAYOUT_ITEM_MAX])
{
	double a = app->a, exact;
	double fa = expr_value_and_gradient(app->curve, &a, &exact);
	struct objective f = objective_of_expr(app->curve);
	struct tangent t = tangent_line(&f, a, app->h);
	numtext ta, tf, td, th, te, tdiff, ts, ti;
	int k = 0;
	snprintf(items[k++], LAYOUT_ITEM_MAX, "a = %s", number(ta, a, widest));
	snprintf(items[k++], LAYOUT_ITEM_MAX, "f(a) = %s", number(tf, fa, widest));
	snprintf(items[k++], LAYOUT_ITEM_MAX, "numerical f'(a) = %s (h = %s)",
	         number(td, t.slope, widest), number(th, app->h, widest));
	snprintf(items[k++], LAYOUT_ITEM_MAX, "exact f'(a) = %s", number(te, exact, widest));
	snprintf(items[k++], LAYOUT_ITEM_MAX, "difference = %s", number(tdiff, t.slope - exact, widest));
	if (widest || (isfinite(t.slope) && isfinite(t.intercept)))
		snprintf(items[k++], LAYOUT_ITEM_MAX, "tangent: y = %s*x %s %s", number(ts, t.slope, widest),
		         signbit(t.intercept) ? "-" : "+", number(ti, fabs(t.intercept), widest));
	else
		snprintf(items[k++], LAYOUT_ITEM_MAX, "tangent: undefined at a");
	return k;
}

int caption_items(const struct app *app, enum pane pane, bool widest,
                  char items[][LAYOUT_ITEM_MAX])
{
	return pane == PANE_TANGENT ? tangent_items(app, widest, items)
	                            : descent_items(app, widest, items);
}

/* The run's verdict at the current row: the first that applies. */
static const char *verdict(const struct app *app, char *buf, size_t len)
{
	const struct run_row *s = app_current(app);
	long last = run_last(&app->run);
	if (!run_row_finite(s) || (app->run.end == RUN_NONFINITE && app->current == last)) {
		if (last == 0)
			snprintf(buf, len, "f or its gradient is not finite at the start point: edit f (e) or the start");
		else
			snprintf(buf, len, "diverged: a value is not finite at iteration %ld (try a smaller lr: -)", last);
		return buf;
	}
	double width = app->view[1] - app->view[0], height = app->view[3] - app->view[2];
	double size = width > height ? width : height;
	if (fabs(s->x[0]) > 1e6 * size || fabs(s->x[1]) > 1e6 * size) {
		snprintf(buf, len, "diverged: the point is far outside the view (try a smaller lr: -)");
		return buf;
	}
	if (norm2(s->grad) < APP_CONVERGED) {
		snprintf(buf, len, "converged: |grad| < 1e-8 at iteration %ld", app->current);
		return buf;
	}
	return NULL;
}

void caption_status(const struct app *app, char *buf, size_t len)
{
	char v[APP_MESSAGE_MAX];
	if (app->prompt.active) {
		snprintf(buf, len, "%s", app->prompt.error[0] ? app->prompt.error
		                        : "Enter applies, Esc cancels, Ctrl-A/E/U edit");
		return;
	}
	if (app_busy(app)) {
		snprintf(buf, len, "computing: iteration %ld of %ld (any key still works; q quits)",
		         run_last(&app->run), app->view_fit ? app->steps : app->target);
		return;
	}
	const char *why = verdict(app, v, sizeof v);
	if (app->message[0])
		snprintf(buf, len, "%s", app->message);
	else if (why)
		snprintf(buf, len, "%s", why);
	else if (app->autoplay)
		snprintf(buf, len, "playing every %d ms: a pauses, < > speed", app->autoplay_ms);
	else
		snprintf(buf, len, "n next  p prev  g run  a play  +/- lr  Tab pane  e edit  ? help  q quit");
}
