/* Tests for numdiff: the book's derivative, tangent and gradient, exactly. */
#include "testutil.h"

#include "book.h"
#include "numdiff.h"

static void test_numerical_diff_matches_book_at_5_and_10(void **state)
{
	(void)state;
	assert_double_exact(numerical_diff(&book_curve, 5, 1e-4), 0x1.9999999991980p-3);
	assert_double_exact(numerical_diff(&book_curve, 10, 1e-4), 0x1.333333332d320p-2);
	assert_double_exact(numerical_diff(&book_curve, 10, 1e-4), 0.2999999999986347);
	assert_double_exact(numerical_diff(&book_curve, 5, 1e-4), 0.1999999999990898);
}

static void test_tangent_intercept_matches_book(void **state)
{
	(void)state;
	struct tangent t5 = tangent_by_method(&book_curve, DIFF_CENTRAL, 5, 1e-4);
	struct tangent t10 = tangent_by_method(&book_curve, DIFF_CENTRAL, 10, 1e-4);
	assert_double_exact(t5.slope, 0.1999999999990898);
	assert_double_exact(t5.intercept, -0.24999999999544897);
	assert_double_exact(t10.slope, 0.2999999999986347);
	assert_double_exact(t10.intercept, -0.9999999999863469);
}

static void test_tiny_h_rounds_to_zero_as_the_book_warns(void **state)
{
	(void)state;
	/* 5 + 1e-49 == 5: both evaluations are equal, the difference is 0. */
	assert_double_exact(numerical_diff(&book_curve, 5, 1e-49), 0.0);
}

static void test_forward_difference_is_worse_as_the_book_shows(void **state)
{
	(void)state;
	assert_double_exact(forward_diff(&book_curve, 5, 1e-4), 0.20000099999917254);
	assert_double_exact(forward_diff(&book_curve, 10, 1e-4), 0.3000009999976072);
}

/* The method picks the book's central difference or its forward one, bit
 * for bit; h = 1e-50 gives 0 either way (a + h rounds back to a). */
static void test_difference_by_method_is_central_or_forward(void **state)
{
	(void)state;
	assert_double_exact(difference_by_method(&book_curve, DIFF_CENTRAL, 10, 1e-4),
	                    0.2999999999986347);
	assert_double_exact(difference_by_method(&book_curve, DIFF_FORWARD, 10, 1e-4),
	                    0.3000009999976072);
	assert_double_exact(difference_by_method(&book_curve, DIFF_FORWARD, 5, 1e-4),
	                    0.20000099999917254);
	assert_double_exact(difference_by_method(&book_curve, DIFF_CENTRAL, 10, 1e-50), 0.0);
	assert_double_exact(difference_by_method(&book_curve, DIFF_FORWARD, 10, 1e-50), 0.0);
}

static void test_numerical_gradient_matches_book_at_three_points(void **state)
{
	(void)state;
	static const struct {
		double x[2], grad[2];
	} cases[] = {
		{ { 3, 4 }, { 6.00000000000378, 7.999999999999119 } },
		{ { 0, 2 }, { 0.0, 4.000000000004 } },
		{ { 3, 0 }, { 6.000000000012662, 0.0 } },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		double grad[2];
		numerical_gradient(&book_surface, cases[i].x, 1e-4, grad);
		assert_double_exact(grad[0], cases[i].grad[0]);
		assert_double_exact(grad[1], cases[i].grad[1]);
	}
}

static void test_numerical_gradient_leaves_the_point_unchanged(void **state)
{
	(void)state;
	double x[2] = { 0.1, -0.7 }, grad[2];
	numerical_gradient(&book_surface, x, 1e-4, grad);
	assert_double_exact(x[0], 0.1);
	assert_double_exact(x[1], -0.7);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_numerical_diff_matches_book_at_5_and_10),
		cmocka_unit_test(test_tangent_intercept_matches_book),
		cmocka_unit_test(test_tiny_h_rounds_to_zero_as_the_book_warns),
		cmocka_unit_test(test_difference_by_method_is_central_or_forward),
		cmocka_unit_test(test_forward_difference_is_worse_as_the_book_shows),
		cmocka_unit_test(test_numerical_gradient_matches_book_at_three_points),
		cmocka_unit_test(test_numerical_gradient_leaves_the_point_unchanged),
	};
	return cmocka_run_group_tests_name("numdiff", tests, NULL, NULL);
}
