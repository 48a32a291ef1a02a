/* The differential test against the book's own code: a few hundred random
 * runs (a surface written with + - * / **2 **3, a start, one of the six
 * optimizers with random parameters, up to 300 updates, the numerical or
 * the exact gradient) that tests/data/gen_book_runs.py computed with the
 * book's common/optimizer.py and chapter 4's numerical gradient. Every row
 * of slope's run, typed surface and all, must equal the book's with ==:
 * point, gradient, loss, rate and the optimizer's state. The data is checked
 * in, so the test needs no NumPy. */
#include "testutil.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "descent.h"
#include "expr.h"
#include "numdiff.h"
#include "run.h"

#define DATA "tests/data/book_runs.txt"
#define LINE_MAX_BYTES 8192
#define VALUES_MAX (5 + OPTIMIZER_STATE_MAX)

struct book_run {
	int number;
	char optimizer[16], gradient[16], end[16];
	double lr, momentum, rho, beta1, beta2, start[2];
	long steps;
	char surface[LINE_MAX_BYTES];
};

static bool read_line(FILE *in, char *line)
{
	if (fgets(line, LINE_MAX_BYTES, in) == NULL)
		return false;
	size_t n = strcspn(line, "\n");
	assert_int_equal(line[n], '\n'); /* a whole line, not a cut one */
	line[n] = '\0';
	return true;
}

static bool read_header(FILE *in, struct book_run *b)
{
	char line[LINE_MAX_BYTES];
	if (!read_line(in, line))
		return false;
	int fields = sscanf(line, "run %d %15s %15s %lf %lf %lf %lf %lf %lf %lf %ld %15s", &b->number,
	                    b->optimizer, b->gradient, &b->lr, &b->momentum, &b->rho, &b->beta1,
	                    &b->beta2, &b->start[0], &b->start[1], &b->steps, b->end);
	if (fields != 12)
		fail_msg("not a run's header: %s", line);
	assert_true(read_line(in, line));
	assert_true(strncmp(line, "f ", 2) == 0);
	snprintf(b->surface, sizeof b->surface, "%s", line + 2);
	return true;
}

/* Row k of the book's run: n values, read exactly (strtod rounds
 * correctly). */
static void read_row(FILE *in, const struct book_run *b, long k, int n, double *v)
{
	char line[LINE_MAX_BYTES], *at = line;
	if (!read_line(in, line))
		fail_msg("run %d: row %ld missing", b->number, k);
	for (int i = 0; i < n; i++) {
		char *end;
		v[i] = strtod(at, &end);
		if (end == at)
			fail_msg("run %d row %ld: value %d missing", b->number, k, i);
		at = end;
	}
	if (*at != '\0')
		fail_msg("run %d row %ld: more values than %d", b->number, k, n);
}

static struct run_spec spec_of(const struct book_run *b, const struct expr *e)
{
	enum optimizer_kind kind;
	assert_true(optimizer_by_name(b->optimizer, &kind));
	struct run_spec spec = {
		.surface = objective_of_expr(e),
		.gradient = strcmp(b->gradient, "exact") == 0 ? GRADIENT_EXACT : GRADIENT_NUMERICAL,
		.h = 1e-4,
		.optimizer = optimizer_defaults(kind, b->lr),
		.start = { b->start[0], b->start[1] },
	};
	assert_true(strcmp(b->gradient, "exact") == 0 || strcmp(b->gradient, "numerical") == 0);
	optimizer_set_param(&spec.optimizer, OPTIMIZER_PARAM_MOMENTUM, b->momentum);
	optimizer_set_param(&spec.optimizer, OPTIMIZER_PARAM_RHO, b->rho);
	optimizer_set_param(&spec.optimizer, OPTIMIZER_PARAM_BETA1, b->beta1);
	optimizer_set_param(&spec.optimizer, OPTIMIZER_PARAM_BETA2, b->beta2);
	return spec;
}

static const char *const value_names[VALUES_MAX] = { "x0", "x1", "g0", "g1", "loss" };

/* slope's run of b, row by row against the book's; the number of values
 * compared. */
static long check_run(FILE *in, const struct book_run *b)
{
	struct expr *e = NULL;
	char err[256];
	if (expr_compile(b->surface, EXPR_SURFACE, &e, err, sizeof err) != 0)
		fail_msg("run %d: %s", b->number, err);
	struct run_spec spec = spec_of(b, e);
	struct run r;
	assert_int_equal(run_init(&r, &spec, true), 0);
	bool going = strcmp(b->end, "going") == 0;
	assert_true(going || strcmp(b->end, "nonfinite") == 0);
	/* The book's run either goes on past STEPS or fails at STEPS + 1;
	 * slope's must do the same. */
	long last = run_until(&r, b->steps + 1);
	if (last != b->steps + 1 || run_row_finite(run_row(&r, last)) != going)
		fail_msg("run %d (%s, %s): slope ends at %ld (%s), the book's at %ld (%s)", b->number,
		         b->optimizer, b->gradient, last, r.end == RUN_GOING ? "going" : "not finite",
		         b->steps, b->end);
	int n = optimizer_state_size(spec.optimizer.kind), compared = 0;
	for (long k = 0; k <= b->steps; k++) {
		double want[VALUES_MAX], got[VALUES_MAX];
		read_row(in, b, k, 5 + n, want);
		const struct run_row *row = run_row(&r, k);
		const double *state = run_state(&r, k);
		double mine[VALUES_MAX] = { row->x[0], row->x[1], row->grad[0], row->grad[1], row->loss };
		memcpy(got, mine, sizeof got);
		for (int i = 0; i < n; i++)
			got[5 + i] = state[i];
		for (int i = 0; i < 5 + n; i++) {
			if (!(got[i] == want[i]))
				fail_msg("run %d (%s, %s gradient, f = %s), iteration %ld: %s = %.17g (%a), the book's %.17g (%a)",
				         b->number, b->optimizer, b->gradient, b->surface, k,
				         i < 5 ? value_names[i] : optimizer_state_name(spec.optimizer.kind, i - 5),
				         got[i], got[i], want[i], want[i]);
			compared++;
		}
		assert_double_exact(row->lr, b->lr);
	}
	run_free(&r);
	expr_free(e);
	return compared;
}

static void test_every_run_equals_the_books_row_by_row(void **state)
{
	(void)state;
	FILE *in = fopen(DATA, "r");
	assert_non_null(in);
	struct book_run *b = malloc(sizeof *b);
	assert_non_null(b);
	int runs = 0, per_optimizer[OPTIMIZER_COUNT] = { 0 }, exact = 0;
	long values = 0;
	while (read_header(in, b)) {
		assert_int_equal(b->number, runs);
		values += check_run(in, b);
		enum optimizer_kind kind;
		assert_true(optimizer_by_name(b->optimizer, &kind));
		per_optimizer[kind]++;
		exact += strcmp(b->gradient, "exact") == 0;
		runs++;
	}
	fclose(in);
	free(b);
	/* The data is what it claims: a few hundred runs, every optimizer and
	 * both gradients. */
	assert_true(runs >= 300);
	for (int k = 0; k < OPTIMIZER_COUNT; k++)
		assert_true(per_optimizer[k] >= 40);
	assert_true(exact >= runs / 3 && runs - exact >= runs / 3);
	assert_true(values > 100000);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_run_equals_the_books_row_by_row),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
