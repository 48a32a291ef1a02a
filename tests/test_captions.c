/* Tests for captions: the strips under the figures, number for number with
 * the book's run as its NumPy prints them; the update line and the
 * inspector's walk through one step; the status line's texts and which one
 * wins. */
#include "testutil.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>

#include "app.h"
#include "appfixture.h"
#include "captions.h"
#include "keys.h"
#include "layout.h"
#include "numfmt.h"

/* Fails unless the pane's items at the current iteration are exactly
 * expected, n of them. */
static void assert_items(const struct app *app, enum pane pane, const char *const *expected, int n)
{
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	int got = caption_items(app, pane, app->cursor.current, items);
	for (int i = 0; i < n && i < got; i++)
		assert_string_equal(items[i], expected[i]);
	assert_int_equal(got, n);
}

static const char *status_of(const struct app *app)
{
	static char buf[256];
	caption_status(app, 200, buf, sizeof buf);
	return buf;
}

/* The parts of the update line joined by one space. */
static const char *update_of(const struct app *app, long k)
{
	static char line[CAPTION_UPDATE_PARTS * LAYOUT_ITEM_MAX];
	char parts[CAPTION_UPDATE_PARTS][LAYOUT_ITEM_MAX];
	int n = caption_update(app, k, parts);
	line[0] = '\0';
	for (int i = 0; i < n; i++) {
		if (i > 0)
			strcat(line, " ");
		strcat(line, parts[i]);
	}
	return line;
}

/* ---- strips ------------------------------------------------------------- */

static void test_descent_strip_at_iteration_0_is_the_books_start(void **state)
{
	struct app *app = *state;
	static const char *const want[] = {
		"iter 0/100", "x = [-3.  4.]", "grad = [-6.  8.]", "loss = 25.0", "lr = 0.1",
		"exact grad = [-6.  8.]", "|grad| = 10.0",
	};
	assert_items(app, PANE_DESCENT, want, 7);
}

static void test_descent_strip_at_iteration_1_is_the_books_first_step(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_NEXT);
	static const char *const want[] = {
		"iter 1/100", "x = [-2.4  3.2]", "grad = [-4.8  6.4]", "loss = 16.0", "lr = 0.1",
		"exact grad = [-4.8  6.4]", "|grad| = 8.0",
	};
	assert_items(app, PANE_DESCENT, want, 7);
}

static void test_every_digit_after_d(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_NEXT);
	app_apply(app, ACT_DIGITS);
	static const char *const want[] = {
		"iter 1/100",
		"x = (-2.399999999999622, 3.200000000000088)",
		"grad = (-4.800000000013682, 6.400000000024164)",
		"loss = 15.99999999999875",
		"lr = 0.1",
		"exact grad = (-4.799999999999244, 6.400000000000176)",
		"|grad| = 8.00000000002754",
	};
	assert_items(app, PANE_DESCENT, want, 7);
}

static void test_the_books_final_point_as_numpy_prints_it(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_RUN_TO_END);
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	caption_items(app, PANE_DESCENT, app->cursor.current, items);
	assert_string_equal(items[1], "x = [-6.11110793e-10  8.14814391e-10]");
}

static void test_tangent_strip_at_a_10_is_the_books_tangent(void **state)
{
	struct app *app = *state;
	static const char *const want[] = {
		"a = 10.0",
		"f(a) = 2.0",
		"numerical f'(a) = 0.2999999999986347 (central, h = 0.0001)",
		/* 0.01*(2*10) + 0.1 rounds to 0.30000000000000004: exact to rounding */
		"exact f'(a) = 0.30000000000000004",
		"difference = -1.3653522756840175e-12",
		"tangent: y = 0.2999999999986347*x - 0.9999999999863469",
	};
	assert_items(app, PANE_TANGENT, want, 6);
}

