/* numdiff: the book's numerical derivative, tangent line and numerical
 * gradient, in the book's operation order so the results match it bit for bit. */
#ifndef SLOPE_NUMDIFF_H
#define SLOPE_NUMDIFF_H

#include "expr.h"

/* The book's h (section 4.3.1): small enough for the difference, not so
 * small that rounding takes over. */
#define NUMDIFF_BOOK_H 1e-4

/* The most variables any objective has (a surface). */
#define OBJECTIVE_MAX_DIM 2

/* A scalar function of dim variables, as the numerics see it: an expression
 * in the program, a plain C function in tests and benchmarks. */
struct objective {
	double (*value)(const void *ctx, const double *x);
	const void *ctx;
	int dim;
	/* The value, and the exact gradient in grad[0..dim-1]; NULL when the
	 * objective has no exact gradient. */
	double (*value_and_gradient)(const void *ctx, const double *x, double *grad);
};

/* An expression as an objective, with its exact gradient (automatic
 * differentiation). */
struct objective objective_of_expr(const struct expr *e);

/* Central difference (f(x+h) - f(x-h)) / (2*h) of a one-variable objective. */
double numerical_diff(const struct objective *f, double x, double h);

/* The forward difference (f(x+h) - f(x)) / h: the book's worse example. */
double forward_diff(const struct objective *f, double x, double h);

/* The two differences of the book's section 4.3.1: its central one, and
 * the forward one it shows to be worse. */
enum diff_method { DIFF_CENTRAL, DIFF_FORWARD };

double difference_by_method(const struct objective *f, enum diff_method m, double x, double h);

/* The tangent at a: y = slope*t + intercept, slope the difference of the
 * method given (the book's tangent_line takes DIFF_CENTRAL), intercept
 * f(a) - slope*a. */
struct tangent {
	double slope;
	double intercept;
};
struct tangent tangent_by_method(const struct objective *f, enum diff_method m, double a,
                                 double h);

/* The book's loop: for each coordinate, perturb by +h and -h, take the
 * central difference, restore. x is not modified. */
void numerical_gradient(const struct objective *f, const double *x, double h,
                        double *grad);

/* How descent takes the gradient: the book's chapter 4 way (numerical, with
 * h) or chapter 6's (the exact derivative of the formula). */
enum gradient_mode { GRADIENT_NUMERICAL, GRADIENT_EXACT, GRADIENT_MODE_COUNT };

/* The gradient of f at x the mode's way. An objective without an exact
 * gradient falls back to the numerical one. */
void gradient_by_mode(const struct objective *f, enum gradient_mode mode,
                      const double *x, double h, double *grad);

#endif
