/* plotcmd: `slope plot`. Resolves size, canvas and color, draws one of the
 * figures (the same code the dashboard draws with) and prints it. The
 * descent and race figures take the columns their view needs at equal
 * aspect and their legend goes beside them when the rest has room, as a
 * pane would place it. */
#include "plotcmd.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config_run.h"
#include "autodetect.h"
#include "figures.h"
#include "i18n.h"
#include "placement.h"
#include "render.h"
#include "screen.h"

static const char *const figure_names[PLOT_FIGURE_COUNT] = {
	[PLOT_TANGENT] = "tangent", [PLOT_FIELD] = "field", [PLOT_DESCENT] = "descent",
	[PLOT_LOSS] = "loss", [PLOT_HERROR] = "herror", [PLOT_RACE] = "race",
};
static const enum figure_kind kinds[PLOT_FIGURE_COUNT] = {
	[PLOT_TANGENT] = FIGURE_TANGENT, [PLOT_FIELD] = FIGURE_FIELD,
	[PLOT_DESCENT] = FIGURE_DESCENT, [PLOT_LOSS] = FIGURE_LOSS,
	[PLOT_HERROR] = FIGURE_HERROR, [PLOT_RACE] = FIGURE_RACE,
};

/* The screen as the figure's canvas alone. */
static int one_canvas(struct screen *s, const struct canvas *c)
{
	if (screen_init(s, canvas_cols(c), canvas_rows(c)) != 0)
		return -1;
	screen_canvas(s, 0, 0, c);
	return 0;
}

/* Where the figure, `need` columns at its natural width, and its legend go
 * on a screen of the canvas's size: slope plot's placement. */
static struct figure_places place(const struct canvas *c, int need, const struct plot_legend *l)
{
	struct plot_box all = { 0, 0, canvas_cols(c), canvas_rows(c) };
	return figure_place(all, need, l, &LEGEND_PLOT);
}

/* The screen: c (already resized to the figure's columns and drawn) and the
 * legend in its place beside it. */
static int beside(struct screen *s, const struct canvas *c, int cols,
                  const struct plot_legend *legend, struct plot_box at)
{
	struct plot_box box = { 0, 0, at.cols, at.rows };
	struct canvas *key = canvas_new(box.cols, box.rows, canvas_mode(c));
	if (key == NULL || screen_init(s, cols, canvas_rows(c)) != 0) {
		canvas_free(key);
		return -1;
	}
	plot_legend_draw(key, legend, box);
	screen_canvas(s, 0, 0, c);
	screen_canvas(s, at.row, at.col, key);
	canvas_free(key);
	return 0;
}

/* The descent figure and its legend on a screen of the canvas's size: the
 * legend beside the figure when all of it fits there, else inside. */
static int descent_screen(struct screen *s, struct canvas *c, struct descent_params *p)
{
	int cols = canvas_cols(c), rows = canvas_rows(c);
	struct plot_legend legend;
	figure_descent_legend(p, &legend);
	struct figure_places d = place(c, figure_descent_columns(p, canvas_mode(c), rows), &legend);
	if (d.legend.rows == 0)
		return figure_descent(c, p) != 0 ? -1 : one_canvas(s, c);
	p->no_legend = true;
	if (canvas_resize(c, d.figure.cols, rows) != 0 || figure_descent(c, p) != 0)
		return -1;
	return beside(s, c, cols, &legend, d.legend);
}

/* The same for the race as one plot; panels take the whole canvas. */
static int race_screen(struct screen *s, struct canvas *c, struct race_params *p)
{
	int cols = canvas_cols(c), rows = canvas_rows(c);
	if (p->panels)
		return figure_race(c, p) != 0 ? -1 : one_canvas(s, c);
	struct plot_legend legend;
	figure_race_legend(p, &legend);
	struct figure_places d = place(c, figure_race_columns(p, canvas_mode(c), rows), &legend);
	if (d.legend.rows == 0)
		return figure_race(c, p) != 0 ? -1 : one_canvas(s, c);
	p->no_legend = true;
	if (canvas_resize(c, d.figure.cols, rows) != 0 || figure_race(c, p) != 0)
		return -1;
	return beside(s, c, cols, &legend, d.legend);
}

