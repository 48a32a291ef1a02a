/* cli: argv -> struct config. One table of options drives the parser, the
 * book's defaults and the help text. Values are validated here, expressions
 * compiled here, so a command never starts on bad input. */
#ifndef SLOPE_CLI_H
#define SLOPE_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "config.h"

/* Parses argv into *cfg. Returns 0, or 2 (bad usage) with a one-line message
 * in err (without the "slope: " prefix). On error nothing is left to free. */
int cli_parse(int argc, char **argv, struct config *cfg, char *err,
              size_t errlen);
void config_free(struct config *cfg);

/* Help for one command, or for all of them (CMD_COUNT). */
void cli_print_help(FILE *out, enum command topic);
/* The presets and their settings (slope help presets). */
void cli_print_presets(FILE *out);

/* The command's name as typed ("descend"). */
const char *command_name(enum command c);

#endif
