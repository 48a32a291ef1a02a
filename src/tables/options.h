/* options: the one table of command-line options: names, values, the
 * book's defaults, the commands that take each, help texts, and how a value
 * is read into struct config. cli.c parses argv through it; presets and the
 * dashboard's preset key apply their settings through it. */
#ifndef SLOPE_OPTIONS_H
#define SLOPE_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"

/* Writes the one-line message of bad usage into err and returns 2, the
 * exit status of bad usage (cli.c and the option readers). */
int usage_error(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

struct option_spec;
typedef int (*option_reader)(struct config *cfg, const struct option_spec *o,
                             const char *value, char *err, size_t errlen);

struct option_spec {
	const char *name;      /* without the leading "--" */
	const char *metavar;   /* NULL for a flag */
	const char *default_text;
	unsigned commands;     /* a bit (1 << command) for each command that takes it */
	const char *help;
	option_reader apply;
	unsigned figures;      /* slope plot: a bit (1 << figure) for each figure
	                          that reads it; 0: every figure */
};

const struct option_spec *option_table(size_t *count);
/* The option named by name[0..len-1], or NULL. */
const struct option_spec *option_find(const char *name, size_t len);
bool option_applies(const struct option_spec *o, enum command c);
/* Whether slope plot's figure f reads the option. */
bool option_applies_to_figure(const struct option_spec *o, enum plot_figure f);

/* Reads value (NULL for a flag) into cfg. 0, or 2 (bad usage) with a
 * one-line message in err. */
int option_apply(struct config *cfg, const struct option_spec *o, const char *value,
                 char *err, size_t errlen);

/* Every option's default, for cfg->command. 0, or 2 with a message. */
int options_defaults(struct config *cfg, char *err, size_t errlen);

#endif
