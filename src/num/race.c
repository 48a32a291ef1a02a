/* race: the runners of a race, computed in slices like a single run. A
 * runner's rows are looked at a step at a time, each while it is the last:
 * the one row every keeping holds. */
#include "race.h"

#include <limits.h>
#include <math.h>
#include <string.h>

int race_start(struct race *r, const struct run_spec *base, const struct race_entry *entries,
               int n, enum run_keeping keeping)
{
	memset(r, 0, sizeof *r);
	for (int i = 0; i < n && i < RACE_MAX; i++) {
		struct run_spec spec = *base;
		spec.optimizer.kind = entries[i].kind;
		if (!isnan(entries[i].lr))
			spec.optimizer.lr = entries[i].lr;
		if (run_init_keeping(&r->runner[i].run, &spec, keeping) != 0) {
			race_free(r);
			return -1;
		}
		run_verdicts_reset(&r->runner[i].verdicts);
		r->count = i + 1;
	}
	return 0;
}

int race_init(struct race *r, const struct run_spec *base, const struct race_entry *entries,
              int n)
{
	return race_start(r, base, entries, n, RUN_KEEP_POINTS);
}

void race_free(struct race *r)
{
	for (int i = 0; i < r->count; i++)
		run_free(&r->runner[i].run);
	memset(r, 0, sizeof *r);
}

/* At most max_updates steps of one runner toward n, each row judged while
 * it is the last (the row before a step too: a run of its last row loses
 * it with the step), and the last row judged even when no step is taken:
 * a race of no step is judged on its row 0. */
static void runner_toward(struct race_runner *runner, long n, long max_updates,
                          double tolerance)
{
	for (long done = 0; done < max_updates && run_last(&runner->run) < n &&
	                    runner->run.end == RUN_GOING; done++) {
		run_verdicts_scan(&runner->verdicts, &runner->run, tolerance);
		run_toward(&runner->run, n, 1);
	}
	run_verdicts_scan(&runner->verdicts, &runner->run, tolerance);
}

void race_toward(struct race *r, long n, long max_updates, double tolerance)
{
	long share = r->count > 0 ? max_updates / r->count + 1 : 0;
	for (int i = 0; i < r->count; i++)
		runner_toward(&r->runner[i], n, share, tolerance);
}

void race_until(struct race *r, long n, double tolerance)
{
	for (int i = 0; i < r->count; i++)
		runner_toward(&r->runner[i], n, LONG_MAX, tolerance);
}

bool race_busy(const struct race *r, long n)
{
	for (int i = 0; i < r->count; i++)
		if (run_last(&r->runner[i].run) < n && r->runner[i].run.end == RUN_GOING)
			return true;
	return false;
}

long race_last(const struct race *r)
{
	long last = 0;
	for (int i = 0; i < r->count; i++)
		if (run_last(&r->runner[i].run) > last)
			last = run_last(&r->runner[i].run);
	return last;
}

struct run_row race_row(const struct race *r, int i, long k)
{
	const struct run *run = &r->runner[i].run;
	return run_row_at(run, k < run_last(run) ? k : run_last(run));
}
