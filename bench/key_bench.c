/* key_bench: how long a key takes to bring its frame at --steps 1000000
 * (the documented maximum), in one run and in a race of six, driven in
 * process as tui.c drives the dashboard: the key, a slice of work, the
 * frame; then, while the run is computed again, a frame every 100 ms.
 * Prints the medians of the key's frame (key to frame shown) and of the
 * slowest frame while computing. The aim is 100 ms for both. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "cli.h"
#include "keys.h"
#include "scene.h"
#include "screen.h"

/* tui.c's slice of work between reads of the keyboard, and its frame
 * interval while busy */
enum { WORK_SLICE = 20000, FRAME_EVERY_MS = 100, REPS = 3 };

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof v[0], by_value);
	return v[n / 2];
}

struct bench {
	struct app app;
	struct scene *scene;
	struct screen screen;
	int cols;
};

/* A key (RESIZE: the terminal one column wider or narrower), then frames
 * as the dashboard draws them until the work it set is done. */
#define RESIZE (-1)

static void press(struct bench *b, int key, double *to_frame, double *slowest)
{
	double t0 = now_ms();
	if (key == RESIZE) {
		b->cols = b->cols == 120 ? 119 : 120;
		screen_free(&b->screen);
		if (screen_init(&b->screen, b->cols, 40) != 0)
			exit(1);
	} else {
		app_key(&b->app, key);
	}
	if (app_busy(&b->app))
		app_work(&b->app, WORK_SLICE);
	scene_compose(b->scene, &b->app, &b->screen);
	double last_frame = now_ms();
	*to_frame = last_frame - t0;
	*slowest = 0;
	while (app_busy(&b->app)) {
		app_work(&b->app, WORK_SLICE);
		if (now_ms() - last_frame >= FRAME_EVERY_MS || !app_busy(&b->app)) {
			double f0 = now_ms();
			scene_compose(b->scene, &b->app, &b->screen);
			last_frame = now_ms();
			if (last_frame - f0 > *slowest)
				*slowest = last_frame - f0;
		}
	}
}

static void measure(const char *mode, bool race)
{
	const char *args[] = { "slope", "--steps", "1000000", NULL };
	struct config cfg;
	char err[256];
	struct bench b = { .cols = 120 };
	if (cli_parse(3, (char **)args, &cfg, err, sizeof err) != 0 || app_init(&b.app, &cfg) != 0)
		exit(1);
	config_free(&cfg);
	b.scene = scene_new(CANVAS_BRAILLE);
	if (b.scene == NULL || screen_init(&b.screen, b.cols, 40) != 0)
		exit(1);
	app_settle(&b.app);
	if (race) {
		app_key(&b.app, 'R');
		app_settle(&b.app);
	}
	scene_compose(b.scene, &b.app, &b.screen);
	static const struct { const char *name; int keys[2]; } cases[] = {
		{ "d", { 'd' } }, { "r", { 'r' } }, { "o", { 'o' } }, { "+", { '+' } },
		{ "-", { '-' } }, { "N, Esc", { 'N', KC_ESC } }, { "e, Esc", { 'e', KC_ESC } },
		{ "Tab", { KC_TAB } }, { "resize", { RESIZE } },
	};
	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		double to_frame[REPS * 2] = { 0 }, slowest[REPS * 2] = { 0 };
		int n = 0;
		for (int r = 0; r < REPS; r++)
			for (int k = 0; k < 2 && cases[c].keys[k] != 0; k++, n++)
				press(&b, cases[c].keys[k], &to_frame[n], &slowest[n]);
		printf("%-5s %-7s key to frame %8.2f ms   slowest frame while computing %8.2f ms\n", mode,
		       cases[c].name, median(to_frame, n), median(slowest, n));
		fflush(stdout);
	}
	screen_free(&b.screen);
	scene_free(b.scene);
	app_free(&b.app);
}

int main(int argc, char **argv)
{
	const char *which = argc > 1 ? argv[1] : "both";
	printf("--steps 1000000, 120x40 braille, median of %d (aim: each under 100 ms)\n", REPS);
	if (strcmp(which, "race") != 0)
		measure("run", false);
	if (strcmp(which, "run") != 0)
		measure("race", true);
	return 0;
}
