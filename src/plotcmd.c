/* plotcmd: `slope plot`. Resolves size, canvas and color, draws one of the
 * figures (the same code the dashboard draws with) and prints it. */
#include "plotcmd.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "display.h"
#include "figures.h"
#include "render.h"

static int draw_figure(struct canvas *c, const struct config *cfg)
{
	static const double field_view[4] = { -2, 2, -2, 2 };
	char title[300];
	if (cfg->figure == PLOT_TANGENT) {
		snprintf(title, sizeof title, "f(x) = %s", expr_text(cfg->curve));
		struct tangent_params p = { .f = objective_of_expr(cfg->curve), .f_text = title,
		                            .a = cfg->at, .h = cfg->h, .xlo = cfg->xrange[0],
		                            .xhi = cfg->xrange[1], .secant = cfg->secant };
		return figure_tangent(c, &p);
	}
	snprintf(title, sizeof title, "f(x0, x1) = %s", expr_text(cfg->surface));
	if (cfg->figure == PLOT_FIELD) {
		struct field_params p = { .f = objective_of_expr(cfg->surface), .f_text = title,
		                          .h = cfg->h };
		memcpy(p.view, cfg->view_given && !cfg->view_fit ? cfg->view : field_view, sizeof p.view);
		return figure_field(c, &p);
	}
	struct run run;
	if (run_init(&run, &(struct run_spec){
		.surface = objective_of_expr(cfg->surface), .gradient = GRADIENT_NUMERICAL,
		.h = cfg->h, .optimizer = optimizer_defaults(OPTIMIZER_SGD, cfg->lr),
		.start = { cfg->start[0], cfg->start[1] } }, true) != 0)
		return -1;
	run_until(&run, cfg->steps);
	struct descent_params p = {
		.run = &run, .f_text = title,
		.view = { cfg->view[0], cfg->view[1], cfg->view[2], cfg->view[3] },
		.fit_view = cfg->view_fit, .current = run_last(&run), .field = cfg->field,
	};
	int rc = run.end == RUN_OUT_OF_MEMORY ? -1 : figure_descent(c, &p);
	run_free(&run);
	return rc;
}

static const char *const figure_names[] = { "tangent", "field", "descent" };

int command_plot(FILE *out, const struct config *cfg, char *err, size_t errlen)
{
	static const enum figure_kind kinds[] = { FIGURE_TANGENT, FIGURE_FIELD, FIGURE_DESCENT };
	int cols, rows, min_cols, min_rows;
	output_size(out, cfg, 80, 24, &cols, &rows);
	figure_min_size(kinds[cfg->figure], &min_cols, &min_rows);
	if (cols < min_cols || rows < min_rows) {
		snprintf(err, errlen, "--size: %dx%d is too small for the %s figure (at least %dx%d)",
		         cols, rows, figure_names[cfg->figure], min_cols, min_rows);
		return 2;
	}
	struct canvas *c = canvas_new(cols, rows, resolve_canvas(cfg->canvas));
	if (c == NULL || draw_figure(c, cfg) != 0) {
		canvas_free(c);
		snprintf(err, errlen, "out of memory drawing the %s figure", figure_names[cfg->figure]);
		return 1;
	}
	render_canvas(out, c, resolve_color(cfg->color, isatty(fileno(out))));
	canvas_free(c);
	return 0;
}
