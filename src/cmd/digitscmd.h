/* digitscmd: slope diff --digits, the digits f(a+h) - f(a-h) cancels, as
 * text (with --scan a row per h). */
#ifndef SLOPE_DIGITSCMD_H
#define SLOPE_DIGITSCMD_H

#include <stdio.h>

#include "config.h"

/* Writes the report to out and returns 0. */
int command_digits(FILE *out, const struct config *cfg);

#endif
