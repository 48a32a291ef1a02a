/* export: a run of descent as a self-contained Python 3 script in the
 * style of Deep Learning from Scratch: the surface as a def, chapter 4's
 * numerical_gradient (or the exact gradient), the optimizer as the book's
 * class with update(params, grads), the loop, and print(x) at the end, or
 * with print_rows the CSV that slope descend --csv prints, to the last
 * digit. It needs only NumPy. */
#ifndef SLOPE_EXPORT_H
#define SLOPE_EXPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "config.h"

/* A change of the learning rate: the updates from iteration `from` on
 * (from >= 2) take rate `lr`. */
struct export_lr_change {
	long from;
	double lr;
};

struct export_run {
	const char *surface;          /* the text, as typed */
	enum gradient_mode gradient;
	double h;
	struct optimizer optimizer;   /* its lr: the rate of the first update */
	double start[2];
	long steps;
	const struct export_lr_change *changes;  /* in order of from; may be NULL */
	int change_count;
	bool print_rows;              /* the CSV instead of print(x) */
};

/* The run slope descend runs with these options. */
struct export_run export_run_of_config(const struct config *cfg);

/* Writes the script. 0, or -1 when the surface cannot be written as
 * Python (it always can when slope accepted it). */
int export_script(FILE *out, const struct export_run *run);

#endif
