/* plotcmd: `slope plot`. Resolves size, canvas and color, draws one of the
 * figures (the same code the dashboard draws with) and prints it. */
#include "plotcmd.h"

#include <langinfo.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "figures.h"
#include "render.h"

enum canvas_mode resolve_canvas(enum canvas_choice choice)
{
	switch (choice) {
	case CANVAS_BRAILLE_MODE: return CANVAS_BRAILLE;
	case CANVAS_BLOCK_MODE: return CANVAS_BLOCK;
	case CANVAS_ASCII_MODE: return CANVAS_ASCII;
	case CANVAS_AUTO: break;
	}
	const char *codeset = nl_langinfo(CODESET);
	return codeset && strcmp(codeset, "UTF-8") == 0 ? CANVAS_BRAILLE : CANVAS_ASCII;
}

int resolve_color(enum color_choice choice, int on_terminal)
{
	if (choice != COLOR_AUTO)
		return choice == COLOR_ALWAYS;
	const char *no_color = getenv("NO_COLOR");
	return on_terminal && !(no_color && *no_color);
}

static void figure_size(FILE *out, const struct config *cfg, int *cols, int *rows)
{
	*cols = 80;
	*rows = 24;
	if (cfg->size_cols > 0) {
		*cols = cfg->size_cols;
		*rows = cfg->size_rows;
		return;
	}
	struct winsize ws;
	if (isatty(fileno(out)) && ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 &&
	    ws.ws_col > 0 && ws.ws_row > 0) {
		*cols = ws.ws_col;
		*rows = ws.ws_row;
	}
}

static int draw_figure(struct canvas *c, const struct config *cfg)
{
	static const double field_view[4] = { -2, 2, -2, 2 };
	char title[300];
	if (cfg->figure == PLOT_TANGENT) {
		snprintf(title, sizeof title, "f(x) = %s", expr_text(cfg->curve));
		struct tangent_params p = { objective_of_expr(cfg->curve), title, cfg->at, cfg->h,
		                            cfg->xrange[0], cfg->xrange[1], cfg->secant, NULL };
		return figure_tangent(c, &p);
	}
	snprintf(title, sizeof title, "f(x0, x1) = %s", expr_text(cfg->surface));
	if (cfg->figure == PLOT_FIELD) {
		struct field_params p = { objective_of_expr(cfg->surface), title, cfg->h, { 0 } };
		memcpy(p.view, cfg->view_given && !cfg->view_fit ? cfg->view : field_view, sizeof p.view);
		return figure_field(c, &p);
	}
	struct run run;
	if (run_init(&run, &(struct run_spec){
		.surface = objective_of_expr(cfg->surface), .gradient = GRADIENT_NUMERICAL,
		.h = cfg->h, .optimizer = { OPTIMIZER_SGD, cfg->lr },
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
	figure_size(out, cfg, &cols, &rows);
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
