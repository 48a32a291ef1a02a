/* snapshot: the w key. Writes the screen as plain text to a new file in a
 * directory, never overwriting one, and tells the app what happened. */
#ifndef SLOPE_SNAPSHOT_H
#define SLOPE_SNAPSHOT_H

#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "app.h"
#include "screen.h"

/* Writes s (no color) to dir/slope-YYYYMMDD-HHMMSS.txt, the local time of
 * when, or to ...-1.txt, -2.txt when that name is taken: a temporary file
 * in dir is linked to its name, so a reader never sees half a file and an
 * existing file is never replaced. 0 with the file's name (without dir) in
 * name, or -1 with a one-line reason in err. */
int snapshot_write(const char *dir, const struct screen *s, time_t when,
                   char *name, size_t namelen, char *err, size_t errlen);

/* The same for any content: write(f, ctx) writes it (0, or nonzero on
 * failure) to dir/slope-YYYYMMDD-HHMMSS.EXTENSION (W's Python script). */
typedef int (*snapshot_writer)(FILE *f, const void *ctx);
int snapshot_write_file(const char *dir, const char *extension, snapshot_writer write,
                        const void *ctx, time_t when, char *name, size_t namelen, char *err,
                        size_t errlen);

/* The w key's effect: writes s to the app's snapshot directory and puts
 * the file's name, or why it failed, in the app's message. -1 when it
 * failed (the message says why), else 0. */
int snapshot_screen(struct app *app, const struct screen *s);

#endif
