/* presets: named settings for the runs a learner wants to see: the book's
 * run, its too large and too small learning rates, chapter 6's race, and a
 * few surfaces that teach (a narrow valley, a saddle, four minima). Data
 * only: each setting is an option and its value as typed on the command
 * line, applied through the option table (options.c). */
#ifndef SLOPE_PRESETS_H
#define SLOPE_PRESETS_H

#include <stddef.h>

#define PRESET_SETTINGS 10

struct preset_setting {
	const char *option;  /* without "--"; NULL ends the list */
	const char *value;   /* NULL for a flag */
};

struct preset {
	const char *name;
	const char *summary;
	struct preset_setting settings[PRESET_SETTINGS];
};

const struct preset *preset_table(size_t *count);
/* The preset named name, or NULL. */
const struct preset *preset_find(const char *name);

#endif