int plot_race_runs(const struct config *cfg, struct race *race)
{
	/* the figure draws points: a runner keeps its points, first and last
	 * rows (six at 10^6 steps: tens of MB, not hundreds) */
	if (config_race(race, cfg, RUN_KEEP_POINTS) != 0)
		return -1;
	race_until(race, cfg->steps, RUN_CONVERGED);
	for (int i = 0; i < race->count; i++)
		if (race->runner[i].run.end == RUN_OUT_OF_MEMORY) {
			race_free(race);
			return -1;
		}
	return 0;
}

/* The race: a run per runner of --optimizers, each to --steps, drawn to
 * its last row (the point after the last update included). */
static int draw_race(struct screen *s, struct canvas *c, const struct config *cfg,
                     const char *title)
{
	struct race race;
	if (plot_race_runs(cfg, &race) != 0)
		return -1;
	struct run runs[RACE_MAX]; /* the figure reads the runs side by side */
	for (int i = 0; i < race.count; i++)
		runs[i] = race.runner[i].run;
	struct race_params p = { .runs = runs, .count = race.count, .current = cfg->steps,
	                         .f_text = title, .panels = cfg->panels,
	                         .view = { cfg->view[0], cfg->view[1], cfg->view[2], cfg->view[3] } };
	if (cfg->view_fit)
		figure_fit_view(runs, race.count, p.view);
	int rc = race_screen(s, c, &p);
	race_free(&race);
	return rc;
}

/* The curve's figures: the tangent, the error against h. */
static int draw_curve_figure(struct screen *s, struct canvas *c, const struct config *cfg)
{
	char title[300];
	snprintf(title, sizeof title, "f(x) = %s", expr_text(cfg->curve));
	if (cfg->figure == PLOT_HERROR) {
		struct herror_params p = { .f = objective_of_expr(cfg->curve), .f_text = title,
		                           .a = cfg->at, .h = cfg->h, .method = cfg->method };
		return figure_herror(c, &p) != 0 ? -1 : one_canvas(s, c);
	}
	struct tangent_params p = { .f = objective_of_expr(cfg->curve), .f_text = title,
	                            .a = cfg->at, .h = cfg->h, .xlo = cfg->xrange[0],
	                            .xhi = cfg->xrange[1], .secant = figure_tangent_secant(cfg->secant, cfg->h),
	                            .method = cfg->method };
	return figure_tangent(c, &p) != 0 ? -1 : one_canvas(s, c);
}

static int draw_figure(struct screen *s, struct canvas *c, const struct config *cfg)
{
	static const double field_view[4] = { -2, 2, -2, 2 };
	char title[300];
	if (cfg->figure == PLOT_TANGENT || cfg->figure == PLOT_HERROR)
		return draw_curve_figure(s, c, cfg);
	snprintf(title, sizeof title, "f(x0, x1) = %s", expr_text(cfg->surface));
	if (cfg->figure == PLOT_FIELD) {
		struct field_params p = { .f = objective_of_expr(cfg->surface), .f_text = title,
		                          .h = cfg->h };
		memcpy(p.view, cfg->view_given && !cfg->view_fit ? cfg->view : field_view, sizeof p.view);
		return figure_field(c, &p) != 0 ? -1 : one_canvas(s, c);
	}
	if (cfg->figure == PLOT_RACE)
		return draw_race(s, c, cfg, title);
	struct run run;
	struct run_spec spec = config_run_spec(cfg);
	if (run_init(&run, &spec, true) != 0)
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
	/* the size is --size's or, without it, the terminal's: name which */
	if ((cols < min_cols || rows < min_rows) && cfg->size_cols > 0) {
		snprintf(err, errlen, _("--size: %dx%d is too small for the %s figure (at least %dx%d)"),
		         cols, rows, figure_names[cfg->figure], min_cols, min_rows);
		return 2;
	}
	if (cols < min_cols || rows < min_rows) {
		snprintf(err, errlen, _("the terminal is %dx%d, too small for the %s figure (at least %dx%d; --size WxH draws it at another size)"),
		         cols, rows, figure_names[cfg->figure], min_cols, min_rows);
		return 2;
	}
	struct canvas *c = canvas_new(cols, rows, resolve_canvas(cfg->canvas));
	struct screen s = { 0 };
	if (c == NULL || draw_figure(&s, c, cfg) != 0) {
		canvas_free(c);
		screen_free(&s);
		snprintf(err, errlen, _("out of memory drawing the %s figure"), figure_names[cfg->figure]);
		return 1;
	}
	canvas_free(c);
	render_screen(out, &s, resolve_color(cfg->color, isatty(fileno(out))));
	screen_free(&s);
	return 0;
}
