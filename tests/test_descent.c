/* Tests for descent: the update rules, one update at a time, in the book's
 * operation order; the optimizer table's names, state and parameters. The
 * whole 30-update paths of chapter 6 are in test_ch6_paths.c. */
#include "testutil.h"

#include "descent.h"

/* Chapter 6's surface x**2/20 + y**2: the book's gradient at (-7, 2),
 * written as its df is (x/10.0, 2.0*y). */
static const double start[2] = { -7, 2 };

static void book_gradient(const double x[2], double grad[2])
{
	grad[0] = x[0] / 10.0;
	grad[1] = 2.0 * x[1];
}

/* One update from (-7, 2) with fresh state; returns the point. */
static void first_update(enum optimizer_kind kind, double lr, double x[2],
                         double state[OPTIMIZER_STATE_MAX])
{
	struct optimizer o = optimizer_defaults(kind, lr);
	double grad[2];
	x[0] = start[0];
	x[1] = start[1];
	for (int i = 0; i < OPTIMIZER_STATE_MAX; i++)
		state[i] = 0.0;
	book_gradient(x, grad);
	optimizer_update(&o, 1, x, grad, state);
}

static void test_sgd_moves_against_the_gradient_by_lr(void **state)
{
	(void)state;
	/* chapter 4's first step: from (-3, 4) with its numerical gradient */
	struct optimizer o = optimizer_defaults(OPTIMIZER_SGD, 0.1);
	double x[2] = { -3, 4 };
	const double g[2] = { -6.00000000000378, 7.999999999999119 };
	optimizer_update(&o, 1, x, g, NULL);
	assert_double_exact(x[0], -2.399999999999622);
	assert_double_exact(x[1], 3.200000000000088);
}

static void test_sgd_first_step_of_figure_6_8(void **state)
{
	(void)state;
	double x[2], s[OPTIMIZER_STATE_MAX];
	first_update(OPTIMIZER_SGD, 0.95, x, s);
	assert_double_exact(x[0], -6.335);
	assert_double_exact(x[1], -1.7999999999999998);
}

static void test_momentum_first_step_of_figure_6_8_with_its_velocity(void **state)
{
	(void)state;
	double x[2], s[OPTIMIZER_STATE_MAX];
	first_update(OPTIMIZER_MOMENTUM, 0.1, x, s);
	assert_double_exact(x[0], -6.93);
	assert_double_exact(x[1], 1.6);
	assert_double_exact(s[0], 0.06999999999999999); /* v0 */
	assert_double_exact(s[1], -0.4);                /* v1 */
}

static void test_adagrad_first_step_of_figure_6_8(void **state)
{
	(void)state;
	double x[2], s[OPTIMIZER_STATE_MAX];
	first_update(OPTIMIZER_ADAGRAD, 1.5, x, s);
	assert_double_exact(x[0], -5.500000214285683);
	assert_double_exact(x[1], 0.5000000374999991);
	/* h = g*g: 0.7*0.7 rounds below 0.49 */
	assert_double_exact(s[0], 0.48999999999999994);
	assert_double_exact(s[1], 16.0);
}

static void test_adam_first_step_of_figure_6_8_with_its_rate(void **state)
{
	(void)state;
	double x[2], s[OPTIMIZER_STATE_MAX];
	first_update(OPTIMIZER_ADAM, 0.3, x, s);
	assert_double_exact(x[0], -6.700001355255732);
	assert_double_exact(x[1], 1.700000237170637);
	assert_double_exact(s[4], 0.09486832980505143); /* lr_t */
	/* m = (1 - 0.9)*g with 1 - 0.9 = 0.09999999999999998, not 0.1 */
	assert_double_exact(s[0], (1 - 0.9) * -0.7);
	assert_double_exact(s[0], -0.06999999999999998);
	assert_double_exact(s[1], 0.3999999999999999);
}

static void test_adam_rate_is_bias_corrected_by_the_update_number(void **state)
{
	(void)state;
	struct optimizer o = optimizer_defaults(OPTIMIZER_ADAM, 0.3);
	double x[2] = { -7, 2 }, g[2] = { 0, 0 }, s[OPTIMIZER_STATE_MAX] = { 0 };
	optimizer_update(&o, 2, x, g, s);
	/* the second update's rate: 0.3*sqrt(1 - 0.999**2) / (1 - 0.9**2) */
	assert_double_exact(s[4], 0.07059501759823583);
	/* a zero gradient with zero moments leaves the point where it was */
	assert_double_exact(x[0], -7.0);
	assert_double_exact(x[1], 2.0);
}

