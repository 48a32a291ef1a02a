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

/* What a runner comes to, judged by a race of runs that keep only their
 * last rows (slope race's), is what a run keeping every row comes to: row 0
 * judged as row 0 though the first step overwrites it (at lr 0.5 the first
 * update lands within 1e-8 of the minimum: converged at 1, not 0), and
 * judged at all in a race that takes no step. */
static void test_a_race_of_last_rows_judges_as_a_run_of_all(void **state)
{
	(void)state;
	struct expr *surface;
	char err[128];
	assert_int_equal(expr_compile("x0**2 + x1**2", EXPR_SURFACE, &surface, err, sizeof err), 0);
	static const double rates[] = { 0.5, 0.1, 1e-3 };
	static const long steps[] = { 1, 3, 200 };
	for (size_t r = 0; r < 3; r++) {
		for (size_t s = 0; s < 3; s++) {
			struct run_spec base = book_base(surface);
			base.optimizer.lr = rates[r];
			struct race race;
			assert_int_equal(race_start(&race, &base, six, 6, RUN_KEEP_LAST), 0);
			race_until(&race, steps[s], TOLERANCE);
			for (int i = 0; i < race.count; i++) {
				struct run all;
				assert_int_equal(run_init(&all, &race.runner[i].run.spec, true), 0);
				run_until(&all, steps[s]);
				assert_int_equal(run_last(&race.runner[i].run), run_last(&all));
				assert_int_equal(race.runner[i].run.capacity, 1);
				struct run_verdicts v;
				run_verdicts_reset(&v);
				run_verdicts_scan(&v, &all, TOLERANCE);
				assert_int_equal(race.runner[i].verdicts.converged, v.converged);
				assert_int_equal(race.runner[i].verdicts.stuck, v.stuck);
				assert_int_equal(race.runner[i].verdicts.aliased, v.aliased);
				run_free(&all);
			}
			if (r == 0 && s == 0)
				assert_int_equal(race.runner[0].verdicts.converged, 1);
			race_free(&race);
		}
	}
	/* from the minimum, no step: row 0 is judged, by race_until (slope
	 * race --steps 0) and by race_toward (the dashboard's race at N = 0) */
	struct run_spec base = book_base(surface);
	base.start[0] = base.start[1] = 0;
	for (int toward = 0; toward < 2; toward++) {
		struct race race;
		assert_int_equal(race_start(&race, &base, six, 2, RUN_KEEP_LAST), 0);
		if (toward)
			race_toward(&race, 0, 1000, TOLERANCE);
		else
			race_until(&race, 0, TOLERANCE);
		assert_int_equal(race.runner[0].verdicts.converged, 0);
		assert_int_equal(race.runner[1].verdicts.converged, 0);
		race_free(&race);
	}
	expr_free(surface);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_row_equals_a_run_that_keeps_them_all),
		cmocka_unit_test(test_a_long_race_keeps_two_rows_a_runner),
		cmocka_unit_test(test_a_race_of_last_rows_judges_as_a_run_of_all),
	};
	return cmocka_run_group_tests_name("race", tests, NULL, NULL);
}
