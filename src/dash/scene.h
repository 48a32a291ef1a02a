/* scene: the dashboard's whole screen, composed from the app's state and a
 * size, with no curses: borders and titles, each pane's figure and strip,
 * the status line or the prompt, the help overlay, the too-small message.
 * The terminal, `slope frame` and the w snapshot all show what it composes.
 * A scene object keeps each pane's last figure, keyed by the content it was
 * drawn from, so stepping redraws only what changed. */
#ifndef SLOPE_SCENE_H
#define SLOPE_SCENE_H

#include "app.h"
#include "canvas.h"
#include "screen.h"

struct scene;

/* NULL when memory runs out. */
struct scene *scene_new(enum canvas_mode mode);
void scene_free(struct scene *sc);

/* Composes the screen for the app's state at the screen's size. 0, or -1
 * when memory runs out (the screen then says so). */
int scene_compose(struct scene *sc, const struct app *app, struct screen *s);

#endif
