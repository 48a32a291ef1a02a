/* framecmd: `slope frame`. Builds the dashboard's state as the dashboard
 * would, applies the keys one by one (computing every row each key asks
 * for, as the dashboard does between keys, unless the next key starts the
 * runs over), composes the scene and prints it. */
#include "framecmd.h"
#include "i18n.h"

#include <unistd.h>

#include "app.h"
#include "autodetect.h"
#include "export_app.h"
#include "keys.h"
#include "render.h"
#include "scene.h"
#include "snapshot.h"

/* True when key, pressed now, puts the runs back at their start (R, r, and
 * o out of a race), so what was left to compute before it would be thrown
 * away unseen: ten R at 10^6 steps compute one race, not five. Keys it
 * names wrongly would only cost time: each key's state is computed before
 * any other key reads it. */
static bool starts_over(const struct app *app, int key)
{
	if (app->prompt.active || app->help_open)
		return false;
	enum action act = key_action(key);
	const struct key_binding *b = key_binding_of(act);
	if (b == NULL || !(b->panes & PANE_BIT(app->focus)))
		return false;
	return act == ACT_RACE || act == ACT_RESET || (act == ACT_OPTIMIZER && !app->racing);
}

/* Applies the keys up to the first q; a w writes its snapshot of the
 * screen as it is then, a W its script. -1 with the first failed
 * snapshot's message (why it failed) in why, else 0. */
static int press(struct app *app, struct scene *sc, struct screen *s,
                 const int *keys, size_t n, char *why, size_t whylen)
{
	int status = 0;
	enum app_effect effect = EFFECT_NONE;
	for (size_t i = 0; i < n && effect != EFFECT_QUIT; i++) {
		effect = app_key(app, keys[i]);
		if (i + 1 == n || !starts_over(app, keys[i + 1]))
			app_settle(app);
		if (effect == EFFECT_SNAPSHOT) {
			scene_compose(sc, app, s);
			if (snapshot_screen(app, s) != 0 && status == 0) {
				snprintf(why, whylen, "%s", app->message);
				status = -1;
			}
		}
		if (effect == EFFECT_EXPORT)
			export_app_run(app, time(NULL));
	}
	return status;
}

int command_frame(FILE *out, struct config *cfg, char *err, size_t errlen)
{
	int cols, rows;
	output_size(out, cfg, 120, 40, &cols, &rows);
	const int *keys = cfg->keys; /* the option table read --keys */
	size_t n = cfg->key_count;
	struct app app;
	struct scene *sc = scene_new(resolve_canvas(cfg->canvas));
	struct screen s;
	int status = 1;
	bool have_app = false, have_screen = false, snapshot_failed = false;
	if (sc == NULL)
		goto done;
	if (app_init(&app, cfg) != 0)
		goto done;
	have_app = true;
	if (screen_init(&s, cols, rows) != 0)
		goto done;
	have_screen = true;
	app_resize(&app, cols, rows);
	if (n == 0 || !starts_over(&app, keys[0]))
		app_settle(&app);
	snapshot_failed = press(&app, sc, &s, keys, n, err, errlen) != 0;
	if (scene_compose(sc, &app, &s) == 0) {
		render_screen(out, &s, resolve_color(cfg->color, isatty(fileno(out))));
		status = 0;
	}
done:
	if (status == 1)
		snprintf(err, errlen, _("out of memory composing the frame"));
	else if (status == 0 && snapshot_failed)
		status = 1; /* after the frame, which shows the keys' end; err says why */
	if (have_screen)
		screen_free(&s);
	if (have_app)
		app_free(&app);
	scene_free(sc);
	return status;
}