static void test_nesterov_first_step_folds_the_look_ahead_in(void **state)
{
	(void)state;
	/* v starts at 0, so p = p - ((1+alpha)*lr)*g; then v = -(lr*g) */
	double x[2], s[OPTIMIZER_STATE_MAX];
	first_update(OPTIMIZER_NESTEROV, 0.1, x, s);
	assert_double_exact(x[0], -7.0 - ((1 + 0.9) * 0.1) * -0.7);
	assert_double_exact(x[0], -6.867);
	assert_double_exact(x[1], 1.24);
	assert_double_exact(s[0], 0.06999999999999999);
	assert_double_exact(s[1], -0.4);
}

/* Adam squares the gradient with ** on a scalar in the book's figure 6-8
 * code: pow(), which at g = 1.1439 is not g*g (Python:
 * (1 - 0.999)*(1.1439**2 - 0.0) = 0.0013085072100000009, with g*g
 * 0.001308507210000001). */
static void test_adam_squares_the_gradient_with_pow(void **state)
{
	(void)state;
	struct optimizer o = optimizer_defaults(OPTIMIZER_ADAM, 0.3);
	double x[2] = { 0, 0 }, s[OPTIMIZER_STATE_MAX] = { 0 };
	const double g[2] = { 1.1439, 0.0 };
	optimizer_update(&o, 1, x, g, s);
	assert_double_exact(s[2], 0.0013085072100000009);
	assert_double_exact(s[3], 0.0);
}

static void test_rmsprop_first_step_keeps_a_decayed_square(void **state)
{
	(void)state;
	double x[2], s[OPTIMIZER_STATE_MAX];
	first_update(OPTIMIZER_RMSPROP, 0.01, x, s);
	/* h = 0.99*0 + ((1 - 0.99)*g)*g */
	assert_double_exact(s[0], ((1 - 0.99) * -0.7) * -0.7);
	assert_double_exact(s[1], 0.16000000000000014);
	assert_double_exact(x[0], -6.900000142856939);
	assert_double_exact(x[1], 1.9000000249999938);
}

static void test_parameters_change_the_update(void **state)
{
	(void)state;
	struct optimizer o = optimizer_defaults(OPTIMIZER_MOMENTUM, 0.1);
	optimizer_set_param(&o, OPTIMIZER_PARAM_MOMENTUM, 0.5);
	double x[2] = { 1, 1 }, g[2] = { 1, 1 }, s[2] = { 1, 1 };
	optimizer_update(&o, 1, x, g, s);
	assert_double_exact(s[0], 0.5 * 1 - 0.1 * 1);
	assert_double_exact(x[0], 1 + (0.5 * 1 - 0.1 * 1));

	o = optimizer_defaults(OPTIMIZER_ADAGRAD, 1.0);
	optimizer_set_param(&o, OPTIMIZER_PARAM_EPS, 1.0);
	double y[2] = { 0, 0 }, h[2] = { 0, 0 };
	optimizer_update(&o, 1, y, g, h);
	assert_double_exact(y[0], -0.5); /* 1/(sqrt(1) + 1) */
}

static void test_defaults_are_the_books(void **state)
{
	(void)state;
	for (int k = 0; k < OPTIMIZER_COUNT; k++) {
		struct optimizer o = optimizer_defaults((enum optimizer_kind)k, 0.25);
		assert_int_equal(o.kind, k);
		assert_double_exact(o.lr, 0.25);
		assert_double_exact(o.momentum, 0.9);
		assert_double_exact(o.rho, 0.99);
		assert_double_exact(o.beta1, 0.9);
		assert_double_exact(o.beta2, 0.999);
		assert_double_exact(o.eps, 1e-7);
	}
}

static void test_parameters_read_and_set_by_name(void **state)
{
	(void)state;
	static const char *const names[OPTIMIZER_PARAM_COUNT] = {
		"momentum", "rho", "beta1", "beta2", "eps"
	};
	struct optimizer o = optimizer_defaults(OPTIMIZER_ADAM, 0.001);
	for (int p = 0; p < OPTIMIZER_PARAM_COUNT; p++) {
		enum optimizer_param found = OPTIMIZER_PARAM_COUNT;
		assert_string_equal(optimizer_param_name((enum optimizer_param)p), names[p]);
		assert_true(optimizer_param_by_name(names[p], &found));
		assert_int_equal(found, p);
		optimizer_set_param(&o, found, p + 0.5);
	}
	assert_double_exact(o.momentum, 0.5);
	assert_double_exact(o.rho, 1.5);
	assert_double_exact(o.beta1, 2.5);
	assert_double_exact(o.beta2, 3.5);
	assert_double_exact(o.eps, 4.5);
	assert_double_exact(optimizer_param(&o, OPTIMIZER_PARAM_BETA2), 3.5);
	assert_double_exact(o.lr, 0.001);

	enum optimizer_param p = OPTIMIZER_PARAM_COUNT;
	assert_null(optimizer_param_name(OPTIMIZER_PARAM_COUNT));
	assert_false(optimizer_param_by_name("lr", &p));
	assert_false(optimizer_param_by_name("alpha", &p));
	assert_false(optimizer_param_by_name("Beta1", &p));
	assert_int_equal(p, OPTIMIZER_PARAM_COUNT);
}