static void test_non_finite_numbers_print_as_nan(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--surface", "log(x0)" }; /* log(-3) */
	start_app(&app, 2, args);
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	caption_items(&app, PANE_DESCENT, 0, items);
	assert_string_equal(items[2], "grad = [nan nan]");
	assert_string_equal(items[3], "loss = nan");
	assert_string_equal(items[6], "|grad| = nan");
	app_free(&app);
}

static void test_an_undefined_tangent_is_said_as_such(void **state)
{
	(void)state;
	/* sqrt at 0: f(a - h) is nan, and so the slope; 1/x at 0: the slope is
	 * a finite 1e8, but f(a) and so the intercept are infinite */
	const char *functions[] = { "sqrt(x)", "1/x" };
	for (int i = 0; i < 2; i++) {
		struct app app;
		const char *args[] = { "--function", functions[i], "--at", "0", "--xrange", "-1:1" };
		start_app(&app, 6, args);
		char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
		int n = caption_items(&app, PANE_TANGENT, 0, items);
		assert_string_equal(items[n - 1], "tangent: undefined at a");
		app_free(&app);
	}
}

/* The widest text a double prints as. */
#define WIDEST "-1.2345678901234567e-308"

static void test_no_double_prints_wider_than_the_tangent_template(void **state)
{
	(void)state;
	char buf[NUMFMT_MAX];
	const size_t widest = strlen(WIDEST);
	uint64_t bits = 0x9e3779b97f4a7c15u;
	size_t longest = 0;
	for (int i = 0; i < 200000; i++) {
		bits ^= bits << 13;
		bits ^= bits >> 7;
		bits ^= bits << 17;
		double v;
		memcpy(&v, &bits, sizeof v);
		size_t len = strlen(format_double(buf, v));
		assert_true(len <= widest);
		longest = len > longest ? len : longest;
	}
	assert_int_equal(longest, widest); /* and some are that wide */
}

static void test_tangent_template_is_as_tall_as_the_strip_at_every_a(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_FOCUS);
	char real[CAPTION_ITEMS][LAYOUT_ITEM_MAX], widest[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	int nw = caption_items(app, PANE_TANGENT, -1, widest);
	const int widths[] = { 56, 58, 78 };
	for (int step = 0; step <= 40; step++) {
		int nr = caption_items(app, PANE_TANGENT, 0, real);
		for (int w = 0; w < 3; w++)
			assert_true(layout_lines_needed(widest, nw, widths[w], "  ") >=
			            layout_lines_needed(real, nr, widths[w], "  "));
		app_apply(app, ACT_RIGHT);
	}
}

/* ---- the update line and the inspector --------------------------------------- */

static void test_update_line_shows_the_books_first_step(void **state)
{
	struct app *app = *state;
	assert_string_equal(update_of(app, 0), "x[0] = [-3.  4.]: the start; each step: x[k] = x[k-1] - lr*grad[k-1]");
	assert_string_equal(update_of(app, 1), "x[1] = x[0] - lr*grad[0] = [-3.  4.] - 0.1*[-6.  8.] = [-2.4  3.2]");
	assert_string_equal(update_of(app, 100),
	                    "x[100] = x[99] - lr*grad[99] = [-7.63888491e-10  1.01851799e-09] - 0.1*[-1.52777698e-09  2.03703598e-09] = [-6.11110793e-10  8.14814391e-10]");
	app_apply(app, ACT_DIGITS);
	assert_string_equal(update_of(app, 1),
	                    "x[1] = x[0] - lr*grad[0] = (-3.0, 4.0) - 0.1*(-6.00000000000378, 7.999999999999119) = (-2.399999999999622, 3.200000000000088)");
}

/* Chapter 6's optimizers: the update line is the optimizer's rule with its
 * numbers, never SGD's (whose arithmetic would not give the point shown:
 * with Momentum, [-2.4  3.2] - 0.1*[-4.8  6.4] is not [-1.38  1.84]). The
 * texts are worked out by hand from the book's start and rate. */
