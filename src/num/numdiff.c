/* numdiff: the book's numerical derivative, tangent line and numerical
 * gradient. Each expression keeps the book's operation order: with
 * -ffp-contract=off the results equal NumPy's bit for bit. */
#include "numdiff.h"

static double value_of_expr(const void *ctx, const double *x)
{
	return expr_value(ctx, x);
}

static double value_and_gradient_of_expr(const void *ctx, const double *x,
                                         double *grad)
{
	return expr_value_and_gradient(ctx, x, grad);
}

struct objective objective_of_expr(const struct expr *e)
{
	struct objective f = { value_of_expr, e, (int)expr_arity_of(e),
	                       value_and_gradient_of_expr };
	return f;
}

static double value_at(const struct objective *f, double x)
{
	return f->value(f->ctx, &x);
}

double numerical_diff(const struct objective *f, double x, double h)
{
	return (value_at(f, x + h) - value_at(f, x - h)) / (2 * h);
}

double forward_diff(const struct objective *f, double x, double h)
{
	return (value_at(f, x + h) - value_at(f, x)) / h;
}

double difference_by_method(const struct objective *f, enum diff_method m, double x, double h)
{
	return m == DIFF_FORWARD ? forward_diff(f, x, h) : numerical_diff(f, x, h);
}

struct tangent tangent_by_method(const struct objective *f, enum diff_method m, double a,
                                 double h)
{
	struct tangent t;
	t.slope = difference_by_method(f, m, a, h);
	t.intercept = value_at(f, a) - t.slope * a;
	return t;
}

void numerical_gradient(const struct objective *f, const double *x, double h,
                        double *grad)
{
	double point[OBJECTIVE_MAX_DIM];
	for (int i = 0; i < f->dim; i++)
		point[i] = x[i];
	for (int i = 0; i < f->dim; i++) {
		double saved = point[i];
		point[i] = saved + h;
		double above = f->value(f->ctx, point);
		point[i] = saved - h;
		double below = f->value(f->ctx, point);
		grad[i] = (above - below) / (2 * h);
		point[i] = saved;
	}
}

void gradient_by_mode(const struct objective *f, enum gradient_mode mode,
                      const double *x, double h, double *grad)
{
	if (mode == GRADIENT_EXACT && f->value_and_gradient != NULL)
		f->value_and_gradient(f->ctx, x, grad);
	else
		numerical_gradient(f, x, h, grad);
}
