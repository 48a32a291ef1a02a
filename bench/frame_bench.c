/* frame_bench: in-process time to render one descent frame (and the other
 * figures) into a canvas, and to print it, median of many runs. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "canvas.h"
#include "run.h"
#include "expr.h"
#include "figures.h"
#include "numdiff.h"
#include "render.h"
#include "screen.h"

static double now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

enum { RUNS = 201 };

static double median(double *v)
{
	qsort(v, RUNS, sizeof v[0], by_value);
	return v[RUNS / 2];
}

int main(void)
{
	struct expr *surface, *curve;
	char err[256];
	if (expr_compile("x0**2 + x1**2", EXPR_SURFACE, &surface, err, sizeof err) != 0 ||
	    expr_compile("0.01*x**2 + 0.1*x", EXPR_CURVE, &curve, err, sizeof err) != 0)
		return 1;
	struct run run;
	struct run_spec spec = { .surface = objective_of_expr(surface), .h = 1e-4,
	                         .optimizer = { .kind = OPTIMIZER_SGD, .lr = 0.1 }, .start = { -3, 4 } };
	if (run_init(&run, &spec, true) != 0 || run_until(&run, 100) != 100)
		return 1;

	struct canvas *c = canvas_new(200, 60, CANVAS_BRAILLE);
	struct figure_cache *cache = figure_cache_new();
	FILE *devnull = fopen("/dev/null", "w");
	struct screen s;
	if (c == NULL || cache == NULL || devnull == NULL)
		return 1;
	double cold[RUNS], warm[RUNS], tangent[RUNS], print[RUNS];
	for (int r = 0; r < RUNS; r++) {
		long k = 1 + r % 20;
		struct descent_params d = { .run = &run, .f_text = "f",
		                            .view = { -3.5, 3.5, -4.5, 4.5 }, .current = k,
		                            .next_arrow = true };
		double t0 = now_us();
		figure_descent(c, &d);
		double t1 = now_us();
		d.cache = cache;
		figure_descent(c, &d);
		double t2 = now_us();
		struct tangent_params tp = { .f = objective_of_expr(curve), .f_text = "f", .a = 10, .h = 1e-4, .xlo = 0, .xhi = 20 };
		figure_tangent(c, &tp);
		double t3 = now_us();
		/* as slope plot prints a figure: the canvas onto a screen, rendered */
		if (screen_init(&s, canvas_cols(c), canvas_rows(c)) == 0) {
			screen_canvas(&s, 0, 0, c);
			render_screen(devnull, &s, true);
			screen_free(&s);
		}
		double t4 = now_us();
		cold[r] = t1 - t0;
		warm[r] = t2 - t1;
		tangent[r] = t3 - t2;
		print[r] = t4 - t3;
	}
	printf("in-process, 200x60 braille, median of %d:\n", RUNS);
	printf("  descent frame, contours computed   %8.1f us\n", median(cold));
	printf("  descent frame, contours cached     %8.1f us  (aim: under 300 us)\n", median(warm));
	printf("  tangent frame                      %8.1f us\n", median(tangent));
	printf("  print a frame with color           %8.1f us\n", median(print));

	/* A step in a long run: everything a frame reads from the whole run
	 * (levels, the legend's place and widths, the loss's range) costs a
	 * pass over its rows. */
	struct run longer;
	if (run_init(&longer, &spec, true) != 0 || run_until(&longer, 100000) != 100000)
		return 1;
	double loss[RUNS], long_step[RUNS], long_loss[RUNS];
	for (int r = 0; r < RUNS; r++) {
		long k = 1 + r % 20;
		struct loss_params l = { .run = &run, .f_text = "f", .current = k, .steps = 100 };
		struct descent_params d = { .run = &longer, .f_text = "f",
		                            .view = { -3.5, 3.5, -4.5, 4.5 }, .current = 50000 + k,
		                            .next_arrow = true, .cache = cache };
		struct loss_params ll = { .run = &longer, .f_text = "f", .current = 50000 + k,
		                          .steps = 100000 };
		double t0 = now_us();
		figure_loss(c, &l);
		double t1 = now_us();
		figure_descent(c, &d);
		double t2 = now_us();
		figure_loss(c, &ll);
		double t3 = now_us();
		loss[r] = t1 - t0;
		long_step[r] = t2 - t1;
		long_loss[r] = t3 - t2;
	}
	printf("  loss chart, 100 rows               %8.1f us\n", median(loss));
	printf("  descent frame cached, 10^5 rows    %8.1f us\n", median(long_step));
	printf("  loss chart, 10^5 rows              %8.1f us\n", median(long_loss));
	run_free(&longer);
	fclose(devnull);
	canvas_free(c);
	figure_cache_free(cache);
	expr_free(surface);
	expr_free(curve);
	return 0;
}
