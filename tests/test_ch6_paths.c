/* Tests for chapter 6's optimizers over whole paths: 30 updates of each on
 * x**2/20 + y**2 from (-7, 2), value for value against the paths NumPy
 * computes (tests/data/ch6_*.csv, written by tests/data/gen_ch6_paths.py):
 * the update rules alone, the same through a run (its state kept per row),
 * and through slope's own expression parser, whose exact gradient of the
 * surface must be the book's (x/10.0, 2.0*y) bit for bit. */
#include "testutil.h"

#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "descent.h"
#include "expr.h"
#include "run.h"

#define UPDATES 30

/* The book's surface and its df, written as the book writes them:
 * x**2 / 20.0 + y**2 on Python floats, where ** is pow() (not x*x: glibc's
 * pow is not correctly rounded), and x / 10.0 (not x*0.1). */
static double ch6_value(const void *ctx, const double *x)
{
	(void)ctx;
	return pow(x[0], 2.0) / 20.0 + pow(x[1], 2.0);
}

static void ch6_gradient(const double *x, double *grad)
{
	grad[0] = x[0] / 10.0;
	grad[1] = 2.0 * x[1];
}

static double ch6_value_and_gradient(const void *ctx, const double *x, double *grad)
{
	ch6_gradient(x, grad);
	return ch6_value(ctx, x);
}

static const struct objective ch6_surface = { ch6_value, NULL, 2, ch6_value_and_gradient };
static const char ch6_text[] = "x0**2/20 + x1**2";

/* Figure 6-8's four at its rates, then RMSprop at the book's defaults and
 * Nesterov at Momentum's rate (at its default 0.01 it barely moves). */
static const struct ch6_case {
	enum optimizer_kind kind;
	double lr;
	const char *file;
} cases[] = {
	{ OPTIMIZER_SGD, 0.95, "tests/data/ch6_sgd_lr0.95.csv" },
	{ OPTIMIZER_MOMENTUM, 0.1, "tests/data/ch6_momentum_lr0.1.csv" },
	{ OPTIMIZER_ADAGRAD, 1.5, "tests/data/ch6_adagrad_lr1.5.csv" },
	{ OPTIMIZER_ADAM, 0.3, "tests/data/ch6_adam_lr0.3.csv" },
	{ OPTIMIZER_RMSPROP, 0.01, "tests/data/ch6_rmsprop_lr0.01.csv" },
	{ OPTIMIZER_NESTEROV, 0.1, "tests/data/ch6_nesterov_lr0.1.csv" },
};
#define CASES (sizeof cases / sizeof cases[0])

/* ---- The NumPy paths ---------------------------------------------------- */

struct path_row {
	double x[2], grad[2], loss;
	double state[OPTIMIZER_STATE_MAX];
};

struct path {
	struct path_row rows[UPDATES + 1]; /* row i: after i updates */
};

/* The header slope would write for the optimizer's rows. */
static void expected_header(enum optimizer_kind kind, char *out, size_t size)
{
	size_t used = (size_t)snprintf(out, size, "iter,x0,x1,g0,g1,loss");
	for (int i = 0; i < optimizer_state_size(kind) && used < size; i++)
		used += (size_t)snprintf(out + used, size - used, ",%s", optimizer_state_name(kind, i));
}

/* Reads ",value" at *at, exactly (strtod rounds correctly). */
static double next_value(char **at)
{
	assert_int_equal(**at, ',');
	char *end;
	double v = strtod(*at + 1, &end);
	assert_true(end != *at + 1);
	*at = end;
	return v;
}

