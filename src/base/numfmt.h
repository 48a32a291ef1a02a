/* numfmt: doubles as the shortest text that reads back to the same double,
 * spelled as Python's repr spells it, so output compares with the book. */
#ifndef SLOPE_NUMFMT_H
#define SLOPE_NUMFMT_H

#include <stddef.h>

/* Longest text format_double writes, with its terminating NUL. */
#define NUMFMT_MAX 32

/* Writes v to buf (at least NUMFMT_MAX bytes) and returns buf. Integral
 * values print without ".0" ("-3", "4"); non-finite ones as "nan", "inf",
 * "-inf". */
char *format_double(char *buf, double v);

#endif
