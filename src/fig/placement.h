/* placement: where a figure drawn at its natural width (equal units on
 * both axes) and its legend go in a box: the legend beside the figure,
 * from the plot area's top (a row down), when the columns the figure
 * leaves free hold it, else inside the figure. The one placement of
 * `slope plot` and the dashboard's panes; where the two differ, the rule
 * says how, so neither output moves. */
#ifndef SLOPE_PLACEMENT_H
#define SLOPE_PLACEMENT_H

#include <stdbool.h>

#include "plot.h"

struct legend_rule {
	/* Columns left clear at the box's right edge: a pane keeps one
	 * (its border's neighbour), slope plot none. */
	int edge_cols;
	/* 0: the figure narrows only for a legend beside it. Else, whenever
	 * the figure leaves this many columns free, it narrows and they are
	 * the side's whatever the legend does: the dashboard's descent puts
	 * its loss chart there too (28). */
	int side_cols;
	/* The legend goes beside only when every entry fits there (slope
	 * plot, the dashboard's race); false: when one does (the dashboard's
	 * descent, whose side the loss chart shares). */
	bool whole;
};

/* slope plot's rule, and a pane's for the race and the descent. */
extern const struct legend_rule LEGEND_PLOT, LEGEND_PANE_RACE, LEGEND_PANE_DESCENT;

struct figure_places {
	struct plot_box figure;  /* the whole box, or its first figure_cols */
	struct plot_box legend;  /* rows 0: the legend stays inside the figure */
	/* Beside the figure from a row down, less the edge: the legend at its
	 * top, the rest for what the caller puts there. cols 0: no side. */
	struct plot_box side;
};

/* The places in box of a figure figure_cols wide with legend l. */
struct figure_places figure_place(struct plot_box box, int figure_cols,
                                  const struct plot_legend *l, const struct legend_rule *rule);

#endif