/* Reads the case's file; its header must name the state as slope does. */
static void read_path(const struct ch6_case *c, struct path *p)
{
	FILE *csv = fopen(c->file, "r");
	assert_non_null(csv);
	char line[1024], header[256];
	expected_header(c->kind, header, sizeof header);
	assert_non_null(fgets(line, sizeof line, csv));
	line[strcspn(line, "\n")] = '\0';
	assert_string_equal(line, header);
	int n = optimizer_state_size(c->kind), rows = 0;
	while (fgets(line, sizeof line, csv)) {
		char *at;
		long iter = strtol(line, &at, 10);
		assert_int_equal(iter, rows);
		assert_true(rows <= UPDATES);
		struct path_row *r = &p->rows[rows++];
		r->x[0] = next_value(&at);
		r->x[1] = next_value(&at);
		r->grad[0] = next_value(&at);
		r->grad[1] = next_value(&at);
		r->loss = next_value(&at);
		for (int i = 0; i < n; i++)
			r->state[i] = next_value(&at);
		assert_int_equal(*at, '\n');
	}
	fclose(csv);
	assert_int_equal(rows, UPDATES + 1);
}

static void assert_state_equal(const double *state, const struct path_row *want, int n)
{
	for (int i = 0; i < n; i++)
		assert_double_exact(state[i], want->state[i]);
}

/* ---- The update rules alone --------------------------------------------- */

static void test_updates_alone_follow_the_numpy_paths(void **state)
{
	(void)state;
	for (size_t c = 0; c < CASES; c++) {
		struct path want;
		read_path(&cases[c], &want);
		struct optimizer o = optimizer_defaults(cases[c].kind, cases[c].lr);
		double x[2] = { -7, 2 }, grad[2], s[OPTIMIZER_STATE_MAX] = { 0 };
		int n = optimizer_state_size(o.kind);
		for (long t = 0; t <= UPDATES; t++) {
			if (t > 0)
				optimizer_update(&o, t, x, grad, s);
			ch6_gradient(x, grad);
			const struct path_row *r = &want.rows[t];
			assert_double_exact(x[0], r->x[0]);
			assert_double_exact(x[1], r->x[1]);
			assert_double_exact(grad[0], r->grad[0]);
			assert_double_exact(grad[1], r->grad[1]);
			assert_double_exact(ch6_value(NULL, x), r->loss);
			assert_state_equal(s, r, n);
		}
	}
}

/* ---- Through a run ------------------------------------------------------ */

static struct run_spec ch6_spec(const struct ch6_case *c, struct objective surface)
{
	struct run_spec spec = {
		.surface = surface,
		.gradient = GRADIENT_EXACT,
		.h = 1e-4,
		.optimizer = optimizer_defaults(c->kind, c->lr),
		.start = { -7, 2 },
	};
	return spec;
}

/* Rows first..last of r equal the path: point, gradient, loss, rate and
 * the state after each update. */
static void assert_run_follows(const struct run *r, const struct path *want,
                               const struct ch6_case *c, long first, long last)
{
	int n = optimizer_state_size(c->kind);
	for (long k = first; k <= last; k++) {
		const struct run_row *row = run_row(r, k);
		const struct path_row *w = &want->rows[k];
		assert_double_exact(row->x[0], w->x[0]);
		assert_double_exact(row->x[1], w->x[1]);
		assert_double_exact(row->grad[0], w->grad[0]);
		assert_double_exact(row->grad[1], w->grad[1]);
		assert_double_exact(row->loss, w->loss);
		assert_double_exact(row->lr, c->lr);
		if (n > 0)
			assert_state_equal(run_state(r, k), w, n);
		else
			assert_null(run_state(r, k));
	}
}

static void test_runs_follow_the_numpy_paths_row_by_row(void **state)
{
	(void)state;
	for (size_t c = 0; c < CASES; c++) {
		struct path want;
		read_path(&cases[c], &want);
		struct run r;
		struct run_spec spec = ch6_spec(&cases[c], ch6_surface);
		assert_int_equal(run_init(&r, &spec, true), 0);
		assert_int_equal(run_until(&r, UPDATES), UPDATES);
		assert_int_equal(r.end, RUN_GOING);
		assert_run_follows(&r, &want, &cases[c], 0, UPDATES);
		run_free(&r);
	}
}

static void test_a_run_keeping_only_its_last_row_ends_in_the_same_state(void **state)
{
	(void)state;
	for (size_t c = 0; c < CASES; c++) {
		struct path want;
		read_path(&cases[c], &want);
		struct run r;
		struct run_spec spec = ch6_spec(&cases[c], ch6_surface);
		assert_int_equal(run_init(&r, &spec, false), 0);
		for (long k = 1; k <= UPDATES; k++) {
			assert_int_equal(run_until(&r, k), k);
			assert_run_follows(&r, &want, &cases[c], k, k);
		}
		run_free(&r);
	}
}