static void test_update_line_follows_the_optimizer(void **state)
{
	(void)state;
	static const struct {
		const char *name;
		long k;
		const char *want;
	} cases[] = {
		{ "momentum", 0, "x[0] = [-3.  4.]: the start; each step: v[k] = momentum*v[k-1] - lr*grad[k-1]; x[k] = x[k-1] + v[k]" },
		{ "momentum", 2, "v[2] = momentum*v[1] - lr*grad[1] = 0.9*[ 0.6 -0.8] - 0.1*[-4.8  6.4] = [ 1.02 -1.36]; "
		                 "x[2] = x[1] + v[2] = [-2.4  3.2] + [ 1.02 -1.36] = [-1.38  1.84]" },
		{ "adagrad", 1, "h[1] = h[0] + grad[0]*grad[0] = [0. 0.] + [-6.  8.]*[-6.  8.] = [36. 64.]; "
		                "x[1] = x[0] - lr*grad[0]/(sqrt(h[1]) + eps) = [-3.  4.] - 0.1*[-6.  8.]/(sqrt([36. 64.]) + 1e-07) = [-2.9  3.9]" },
		{ "rmsprop", 1, "h[1] = rho*h[0] + (1-rho)*grad[0]*grad[0] = 0.99*[0. 0.] + (1-0.99)*[-6.  8.]*[-6.  8.] = [0.36 0.64]; "
		                "x[1] = x[0] - lr*grad[0]/(sqrt(h[1]) + eps) = [-3.  4.] - 0.1*[-6.  8.]/(sqrt([0.36 0.64]) + 1e-07) = [-2.00000017  3.00000012]" },
		{ "nesterov", 1, "x[1] = x[0] + momentum*momentum*v[0] - (1+momentum)*lr*grad[0] = [-3.  4.] + 0.9*0.9*[0. 0.] - (1+0.9)*0.1*[-6.  8.] = [-1.86  2.48]; "
		                 "v[1] = momentum*v[0] - lr*grad[0] = 0.9*[0. 0.] - 0.1*[-6.  8.] = [ 0.6 -0.8]" },
		{ "adam", 0, "x[0] = [-3.  4.]: the start; each step: lr_t = lr*sqrt(1-beta2**k)/(1-beta1**k); "
		             "m[k] = m[k-1] + (1-beta1)*(grad[k-1] - m[k-1]); v[k] = v[k-1] + (1-beta2)*(grad[k-1]*grad[k-1] - v[k-1]); "
		             "x[k] = x[k-1] - lr_t*m[k]/(sqrt(v[k]) + eps)" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct app app;
		const char *args[] = { "--optimizer", cases[i].name };
		start_app(&app, 2, args);
		app_settle(&app);
		const char *got = update_of(&app, cases[i].k);
		if (strcmp(got, cases[i].want) != 0) {
			print_error("%s at %ld:\n got  %s\n want %s\n", cases[i].name, cases[i].k, got,
			            cases[i].want);
			fail();
		}
		app_free(&app);
	}
}

static void test_update_line_uses_the_rate_that_made_the_step(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_NEXT);
	app_apply(app, ACT_NEXT);
	app_apply(app, ACT_LR_UP); /* 0.3 from iteration 2 on: x[3] is its first point */
	assert_non_null(strstr(update_of(app, 2), "- 0.1*"));
	assert_non_null(strstr(update_of(app, 3), "- 0.3*"));
}

/* The inspector's parts joined into its lines. */
static const char *inspector_of(const struct app *app)
{
	static char text[8192];
	char parts[CAPTION_INSPECT_PARTS][LAYOUT_ITEM_MAX];
	bool first[CAPTION_INSPECT_PARTS];
	int n = caption_inspect(app, parts, first);
	text[0] = '\0';
	for (int i = 0; i < n; i++) {
		strcat(text, i == 0 ? "" : first[i] ? "\n" : " ");
		strcat(text, parts[i]);
	}
	return text;
}

