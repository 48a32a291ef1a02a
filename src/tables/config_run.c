/* config_run: the runs the command-line options describe. */
#include "config_run.h"

#include "numdiff.h"

struct run_spec run_spec_of_settings(const struct expr *surface, enum gradient_mode gradient,
                                     double h, const struct optimizer *optimizer,
                                     const double start[2])
{
	struct run_spec spec = {
		.surface = objective_of_expr(surface), .gradient = gradient, .h = h,
		.optimizer = *optimizer, .start = { start[0], start[1] },
	};
	return spec;
}

struct run_spec config_run_spec(const struct config *cfg)
{
	return run_spec_of_settings(cfg->surface, cfg->gradient, cfg->h, &cfg->optimizer, cfg->start);
}

int config_race(struct race *r, const struct config *cfg, enum run_keeping keeping)
{
	struct run_spec base = config_run_spec(cfg);
	return race_start(r, &base, cfg->race, cfg->race_count, keeping);
}