static void test_run_state_holds_the_velocity_and_the_rate(void **state)
{
	(void)state;
	struct run r;
	struct run_spec momentum = ch6_spec(&cases[1], ch6_surface);
	assert_int_equal(run_init(&r, &momentum, true), 0);
	run_until(&r, 2);
	assert_double_exact(run_state(&r, 0)[0], 0.0);
	assert_double_exact(run_state(&r, 0)[1], 0.0);
	assert_double_exact(run_state(&r, 1)[0], 0.06999999999999999);
	assert_double_exact(run_state(&r, 1)[1], -0.4);
	assert_double_exact(run_state(&r, 2)[0], 0.1323);
	assert_double_exact(run_state(&r, 2)[1], -0.6800000000000002);
	run_free(&r);

	struct run_spec adam = ch6_spec(&cases[3], ch6_surface);
	assert_int_equal(run_init(&r, &adam, true), 0);
	run_until(&r, 30);
	assert_double_exact(run_state(&r, 0)[4], 0.0);
	assert_double_exact(run_row(&r, 1)->x[0], -6.700001355255732);
	assert_double_exact(run_state(&r, 1)[4], 0.09486832980505143); /* lr_t */
	assert_double_exact(run_state(&r, 2)[4], 0.07059501759823583);
	/* early on lr_t falls: 1 - 0.9**t grows faster than sqrt(1 - 0.999**t) */
	assert_true(run_state(&r, 30)[4] < run_state(&r, 2)[4]);
	run_free(&r);
}

static void test_a_truncated_run_goes_on_from_the_state_it_kept(void **state)
{
	(void)state;
	for (size_t c = 0; c < CASES; c++) {
		struct path want;
		read_path(&cases[c], &want);
		struct run r;
		struct run_spec spec = ch6_spec(&cases[c], ch6_surface);
		assert_int_equal(run_init(&r, &spec, true), 0);
		run_until(&r, UPDATES);
		run_truncate(&r, 10);
		assert_int_equal(run_until(&r, UPDATES), UPDATES);
		assert_run_follows(&r, &want, &cases[c], 0, UPDATES);
		run_free(&r);
	}
}

/* ---- Through the expression parser -------------------------------------- */

static struct expr *compile_ch6(void)
{
	struct expr *e = NULL;
	char err[256];
	assert_int_equal(expr_compile(ch6_text, EXPR_SURFACE, &e, err, sizeof err), 0);
	return e;
}

static void test_the_typed_surface_runs_the_same_paths(void **state)
{
	(void)state;
	struct expr *e = compile_ch6();
	for (size_t c = 0; c < CASES; c++) {
		struct path want;
		read_path(&cases[c], &want);
		struct run r;
		struct run_spec spec = ch6_spec(&cases[c], objective_of_expr(e));
		assert_int_equal(run_init(&r, &spec, true), 0);
		assert_int_equal(run_until(&r, UPDATES), UPDATES);
		assert_run_follows(&r, &want, &cases[c], 0, UPDATES);
		run_free(&r);
	}
	expr_free(e);
}

static bool same_bits(double a, double b)
{
	return memcmp(&a, &b, sizeof a) == 0;
}

/* The expression's value and exact gradient at x against the book's. Bit
 * for bit, except that where the book's partial is a zero the expression's
 * need only be a zero: it may lose the zero's sign (see below). */
static void assert_expr_is_the_book(const struct expr *e, const double x[2])
{
	double grad[2], book[2];
	double value = expr_value_and_gradient(e, x, grad);
	ch6_gradient(x, book);
	if (!same_bits(value, ch6_value(NULL, x)) || !same_bits(expr_value(e, x), value))
		fail_msg("value at (%a, %a): %a, the book's %a", x[0], x[1], value, ch6_value(NULL, x));
	for (int i = 0; i < 2; i++)
		if (book[i] == 0.0 ? grad[i] != 0.0 : !same_bits(grad[i], book[i]))
			fail_msg("partial %d at (%a, %a): %a, the book's %a", i, x[0], x[1], grad[i], book[i]);
}

