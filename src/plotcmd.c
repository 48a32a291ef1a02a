/* plotcmd: `slope plot`. Resolves size, canvas and color, draws one of the
 * figures (the same code the dashboard draws with) and prints it. The
 * descent figure takes the columns its view needs at equal aspect and its
 * legend goes beside it when the rest has room, as a pane would place it. */
#include "plotcmd.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "display.h"
#include "figures.h"
#include "render.h"
#include "screen.h"

static const char *const figure_names[] = { "tangent", "field", "descent", "loss" };
static const enum figure_kind kinds[] = { FIGURE_TANGENT, FIGURE_FIELD, FIGURE_DESCENT,
                                          FIGURE_LOSS };

/* The screen as the figure's canvas alone. */
static int one_canvas(struct screen *s, const struct canvas *c)
{
	if (screen_init(s, canvas_cols(c), canvas_rows(c)) != 0)
		return -1;
	screen_canvas(s, 0, 0, c);
	return 0;
}

/* The descent figure and its legend on a screen of the canvas's size: the
 * legend beside the figure when all of it fits there, else inside. */
static int descent_screen(struct screen *s, struct canvas *c, struct descent_params *p)
{
	int cols = canvas_cols(c), rows = canvas_rows(c);
	int need = figure_descent_columns(p, canvas_mode(c), rows);
	struct plot_legend legend;
	figure_descent_legend(p, &legend);
	struct plot_box box = plot_legend_box(&legend, cols - need, rows - 1);
	if (box.rows < legend.count || need + box.cols > cols)
		return figure_descent(c, p) != 0 ? -1 : one_canvas(s, c);
	struct canvas *key = canvas_new(box.cols, box.rows, canvas_mode(c));
	p->no_legend = true;
	if (key == NULL || canvas_resize(c, need, rows) != 0 || figure_descent(c, p) != 0 ||
	    screen_init(s, cols, rows) != 0) {
		canvas_free(key);
		return -1;
	}
	plot_legend_draw(key, &legend, box);
	screen_canvas(s, 0, 0, c);
	screen_canvas(s, 1, need, key); /* beside the plot area's top */
	canvas_free(key);
	return 0;
}

static int draw_figure(struct screen *s, struct canvas *c, const struct config *cfg)
{
	static const double field_view[4] = { -2, 2, -2, 2 };
	char title[300];
	if (cfg->figure == PLOT_TANGENT) {
		snprintf(title, sizeof title, "f(x) = %s", expr_text(cfg->curve));
		struct tangent_params p = { .f = objective_of_expr(cfg->curve), .f_text = title,
		                            .a = cfg->at, .h = cfg->h, .xlo = cfg->xrange[0],
		                            .xhi = cfg->xrange[1], .secant = cfg->secant };
		return figure_tangent(c, &p) != 0 ? -1 : one_canvas(s, c);
	}
	snprintf(title, sizeof title, "f(x0, x1) = %s", expr_text(cfg->surface));
	if (cfg->figure == PLOT_FIELD) {
		struct field_params p = { .f = objective_of_expr(cfg->surface), .f_text = title,
		                          .h = cfg->h };
		memcpy(p.view, cfg->view_given && !cfg->view_fit ? cfg->view : field_view, sizeof p.view);
		return figure_field(c, &p) != 0 ? -1 : one_canvas(s, c);
	}
	struct run run;
	if (run_init(&run, &(struct run_spec){
		.surface = objective_of_expr(cfg->surface), .gradient = GRADIENT_NUMERICAL,
		.h = cfg->h, .optimizer = optimizer_defaults(OPTIMIZER_SGD, cfg->lr),
		.start = { cfg->start[0], cfg->start[1] } }, true) != 0)
		return -1;
	run_until(&run, cfg->steps);
	int rc = -1;
	if (run.end == RUN_OUT_OF_MEMORY) {
		rc = -1;
	} else if (cfg->figure == PLOT_LOSS) {
		struct loss_params p = { .run = &run, .f_text = title, .current = run_last(&run),
		                         .steps = cfg->steps };
		rc = figure_loss(c, &p) != 0 ? -1 : one_canvas(s, c);
	} else {
		struct descent_params p = {
			.run = &run, .f_text = title,
			.view = { cfg->view[0], cfg->view[1], cfg->view[2], cfg->view[3] },
			.fit_view = cfg->view_fit, .current = run_last(&run), .field = cfg->field,
		};
		rc = descent_screen(s, c, &p);
	}
	run_free(&run);
	return rc;
}

int command_plot(FILE *out, const struct config *cfg, char *err, size_t errlen)
{
	int cols, rows, min_cols, min_rows;
	output_size(out, cfg, 80, 24, &cols, &rows);
	figure_min_size(kinds[cfg->figure], &min_cols, &min_rows);
	if (cols < min_cols || rows < min_rows) {
		snprintf(err, errlen, "--size: %dx%d is too small for the %s figure (at least %dx%d)",
		         cols, rows, figure_names[cfg->figure], min_cols, min_rows);
		return 2;
	}
	struct canvas *c = canvas_new(cols, rows, resolve_canvas(cfg->canvas));
	struct screen s = { 0 };
	if (c == NULL || draw_figure(&s, c, cfg) != 0) {
		canvas_free(c);
		screen_free(&s);
		snprintf(err, errlen, "out of memory drawing the %s figure", figure_names[cfg->figure]);
		return 1;
	}
	canvas_free(c);
	render_screen(out, &s, resolve_color(cfg->color, isatty(fileno(out))));
	screen_free(&s);
	return 0;
}