static void test_which_parameters_apply_to_which_optimizer(void **state)
{
	(void)state;
	/* rows: the optimizers; columns: momentum rho beta1 beta2 eps */
	static const bool uses[OPTIMIZER_COUNT][OPTIMIZER_PARAM_COUNT] = {
		[OPTIMIZER_SGD] = { false, false, false, false, false },
		[OPTIMIZER_MOMENTUM] = { true, false, false, false, false },
		[OPTIMIZER_NESTEROV] = { true, false, false, false, false },
		[OPTIMIZER_ADAGRAD] = { false, false, false, false, true },
		[OPTIMIZER_RMSPROP] = { false, true, false, false, true },
		[OPTIMIZER_ADAM] = { false, false, true, true, true },
	};
	for (int k = 0; k < OPTIMIZER_COUNT; k++)
		for (int p = 0; p < OPTIMIZER_PARAM_COUNT; p++)
			assert_int_equal(optimizer_uses((enum optimizer_kind)k, (enum optimizer_param)p),
			                 uses[k][p]);
	assert_false(optimizer_uses(OPTIMIZER_ADAM, OPTIMIZER_PARAM_COUNT));
	assert_false(optimizer_uses(OPTIMIZER_COUNT, OPTIMIZER_PARAM_EPS));
}

static void test_state_sizes_and_names(void **state)
{
	(void)state;
	static const char *const names[OPTIMIZER_COUNT][OPTIMIZER_STATE_MAX] = {
		[OPTIMIZER_SGD] = { NULL },
		[OPTIMIZER_MOMENTUM] = { "v0", "v1" },
		[OPTIMIZER_NESTEROV] = { "v0", "v1" },
		[OPTIMIZER_ADAGRAD] = { "h0", "h1" },
		[OPTIMIZER_RMSPROP] = { "h0", "h1" },
		[OPTIMIZER_ADAM] = { "m0", "m1", "v0", "v1", "lr_t" },
	};
	static const int sizes[OPTIMIZER_COUNT] = { 0, 2, 2, 2, 2, 5 };
	for (int k = 0; k < OPTIMIZER_COUNT; k++) {
		enum optimizer_kind kind = (enum optimizer_kind)k;
		assert_int_equal(optimizer_state_size(kind), sizes[k]);
		assert_true(sizes[k] <= OPTIMIZER_STATE_MAX);
		for (int i = 0; i < sizes[k]; i++)
			assert_string_equal(optimizer_state_name(kind, i), names[k][i]);
		assert_null(optimizer_state_name(kind, sizes[k]));
		assert_null(optimizer_state_name(kind, -1));
	}
}

static void test_optimizer_table_names_all_six(void **state)
{
	(void)state;
	static const char *const names[OPTIMIZER_COUNT] = {
		"sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"
	};
	for (int k = 0; k < OPTIMIZER_COUNT; k++) {
		enum optimizer_kind found = OPTIMIZER_COUNT;
		assert_string_equal(optimizer_name((enum optimizer_kind)k), names[k]);
		assert_true(optimizer_by_name(names[k], &found));
		assert_int_equal(found, k);
	}
	enum optimizer_kind k = OPTIMIZER_COUNT;
	assert_null(optimizer_name(OPTIMIZER_COUNT));
	assert_false(optimizer_by_name("SGD", &k));
	assert_false(optimizer_by_name("Adam", &k));
	assert_false(optimizer_by_name("adadelta", &k));
	assert_false(optimizer_by_name("", &k));
	assert_int_equal(k, OPTIMIZER_COUNT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sgd_moves_against_the_gradient_by_lr),
		cmocka_unit_test(test_sgd_first_step_of_figure_6_8),
		cmocka_unit_test(test_momentum_first_step_of_figure_6_8_with_its_velocity),
		cmocka_unit_test(test_adagrad_first_step_of_figure_6_8),
		cmocka_unit_test(test_adam_first_step_of_figure_6_8_with_its_rate),
		cmocka_unit_test(test_adam_rate_is_bias_corrected_by_the_update_number),
		cmocka_unit_test(test_nesterov_first_step_folds_the_look_ahead_in),
		cmocka_unit_test(test_adam_squares_the_gradient_with_pow),
		cmocka_unit_test(test_rmsprop_first_step_keeps_a_decayed_square),
		cmocka_unit_test(test_parameters_change_the_update),
		cmocka_unit_test(test_defaults_are_the_books),
		cmocka_unit_test(test_parameters_read_and_set_by_name),
		cmocka_unit_test(test_which_parameters_apply_to_which_optimizer),
		cmocka_unit_test(test_state_sizes_and_names),
		cmocka_unit_test(test_optimizer_table_names_all_six),
	};
	return cmocka_run_group_tests_name("descent", tests, NULL, NULL);
}
