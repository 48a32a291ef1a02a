/* eval_bench: the expression evaluator against the same function written in
 * C, both through struct objective as descent calls them; and one descent
 * step. Prints the median of 7 runs of each, in ns per evaluation. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "descent.h"
#include "expr.h"
#include "numdiff.h"
#include "pypow.h"

/* The same numbers as the expression: x**2 is Python's pow, not x*x. */
static double surface_in_c(const void *ctx, const double *x)
{
	(void)ctx;
	return python_pow(x[0], 2.0) + python_pow(x[1], 2.0);
}

static double now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* ns per evaluation of f, measured as gradients (4 evaluations each). */
static double time_gradients(const struct objective *f, long n, double *sink)
{
	double x[2] = { -3, 4 }, grad[2];
	double t0 = now_ns();
	for (long i = 0; i < n; i++) {
		numerical_gradient(f, x, 1e-4, grad);
		x[0] -= 1e-9 * grad[0];
		x[1] -= 1e-9 * grad[1];
	}
	*sink += x[0] + x[1];
	return (now_ns() - t0) / ((double)n * 4);
}

int main(void)
{
	struct expr *e;
	char err[256];
	if (expr_compile("x0**2 + x1**2", EXPR_SURFACE, &e, err, sizeof err) != 0) {
		fprintf(stderr, "eval_bench: %s\n", err);
		return 1;
	}
	struct objective by_expr = objective_of_expr(e);
	struct objective by_c = { surface_in_c, NULL, 2, NULL };
	enum { RUNS = 7 };
	long n = 2000000;
	double te[RUNS], tc[RUNS], sink = 0;
	for (int r = 0; r < RUNS; r++) {
		tc[r] = time_gradients(&by_c, n, &sink);
		te[r] = time_gradients(&by_expr, n, &sink);
	}
	qsort(te, RUNS, sizeof te[0], by_value);
	qsort(tc, RUNS, sizeof tc[0], by_value);
	printf("evaluation of x0**2 + x1**2 (median of %d runs of %ld gradients):\n", RUNS, n);
	printf("  expression  %.2f ns\n  C function  %.2f ns\n  ratio       %.2fx\n",
	       te[RUNS / 2], tc[RUNS / 2], te[RUNS / 2] / tc[RUNS / 2]);
	expr_free(e);
	return sink == 12345.678; /* keeps the loops from being optimised away */
}
