/* Prints the tour's page contract for tests/tour.sh, one line a state and
 * size: the page, the keys pressed on it (the Try's, each after the ones
 * before; "-" for none, the page as it opens), the sizes, and what its
 * text says is on the screen there, as names the test knows. */
#include <stdio.h>
#include <string.h>

#include "tour.h"

static const struct {
	unsigned bit;
	const char *name;
} names[] = {
	{ SHOWS_TANGENT, "tangent" },       { SHOWS_TANGENT_LINE, "tangent_line" },
	{ SHOWS_SECANT, "secant" },         { SHOWS_DERIVATIVES, "derivatives" },
	{ SHOWS_ROUNDING, "rounding" },     { SHOWS_HERROR, "herror" },
	{ SHOWS_FIELD, "field" },           { SHOWS_GRADIENT, "gradient" },
	{ SHOWS_UPDATE, "update" },         { SHOWS_LOSS, "loss" },
	{ SHOWS_RACE, "race" },             { SHOWS_INSPECTOR, "inspector" },
};

static void line(size_t page, const char *keys, const char *sizes, unsigned shows)
{
	printf("%zu\t%s\t%s\t", page, *keys ? keys : "-", sizes);
	unsigned known = 0;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		known |= names[i].bit;
		if (shows & names[i].bit)
			printf(" %s", names[i].name);
	}
	if (shows & ~known)
		printf(" unknown");
	putchar('\n');
}

int main(void)
{
	size_t n;
	const struct tour_page *p = tour_pages(&n);
	for (size_t i = 0; i < n; i++) {
		char keys[512] = "";
		line(i + 1, "", "80x24 120x40", p[i].shows);
		if (p[i].shows_at_60x20)
			line(i + 1, "", "60x20", p[i].shows_at_60x20);
		for (int t = 0; t < TOUR_TRIES && p[i].tries[t].keys; t++) {
			strncat(keys, p[i].tries[t].keys, sizeof keys - strlen(keys) - 1);
			line(i + 1, keys, "80x24 120x40", p[i].tries[t].shows);
		}
	}
	return 0;
}
