/* config_run: the runs the command-line options describe. */
#include "config_run.h"

#include <math.h>

#include "numdiff.h"

struct run_spec config_run_spec(const struct config *cfg, enum optimizer_kind kind, double lr)
{
	struct run_spec spec = {
		.surface = objective_of_expr(cfg->surface), .gradient = cfg->gradient, .h = cfg->h,
		.optimizer = cfg->optimizer, .start = { cfg->start[0], cfg->start[1] },
	};
	spec.optimizer.kind = kind;
	spec.optimizer.lr = lr;
	return spec;
}

double config_runner_lr(const struct config *cfg, int i)
{
	return isnan(cfg->race[i].lr) ? cfg->lr : cfg->race[i].lr;
}
