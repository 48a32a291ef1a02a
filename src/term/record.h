/* record: a dashboard session written, as it goes, to an asciicast v2 file
 * (the format asciinema and its web player read): a header line, then one
 * event line per frame: "o" with what a terminal is sent to show the
 * frame, "r" with the new size on a resize. Each line is written whole as
 * the frame is drawn, so the file is valid up to the last frame whenever
 * the session ends. */
#ifndef SLOPE_RECORD_H
#define SLOPE_RECORD_H

#include <stdbool.h>
#include <stddef.h>

#include "screen.h"

struct record;

/* 0 when path names no file and its directory can take a new one; else 2
 * with a one-line message in err. Creates nothing. */
int record_check(const char *path, char *err, size_t errlen);

/* Creates the file at path, never over an existing one. NULL with a
 * one-line message in err when it cannot. */
struct record *record_open(const char *path, char *err, size_t errlen);

/* Records the frame shown on the screen s, with the 8 colors or without,
 * as the terminal shows it: the first one whole, after the header (which
 * takes its size); one of a new size as an "r" event, then whole; any
 * other as only the cells that differ from the last. Once a write has
 * failed, it records nothing more. */
void record_frame(struct record *r, const struct screen *s, bool color);

/* Closes the file: 0, or -1 when a write failed (a one-line message in
 * err: the recording is good up to the last whole line). */
int record_close(struct record *r, char *err, size_t errlen);

/* The JSON string of len bytes of UTF-8 text, quotes included, into out
 * (which holds at least 6 * len + 3 bytes): '"' and '\' escaped, control
 * bytes as \u00XX, everything else as it is. Returns its length. */
size_t record_json_string(const char *text, size_t len, char *out);

#endif
