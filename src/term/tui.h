/* tui: the dashboard in ncurses. The only file that calls curses: panes,
 * keys -> actions, canvases -> windows, and the one cleanup path. */
#ifndef SLOPE_TUI_H
#define SLOPE_TUI_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "canvas.h"
#include "record.h"

/* 0 when standard input and output are terminals of a type the terminfo
 * database knows; else 2 with a one-line message in err. Touches nothing. */
int tui_check_terminal(char *err, size_t errlen);

/* Runs the dashboard until the user quits, a signal (SIGINT, SIGQUIT,
 * SIGTERM, SIGHUP) arrives or input ends. Restores the terminal on every
 * way out. Returns the exit status: 0 when the user quit (q, end of input),
 * 128 plus the signal's number for SIGINT and SIGQUIT (Ctrl-C and Ctrl-\:
 * the terminal keeps ISIG), SIGTERM and SIGHUP, 1 when the terminal failed
 * (message in err). Each frame drawn also goes to record unless it is
 * NULL (--record). */
int tui_run(struct app *app, enum canvas_mode mode, bool color, struct record *record,
            char *err, size_t errlen);

#endif
