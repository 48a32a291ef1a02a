/* Tests for run: the book's runs row by row against its CSV, history kept
 * or not, truncation after an lr change, and the end of a run. */
#include "testutil.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "book.h"
#include "expr.h"
#include "run.h"

static const struct run_spec book_spec = {
	.surface = { book_function_2, NULL, 2, NULL },
	.gradient = GRADIENT_NUMERICAL,
	.h = 1e-4,
	.optimizer = { .kind = OPTIMIZER_SGD, .lr = 0.1 },
	.start = { -3, 4 },
};

static struct run_spec book_with_lr(double lr)
{
	struct run_spec spec = book_spec;
	spec.optimizer.lr = lr;
	return spec;
}

/* Runs steps updates; returns the last row. */
static struct run_row run_book(double lr, long steps, bool keep_all)
{
	struct run r;
	struct run_spec spec = book_with_lr(lr);
	assert_int_equal(run_init(&r, &spec, keep_all), 0);
	assert_int_equal(run_until(&r, steps), steps);
	struct run_row last = *run_row(&r, steps);
	run_free(&r);
	return last;
}

static void test_descent_matches_book_lr_0_1_after_100_steps(void **state)
{
	(void)state;
	struct run_row s = run_book(0.1, 100, true);
	assert_double_exact(s.x[0], -6.111107928998789e-10);
	assert_double_exact(s.x[1], 8.148143905314271e-10);
	assert_double_exact(s.lr, 0.1);
}

static void test_keeping_only_the_last_row_gives_the_same_result(void **state)
{
	(void)state;
	struct run_row all = run_book(0.1, 100, true), last = run_book(0.1, 100, false);
	assert_memory_equal(&all, &last, sizeof all);
}

static void test_first_steps_match_book(void **state)
{
	(void)state;
	struct run_row s1 = run_book(0.1, 1, true), s2 = run_book(0.1, 2, true);
	assert_double_exact(s1.x[0], -2.399999999999622);
	assert_double_exact(s1.x[1], 3.200000000000088);
	assert_double_exact(s2.x[0], -1.9199999999982538);
	assert_double_exact(s2.x[1], 2.5599999999976717);
}

static void test_every_row_equals_the_book_csv(void **state)
{
	(void)state;
	FILE *csv = fopen("tests/data/descent_lr0.1.csv", "r");
	assert_non_null(csv);
	char line[512];
	assert_non_null(fgets(line, sizeof line, csv)); /* header */
	struct run r;
	assert_int_equal(run_init(&r, &book_spec, true), 0);
	int rows = 0;
	while (fgets(line, sizeof line, csv)) {
		long iter;
		double x0, x1, g0, g1, loss;
		assert_int_equal(sscanf(line, "%ld,%lf,%lf,%lf,%lf,%lf", &iter, &x0, &x1, &g0, &g1, &loss), 6);
		assert_int_equal(run_until(&r, iter), iter);
		const struct run_row *s = run_row(&r, iter);
		assert_double_exact(s->x[0], x0);
		assert_double_exact(s->x[1], x1);
		assert_double_exact(s->grad[0], g0);
		assert_double_exact(s->grad[1], g1);
		assert_double_exact(s->loss, loss);
		rows++;
	}
	fclose(csv);
	assert_int_equal(rows, 101);
	assert_int_equal(run_last(&r), 100);
	run_free(&r);
}

static void test_a_row_costs_48_bytes(void **state)
{
	(void)state;
	assert_int_equal(sizeof(struct run_row), 48);
}

static void test_large_lr_runs_off_and_freezes(void **state)
{
	(void)state;
	/* The book: about -2.6e13, -1.3e12, then x +- h rounds back to x and
	 * the numerical gradient is 0. */
	struct run_row s = run_book(10.0, 100, true);
	assert_true(s.x[0] < -2.5e13 && s.x[0] > -2.7e13);
	assert_true(s.x[1] < -1.2e12 && s.x[1] > -1.4e12);
	assert_double_exact(s.grad[0], 0.0);
}

