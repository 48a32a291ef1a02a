/* tour: the guided lesson, `slope tour`: the book's chapter 4 (and the
 * race of chapter 6) in pages, one idea each, on the real dashboard. Data
 * only, in one table, so a teacher can read and change every page in one
 * place: a page's text, the settings it starts from (options as typed on
 * the command line, read by the option table) and the keys it presses,
 * as `slope frame --keys` names them. Texts are in English here and go
 * through gettext where they are shown. */
#ifndef SLOPE_TOUR_H
#define SLOPE_TOUR_H

#include <stddef.h>

#define TOUR_SETTINGS 8

struct tour_page {
	const char *title;
	const char *text;
	const char *try_this;     /* one thing to try, with a named key */
	struct {
		const char *option;   /* without "--"; NULL ends the list */
		const char *value;
	} settings[TOUR_SETTINGS];
	const char *keys;         /* pressed once the settings are in */
};

const struct tour_page *tour_pages(size_t *count);

#endif
