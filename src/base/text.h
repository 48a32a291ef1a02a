/* text: UTF-8 text as a terminal shows it. A character is decoded from its
 * bytes and takes the columns wcwidth gives it in the current locale: a
 * CJK character two, a combining one none. Every width of text on screen
 * (a label, a legend, a caption, a padded help line) is measured here, in
 * columns, never in bytes or code points. */
#ifndef SLOPE_TEXT_H
#define SLOPE_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* Decodes the UTF-8 character at *p and advances past it. An invalid byte
 * (an overlong form, a surrogate, a code point past U+10FFFF) reads as
 * '?' and takes one byte, so nothing invalid reaches a terminal. */
uint32_t text_next_char(const char **p);
/* Writes cp as UTF-8 into buf (1 to 4 bytes, no NUL) and returns the count:
 * the one encoder of the screen's sinks (render, record). */
size_t text_put_char(uint32_t cp, char buf[4]);

/* The columns one character takes on a terminal: wcwidth's answer, 0 for
 * a combining character, 1 for an ASCII or unknown one (a control
 * character prints as '?'). */
int text_char_columns(uint32_t cp);

/* The columns a UTF-8 text takes on a terminal (invalid bytes count one
 * column each, as the '?' they print as). */
int text_columns(const char *text);

/* Copies text into buf (len bytes) and pads it with spaces to `width`
 * terminal columns (printf's "%-*s" counts bytes, which pads a Chinese
 * text short); a text as wide or wider is copied whole. Returns buf. */
char *text_pad(char *buf, size_t len, const char *text, int width);

#endif
