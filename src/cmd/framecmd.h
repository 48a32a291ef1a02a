/* framecmd: `slope frame`: the dashboard's screen, after some keys, printed
 * as text: the same cells the terminal would show. */
#ifndef SLOPE_FRAMECMD_H
#define SLOPE_FRAMECMD_H

#include <stddef.h>
#include <stdio.h>

#include "config.h"

/* Prints the screen at --size (else the terminal's when out is one, else
 * 120x40) after applying --keys. Takes cfg's expressions. Returns 0, or 1
 * with a message in err when memory runs out. */
int command_frame(FILE *out, struct config *cfg, char *err, size_t errlen);

#endif
