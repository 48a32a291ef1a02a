/* ranges: the narrowest range a figure can draw, a fact shared by the
 * drawing (draw/plot.c widens a computed range to it) and the option table
 * (tables/options.c refuses a narrower one asked for). */
#ifndef SLOPE_RANGES_H
#define SLOPE_RANGES_H

/* Narrower ranges have no finite scale: (dots - 1) / (hi/2 - lo/2)
 * overflows and nothing can be drawn. */
#define PLOT_NARROWEST_RANGE 1e-300

#endif
