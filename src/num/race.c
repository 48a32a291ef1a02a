/* race: the runners of a race, computed in slices like a single run. A
 * runner keeps its points (what the figure draws), its first and last
 * rows, and what it has come to, looked at a step at a time. */
#include "race.h"

#include <math.h>
#include <string.h>

int race_init(struct race *r, const struct run_spec *base, const struct race_entry *entries,
              int n)
{
	memset(r, 0, sizeof *r);
	for (int i = 0; i < n && i < RACE_MAX; i++) {
		struct run_spec spec = *base;
		spec.optimizer.kind = entries[i].kind;
		if (!isnan(entries[i].lr))
			spec.optimizer.lr = entries[i].lr;
		if (run_init_points(&r->runner[i].run, &spec) != 0) {
			race_free(r);
			return -1;
		}
		run_verdicts_reset(&r->runner[i].verdicts);
		r->count = i + 1;
	}
	return 0;
}

void race_free(struct race *r)
{
	for (int i = 0; i < r->count; i++)
		run_free(&r->runner[i].run);
	memset(r, 0, sizeof *r);
}

void race_toward(struct race *r, long n, long max_updates, double tolerance)
{
	long share = r->count > 0 ? max_updates / r->count + 1 : 0;
	for (int i = 0; i < r->count; i++) {
		struct race_runner *runner = &r->runner[i];
		/* a step at a time: each new row is looked at while it is the
		 * last, the one row of its kind a runner keeps */
		for (long done = 0; done < share && run_last(&runner->run) < n &&
		                    runner->run.end == RUN_GOING; done++) {
			run_toward(&runner->run, n, 1);
			run_verdicts_scan(&runner->verdicts, &runner->run, tolerance);
		}
	}
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