static void test_tiny_lr_barely_moves(void **state)
{
	(void)state;
	struct run_row s = run_book(1e-10, 100, true);
	assert_true(fabs(s.x[0] - -2.99999994) < 1e-8);
	assert_true(fabs(s.x[1] - 3.99999992) < 1e-8);
}

static void test_truncate_and_new_lr_recompute_from_k(void **state)
{
	(void)state;
	struct run r;
	assert_int_equal(run_init(&r, &book_spec, true), 0);
	run_until(&r, 10);
	struct run_row kept = *run_row(&r, 5);
	run_truncate(&r, 5);
	assert_int_equal(run_last(&r), 5);
	run_set_lr(&r, 0.3);
	assert_int_equal(run_until(&r, 6), 6);
	assert_memory_equal(run_row(&r, 5), &kept, sizeof kept);
	/* row 6 came from row 5 with the new rate, and says so */
	assert_double_exact(run_row(&r, 6)->x[0], kept.x[0] - 0.3 * kept.grad[0]);
	assert_double_exact(run_row(&r, 6)->lr, 0.3);
	assert_double_exact(run_row(&r, 5)->lr, 0.1);
	run_free(&r);
}

static void test_run_toward_takes_at_most_its_budget(void **state)
{
	(void)state;
	struct run r;
	assert_int_equal(run_init(&r, &book_spec, true), 0);
	assert_int_equal(run_toward(&r, 100, 7), 7);
	assert_int_equal(run_toward(&r, 100, 7), 14);
	assert_int_equal(run_toward(&r, 10, 7), 14); /* already there */
	run_free(&r);
}

static double overflowing(const void *ctx, const double *x)
{
	(void)ctx;
	return -exp(x[0]) + x[1];
}

static void test_overflow_ends_the_run_at_the_nonfinite_row(void **state)
{
	(void)state;
	struct run r;
	struct run_spec spec = {
		.surface = { overflowing, NULL, 2, NULL }, .h = 1e-4,
		.optimizer = { .kind = OPTIMIZER_SGD, .lr = 1e3 }, .start = { 1, 1 },
	};
	assert_int_equal(run_init(&r, &spec, true), 0);
	assert_int_equal(r.end, RUN_GOING);
	long last = run_until(&r, 10);
	assert_true(last < 10);
	assert_int_equal(r.end, RUN_NONFINITE);
	assert_false(run_row_finite(run_row(&r, last)));
	assert_true(run_row_finite(run_row(&r, last - 1)));
	/* going back before it lets the run go on */
	run_truncate(&r, last - 1);
	assert_int_equal(r.end, RUN_GOING);
	run_free(&r);
}

static void test_exact_gradient_mode_uses_the_objective_gradient(void **state)
{
	(void)state;
	struct run r;
	struct run_spec spec = book_spec;
	spec.gradient = GRADIENT_EXACT; /* the objective has none: numerical */
	assert_int_equal(run_init(&r, &spec, true), 0);
	assert_double_exact(run_row(&r, 0)->grad[0], -6.00000000000378);
	run_free(&r);
}

/* What run_rate_start, run_rate_at and the count of changes must say,
 * found by a walk over every row: the rates text (the strip's "lr = 0.1,
 * 0.3 from iter 4", a legend's "path, lr ...") reads them instead. */
static void assert_rates_follow_the_rows(const struct run *r)
{
	long start = 0, changes = 0;
	for (long k = 0; k <= run_last(r); k++) {
		double lr = run_row(r, k)->lr;
		if (k > 0 && lr != run_row(r, k - 1)->lr) {
			start = k;
			changes++;
		}
		if (run_rate_start(r, k) != start || run_rate_at(r, k) != lr) {
			print_error("iteration %ld: rate from %ld (want %ld), %g (want %g)\n", k,
			            run_rate_start(r, k), start, run_rate_at(r, k), lr);
			fail();
		}
	}
	assert_int_equal(run_rate_change_count(r), changes);
}

