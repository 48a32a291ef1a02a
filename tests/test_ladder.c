/* Tests for ladder: the learning rates + and - step through, rung by rung
 * from 1e-10 to 1000, each the double its decimal literal reads as.
 *
 * Not tested here on purpose: a rate outside the ladder's range (1e6, or
 * 1e-300) steps the wrong way (up from 1e6 gives 1000). That bug is
 * scheduled for a later issue, which will add its tests. */
#include "testutil.h"

#include "ladder.h"

/* Every rung, bottom to top, as the literals a user would type. */
static const double rungs[] = {
	1e-10, 3e-10, 1e-9, 3e-9, 1e-8, 3e-8, 1e-7, 3e-7, 1e-6, 3e-6, 1e-5, 3e-5,
	1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000,
};
#define RUNGS (sizeof rungs / sizeof rungs[0])

static void test_up_climbs_every_rung_from_1e_minus_10_to_1000(void **state)
{
	(void)state;
	double lr = rungs[0];
	for (size_t i = 1; i < RUNGS; i++) {
		lr = lr_ladder_step(lr, 1);
		assert_double_exact(lr, rungs[i]);
	}
}

static void test_down_descends_every_rung_from_1000_to_1e_minus_10(void **state)
{
	(void)state;
	double lr = rungs[RUNGS - 1];
	for (size_t i = RUNGS - 1; i-- > 0;) {
		lr = lr_ladder_step(lr, -1);
		assert_double_exact(lr, rungs[i]);
	}
}

static void test_rungs_are_decimal_literals_not_products(void **state)
{
	(void)state;
	/* 3 * 0.1 is 0.30000000000000004; the rung is 0.3. The same holds at
	 * 3e-9, 3e-8, 3e-5 and 3e-4, where 3 times the rung below rounds up. */
	double up = lr_ladder_step(0.1, 1);
	assert_double_exact(up, 0.3);
	assert_true(up != 3 * 0.1);
	const double below[] = { 1e-9, 1e-8, 1e-5, 1e-4 }, literal[] = { 3e-9, 3e-8, 3e-5, 3e-4 };
	for (int i = 0; i < 4; i++) {
		assert_double_exact(lr_ladder_step(below[i], 1), literal[i]);
		assert_true(lr_ladder_step(below[i], 1) != 3 * below[i]);
	}
}

static void test_the_ends_hold(void **state)
{
	(void)state;
	assert_double_exact(lr_ladder_step(1000, 1), 1000);
	assert_double_exact(lr_ladder_step(1e-10, -1), 1e-10);
	/* and leave them the other way */
	assert_double_exact(lr_ladder_step(1000, -1), 300);
	assert_double_exact(lr_ladder_step(1e-10, 1), 3e-10);
}

static void test_a_rate_between_rungs_goes_to_the_next_rung_its_way(void **state)
{
	(void)state;
	assert_double_exact(lr_ladder_step(0.5, 1), 1);
	assert_double_exact(lr_ladder_step(0.5, -1), 0.3);
	assert_double_exact(lr_ladder_step(0.2, 1), 0.3);
	assert_double_exact(lr_ladder_step(0.2, -1), 0.1);
	assert_double_exact(lr_ladder_step(0.95, 1), 1);
	assert_double_exact(lr_ladder_step(500, 1), 1000);
	assert_double_exact(lr_ladder_step(2e-10, -1), 1e-10);
}

static void test_a_rate_a_rounding_off_a_rung_counts_as_off_it(void **state)
{
	(void)state;
	/* 3 * 0.1 typed as --lr: just above 0.3, so down gives 0.3 itself */
	assert_double_exact(lr_ladder_step(3 * 0.1, -1), 0.3);
	assert_double_exact(lr_ladder_step(3 * 0.1, 1), 1);
	/* 0.1 * 3 rounded down would be just below: up gives 0.3 */
	assert_double_exact(lr_ladder_step(0.29999999999999993, 1), 0.3);
	assert_double_exact(lr_ladder_step(0.29999999999999993, -1), 0.1);
}

static void test_direction_is_its_sign(void **state)
{
	(void)state;
	assert_double_exact(lr_ladder_step(0.1, 5), 0.3);
	assert_double_exact(lr_ladder_step(0.1, -5), 0.03);
	/* 0 is not up: it goes down, as any direction but a positive one */
	assert_double_exact(lr_ladder_step(0.1, 0), 0.03);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_up_climbs_every_rung_from_1e_minus_10_to_1000),
		cmocka_unit_test(test_down_descends_every_rung_from_1000_to_1e_minus_10),
		cmocka_unit_test(test_rungs_are_decimal_literals_not_products),
		cmocka_unit_test(test_the_ends_hold),
		cmocka_unit_test(test_a_rate_between_rungs_goes_to_the_next_rung_its_way),
		cmocka_unit_test(test_a_rate_a_rounding_off_a_rung_counts_as_off_it),
		cmocka_unit_test(test_direction_is_its_sign),
	};
	return cmocka_run_group_tests_name("ladder", tests, NULL, NULL);
}
