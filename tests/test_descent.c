/* Tests for descent: the update rules, one update at a time, in the book's
 * operation order. */
#include "testutil.h"

#include "descent.h"

static void test_sgd_moves_against_the_gradient_by_lr(void **state)
{
	(void)state;
	/* the book's first step: from (-3, 4) with its numerical gradient */
	struct optimizer o = { OPTIMIZER_SGD, 0.1 };
	double x[2] = { -3, 4 };
	const double g[2] = { -6.00000000000378, 7.999999999999119 };
	optimizer_update(&o, 1, x, g, NULL);
	assert_double_exact(x[0], -2.399999999999622);
	assert_double_exact(x[1], 3.200000000000088);
}

static void test_sgd_keeps_no_state(void **state)
{
	(void)state;
	assert_int_equal(optimizer_state_size(OPTIMIZER_SGD), 0);
	assert_null(optimizer_state_name(OPTIMIZER_SGD, 0));
}

static void test_optimizer_table_names_sgd(void **state)
{
	(void)state;
	enum optimizer_kind k = OPTIMIZER_COUNT;
	assert_string_equal(optimizer_name(OPTIMIZER_SGD), "sgd");
	assert_null(optimizer_name(OPTIMIZER_COUNT));
	assert_true(optimizer_by_name("sgd", &k));
	assert_int_equal(k, OPTIMIZER_SGD);
	assert_false(optimizer_by_name("SGD", &k));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sgd_moves_against_the_gradient_by_lr),
		cmocka_unit_test(test_sgd_keeps_no_state),
		cmocka_unit_test(test_optimizer_table_names_sgd),
	};
	return cmocka_run_group_tests_name("descent", tests, NULL, NULL);
}
