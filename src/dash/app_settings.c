/* app_settings: the dashboard's settings read from a config: at the start,
 * from a preset (P), from a page of the tour. Presets and tour pages are
 * option settings read by the option table, as if typed, so a learner
 * reaches a page's state by the same code as from the command line. */
#include "app_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "figures.h"
#include "i18n.h"
#include "options.h"
#include "presets.h"
#include "tour.h"

/* The tangent pane's settings; takes cfg's curve. */
static void load_tangent(struct app *app, struct config *cfg)
{
	expr_free(app->tangent.curve);
	app->tangent.curve = cfg->curve;
	cfg->curve = NULL;
	app->tangent.curve_generation++;
	app->tangent.a = app->tangent.initial_a = cfg->at;
	app->tangent.diff_h = cfg->h;
	app->tangent.method = cfg->method;
	app->tangent.xrange[0] = cfg->xrange[0];
	app->tangent.xrange[1] = cfg->xrange[1];
	/* the rule of slope plot: asked, or h not the book's (then [ and ]
	 * turn it on as h changes, unless s chose) */
	app->tangent.secant = figure_tangent_secant(cfg->secant, cfg->h);
	app->tangent.secant_chosen = false;
	app->tangent.herror = false;
	app->tangent.lost_digits = false;
}

/* The descent pane's settings; takes cfg's surface. The run starts again
 * (0), or everything stays as it was when memory runs out (-1). */
static int load_descent(struct app *app, struct config *cfg)
{
	struct app before = *app;
	app->surface = cfg->surface;
	app->start[0] = cfg->start[0];
	app->start[1] = cfg->start[1];
	app->lr_chosen = cfg->lr_given;
	app->h = cfg->h;
	app->steps = cfg->steps;
	memcpy(app->view, cfg->view, sizeof app->view);
	app->toggles.view_fit = cfg->view_fit;
	app->toggles.field = cfg->field;
	app->gradient = cfg->gradient;
	app->optimizer = cfg->optimizer;
	memcpy(app->race_list, cfg->race, sizeof app->race_list);
	app->race_count = cfg->race_count;
	app->preset = cfg->preset;
	if (app_new_run(app) != 0) {
		/* the old run and race were not touched: put the settings back */
		struct run run = app->run;
		struct race race = app->race;
		*app = before;
		app->run = run;
		app->race = race;
		return -1;
	}
	cfg->surface = NULL;
	expr_free(before.surface);
	app->surface_generation++;
	app_work(app, APP_INLINE_UPDATES);
	return 0;
}

double app_optimizer_lr(const struct app *app, enum optimizer_kind kind)
{
	if (app->lr_chosen)
		return app->run.spec.optimizer.lr; /* the rate now, + and - included */
	for (int i = 0; i < app->race_count; i++)
		if (app->race_list[i].kind == kind && !isnan(app->race_list[i].lr))
			return app->race_list[i].lr;
	return optimizer_book_lr(kind);
}

/* The place of a preset's name in the table, or 0. */
static int preset_index_of(const char *name)
{
	size_t n;
	const struct preset *all = preset_table(&n);
	for (size_t i = 0; name && i < n; i++)
		if (strcmp(all[i].name, name) == 0)
			return (int)i;
	return 0;
}

int app_load_config(struct app *app, struct config *cfg)
{
	memset(app, 0, sizeof *app);
	app->focus = PANE_DESCENT;
	app->autoplay.ms = 200;
	app->snapshot_dir = strdup(cfg->snapshot_dir ? cfg->snapshot_dir : ".");
	load_tangent(app, cfg);
	app->preset_index = preset_index_of(cfg->preset);
	if (app->snapshot_dir == NULL || load_descent(app, cfg) != 0)
		return -1;
	return 0;
}

/* A config as the dashboard starts with, plus the settings given (option
 * names and values, as typed). 0, or 2 with a message. */
static int config_with(struct config *cfg, const char *const (*settings)[2], int n, char *err,
                       size_t errlen)
{
	memset(cfg, 0, sizeof *cfg);
	cfg->command = CMD_DASHBOARD;
	int rc = options_defaults(cfg, err, errlen);
	for (int i = 0; rc == 0 && i < n && settings[i][0]; i++) {
		const struct option_spec *o = option_find(settings[i][0], strlen(settings[i][0]));
		rc = o ? option_apply(cfg, o, settings[i][1], err, errlen) : 2;
	}
	cfg->params_given = 0;
	cfg->lr_given = false;
	if (rc != 0) {
		expr_free(cfg->curve);
		expr_free(cfg->surface);
	}
	return rc;
}

enum app_effect app_preset(struct app *app, int index)
{
	size_t n;
	const struct preset *all = preset_table(&n);
	const struct preset *p = &all[index % (int)n];
	const char *const setting[1][2] = { { "preset", p->name } };
	struct config cfg;
	char err[APP_MESSAGE_MAX];
	if (config_with(&cfg, setting, 1, err, sizeof err) != 0) {
		app_note(app, _("preset %s: %s"), p->name, err);
		return EFFECT_CHANGED;
	}
	expr_free(cfg.curve); /* the tangent pane keeps its curve */
	cfg.curve = NULL;
	if (load_descent(app, &cfg) != 0) {
		expr_free(cfg.surface);
		app_note(app, _("out of memory: the preset is not taken"));
		return EFFECT_CHANGED;
	}
	app->preset_index = index % (int)n;
	app_note(app, _("preset %s: %s"), p->name, _(p->summary));
	return EFFECT_CHANGED;
}

/* ---- the tour ------------------------------------------------------------ */

/* Back to the dashboard's first state: no toggle, no prompt, no race. */
static void plain_state(struct app *app)
{
	if (app->racing) {
		race_free(&app->race);
		app->racing = false;
	}
	app->focus = PANE_DESCENT;
	app->toggles.field = app->toggles.inspect = app->toggles.full_digits = app->toggles.loss_chart = false;
	app->autoplay.on = app->help_open = app->prompt.active = false;
}

int app_tour_settings(struct app *app, int index)
{
	size_t n;
	const struct tour_page *pages = tour_pages(&n);
	/* Enter on the last page: the page stays as the learner left it */
	if (app->tour.on && index >= (int)n) {
		app_note(app, "%s", _("the tour is over: q leaves it, Backspace turns back, slope tour starts it again"));
		return 1;
	}
	index = index < 0 ? 0 : index >= (int)n ? (int)n - 1 : index;
	const struct tour_page *page = &pages[index];
	const char *settings[TOUR_SETTINGS][2];
	int count = 0;
	for (; count < TOUR_SETTINGS && page->settings[count].option; count++) {
		settings[count][0] = page->settings[count].option;
		settings[count][1] = page->settings[count].value;
	}
	struct config cfg;
	char err[APP_MESSAGE_MAX];
	if (config_with(&cfg, (const char *const (*)[2])settings, count, err, sizeof err) != 0) {
		app_note(app, _("tour page %d: %s"), index + 1, err);
		return 1;
	}
	plain_state(app);
	load_tangent(app, &cfg);
	if (load_descent(app, &cfg) != 0) {
		expr_free(cfg.surface);
		app_note(app, _("out of memory: the tour stays on this page"));
		return -1;
	}
	app->tour.on = true;
	app->tour.page = index;
	return 0;
}
