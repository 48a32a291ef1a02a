/* export_app: the dashboard's run as a script. A run's rows record the rate
 * of the update that led to each: the script starts with the first and
 * changes it where the rows do, and, for iterations not computed yet, to
 * the rate the run goes on with. */
#include "export_app.h"

#include <stdio.h>
#include <stdlib.h>

#include "export.h"
#include "i18n.h"
#include "snapshot.h"

/* The rate of update k (k >= 1): its row's where computed, else the run's
 * from now on. */
static double rate_of_update(const struct run *run, long k)
{
	return k <= run_last(run) ? run_row(run, k)->lr : run->spec.optimizer.lr;
}

/* The changes of rate over the updates 2..steps: at most one per computed
 * row and one for the rows to come. NULL with count 0 when there are none
 * (or no memory: the caller says so). */
static struct export_lr_change *rate_changes(const struct run *run, long steps, int *count,
                                             bool *no_memory)
{
	long last = run_last(run), checked = last < steps ? last + 1 : steps;
	long n = 0;
	for (long k = 2; k <= checked; k++)
		n += rate_of_update(run, k) != rate_of_update(run, k - 1);
	*count = 0;
	*no_memory = false;
	if (n == 0)
		return NULL;
	struct export_lr_change *changes = malloc((size_t)n * sizeof *changes);
	if (changes == NULL || n > 1000000) {
		free(changes);
		*no_memory = true;
		return NULL;
	}
	for (long k = 2; k <= checked; k++)
		if (rate_of_update(run, k) != rate_of_update(run, k - 1))
			changes[(*count)++] = (struct export_lr_change){ k, rate_of_update(run, k) };
	return changes;
}

static int write_script(FILE *f, const void *ctx)
{
	return export_script(f, ctx);
}

void export_app_run(struct app *app, time_t when)
{
	const struct run *run = &app->run;
	bool no_memory;
	int count;
	struct export_lr_change *changes = rate_changes(run, app->steps, &count, &no_memory);
	if (no_memory) {
		app_note(app, _("no script: %s"), _("out of memory"));
		return;
	}
	struct export_run r = {
		.surface = expr_text(app->surface), .gradient = run->spec.gradient, .h = run->spec.h,
		.optimizer = run->spec.optimizer, .start = { run->spec.start[0], run->spec.start[1] },
		.steps = app->steps, .changes = changes, .change_count = count, .print_rows = false,
	};
	r.optimizer.lr = rate_of_update(run, 1);
	char name[256], err[APP_MESSAGE_MAX];
	if (snapshot_write_file(app->snapshot_dir, "py", write_script, &r, when, name, sizeof name,
	                        err, sizeof err) == 0)
		app_note(app, _("wrote %s: python3 %s runs this run with NumPy"), name, name);
	else
		app_note(app, _("no script: %s"), err);
	free(changes);
}
