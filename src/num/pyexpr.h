/* pyexpr: a surface as Python source, for slope export: the text the user
 * typed (already accepted by expr_compile) written as the body of the
 * book's def f(x), with x[0] and x[1] for its variables, so that Python
 * computes every value with the operations slope computes it with. */
#ifndef SLOPE_PYEXPR_H
#define SLOPE_PYEXPR_H

#include <stdbool.h>
#include <stddef.h>

/* The functions an expression may call, in expr.c's spelling. */
enum pyexpr_function {
	PYFN_SIN, PYFN_COS, PYFN_TAN, PYFN_ASIN, PYFN_ACOS, PYFN_ATAN, PYFN_SINH,
	PYFN_COSH, PYFN_TANH, PYFN_EXP, PYFN_LOG, PYFN_LOG10, PYFN_SQRT, PYFN_ABS,
	PYFN_COUNT
};

/* The name slope and the script call function f by ("sin"). */
const char *pyexpr_function_name(enum pyexpr_function f);

/* Writes text (a surface in x0, x1 or x, y) as one Python expression in
 * x[0] and x[1] into out: "x0**2 + x1**2" becomes "x[0]**2 + x[1]**2". A
 * part made of constants only is computed here, as slope computes it once
 * when it compiles the text, and written as the number it comes to
 * ("np.inf" where that is infinite): Python would raise where C returns
 * inf or nan. Sets bit f of *functions for each function called. Returns
 * 0, or -1 when the text does not parse or out is too short. */
int pyexpr_translate(const char *text, char *out, size_t len, unsigned *functions);

#endif