static void test_inspector_walks_the_books_numerical_gradient(void **state)
{
	struct app *app = *state;
	const char *text = inspector_of(app);
	/* f(x0 + h, x1) and f(x0 - h, x1), then their difference over 2h */
	assert_non_null(strstr(text, "grad[0]: f(x0+h) = f(-2.9999, 4.0) = 24.99940001"));
	assert_non_null(strstr(text, "f(x0-h) = f(-3.0001, 4.0) = 25.00060001"));
	assert_non_null(strstr(text, "(24.99940001 - 25.00060001) / (2*0.0001) = -6.00000000000378"));
	assert_non_null(strstr(text, "grad[1]: f(x1+h) = f(-3.0, 4.0001) = 25.00080001"));
	assert_non_null(strstr(text, "= 7.999999999999119"));
	assert_non_null(strstr(text, "exact = [-6.  8.]"));
	assert_non_null(strstr(text, "lr*grad[0] = 0.1*[-6.  8.] = [-0.6  0.8]"));
	assert_non_null(strstr(text, "x[1] = x[0] - lr*grad[0] = [-3.  4.] - [-0.6  0.8] = [-2.4  3.2]"));
}

static void test_inspector_at_n_says_there_is_no_step(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_RUN_TO_END);
	assert_non_null(strstr(inspector_of(app), "no step after iteration N = 100"));
}

/* ---- the status line ---------------------------------------------------- */

#define DESCENT_KEYS "n next  p prev  g run  a play  +/- lr  i inspect  d digits  S start  N steps  e edit  Tab pane  o optimizer  R race  z zoom  P preset  ? help  q quit"

static void test_status_shows_the_focused_panes_keys(void **state)
{
	struct app *app = *state;
	assert_string_equal(status_of(app), DESCENT_KEYS);
	app_apply(app, ACT_NEXT);
	assert_string_equal(status_of(app), DESCENT_KEYS);
	app_apply(app, ACT_FOCUS);
	assert_string_equal(status_of(app), "Left/Right H/L move a  [ ] h  s secant  m method  E error  = a  D digits  e edit  Tab pane  ? help  q quit");
}

static void test_status_drops_keys_to_fit_and_keeps_help_and_quit(void **state)
{
	struct app *app = *state;
	char buf[256];
	caption_status(app, 58, buf, sizeof buf);
	assert_true(strlen(buf) <= 58);
	assert_string_equal(buf + strlen(buf) - 14, "? help  q quit");
	assert_non_null(strstr(buf, "n next"));
}

static void test_status_shows_the_prompts_hint_then_its_error(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_FOCUS);
	app_apply(app, ACT_EDIT);
	/* opened on the curve, selected: typing replaces it */
	assert_string_equal(status_of(app), "typing replaces it, Left/Right/Home/End edit it, Enter applies, Esc cancels");
	app_key(app, KC_END);
	assert_string_equal(status_of(app), "Enter applies, Esc cancels, Ctrl-A/E/U edit");
	app_key(app, KC_CTRL('u'));
	for (const char *p = "sin(x"; *p; p++)
		app_key(app, *p);
	app_key(app, KC_ENTER);
	assert_string_equal(status_of(app), "expected ')' at column 6 in 'sin(x'");
	app_key(app, KC_ESC);
	assert_non_null(strstr(status_of(app), "s secant"));
}

static void test_status_shows_a_note_before_the_verdict(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_RUN_TO_END);
	app_note(app, "a note: %d", 42);
	assert_string_equal(status_of(app), "a note: 42");
	app_apply(app, ACT_NONE); /* no action: the note stays */
	assert_string_equal(status_of(app), "a note: 42");
	app_apply(app, ACT_LAST);
	assert_string_equal(status_of(app), "converged: |grad| < 1e-8 first at iteration 93");
}

static void test_status_shows_autoplay_and_its_speed(void **state)
{
	struct app *app = *state;
	app_apply(app, ACT_AUTOPLAY);
	assert_string_equal(status_of(app), "playing every 200 ms: a pauses, < > speed");
	app_apply(app, ACT_FASTER);
	app->message[0] = '\0'; /* the note of the new speed */
	assert_string_equal(status_of(app), "playing every 100 ms: a pauses, < > speed");
}

