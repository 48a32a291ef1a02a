/* export_app: the W key: the dashboard's run, with the learning rates it
 * used (+ and - change them from an iteration on), written as the script
 * slope export prints, to a new file beside the snapshots. */
#ifndef SLOPE_EXPORT_APP_H
#define SLOPE_EXPORT_APP_H

#include <time.h>

#include "app.h"

/* The W key's effect: writes the run to the app's snapshot
 * directory as slope-YYYYMMDD-HHMMSS.py (never over a file, as w), and
 * puts the file's name, or why it failed, in the app's message. */
void export_app_run(struct app *app, time_t when);

#endif
