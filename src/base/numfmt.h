/* numfmt: doubles as the shortest text that reads back to the same double,
 * spelled as Python's repr spells it, so output compares with the book. */
#ifndef SLOPE_NUMFMT_H
#define SLOPE_NUMFMT_H

#include <stddef.h>

/* A number's literal as the source writes it, as text: NUMFMT_LITERAL(1e-7)
 * is "1e-7". The book's defaults are written once, as numbers, and the
 * option table prints them so. */
#define NUMFMT_LITERAL(value) NUMFMT_LITERAL_OF(value)
#define NUMFMT_LITERAL_OF(value) #value

/* Longest text format_double writes, with its terminating NUL. */
#define NUMFMT_MAX 32

/* Writes v to buf (at least NUMFMT_MAX bytes) and returns buf. Integral
 * values print without ".0" ("-3", "4"); non-finite ones as "nan", "inf",
 * "-inf". */
char *format_double(char *buf, double v);

/* A lone number on a screen, as NumPy prints a float64 scalar (and Python a
 * float): format_double's digits, with ".0" on an integral value ("25.0",
 * "-3.0", "0.1", "1e-10", "1e+16", "1.0373788855137937e-18", "nan").
 * Writes to buf (at least NUMFMT_MAX bytes) and returns buf. */
char *format_scalar(char *buf, double v);

#endif