static void test_rate_changes_follow_the_rows_at_many_iterations(void **state)
{
	(void)state;
	/* as the dashboard changes lr at the current iteration k: the rows
	 * after k are forgotten and the run goes on at the new rate; a rate
	 * set to the one it had is no change */
	const struct { long at; double lr; } plan[] = {
		{ 0, 0.3 }, { 1, 0.3 }, { 2, 0.01 }, { 700, 0.1 }, { 701, 0.001 },
		{ 5000, 0.001 }, { 5001, 0.01 }, { 9999, 0.03 },
	};
	struct run r;
	assert_int_equal(run_init(&r, &book_spec, true), 0);
	for (size_t i = 0; i < sizeof plan / sizeof plan[0]; i++) {
		assert_int_equal(run_until(&r, plan[i].at), plan[i].at);
		run_truncate(&r, plan[i].at);
		run_set_lr(&r, plan[i].lr);
	}
	assert_int_equal(run_until(&r, 20000), 20000);
	assert_int_equal(run_rate_change_count(&r), 6); /* at 1, 3, 701, 702, 5002, 10000 */
	assert_int_equal(run_rate_start(&r, 20000), 10000);
	assert_int_equal(run_rate_start(&r, 9999), 5002);
	assert_double_exact(run_rate_at(&r, 701), 0.1);
	assert_double_exact(run_rate_at(&r, 702), 0.001);
	assert_rates_follow_the_rows(&r);
	/* forgetting rows forgets their changes; going on at the run's rate
	 * (0.03, not row 701's 0.1) is a change at 702 */
	run_truncate(&r, 701);
	assert_int_equal(run_rate_change_count(&r), 3);
	assert_rates_follow_the_rows(&r);
	assert_int_equal(run_until(&r, 3000), 3000);
	assert_int_equal(run_rate_change_count(&r), 4);
	assert_double_exact(run_rate_at(&r, 3000), 0.03);
	assert_rates_follow_the_rows(&r);
	run_free(&r);
}

/* The span a run keeps as it goes equals one found over its rows. */
static void test_span_equals_a_pass_over_the_rows(void **state)
{
	(void)state;
	struct run r;
	assert_int_equal(run_init(&r, &book_spec, true), 0);
	run_until(&r, 40);
	run_truncate(&r, 3); /* a span found again over the rows kept */
	run_set_lr(&r, 1.0);
	run_until(&r, 80); /* lr 1 swings x between -p and p */
	for (int v = 0; v < RUN_VALUES; v++) {
		struct run_span want = { INFINITY, -INFINITY, INFINITY, 0, false, false };
		for (long k = 0; k <= run_last(&r); k++) {
			const struct run_row *row = run_row(&r, k);
			double x = v == RUN_X0 ? row->x[0] : v == RUN_X1 ? row->x[1] : row->loss;
			want.lo = fmin(want.lo, x);
			want.hi = fmax(want.hi, x);
			want.negative = want.negative || x < 0;
			if (x != 0) {
				want.least = fmin(want.least, fabs(x));
				want.greatest = fmax(want.greatest, fabs(x));
			}
		}
		const struct run_span *got = run_span(&r, (enum run_value)v);
		assert_double_exact(got->lo, want.lo);
		assert_double_exact(got->hi, want.hi);
		assert_double_exact(got->least, want.least);
		assert_double_exact(got->greatest, want.greatest);
		assert_int_equal(got->negative, want.negative);
		assert_false(got->nonfinite);
	}
	run_free(&r);
}

/* The verdicts of a run of surface text from start at lr, over steps. */
static struct run_verdicts verdicts_of(const char *surface, double x0, double x1, double lr,
                                       long steps)
{
	struct expr *e;
	char err[256];
	assert_int_equal(expr_compile(surface, EXPR_SURFACE, &e, err, sizeof err), 0);
	struct run_spec spec = book_with_lr(lr);
	spec.surface = objective_of_expr(e);
	spec.start[0] = x0;
	spec.start[1] = x1;
	struct run r;
	assert_int_equal(run_init(&r, &spec, true), 0);
	run_until(&r, steps);
	struct run_verdicts v;
	run_verdicts_reset(&v);
	run_verdicts_scan(&v, &r, 1e-8);
	run_free(&r);
	expr_free(e);
	return v;
}

