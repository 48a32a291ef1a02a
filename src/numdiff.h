/* numdiff: the book's numerical derivative, tangent line and numerical
 * gradient, in the book's operation order so the results match it bit for bit. */
#ifndef SLOPE_NUMDIFF_H
#define SLOPE_NUMDIFF_H

#include "expr.h"

/* The most variables any objective has (a surface). */
#define OBJECTIVE_MAX_DIM 2

/* A scalar function of dim variables, as the numerics see it: an expression
 * in the program, a plain C function in tests and benchmarks. */
struct objective {
	double (*value)(const void *ctx, const double *x);
	const void *ctx;
	int dim;
};

struct objective objective_of_expr(const struct expr *e);

/* Central difference (f(x+h) - f(x-h)) / (2*h) of a one-variable objective. */
double numerical_diff(const struct objective *f, double x, double h);

/* The forward difference (f(x+h) - f(x)) / h: the book's worse example. */
double forward_diff(const struct objective *f, double x, double h);

/* The tangent at a: y = slope*t + intercept, slope the numerical derivative,
 * intercept f(a) - slope*a. */
struct tangent {
	double slope;
	double intercept;
};
struct tangent tangent_line(const struct objective *f, double a, double h);

/* The book's loop: for each coordinate, perturb by +h and -h, take the
 * central difference, restore. x is not modified. */
void numerical_gradient(const struct objective *f, const double *x, double h,
                        double *grad);

#endif
