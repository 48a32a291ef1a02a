/* placement: a figure and its legend side by side, one rule with the
 * differences of its callers as parameters. */
#include "placement.h"

#include <string.h>

const struct legend_rule LEGEND_PLOT = { .edge_cols = 0, .side_cols = 0, .whole = true };
const struct legend_rule LEGEND_PANE_RACE = { .edge_cols = 1, .side_cols = 0, .whole = true };
const struct legend_rule LEGEND_PANE_DESCENT = { .edge_cols = 1, .side_cols = 28, .whole = false };

struct figure_places figure_place(struct plot_box box, int figure_cols,
                                  const struct plot_legend *l, const struct legend_rule *rule)
{
	struct figure_places d;
	memset(&d, 0, sizeof d);
	d.figure = box;
	int free_cols = box.cols - figure_cols;
	if (rule->side_cols > 0 && free_cols < rule->side_cols)
		return d;
	struct plot_box side = { box.col + figure_cols, box.row + 1, free_cols - rule->edge_cols,
	                         box.rows - 1 };
	struct plot_box fit = plot_legend_box(l, side.cols, side.rows);
	bool beside = rule->whole ? fit.rows > 0 && fit.rows == l->count : fit.rows > 0;
	if (!beside && rule->side_cols == 0)
		return d;
	d.figure.cols = figure_cols;
	d.side = side;
	if (beside)
		d.legend = (struct plot_box){ side.col, side.row, fit.cols, fit.rows };
	return d;
}