static void test_status_says_converged_from_the_first_iteration_under_1e_minus_8(void **state)
{
	struct app *app = *state;
	for (int k = 0; k < 92; k++)
		app_apply(app, ACT_NEXT);
	/* |grad| at 92 is 1.214e-08; at 93, 9.713e-09 */
	assert_string_equal(status_of(app), DESCENT_KEYS);
	app_apply(app, ACT_NEXT);
	assert_string_equal(status_of(app), "converged: |grad| < 1e-8 first at iteration 93");
	app_apply(app, ACT_RUN_TO_END);
	assert_string_equal(status_of(app), "converged: |grad| < 1e-8 first at iteration 93");
}

static void test_status_says_diverged_then_stuck_for_lr_10(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--lr", "10" };
	start_app(&app, 2, args);
	/* x grows 19 times a step: 4 * 19**5 is past a million views of 9 */
	for (int k = 0; k < 4; k++)
		app_apply(&app, ACT_NEXT);
	assert_string_equal(status_of(&app), DESCENT_KEYS);
	app_apply(&app, ACT_NEXT);
	assert_string_equal(status_of(&app), "diverged: the point is far outside the view (try a smaller lr: -)");
	app_apply(&app, ACT_RUN_TO_END);
	/* both, in the order they came: off the view, then x +- h rounds */
	assert_non_null(strstr(status_of(&app), "diverged, then stuck since iteration 10: x +- h rounds back to x"));
	app_free(&app);
}

/* sin(31415.926535897932*x0) has a period of 2h at h = 1e-4: the central
 * difference is about 3e-9 where the exact derivative is 31415.9. That is
 * not convergence (it was said to be, at iteration 0), nor stuck (x +- h
 * does not round back to x): the status says the difference aliases. */
static void test_status_says_an_aliased_gradient_is_not_converged(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--surface", "sin(31415.926535897932*x0) + x1**2", "--start", "0.3,0" };
	start_app(&app, 4, args);
	app_apply(&app, ACT_RUN_TO_END);
	assert_int_equal(app.verdicts.aliased, 0);
	assert_int_equal(app.verdicts.converged, -1);
	assert_int_equal(app.verdicts.stuck, -1);
	char line[512];
	caption_status(&app, 400, line, sizeof line);
	assert_null(strstr(line, "converged: |grad|"));
	assert_non_null(strstr(line, "not converged: at iteration 0 the numerical |grad| is under 1e-8 but the exact |grad| is "));
	assert_non_null(strstr(line, "(it aliases)"));
	caption_status(&app, 60, line, sizeof line);
	assert_string_equal(line, "not converged: the numerical gradient aliases with h");
	app_free(&app);
}

/* lr = 1e-10 neither converges nor sticks: at its last iteration the status
 * says so, with how little the point moved (it once said nothing, and the
 * README called it stuck). */
static void test_status_says_a_tiny_lr_has_not_converged_at_the_end(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--lr", "1e-10" };
	start_app(&app, 2, args);
	app_apply(&app, ACT_RUN_TO_END);
	assert_int_equal(app.cursor.current, 100);
	char line[512];
	caption_status(&app, 400, line, sizeof line);
	/* 100 steps of 1e-10 * |grad| 10: the point moved about 1e-7 */
	assert_string_equal(line, "not converged after 100 iterations: |grad| is 9.9999998, the point moved 1.00000008e-07 from the start (a larger lr: +, more steps: N)");
	app_apply(&app, ACT_PREV);
	caption_status(&app, 400, line, sizeof line);
	assert_null(strstr(line, "converged"));
	assert_null(strstr(line, "stuck"));
	app_free(&app);
}

/* A runner whose values are not numbers prints nan, as every other place
 * does (the table printed -nan, printf's spelling for a negative nan). */
