/* tour: the guided lesson, `slope tour`: the book's chapter 4 (and the
 * race of chapter 6) in pages, one idea each, on the real dashboard. Data
 * only, in one table, so a teacher can read and change every page in one
 * place: a page's text, the settings it starts from (options as typed on
 * the command line, read by the option table), the keys it presses, as
 * `slope frame --keys` names them, and the page's contract: what on the
 * screen its text points at, and what its Try keys show. Texts are in
 * English here and go through gettext where they are shown. */
#ifndef SLOPE_TOUR_H
#define SLOPE_TOUR_H

#include <stddef.h>

#define TOUR_SETTINGS 8
#define TOUR_TRIES 3

/* The things on the screen a page's text refers to. tests/tour.sh finds
 * each one a page declares on the screen at 80x24 and 120x40, in English
 * and in Chinese (at 60x20 those of shows_at_60x20); a page that needs one
 * arranges the screen to hold it (its keys hide what is in the way). */
enum tour_element {
	SHOWS_TANGENT = 1u << 0,      /* the curve, the tangent, their legend */
	SHOWS_TANGENT_LINE = 1u << 1, /* the strip's tangent: y = ... */
	SHOWS_SECANT = 1u << 2,       /* the secant's legend, clear of the curve */
	SHOWS_DERIVATIVES = 1u << 3,  /* numerical and analytic f'(a) in the strip */
	SHOWS_ROUNDING = 1u << 4,     /* the strip's "a + h rounds back to a" */
	SHOWS_HERROR = 1u << 5,       /* the error against h */
	SHOWS_FIELD = 1u << 6,        /* the arrows of -grad, in the legend */
	SHOWS_GRADIENT = 1u << 7,     /* grad = [...] and |grad| in the strip */
	SHOWS_UPDATE = 1u << 8,       /* the update line with its numbers */
	SHOWS_LOSS = 1u << 9,         /* the loss chart */
	SHOWS_RACE = 1u << 10,        /* every runner of the race in the legend */
	SHOWS_INSPECTOR = 1u << 11,   /* the i overlay's numerical_gradient */
};

struct tour_page {
	const char *title;
	const char *text;
	const char *try_this;     /* one thing to try, with a named key */
	struct {
		const char *option;   /* without "--"; NULL ends the list */
		const char *value;
	} settings[TOUR_SETTINGS];
	const char *keys;         /* pressed once the settings are in */
	unsigned shows;           /* enum tour_element: what the text points at */
	unsigned shows_at_60x20;  /* what of it the smallest screen still shows */
	struct {
		const char *keys;     /* the Try's keys, after the ones before; NULL ends */
		unsigned shows;       /* what is on the screen after them */
	} tries[TOUR_TRIES];
};

const struct tour_page *tour_pages(size_t *count);

#endif
