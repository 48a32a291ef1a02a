/* expr: user-typed functions of one variable (a curve) or two (a surface),
 * compiled once into a flat program, evaluated on doubles or on dual numbers
 * (forward-mode automatic differentiation) for exact derivatives. */
#ifndef SLOPE_EXPR_H
#define SLOPE_EXPR_H

#include <stddef.h>

/* How many variables an expression may use: a curve names x; a surface names
 * x0 and x1 (or x and y). */
enum expr_arity { EXPR_CURVE = 1, EXPR_SURFACE = 2 };

struct expr;

/* Compiles text. On success returns 0 and sets *out (free with expr_free).
 * On failure returns -1, sets *out to NULL and writes one line to err with
 * what was wrong, the 1-based column and the text, e.g.
 * "expected ')' at column 6 in 'sin(x'". */
int expr_compile(const char *text, enum expr_arity arity, struct expr **out,
                 char *err, size_t errlen);
void expr_free(struct expr *e);

/* The value at vars[0..arity-1]. Integer powers evaluate as repeated
 * multiplication (x**2 is x*x), so the book's numbers come out bit for bit. */
double expr_value(const struct expr *e, const double *vars);

/* The value, and the exact partial derivatives in grad[0..arity-1]. */
double expr_value_and_gradient(const struct expr *e, const double *vars,
                               double *grad);

enum expr_arity expr_arity_of(const struct expr *e);
const char *expr_text(const struct expr *e);

#endif