static void test_the_race_table_spells_nan_one_way(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--surface", "log(x0)+x1**2", "--start", "1,1", "--lr", "2" };
	start_app(&app, 6, args);
	app_apply(&app, ACT_RACE);
	app_settle(&app);
	app_apply(&app, ACT_RUN_TO_END);
	char items[CAPTION_ITEMS][LAYOUT_ITEM_MAX];
	int n = caption_race_table(&app, app.cursor.current, true, NULL, 0, items);
	int nans = 0;
	for (int i = 0; i < n; i++) {
		assert_null(strstr(items[i], "-nan"));
		nans += strstr(items[i], " nan") != NULL;
	}
	assert_true(nans >= 1);
	app_free(&app);
}

static void test_a_verdict_too_long_for_the_line_takes_its_short_form(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--lr", "10" };
	start_app(&app, 2, args);
	app_apply(&app, ACT_RUN_TO_END);
	char line[256];
	caption_status(&app, 200, line, sizeof line);
	assert_string_equal(line, "diverged, then stuck since iteration 10: x +- h rounds back to x, so the numerical "
	                          "gradient is 0; the exact |grad| is 5.18614879e+13");
	/* cut at 120 columns the long one would lose its number */
	caption_status(&app, 120, line, sizeof line);
	assert_string_equal(line, "diverged, then stuck since iteration 10: x +- h rounds back to x; exact |grad| 5.18614879e+13");
	caption_status(&app, 80, line, sizeof line);
	assert_string_equal(line, "diverged, then stuck since iteration 10: x +- h rounds back to x");
	caption_status(&app, 60, line, sizeof line);
	assert_string_equal(line, "diverged, then stuck since iteration 10");
	app_free(&app);

	/* stuck where the view still holds the point: stuck alone */
	const char *far_view[] = { "--lr", "1e6", "--view", "-1e20:1e20,-1e20:1e20" };
	start_app(&app, 4, far_view);
	app_apply(&app, ACT_RUN_TO_END);
	caption_status(&app, 200, line, sizeof line);
	assert_string_equal(line, "stuck since iteration 2: x +- h rounds back to x, so the numerical "
	                          "gradient is 0; the exact |grad| is 3.99997613e+13");
	caption_status(&app, 80, line, sizeof line);
	assert_string_equal(line, "stuck since iteration 2: x +- h rounds back to x; exact |grad| 3.99997613e+13");
	caption_status(&app, 60, line, sizeof line);
	assert_string_equal(line, "stuck since iteration 2: x +- h rounds back to x");
	app_free(&app);

	const char *log_args[] = { "--surface", "log(x0)" };
	start_app(&app, 2, log_args);
	caption_status(&app, 60, line, sizeof line);
	assert_string_equal(line, "f or its gradient is not finite at the start point");
	app_free(&app);
}

static void test_in_the_tour_the_page_comes_before_the_verdict(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "tour" };
	start_app(&app, 1, args);
	for (int page = 0; page < 6; page++) /* to "A hundred steps": converged at 93 */
		app_key(&app, KC_ENTER);
	app_settle(&app);
	assert_int_equal(app.cursor.current, 100);
	char line[256];
	caption_status(&app, 200, line, sizeof line);
	assert_string_equal(line, "tour 7/9: Enter next, Backspace back  converged: |grad| < 1e-8 first at iteration 93");
	/* no room for both: the page and the keys, as on any other page */
	caption_status(&app, 80, line, sizeof line);
	assert_string_equal(line, "tour 7/9: Enter next, Backspace back  n next  p prev  g run  ? help  q quit");
	app_free(&app);
}

static void test_status_says_diverged_at_the_first_non_finite_row(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--surface", "exp(x0**2)", "--start", "3,0", "--lr", "1" };
	start_app(&app, 6, args);
	app_apply(&app, ACT_RUN_TO_END);
	assert_int_equal(app.cursor.current, 1);
	assert_string_equal(status_of(&app), "diverged: a value is not finite at iteration 1 (try a smaller lr: -)");
	app_free(&app);
}

