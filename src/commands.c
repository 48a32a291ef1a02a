/* commands: the text commands. They compute with numdiff and descent and
 * print every double as the shortest text that reads back to it, so a reader
 * can compare each digit with the book. */
#include "commands.h"

#include <math.h>
#include <string.h>

#include "numdiff.h"
#include "numfmt.h"
#include "numpyfmt.h"
#include "run.h"

/* Short names for the formatting buffers a line needs. */
typedef char numtext[NUMFMT_MAX];

int command_diff(FILE *out, const struct config *cfg)
{
	struct objective f = objective_of_expr(cfg->curve);
	double a = cfg->at, h = cfg->h;
	double exact;
	double value = expr_value_and_gradient(cfg->curve, &a, &exact);
	struct tangent t = tangent_line(&f, a, h);
	numtext ta, th, tv, td, te, terr, ts, ti;
	const char *sign = signbit(t.intercept) ? "-" : "+";
	if (cfg->numpy) { /* print(numerical_diff(f, a)): Python's repr */
		fprintf(out, "%s\n", format_double(td, t.slope));
		return 0;
	}

	fprintf(out, "f(x)            = %s\n", expr_text(cfg->curve));
	fprintf(out, "a               = %s\n", format_double(ta, a));
	fprintf(out, "f(a)            = %s\n", format_double(tv, value));
	fprintf(out, "h               = %s\n", format_double(th, h));
	fprintf(out, "numerical f'(a) = %s   (f(a+h) - f(a-h)) / (2*h)\n",
	        format_double(td, t.slope));
	fprintf(out, "exact f'(a)     = %s\n", format_double(te, exact));
	fprintf(out, "difference      = %s   numerical - exact\n",
	        format_double(terr, t.slope - exact));
	if (isfinite(t.slope) && isfinite(t.intercept))
		fprintf(out, "tangent         y = %s*x %s %s\n", format_double(ts, t.slope),
		        sign, format_double(ti, fabs(t.intercept)));
	else
		fputs("tangent         undefined at a (f or its derivative is not finite)\n", out);
	return 0;
}

int command_grad(FILE *out, const struct config *cfg)
{
	struct objective f = objective_of_expr(cfg->surface);
	double numeric[2], exact[2];
	numerical_gradient(&f, cfg->grad_at, cfg->h, numeric);
	double value = expr_value_and_gradient(cfg->surface, cfg->grad_at, exact);
	numtext a0, a1, v, th, n0, n1, e0, e1, d0, d1;
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
	fprintf(out, "numerical gradient = (%s, %s)\n", format_double(n0, numeric[0]),
	        format_double(n1, numeric[1]));
	fprintf(out, "exact gradient     = (%s, %s)\n", format_double(e0, exact[0]),
	        format_double(e1, exact[1]));
	fprintf(out, "difference         = (%s, %s)   numerical - exact\n",
	        format_double(d0, numeric[0] - exact[0]),
	        format_double(d1, numeric[1] - exact[1]));
	return 0;
}

/* Python's repr keeps ".0" on integral values; the CSV spells them so, so it
 * equals the book's file byte for byte. */
static const char *csv_number(char *buf, double v)
{
	format_double(buf, v);
	if (isfinite(v) && strpbrk(buf, ".e") == NULL)
		strcat(buf, ".0");
	return buf;
}

static void print_row(FILE *out, long iter, const struct run_row *s, bool csv)
{
	numtext x0, x1, g0, g1, loss;
	if (csv)
		fprintf(out, "%ld,%s,%s,%s,%s,%s\n", iter, csv_number(x0, s->x[0]),
		        csv_number(x1, s->x[1]), csv_number(g0, s->grad[0]),
		        csv_number(g1, s->grad[1]), csv_number(loss, s->loss));
	else
		fprintf(out, "%6ld  %-24s %-24s %-24s %-24s %s\n", iter,
		        format_double(x0, s->x[0]), format_double(x1, s->x[1]),
		        format_double(g0, s->grad[0]), format_double(g1, s->grad[1]),
		        format_double(loss, s->loss));
}

int command_descend(FILE *out, const struct config *cfg)
{
	struct run run;
	if (run_init(&run, &(struct run_spec){
		.surface = objective_of_expr(cfg->surface), .gradient = GRADIENT_NUMERICAL,
		.h = cfg->h, .optimizer = optimizer_defaults(OPTIMIZER_SGD, cfg->lr),
		.start = { cfg->start[0], cfg->start[1] } }, false) != 0)
		return 1;

	bool rows = !cfg->numpy;
	if (cfg->csv)
		fputs("iter,x0,x1,g0,g1,loss\n", out);
	else if (rows)
		fprintf(out, "%6s  %-24s %-24s %-24s %-24s %s\n", "iter", "x0", "x1",
		        "g0", "g1", "loss");
	if (rows)
		print_row(out, 0, run_row(&run, 0), cfg->csv);
	for (long k = 1; k <= cfg->steps && run_until(&run, k) == k; k++)
		if (rows)
			print_row(out, k, run_row(&run, k), cfg->csv);
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
		fprintf(out, "final: x = (%s, %s) after %ld step%s, lr %s\n",
		        format_double(x0, end->x[0]), format_double(x1, end->x[1]), last,
		        last == 1 ? "" : "s", format_double(lr, cfg->lr));
	}
	run_free(&run);
	return 0;
}
