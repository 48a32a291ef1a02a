/* pypow: x**y as Python computes it on floats, which is the C library's
 * pow(), bit for bit, with the book's common exponents 1 and 2 answered
 * without the call where the answer is certain. */
#ifndef SLOPE_PYPOW_H
#define SLOPE_PYPOW_H

/* pow(x, y), the same double in every case (NaN's sign and payload
 * aside), faster for y = 1 and y = 2. */
double python_pow(double x, double y);

#endif
