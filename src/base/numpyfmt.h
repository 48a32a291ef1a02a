/* numpyfmt: vectors and scalars printed the way the book's NumPy prints
 * them, print(np.array([...])) with NumPy's default print options, so a
 * screen can show "[6. 8.]" where the book does. */
#ifndef SLOPE_NUMPYFMT_H
#define SLOPE_NUMPYFMT_H

#include <stddef.h>

/* A buffer this long always holds format_numpy_array's text for n <= 8,
 * wrapped lines included (widest element: 18 characters). */
#define NUMPYFMT_ARRAY_MAX 168

/* Writes the text print(np.array(v[0..n-1])) shows for a float64 array
 * under NumPy's default print options (precision 8, floatmode 'maxprec',
 * suppress False, sign '-', linewidth 75, threshold 1000, edgeitems 3) and
 * returns buf: "[6. 8.]", "[-2.4  3.2]", "[-6.11110793e-10  8.14814391e-10]".
 * Lines longer than 75 columns wrap with "\n " as NumPy wraps them; more
 * than 1000 elements are summarised with "...". n >= 0 (n == 0 gives "[]").
 * The text is cut short, still NUL-terminated, if len is too small. Numbers
 * are spelled in the C locale whatever LC_NUMERIC says. */
char *format_numpy_array(char *buf, size_t len, const double *v, int n);

/* A buffer this long always holds format_scalar_rounded's text. */
#define NUMPYFMT_ROUNDED_MAX 24

/* A lone number where a screen must stay short: v with at most `precision`
 * decimals (1..8; in the exponent form, after the first digit), rounded as
 * NumPy's print rounds an array's elements, but spelled as NumPy prints a
 * float64 scalar: "25.0" and "1e-10", never "25." or "1.e-10". Positional
 * when v is 0 or 1e-4 <= |v| < 1e8, as NumPy decides for an array of one;
 * else the exponent form with at least two exponent digits: precision 8
 * gives "0.1", "16.0" for 15.99999999999875, "1.03737889e-18". This is
 * NumPy's format_float_positional(v, precision, unique=True, trim='0') and
 * format_float_scientific(v, precision, unique=True, trim='-',
 * exp_digits=2). Returns buf; cut short, still NUL-terminated, if len is
 * too small. */
char *format_scalar_rounded(char *buf, size_t len, double v, int precision);

/* The same scalar style with at most `digits` significant digits (1..8),
 * laid out as C's %g lays them out: the exponent form when the rounded
 * value's first digit is below 10^-4 or at 10^digits or above. For legends
 * and tables, where every column counts: digits 4 gives "0.3", "4.061",
 * "1002.0", "1.037e-18", "1e+300". NumPy's format_float_positional(v,
 * digits, unique=True, fractional=False, trim='0') or
 * format_float_scientific(v, digits - 1, unique=True), spelled as above.
 * Returns buf; cut short, still NUL-terminated, if len is too small. */
char *format_scalar_digits(char *buf, size_t len, double v, int digits);

#endif
