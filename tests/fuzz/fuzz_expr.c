/* fuzz_expr: libFuzzer target for expr. Any bytes must compile or fail with
 * one clean line, never crash or leak; whatever compiles must give the same
 * value, bit for bit, from expr_value and expr_value_and_gradient. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expr.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void require(int ok, const char *what, const char *text)
{
	if (!ok) {
		fprintf(stderr, "fuzz_expr: %s for '%s'\n", what, text);
		abort();
	}
}

static int same_bits(double a, double b)
{
	return (isnan(a) && isnan(b)) || memcmp(&a, &b, sizeof a) == 0;
}

static void check_compiled(const struct expr *e, const char *text)
{
	static const double points[][2] = {
		{ 0.0, 0.0 }, { 1.5, -2.25 }, { -3.0, 4.0 }, { 1e-3, 7.0 },
		{ 1e300, -1e-300 },
	};
	require(strcmp(expr_text(e), text) == 0, "text differs", text);
	for (size_t i = 0; i < sizeof points / sizeof points[0]; i++) {
		double grad[2] = { 0.0, 0.0 };
		double v = expr_value(e, points[i]);
		double w = expr_value_and_gradient(e, points[i], grad);
		require(same_bits(v, w), "value and gradient disagree", text);
	}
}

/* One line of printable ASCII. */
static void check_message(const char *err, const char *text)
{
	require(err[0] != '\0', "empty error message", text);
	for (const char *c = err; *c != '\0'; c++)
		require(*c >= 0x20 && *c < 0x7f, "unprintable error message", text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	if (text == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	static const enum expr_arity arities[] = { EXPR_CURVE, EXPR_SURFACE };
	for (size_t a = 0; a < 2; a++) {
		char err[256] = "";
		struct expr *e = NULL;
		if (expr_compile(text, arities[a], &e, err, sizeof err) == 0) {
			require(e != NULL, "no expression", text);
			require(expr_arity_of(e) == arities[a], "arity", text);
			check_compiled(e, text);
			expr_free(e);
		} else {
			require(e == NULL, "expression on failure", text);
			check_message(err, text);
		}
	}
	free(text);
	return 0;
}
