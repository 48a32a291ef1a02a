/* commands: the text commands (diff, grad, descend, race): numbers to a stream,
 * each double in its shortest round-trip form. */
#ifndef SLOPE_COMMANDS_H
#define SLOPE_COMMANDS_H

#include <stdio.h>

#include "config.h"

/* Each writes its report to out and returns 0; the caller checks the
 * stream for write errors. descend and race stop at the first row they
 * cannot write, and return 1 when memory runs out. */
int command_diff(FILE *out, const struct config *cfg);
int command_grad(FILE *out, const struct config *cfg);
int command_descend(FILE *out, const struct config *cfg);
int command_race(FILE *out, const struct config *cfg);

#endif
