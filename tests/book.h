/* book: the book's two functions written in plain C, in the book's
 * operation order, as struct objective for the numerics tests. */
#ifndef SLOPE_TEST_BOOK_H
#define SLOPE_TEST_BOOK_H

#include "numdiff.h"

/* f(x) = 0.01*x**2 + 0.1*x, NumPy squaring as x*x. */
static inline double book_function_1(const void *ctx, const double *x)
{
	(void)ctx;
	return 0.01 * (x[0] * x[0]) + 0.1 * x[0];
}

/* f(x0, x1) = x0**2 + x1**2. */
static inline double book_function_2(const void *ctx, const double *x)
{
	(void)ctx;
	return x[0] * x[0] + x[1] * x[1];
}

static const struct objective book_curve = { book_function_1, NULL, 1, NULL };
static const struct objective book_surface = { book_function_2, NULL, 2, NULL };

#endif
