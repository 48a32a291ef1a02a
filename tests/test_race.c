/* Tests for race: its runners keep their points, first and last rows only,
 * yet every row read back equals a run's that keeps them all, bit for bit,
 * and so does what each runner comes to. */
#include "testutil.h"

#include <math.h>

#include "expr.h"
#include "race.h"

#define TOLERANCE 1e-8

static const struct race_entry six[] = {
	{ OPTIMIZER_SGD, NAN },     { OPTIMIZER_MOMENTUM, NAN }, { OPTIMIZER_NESTEROV, NAN },
	{ OPTIMIZER_ADAGRAD, NAN }, { OPTIMIZER_RMSPROP, NAN },  { OPTIMIZER_ADAM, 0.3 },
};

static struct run_spec book_base(const struct expr *surface)
{
	return (struct run_spec){ .surface = objective_of_expr(surface), .gradient = GRADIENT_NUMERICAL,
	                          .h = 1e-4, .optimizer = { .kind = OPTIMIZER_SGD, .lr = 0.1, .momentum = 0.9,
	                                                    .rho = 0.99, .beta1 = 0.9, .beta2 = 0.999,
	                                                    .eps = 1e-7 },
	                          .start = { -3, 4 } };
}

static void race_to(struct race *race, long n)
{
	while (race_busy(race, n))
		race_toward(race, n, 50000, TOLERANCE);
}

static void test_every_row_equals_a_run_that_keeps_them_all(void **state)
{
	(void)state;
	struct expr *surface;
	char err[128];
	assert_int_equal(expr_compile("x0**2 + x1**2", EXPR_SURFACE, &surface, err, sizeof err), 0);
	struct run_spec base = book_base(surface);
	struct race race;
	assert_int_equal(race_init(&race, &base, six, 6), 0);
	race_to(&race, 3000);
	for (int i = 0; i < race.count; i++) {
		struct run_spec spec = base;
		spec.optimizer.kind = six[i].kind;
		if (!isnan(six[i].lr))
			spec.optimizer.lr = six[i].lr;
		struct run all;
		assert_int_equal(run_init(&all, &spec, true), 0);
		assert_int_equal(run_until(&all, 3000), 3000);
		assert_int_equal(run_last(&race.runner[i].run), 3000);
		for (long k = 0; k <= 3000; k++) {
			struct run_row got = race_row(&race, i, k);
			assert_memory_equal(&got, run_row(&all, k), sizeof got);
			assert_memory_equal(run_point(&race.runner[i].run, k), run_row(&all, k)->x,
			                    2 * sizeof(double));
		}
		/* past its last row, a runner's last */
		struct run_row after = race_row(&race, i, 5000);
		assert_memory_equal(&after, run_row(&all, 3000), sizeof after);
		struct run_verdicts v;
		run_verdicts_reset(&v);
		run_verdicts_scan(&v, &all, TOLERANCE);
		assert_int_equal(race.runner[i].verdicts.converged, v.converged);
		assert_int_equal(race.runner[i].verdicts.stuck, v.stuck);
		run_free(&all);
	}
	/* sgd at 0.1 converges within the 3000 */
	assert_true(race.runner[0].verdicts.converged > 0);
	race_free(&race);
	expr_free(surface);
}

static void test_a_long_race_keeps_two_rows_a_runner(void **state)
{
	(void)state;
	struct expr *surface;
	char err[128];
	assert_int_equal(expr_compile("x0**2 + x1**2", EXPR_SURFACE, &surface, err, sizeof err), 0);
	struct run_spec base = book_base(surface);
	struct race race;
	assert_int_equal(race_init(&race, &base, six, 6), 0);
	race_to(&race, 200000);
	for (int i = 0; i < race.count; i++) {
		const struct run *run = &race.runner[i].run;
		assert_int_equal(run_last(run), 200000);
		assert_true(run->capacity <= 2); /* row 0 and the last */
		assert_true(run_points_stored(run) <= 200001);
	}
	/* sgd sticks where x +- h rounds back to x: its repeats cost nothing */
	assert_true(run_points_stored(&race.runner[0].run) < 1000);
	race_free(&race);
	expr_free(surface);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_row_equals_a_run_that_keeps_them_all),
		cmocka_unit_test(test_a_long_race_keeps_two_rows_a_runner),
	};
	return cmocka_run_group_tests_name("race", tests, NULL, NULL);
}
