/* commands: the text commands. They compute with numdiff and descent and
 * print every double as the shortest text that reads back to it, so a reader
 * can compare each digit with the book. */
#include "commands.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "config_run.h"
#include "numdiff.h"
#include "numfmt.h"
#include "numpyfmt.h"
#include "race.h"
#include "run.h"

/* Short names for the formatting buffers a line needs. */
typedef char numtext[NUMFMT_MAX];

/* A line of a table, built in columns and printed without the padding
 * of its last one. */
struct line {
	char text[2048];
	size_t len;
};

static void add(struct line *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void add(struct line *l, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(l->text + l->len, sizeof l->text - l->len, fmt, ap);
	va_end(ap);
	if (n > 0)
		l->len = l->len + (size_t)n < sizeof l->text ? l->len + (size_t)n : sizeof l->text - 1;
}

static void put_line(FILE *out, struct line *l)
{
	while (l->len > 0 && l->text[l->len - 1] == ' ')
		l->len--;
	fprintf(out, "%.*s\n", (int)l->len, l->text);
	l->len = 0;
}

/* diff --scan: both differences at each h from 1e-1 to 1e-16, and the
 * book's 1e-50, beside the exact derivative: the truncation error that
 * shrinks with h meets the rounding error that grows as h shrinks. */
static void diff_scan(FILE *out, const struct config *cfg, const struct objective *f, double a,
                      double exact)
{
	numtext te, th, c, ce, fw, fe;
	fprintf(out, "f(x)    = %s\na       = %s\nexact   = %s\n", expr_text(cfg->curve),
	        format_double(th, a), format_double(te, exact));
	struct line l = { .len = 0 };
	add(&l, "%-6s  %-24s %-24s %-24s %-24s", "h", "central", "error", "forward", "error");
	put_line(out, &l);
	for (int k = 1; k <= 17; k++) {
		char text[16];
		snprintf(text, sizeof text, "1e-%d", k <= 16 ? k : 50);
		double h = strtod(text, NULL);
		double central = numerical_diff(f, a, h), forward = forward_diff(f, a, h);
		add(&l, "%-6s  %-24s %-24s %-24s %-24s", text, format_double(c, central),
		    format_double(ce, central - exact), format_double(fw, forward),
		    format_double(fe, forward - exact));
		put_line(out, &l);
	}
}

/* Why the tangent y = slope*x + intercept is undefined: the numbers of it
 * that are not finite, by name (f(a) = 2 with a nan numerical f'(a) is
 * not "f or its derivative"). */
static void tangent_undefined(FILE *out, double fa, struct tangent t)
{
	numtext v, d, i;
	format_double(v, fa);
	format_double(d, t.slope);
	if (!isfinite(fa) && !isfinite(t.slope))
		fprintf(out, "tangent         undefined at a (f(a) is %s, numerical f'(a) is %s)\n", v, d);
	else if (!isfinite(fa))
		fprintf(out, "tangent         undefined at a (f(a) is %s)\n", v);
	else if (!isfinite(t.slope))
		fprintf(out, "tangent         undefined at a (numerical f'(a) is %s)\n", d);
	else
		fprintf(out, "tangent         undefined at a (its intercept f(a) - f'(a)*a is %s)\n",
		        format_double(i, t.intercept));
}

int command_diff(FILE *out, const struct config *cfg)
{
	struct objective f = objective_of_expr(cfg->curve);
	double a = cfg->at, h = cfg->h;
	double exact;
	double value = expr_value_and_gradient(cfg->curve, &a, &exact);
	struct tangent t = tangent_by_method(&f, cfg->method, a, h);
	numtext ta, th, tv, td, te, terr, ts, ti;
	const char *sign = signbit(t.intercept) ? "-" : "+";
	if (cfg->numpy) { /* print(numerical_diff(f, a)): Python's repr */
		fprintf(out, "%s\n", format_double(td, t.slope));
		return 0;
	}
	if (cfg->scan) {
		diff_scan(out, cfg, &f, a, exact);
		return 0;
	}
	bool forward = cfg->method == DIFF_FORWARD;
	fprintf(out, "f(x)            = %s\n", expr_text(cfg->curve));
	fprintf(out, "a               = %s\n", format_double(ta, a));
	fprintf(out, "f(a)            = %s\n", format_double(tv, value));
	fprintf(out, "h               = %s\n", format_double(th, h));
	fprintf(out, "numerical f'(a) = %s   %s\n", format_double(td, t.slope),
	        forward ? "(f(a+h) - f(a)) / h, the forward difference" : "(f(a+h) - f(a-h)) / (2*h)");
	fprintf(out, "exact f'(a)     = %s\n", format_double(te, exact));
	fprintf(out, "difference      = %s   numerical - exact\n",
	        format_double(terr, t.slope - exact));
	if (a + h == a) {
		/* the difference the quotient divides, as computed: 0, or nan
		 * where f(a) is infinite (inf - inf) */
		double fah = f.value(f.ctx, &(double){ a + h });
		double other = forward ? value : f.value(f.ctx, &(double){ a - h });
		fprintf(out, "rounding        a + h rounds back to a: %s is %s\n",
		        forward ? "f(a+h) - f(a)" : "f(a+h) - f(a-h)", format_double(td, fah - other));
	}
	if (isfinite(t.slope) && isfinite(t.intercept))
		fprintf(out, "tangent         y = %s*x %s %s\n", format_double(ts, t.slope),
		        sign, format_double(ti, fabs(t.intercept)));
	else
		tangent_undefined(out, value, t);
	return 0;
}

int command_grad(FILE *out, const struct config *cfg)
{
	struct objective f = objective_of_expr(cfg->surface);
	double numeric[2], exact[2];
	numerical_gradient(&f, cfg->grad_at, cfg->h, numeric);
	double value = expr_value_and_gradient(cfg->surface, cfg->grad_at, exact);
	numtext a0, a1, v, th, n0, n1, e0, e1, d0, d1;
	bool defined = isfinite(value);
	if (cfg->numpy) { /* print(numerical_gradient(f, x)): a NumPy array */
		char array[NUMPYFMT_ARRAY_MAX];
		fprintf(out, "%s\n", format_numpy_array(array, sizeof array, numeric, 2));
		return 0;
	}

	fprintf(out, "f(x0, x1)          = %s\n", expr_text(cfg->surface));
	fprintf(out, "at                 = (%s, %s)\n", format_double(a0, cfg->grad_at[0]),
	        format_double(a1, cfg->grad_at[1]));
	fprintf(out, "f                  = %s\n", format_double(v, value));
	fprintf(out, "h                  = %s\n", format_double(th, cfg->h));
	if (!defined) {
		/* f is not finite here: no gradient, rather than numbers of inf - inf */
		fputs("numerical gradient = undefined: f is not finite at this point\n"
		      "exact gradient     = undefined: f is not finite at this point\n", out);
		return 0;
	}
	fprintf(out, "numerical gradient = (%s, %s)\n", format_double(n0, numeric[0]),
	        format_double(n1, numeric[1]));
	fprintf(out, "exact gradient     = (%s, %s)\n", format_double(e0, exact[0]),
	        format_double(e1, exact[1]));
	fprintf(out, "difference         = (%s, %s)   numerical - exact\n",
	        format_double(d0, numeric[0] - exact[0]),
	        format_double(d1, numeric[1] - exact[1]));
	return 0;
}


static void print_row(FILE *out, long iter, const struct run_row *s, const double *state,
                      int nstate, bool csv)
{
	numtext x0, x1, g0, g1, loss, v;
	struct line l = { .len = 0 };
	if (csv)
		add(&l, "%ld,%s,%s,%s,%s,%s", iter, format_scalar(x0, s->x[0]),
		    format_scalar(x1, s->x[1]), format_scalar(g0, s->grad[0]),
		    format_scalar(g1, s->grad[1]), format_scalar(loss, s->loss));
	else
		add(&l, "%6ld  %-24s %-24s %-24s %-24s %-24s", iter,
		    format_double(x0, s->x[0]), format_double(x1, s->x[1]),
		    format_double(g0, s->grad[0]), format_double(g1, s->grad[1]),
		    format_double(loss, s->loss));
	for (int i = 0; i < nstate; i++)
		add(&l, csv ? ",%s" : " %-24s", csv ? format_scalar(v, state[i]) : format_double(v, state[i]));
	put_line(out, &l);
}

static void print_header(FILE *out, enum optimizer_kind kind, bool csv)
{
	int n = optimizer_state_size(kind);
	struct line l = { .len = 0 };
	if (csv)
		add(&l, "iter,x0,x1,g0,g1,loss");
	else
		add(&l, "%6s  %-24s %-24s %-24s %-24s %-24s", "iter", "x0", "x1", "g0", "g1", "loss");
	for (int i = 0; i < n; i++)
		add(&l, csv ? ",%s" : " %-24s", optimizer_state_name(kind, i));
	put_line(out, &l);
}

int command_descend(FILE *out, const struct config *cfg)
{
	struct run run;
	struct run_spec spec = config_run_spec(cfg);
	if (run_init(&run, &spec, false) != 0)
		return 1;
	int nstate = run.state_size;
	bool rows = !cfg->numpy;
	if (rows)
		print_header(out, spec.optimizer.kind, cfg->csv);
	if (rows)
		print_row(out, 0, run_row(&run, 0), run_state(&run, 0), nstate, cfg->csv);
	/* a row that cannot be written ends the command at once: main reports
	 * the error, and 10^8 steps to a full disk cost no more than one */
	for (long k = 1; k <= cfg->steps && !ferror(out) && run_until(&run, k) == k; k++)
		if (rows)
			print_row(out, k, run_row(&run, k), run_state(&run, k), nstate, cfg->csv);
	if (ferror(out)) {
		run_free(&run);
		return 0;
	}
	long last = run_last(&run);
	const struct run_row *end = run_row(&run, last);
	if (cfg->numpy) { /* print(gradient_descent(...)): the final point */
		char array[NUMPYFMT_ARRAY_MAX];
		fprintf(out, "%s\n", format_numpy_array(array, sizeof array, end->x, 2));
	} else if (!cfg->csv) {
		numtext x0, x1, lr;
		if (run.end == RUN_NONFINITE && last == 0)
			fputs("stopped: f or its gradient is not finite at the start point (try another --start or --surface)\n", out);
		else if (run.end == RUN_NONFINITE)
			fprintf(out, "stopped: a value is not finite at iteration %ld (try a smaller --lr)\n",
			        last);
		fprintf(out, "final: x = (%s, %s) after %ld step%s, lr %s%s%s\n",
		        format_double(x0, end->x[0]), format_double(x1, end->x[1]), last,
		        last == 1 ? "" : "s", format_double(lr, cfg->optimizer.lr),
		        spec.optimizer.kind == OPTIMIZER_SGD ? "" : ", ",
		        spec.optimizer.kind == OPTIMIZER_SGD ? "" : optimizer_name(spec.optimizer.kind));
	}
	run_free(&run);
	return 0;
}

/* ---- race ------------------------------------------------------------------ */

static void race_header(FILE *out, const struct race *r, bool csv)
{
	struct line l = { .len = 0 };
	add(&l, csv ? "iter" : "%6s", "iter");
	for (int i = 0; i < r->count; i++) {
		const char *name = optimizer_name(r->runner[i].run.spec.optimizer.kind);
		if (csv) {
			add(&l, ",%s_x0,%s_x1,%s_loss", name, name, name);
		} else {
			char a[40], b[40], c[40];
			snprintf(a, sizeof a, "%s x0", name);
			snprintf(b, sizeof b, "%s x1", name);
			snprintf(c, sizeof c, "%s loss", name);
			add(&l, "  %-24s %-24s %-24s", a, b, c);
		}
	}
	put_line(out, &l);
}

/* A row of the race: each runner's point and loss at iteration k, or empty
 * cells for a runner that stopped before it. */
static void print_race_row(FILE *out, const struct race *r, bool csv, long k)
{
	numtext x0, x1, loss;
	struct line l = { .len = 0 };
	add(&l, csv ? "%ld" : "%6ld", k);
	for (int i = 0; i < r->count; i++) {
		if (run_last(&r->runner[i].run) < k) {
			add(&l, csv ? ",,," : "  %-24s %-24s %-24s", "-", "-", "-");
			continue;
		}
		struct run_row row = race_row(r, i, k);
		if (csv)
			add(&l, ",%s,%s,%s", format_scalar(x0, row.x[0]), format_scalar(x1, row.x[1]),
			    format_scalar(loss, row.loss));
		else
			add(&l, "  %-24s %-24s %-24s", format_double(x0, row.x[0]),
			    format_double(x1, row.x[1]), format_double(loss, row.loss));
	}
	put_line(out, &l);
}

static void race_summary(FILE *out, const struct race *r)
{
	for (int i = 0; i < r->count; i++) {
		const struct run *run = &r->runner[i].run;
		long last = run_last(run);
		const struct run_row *end = run_row(run, last);
		numtext lr, x0, x1, loss;
		fprintf(out, "%s, lr %s: ", optimizer_name(run->spec.optimizer.kind),
		        format_double(lr, run->spec.optimizer.lr));
		if (run->end == RUN_NONFINITE)
			fprintf(out, "stopped at iteration %ld: a value is not finite; ", last);
		fprintf(out, "final x = (%s, %s), loss %s, ", format_double(x0, end->x[0]),
		        format_double(x1, end->x[1]), format_double(loss, end->loss));
		const struct run_verdicts *v = &r->runner[i].verdicts;
		if (v->stuck >= 0)
			fprintf(out, "stuck since iteration %ld (x +- h rounds back to x: the numerical gradient is 0, the exact one is not)\n",
			        v->stuck);
		else if (v->aliased >= 0)
			fprintf(out, "not converged: at iteration %ld the numerical |grad| is under 1e-8, the exact one is not (f changes on the scale of h: the difference aliases)\n",
			        v->aliased);
		else if (v->converged >= 0)
			fprintf(out, "|grad| < 1e-8 first at iteration %ld\n", v->converged);
		else
			fprintf(out, "|grad| never below 1e-8\n");
	}
}

/* The race driver's runners keep their last rows: 10^8 steps of six in
 * constant memory, a row printed as it is made. */
int command_race(FILE *out, const struct config *cfg)
{
	struct race r;
	if (config_race(&r, cfg, RUN_KEEP_LAST) != 0)
		return 1;
	race_header(out, &r, cfg->csv);
	/* stops at the first row that cannot be written (main says so) */
	for (long k = 0; k <= cfg->steps && !ferror(out); k++) {
		race_until(&r, k, RUN_CONVERGED);
		print_race_row(out, &r, cfg->csv, k);
	}
	if (!cfg->csv && !ferror(out))
		race_summary(out, &r);
	race_free(&r);
	return 0;
}
