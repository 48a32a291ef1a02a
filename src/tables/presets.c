/* presets: the table. The book's values are the book's; the others were
 * chosen so that the default steps show the point (a valley crossed, a
 * saddle escaped, one of four minima reached) without diverging. */
#include "presets.h"

#include <string.h>

#include "i18n.h"

/* The summaries go through gettext where they are shown; the names and
 * the settings are typed as they are. */
static const struct preset presets[] = {
	{ "book", N_("the book's run: x0**2 + x1**2 from (-3, 4), lr 0.1, 100 steps"),
	  { { "surface", "x0**2 + x1**2" }, { "start", "-3,4" }, { "lr", "0.1" },
	    { "steps", "100" }, { "view", "-3.5:3.5,-4.5:4.5" }, { "gradient", "numerical" },
	    { "optimizer", "sgd" }, { "optimizers", "sgd" } } },
	{ "lr10", N_("the book's too large rate: lr 10 runs off to about -2.6e13 and sticks"),
	  { { "surface", "x0**2 + x1**2" }, { "start", "-3,4" }, { "lr", "10" },
	    { "steps", "100" }, { "view", "-3.5:3.5,-4.5:4.5" }, { "gradient", "numerical" },
	    { "optimizer", "sgd" }, { "optimizers", "sgd" } } },
	{ "lr1e-10", N_("the book's too small rate: lr 1e-10 barely moves"),
	  { { "surface", "x0**2 + x1**2" }, { "start", "-3,4" }, { "lr", "1e-10" },
	    { "steps", "100" }, { "view", "-3.5:3.5,-4.5:4.5" }, { "gradient", "numerical" },
	    { "optimizer", "sgd" }, { "optimizers", "sgd" } } },
	{ "lr3", N_("the book's three rates raced from (-3, 4): lr 10 runs off, lr 0.1 reaches the minimum, lr 1e-10 barely moves"),
	  { { "surface", "x0**2 + x1**2" }, { "start", "-3,4" }, { "lr", "0.1" },
	    { "steps", "100" }, { "view", "-3.5:3.5,-4.5:4.5" }, { "gradient", "numerical" },
	    { "optimizer", "sgd" }, { "optimizers", "sgd:10,sgd:0.1,sgd:1e-10" } } },
	{ "ch6", N_("chapter 6, figure 6-8: x**2/20 + y**2 from (-7, 2), 30 steps, exact gradient; SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3"),
	  { { "surface", "x0**2/20 + x1**2" }, { "start", "-7,2" }, { "lr", "0.95" },
	    { "steps", "30" }, { "view", "-10:10,-10:10" }, { "gradient", "exact" },
	    { "optimizer", "sgd" }, { "optimizers", "sgd:0.95,momentum:0.1,adagrad:1.5,adam:0.3" } } },
	{ "rosenbrock", N_("a narrow curved valley: (1-x0)**2 + 100*(x1-x0**2)**2 from (-1.5, 2), minimum at (1, 1)"),
	  { { "surface", "(1-x0)**2 + 100*(x1-x0**2)**2" }, { "start", "-1.5,2" }, { "lr", "0.001" },
	    { "steps", "2000" }, { "view", "-2:2,-1:3" }, { "gradient", "exact" },
	    { "optimizer", "sgd" }, { "optimizers", "sgd:0.001,momentum:0.0005,adam:0.05" } } },
	{ "saddle", N_("a saddle: x0**2 - x1**2 from just off the x0 axis, (-3, 0.001): in, then out along x1"),
	  { { "surface", "x0**2 - x1**2" }, { "start", "-3,0.001" }, { "lr", "0.1" },
	    { "steps", "60" }, { "view", "-4:4,-4:4" }, { "gradient", "numerical" },
	    { "optimizer", "sgd" }, { "optimizers", "sgd:0.1,momentum:0.05,adam:0.1" } } },
	{ "himmelblau", N_("four minima: (x0**2 + x1 - 11)**2 + (x0 + x1**2 - 7)**2 from (-0.5, 0.5)"),
	  { { "surface", "(x0**2 + x1 - 11)**2 + (x0 + x1**2 - 7)**2" }, { "start", "-0.5,0.5" },
	    { "lr", "0.01" }, { "steps", "100" }, { "view", "-5:5,-5:5" }, { "gradient", "numerical" },
	    { "optimizer", "sgd" }, { "optimizers", "sgd:0.01,momentum:0.005,adam:0.3" } } },
};

const struct preset *preset_table(size_t *count)
{
	*count = sizeof presets / sizeof presets[0];
	return presets;
}

const struct preset *preset_find(const char *name)
{
	size_t n;
	const struct preset *p = preset_table(&n);
	for (size_t i = 0; i < n; i++)
		if (strcmp(p[i].name, name) == 0)
			return &p[i];
	return NULL;
}