static void test_status_says_when_the_start_is_not_finite(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--surface", "log(x0)" };
	start_app(&app, 2, args);
	assert_string_equal(status_of(&app), "f or its gradient is not finite at the start point: edit f (e) or the start (S)");
	app_free(&app);
}

static void test_status_says_computing_while_the_app_is_busy(void **state)
{
	(void)state;
	struct app app;
	const char *args[] = { "--steps", "1000000" };
	start_app(&app, 2, args);
	/* the whole run is computed, a slice at a time */
	assert_true(app_busy(&app));
	assert_string_equal(status_of(&app), "computing: iteration 10000 of 1000000 (any key still works; q quits)");
	app_work(&app, 5);
	assert_string_equal(status_of(&app), "computing: iteration 10005 of 1000000 (any key still works; q quits)");
	/* busy wins over a note; a prompt wins over busy */
	app_note(&app, "a note");
	assert_string_equal(status_of(&app), "computing: iteration 10005 of 1000000 (any key still works; q quits)");
	app_apply(&app, ACT_EDIT);
	assert_true(app_busy(&app));
	assert_string_equal(status_of(&app), "typing replaces it, Left/Right/Home/End edit it, Enter applies, Esc cancels");
	app_free(&app);
}

static void test_status_is_cut_to_the_buffer(void **state)
{
	struct app *app = *state;
	char small[8];
	memset(small, 'x', sizeof small);
	caption_status(app, 200, small, sizeof small);
	assert_string_equal(small, "n next ");
}

#define APP_TEST(t) cmocka_unit_test_setup_teardown(t, book_app_setup, app_teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		APP_TEST(test_descent_strip_at_iteration_0_is_the_books_start),
		APP_TEST(test_descent_strip_at_iteration_1_is_the_books_first_step),
		APP_TEST(test_every_digit_after_d),
		APP_TEST(test_the_books_final_point_as_numpy_prints_it),
		APP_TEST(test_tangent_strip_at_a_10_is_the_books_tangent),
		cmocka_unit_test(test_non_finite_numbers_print_as_nan),
		cmocka_unit_test(test_an_undefined_tangent_is_said_as_such),
		cmocka_unit_test(test_no_double_prints_wider_than_the_tangent_template),
		APP_TEST(test_tangent_template_is_as_tall_as_the_strip_at_every_a),
		APP_TEST(test_update_line_shows_the_books_first_step),
		cmocka_unit_test(test_update_line_follows_the_optimizer),
		APP_TEST(test_update_line_uses_the_rate_that_made_the_step),
		APP_TEST(test_inspector_walks_the_books_numerical_gradient),
		APP_TEST(test_inspector_at_n_says_there_is_no_step),
		APP_TEST(test_status_shows_the_focused_panes_keys),
		APP_TEST(test_status_drops_keys_to_fit_and_keeps_help_and_quit),
		APP_TEST(test_status_shows_the_prompts_hint_then_its_error),
		APP_TEST(test_status_shows_a_note_before_the_verdict),
		cmocka_unit_test(test_status_says_an_aliased_gradient_is_not_converged),
		cmocka_unit_test(test_the_race_table_spells_nan_one_way),
		cmocka_unit_test(test_status_says_a_tiny_lr_has_not_converged_at_the_end),
		APP_TEST(test_status_shows_autoplay_and_its_speed),
		APP_TEST(test_status_says_converged_from_the_first_iteration_under_1e_minus_8),
		cmocka_unit_test(test_status_says_diverged_then_stuck_for_lr_10),
		cmocka_unit_test(test_a_verdict_too_long_for_the_line_takes_its_short_form),
		cmocka_unit_test(test_in_the_tour_the_page_comes_before_the_verdict),
		cmocka_unit_test(test_status_says_diverged_at_the_first_non_finite_row),
		cmocka_unit_test(test_status_says_when_the_start_is_not_finite),
		cmocka_unit_test(test_status_says_computing_while_the_app_is_busy),
		APP_TEST(test_status_is_cut_to_the_buffer),
	};
	return cmocka_run_group_tests_name("captions", tests, NULL, NULL);
}
