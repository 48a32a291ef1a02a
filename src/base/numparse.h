/* numparse: numbers read from text typed by a person, on the command line
 * or at a dashboard prompt: a finite double spelled completely, two of them
 * around a separator, a whole number in a range. Read in the C locale
 * whatever LC_NUMERIC says. */
#ifndef SLOPE_NUMPARSE_H
#define SLOPE_NUMPARSE_H

#include <stdbool.h>
#include <stddef.h>

/* A finite double spelled completely by text ("1e-4", "-.5"). */
bool parse_number(const char *text, double *out);

/* Two finite numbers separated by sep ("3,4", "0:20"). */
bool parse_two_numbers(const char *text, char sep, double out[2]);

/* The same, saying where it went wrong: 0, or the 1-based column of the
 * first character that is not right, with a one-line reason in err
 * ("'x' at column 4 is not a number"). */
int parse_two_numbers_at(const char *text, char sep, double out[2], char *err,
                         size_t errlen);

/* A whole number from 0 to max, digits only: 0, or the 1-based column of
 * the first wrong character (or 1 past the end) with a reason in err. */
int parse_count_at(const char *text, long max, long *out, char *err, size_t errlen);

#endif