/* splitmix64: a fixed sequence of 64-bit words. */
static uint64_t next_word(uint64_t *seed)
{
	uint64_t z = (*seed += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

/* Either any finite double with |x| < 2**1023 (every exponent, subnormals
 * too), or a uniform [-1, 1) scaled by one of several powers of ten. */
static double random_coordinate(uint64_t *seed, long n)
{
	static const double scales[] = { 1e-320, 1e-300, 1e-100, 1e-10, 1e-3, 0.1,  1.0,
	                                 7.0,    10.0,   1e3,    1e10,  1e100, 1e300 };
	const size_t count = sizeof scales / sizeof scales[0];
	if (n % 3 == 0) {
		for (;;) {
			uint64_t bits = next_word(seed);
			double x;
			memcpy(&x, &bits, sizeof x);
			if (isfinite(x) && fabs(x) < 0x1p1023)
				return x;
		}
	}
	double unit = (double)(next_word(seed) >> 11) * 0x1p-53; /* [0, 1) */
	return (2.0 * unit - 1.0) * scales[(size_t)n % count];
}

static void test_expr_gradient_is_the_books_bit_for_bit(void **state)
{
	(void)state;
	struct expr *e = compile_ch6();
	uint64_t seed = 20240604;
	for (long n = 0; n < 100000; n++) {
		double x[2];
		x[0] = random_coordinate(&seed, n);
		x[1] = random_coordinate(&seed, n / 3);
		assert_expr_is_the_book(e, x);
	}
	for (size_t c = 0; c < CASES; c++) {
		struct path want;
		read_path(&cases[c], &want);
		for (int k = 0; k <= UPDATES; k++)
			assert_expr_is_the_book(e, want.rows[k].x);
	}
	expr_free(e);
}

/* Where the dual numbers part from the book. The partial in x0 is formed
 * as ((2*x0) - 0.0) / 20 + 0.0 and the one in x1 as 0.0 + 2*x1: the 0.0s
 * are the tangents of the terms that do not depend on that variable. So
 * (a) adding +0.0 turns a -0.0 partial into +0.0: at x1 = -0.0, and at
 * x0 = -0.0 or -1..-5 * 2**-1074, where x0/10 rounds to -0.0; the values
 * still compare equal; (b) 2*x0 overflows from |x0| = 2**1023 on, where the
 * book's x0/10 is finite, but x0*x0 overflowed long before (|x0| > 1.3e154),
 * so no run with a finite loss gets there. */
static void test_expr_gradient_at_the_edges(void **state)
{
	(void)state;
	struct expr *e = compile_ch6();
	static const double edges[][2] = {
		{ 0.0, 0.0 },
		{ -0.0, -0.0 },
		{ -0x1p-1074, 1.0 },
		{ -0x5p-1074, 1.0 },
		{ -0x6p-1074, 1.0 },
		{ 0x1p-1074, -0x1p-1074 },
		{ DBL_MAX / 2, 1.0 },
		{ -DBL_MAX / 2, DBL_MAX },
	};
	for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
		assert_expr_is_the_book(e, edges[i]);
	expr_free(e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_updates_alone_follow_the_numpy_paths),
		cmocka_unit_test(test_runs_follow_the_numpy_paths_row_by_row),
		cmocka_unit_test(test_a_run_keeping_only_its_last_row_ends_in_the_same_state),
		cmocka_unit_test(test_run_state_holds_the_velocity_and_the_rate),
		cmocka_unit_test(test_a_truncated_run_goes_on_from_the_state_it_kept),
		cmocka_unit_test(test_the_typed_surface_runs_the_same_paths),
		cmocka_unit_test(test_expr_gradient_is_the_books_bit_for_bit),
		cmocka_unit_test(test_expr_gradient_at_the_edges),
	};
	return cmocka_run_group_tests_name("ch6 paths", tests, NULL, NULL);
}