/* Three ways for the numerical |grad| to fall under 1e-8: the book's run
 * converges (93); lr = 10 flies off until x +- h rounds back to x (stuck
 * at 10); sin(31415.926535897932*x0) has a period of 2h, so the central
 * difference is about 3e-9 where the exact derivative is 31415.9: neither
 * converged nor stuck, but aliased (it was said converged at 0). */
static void test_a_small_numerical_gradient_is_told_apart(void **state)
{
	(void)state;
	struct run_verdicts v = verdicts_of("x0**2 + x1**2", -3, 4, 0.1, 100);
	assert_int_equal(v.converged, 93);
	assert_int_equal(v.stuck, -1);
	assert_int_equal(v.aliased, -1);
	v = verdicts_of("x0**2 + x1**2", -3, 4, 10, 100);
	assert_int_equal(v.converged, -1);
	assert_int_equal(v.stuck, 10);
	assert_int_equal(v.aliased, -1);
	v = verdicts_of("sin(31415.926535897932*x0) + x1**2", 0.3, 0, 0.1, 100);
	assert_int_equal(v.converged, -1);
	assert_int_equal(v.stuck, -1);
	assert_int_equal(v.aliased, 0);
	/* lr = 1e-10 comes nowhere near any of them */
	v = verdicts_of("x0**2 + x1**2", -3, 4, 1e-10, 100);
	assert_int_equal(v.converged, -1);
	assert_int_equal(v.stuck, -1);
	assert_int_equal(v.aliased, -1);
}

/* A run that keeps every row knows where its tail of repeated points
 * starts (the path is drawn up to there): every point after it repeats
 * its last, and the one before that last differs. */
static void assert_tail_of_repeats(const struct run *r)
{
	long stored = run_points_stored(r);
	assert_true(stored >= 1 && stored <= run_last(r) + 1);
	for (long k = stored; k <= run_last(r); k++)
		assert_memory_equal(run_point(r, k), run_point(r, stored - 1), 2 * sizeof(double));
}

static void test_a_converged_run_knows_where_its_repeats_start(void **state)
{
	(void)state;
	struct run r;
	assert_int_equal(run_init(&r, &book_spec, true), 0);
	run_until(&r, 5000);
	/* lr 0.1 sticks where x +- h rounds back to x, long before 5000 */
	assert_true(run_points_stored(&r) < 1000);
	assert_true(memcmp(run_point(&r, run_points_stored(&r) - 1),
	                   run_point(&r, run_points_stored(&r) - 2), 2 * sizeof(double)) != 0);
	assert_tail_of_repeats(&r);
	run_truncate(&r, 50);
	assert_true(run_points_stored(&r) <= 51);
	run_set_lr(&r, 0.01);
	run_until(&r, 400); /* 0.01 still moves at 400 */
	assert_int_equal(run_points_stored(&r), 401);
	assert_tail_of_repeats(&r);
	run_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_descent_matches_book_lr_0_1_after_100_steps),
		cmocka_unit_test(test_keeping_only_the_last_row_gives_the_same_result),
		cmocka_unit_test(test_first_steps_match_book),
		cmocka_unit_test(test_every_row_equals_the_book_csv),
		cmocka_unit_test(test_a_row_costs_48_bytes),
		cmocka_unit_test(test_large_lr_runs_off_and_freezes),
		cmocka_unit_test(test_tiny_lr_barely_moves),
		cmocka_unit_test(test_truncate_and_new_lr_recompute_from_k),
		cmocka_unit_test(test_run_toward_takes_at_most_its_budget),
		cmocka_unit_test(test_overflow_ends_the_run_at_the_nonfinite_row),
		cmocka_unit_test(test_exact_gradient_mode_uses_the_objective_gradient),
		cmocka_unit_test(test_rate_changes_follow_the_rows_at_many_iterations),
		cmocka_unit_test(test_span_equals_a_pass_over_the_rows),

		cmocka_unit_test(test_a_small_numerical_gradient_is_told_apart),

		cmocka_unit_test(test_a_converged_run_knows_where_its_repeats_start),
	};
	return cmocka_run_group_tests_name("run", tests, NULL, NULL);
}
