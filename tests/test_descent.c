/* Tests for descent: the book's runs, row by row against its CSV. */
#include "testutil.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "book.h"
#include "descent.h"

static struct descent_problem book_problem(double lr)
{
	struct descent_problem p = { book_surface, OPTIMIZER_SGD, lr, 1e-4 };
	return p;
}

static const double book_start[2] = { -3, 4 };

/* Runs steps updates from the book's start; returns the last row. */
static struct descent_state run(double lr, long steps)
{
	struct descent_problem p = book_problem(lr);
	struct descent_state s, next;
	assert_int_equal(descent_begin(&p, book_start, &s), DESCENT_OK);
	for (long i = 0; i < steps; i++) {
		assert_int_equal(descent_next(&p, &s, &next), DESCENT_OK);
		s = next;
	}
	return s;
}

static void test_descent_matches_book_lr_0_1_after_100_steps(void **state)
{
	(void)state;
	struct descent_state s = run(0.1, 100);
	assert_int_equal(s.iter, 100);
	assert_double_exact(s.x[0], -6.111107928998789e-10);
	assert_double_exact(s.x[1], 8.148143905314271e-10);
}

static void test_first_steps_match_book(void **state)
{
	(void)state;
	struct descent_state s1 = run(0.1, 1), s2 = run(0.1, 2);
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
	struct descent_problem p = book_problem(0.1);
	struct descent_state s, next;
	assert_int_equal(descent_begin(&p, book_start, &s), DESCENT_OK);
	int rows = 0;
	while (fgets(line, sizeof line, csv)) {
		long iter;
		double x0, x1, g0, g1, loss;
		assert_int_equal(sscanf(line, "%ld,%lf,%lf,%lf,%lf,%lf", &iter, &x0, &x1, &g0, &g1, &loss), 6);
		if (iter > 0) {
			assert_int_equal(descent_next(&p, &s, &next), DESCENT_OK);
			s = next;
		}
		assert_int_equal(s.iter, iter);
		assert_double_exact(s.x[0], x0);
		assert_double_exact(s.x[1], x1);
		assert_double_exact(s.grad[0], g0);
		assert_double_exact(s.grad[1], g1);
		assert_double_exact(s.loss, loss);
		rows++;
	}
	fclose(csv);
	assert_int_equal(rows, 101);
}

static void test_large_lr_runs_off_and_freezes(void **state)
{
	(void)state;
	/* The book: about -2.6e13, -1.3e12, then x +- h rounds back to x and
	 * the numerical gradient is 0. */
	struct descent_state s = run(10.0, 100);
	assert_true(s.x[0] < -2.5e13 && s.x[0] > -2.7e13);
	assert_true(s.x[1] < -1.2e12 && s.x[1] > -1.4e12);
	assert_double_exact(s.grad[0], 0.0);
}

static void test_tiny_lr_barely_moves(void **state)
{
	(void)state;
	struct descent_state s = run(1e-10, 100);
	assert_true(fabs(s.x[0] - -2.99999994) < 1e-8);
	assert_true(fabs(s.x[1] - 3.99999992) < 1e-8);
}

static double overflowing(const void *ctx, const double *x)
{
	(void)ctx;
	return -exp(x[0]) + x[1];
}

static void test_overflow_stops_with_nonfinite_status(void **state)
{
	(void)state;
	struct descent_problem p = { { overflowing, NULL, 2 }, OPTIMIZER_SGD, 1e3, 1e-4 };
	struct descent_state s, next;
	const double start[2] = { 1, 1 };
	assert_int_equal(descent_begin(&p, start, &s), DESCENT_OK);
	enum descent_status status = DESCENT_OK;
	for (int i = 0; i < 10 && status == DESCENT_OK; i++) {
		status = descent_next(&p, &s, &next);
		s = next;
	}
	assert_int_equal(status, DESCENT_NONFINITE);
	assert_false(descent_state_finite(&s));
}

static void test_optimizer_table_names_sgd(void **state)
{
	(void)state;
	assert_string_equal(optimizer_name(OPTIMIZER_SGD), "sgd");
	assert_null(optimizer_name(OPTIMIZER_COUNT));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_descent_matches_book_lr_0_1_after_100_steps),
		cmocka_unit_test(test_first_steps_match_book),
		cmocka_unit_test(test_every_row_equals_the_book_csv),
		cmocka_unit_test(test_large_lr_runs_off_and_freezes),
		cmocka_unit_test(test_tiny_lr_barely_moves),
		cmocka_unit_test(test_overflow_stops_with_nonfinite_status),
		cmocka_unit_test(test_optimizer_table_names_sgd),
	};
	return cmocka_run_group_tests_name("descent", tests, NULL, NULL);
}
