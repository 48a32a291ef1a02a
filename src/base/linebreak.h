/* linebreak: a paragraph of UTF-8 text in lines of a width in terminal
 * columns, broken where a reader expects it, in English and in Chinese:
 * the tour's pages, the key help, a prompt's error, a status line too
 * long for the screen. Text alone, no state. */
#ifndef SLOPE_LINEBREAK_H
#define SLOPE_LINEBREAK_H

#include <stddef.h>

/* The bytes of a line, its NUL included. */
#define LINEBREAK_LINE_MAX 512

/* Wraps a paragraph of UTF-8 text into lines of at most width columns:
 * at spaces, and between two wide (CJK) characters, which need none. A
 * bracketed array, a point or a formula (`[-6.  8.]`, `(-7, 2)`,
 * `(f(a+h) - f(a-h)) / (2*h)`, `a = 10`) goes down whole, its spaces as
 * written; one wider than a line breaks before an operator, then inside
 * its brackets. A word or number longer than a line is cut at the line's
 * end. Returns the lines used (at most max_lines). */
int linebreak_wrap(const char *text, int width, char lines[][LINEBREAK_LINE_MAX], int max_lines);

/* The bytes of text that one line of width columns shows: all of it when
 * it fits, else up to where linebreak_wrap would end its first line, so
 * a number, a word or an array is never cut in half; a word wider than
 * the line is cut at the line's end. */
size_t linebreak_cut(const char *text, int width);

/* text as one line of width columns shows a path whole enough to read:
 * when text is wider than width, its first word that starts as a path
 * does ('/', './', '../' or '~/': "cannot write in /a/long/dir: No such
 * file or directory") loses its head to "...", from a '/' where one is
 * left, so that the line fits and what follows the path (the reason)
 * stays. Writes the result to out (len bytes, its NUL included): text
 * itself when it fits, when it names no path, or when no shorter path
 * would make it fit. */
void linebreak_elide_path(const char *text, int width, char *out, size_t len);

#endif
