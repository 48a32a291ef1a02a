/* framecmd: `slope frame`. Builds the dashboard's state as the dashboard
 * would, applies the keys one by one (computing every row each key asks
 * for, as the dashboard does between keys), composes the scene and prints
 * it. */
#include "framecmd.h"
#include "i18n.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "display.h"
#include "export_app.h"
#include "keys.h"
#include "render.h"
#include "scene.h"
#include "snapshot.h"

/* Applies the keys; a w writes its snapshot of the screen as it is then. */
static void press(struct app *app, struct scene *sc, struct screen *s,
                  const int *keys, size_t n)
{
	for (size_t i = 0; i < n && !app->quit; i++) {
		app_key(app, keys[i]);
		app_settle(app);
		if (app->snapshot_requested) {
			scene_compose(sc, app, s);
			snapshot_if_asked(app, s);
		}
		export_if_asked(app, time(NULL));
	}
}

int command_frame(FILE *out, struct config *cfg, char *err, size_t errlen)
{
	int cols, rows;
	output_size(out, cfg, 120, 40, &cols, &rows);
	const char *text = cfg->keys ? cfg->keys : "";
	size_t max = strlen(text) + 1, n = 0;
	int *keys = malloc(max * sizeof *keys);
	struct app app;
	struct scene *sc = scene_new(resolve_canvas(cfg->canvas));
	struct screen s;
	int status = 1;
	bool have_app = false, have_screen = false;
	if (keys == NULL || sc == NULL)
		goto done;
	/* cli checked the keys: this parse cannot fail */
	if (keys_parse(text, keys, max, &n, err, errlen) != 0) {
		status = 2;
		goto done;
	}
	if (app_init(&app, cfg) != 0)
		goto done;
	have_app = true;
	if (screen_init(&s, cols, rows) != 0)
		goto done;
	have_screen = true;
	app_settle(&app);
	press(&app, sc, &s, keys, n);
	if (scene_compose(sc, &app, &s) == 0) {
		render_screen(out, &s, resolve_color(cfg->color, isatty(fileno(out))));
		status = 0;
	}
done:
	if (status == 1)
		snprintf(err, errlen, _("out of memory composing the frame"));
	if (have_screen)
		screen_free(&s);
	if (have_app)
		app_free(&app);
	scene_free(sc);
	free(keys);
	return status;
}
