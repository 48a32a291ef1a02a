/* tour: the pages, in the book's order. Written for this program: each
 * says what to look at on this screen, not what the book's page says. */
#include "tour.h"

#include "i18n.h"

/* The settings every page starts from: the book's run and curve. A page
 * lists only what it changes on top of them. Arrays are written as NumPy
 * prints them, with its two spaces, as the strip shows them. */
static const struct tour_page pages[] = {
	{ N_("The derivative and its tangent"),
	  N_("The derivative of f at a is the slope of f there: how fast f(x) changes as x passes a. "
	  "The dashed tangent at a = 10 touches the curve at the filled dot with that slope, 0.3; "
	  "the strip gives its equation."),
	  N_("Press Left and Right: a moves, the slope changes."),
	  { { NULL, NULL } }, "<Tab>",
	  SHOWS_TANGENT | SHOWS_TANGENT_LINE, SHOWS_TANGENT,
	  { { "<Right><Right>", SHOWS_TANGENT | SHOWS_TANGENT_LINE }, { NULL, 0 } } },
	/* h = 4, forward: a secant that can be seen (an h not the book's
	 * shows it); at the book's 1e-4 it lies on the tangent, and the
	 * central one is parallel to it at any h on a parabola */
	{ N_("The numerical derivative"),
	  N_("A computer measures the slope over a small step h. The dotted secant through f(a) and "
	  "f(a+h), here h = 4.0 to be seen, has the slope (f(a+h) - f(a)) / h = 0.34 of the forward "
	  "difference, not the tangent's 0.3."),
	  N_("Press m for the book's central difference (f(a+h) - f(a-h)) / (2*h): its secant runs parallel to the tangent."),
	  { { "h", "4" }, { "method", "forward" }, { NULL, NULL } }, "<Tab>",
	  SHOWS_TANGENT | SHOWS_SECANT | SHOWS_DERIVATIVES, 0,
	  { { "m", SHOWS_SECANT | SHOWS_DERIVATIVES }, { NULL, 0 } } },
	{ N_("How small can h be?"),
	  N_("A smaller h should come closer to the limit, but a double keeps only about 16 digits. "
	  "Below about 1e-8 the difference f(a+h) - f(a-h) loses its digits to rounding, and at the "
	  "book's h = 1e-50, a + h is a again: the difference is 0, and so is the slope."),
	  N_("Press [ until h is 1e-50: the strip says why the slope is 0. Then E shows the error for every h."),
	  { { NULL, NULL } }, "<Tab>[[[[",
	  SHOWS_TANGENT | SHOWS_DERIVATIVES, 0,
	  { { "[[[[[[[[[[[[[", SHOWS_TANGENT | SHOWS_ROUNDING }, { "E", SHOWS_HERROR }, { NULL, 0 } } },
	{ N_("Partial derivatives"),
	  N_("For f(x0, x1) = x0**2 + x1**2, the partial derivative in x0 holds x1 fixed. With x1 = 4 "
	  "the curve is x0**2 + 4**2, and its slope at x0 = 3 is the partial derivative, 6 "
	  "(6.00000000000378 numerically): the book computes it this way."),
	  N_("Press = to type another x0, or e to fix another x1 (x**2 + 3**2)."),
	  { { "function", "x**2 + 4**2" }, { "at", "3" }, { "xrange", "0:6" }, { NULL, NULL } },
	  "<Tab>",
	  SHOWS_TANGENT | SHOWS_DERIVATIVES, 0,
	  { { "=<C-u>4<Enter>", SHOWS_TANGENT | SHOWS_DERIVATIVES }, { NULL, 0 } } },
	{ N_("The gradient"),
	  N_("The gradient collects the partial derivatives: at (-3, 4) it is [-6.  8.], pointing "
	  "uphill, away from the minimum at the origin. The arrows of -grad point downhill; |grad| "
	  "in the strip, 10 here, says how steep it is."),
	  N_("Press i to see the book's numerical_gradient compute each coordinate."),
	  { { NULL, NULL } }, "v",
	  SHOWS_FIELD | SHOWS_GRADIENT, 0,
	  { { "i", SHOWS_INSPECTOR }, { NULL, 0 } } },
	{ N_("One step of gradient descent"),
	  N_("Gradient descent moves the point against the gradient, scaled by the learning rate lr: "
	  "x[1] = x[0] - lr*grad[0]. The update line under the figure writes it out with the "
	  "numbers: [-3.  4.] - 0.1*[-6.  8.] = [-2.4  3.2]."),
	  N_("Press n for the next steps, p to step back."),
	  { { NULL, NULL } }, "n",
	  SHOWS_UPDATE, 0,
	  { { "nn", SHOWS_UPDATE }, { "p", SHOWS_UPDATE }, { NULL, 0 } } },
	/* c: the chart in the path's place where the pane has no room for
	 * both (80x24, 120x40) */
	{ N_("A hundred steps"),
	  N_("After 100 steps with lr = 0.1 the point is at [-6.11110793e-10  8.14814391e-10], the "
	  "book's result to the last bit. Each step multiplies the distance to the minimum by "
	  "0.8, so the loss falls in a straight line on the log scale of the loss chart."),
	  N_("Press Home, then a to play; c swaps chart and path."),
	  { { NULL, NULL } }, "gc",
	  SHOWS_LOSS, SHOWS_LOSS,
	  { { "<Home>", SHOWS_LOSS }, { NULL, 0 } } },
	{ N_("A learning rate too large, and too small"),
	  N_("Three runs from (-3, 4) race here, 100 steps each. With lr = 10 every step overshoots: "
	  "the point runs off to about -2.6e13, and there it sticks, because x + h rounds back to x "
	  "and the numerical gradient is 0. With lr = 1e-10 the point barely leaves the start; "
	  "lr = 0.1 reaches the minimum."),
	  N_("Press Home, then n a few times to step the three together."),
	  { { "preset", "lr3" }, { NULL, NULL } }, "Rg",
	  SHOWS_RACE, 0,
	  { { "<Home>nnn", SHOWS_RACE }, { NULL, 0 } } },
	/* the four panels of figure 6-8 are the race's own (issue 20) */
	{ N_("Chapter 6: other optimizers"),
	  N_("SGD steps straight down the gradient and zigzags across a narrow valley. Momentum keeps "
	  "a velocity, AdaGrad scales each coordinate by its past gradients, Adam does both. Here "
	  "the four of the book's figure 6-8 race from (-7, 2) on x**2/20 + y**2."),
	  N_("Press n to step them all together, g to finish the race, R to leave it."),
	  { { "preset", "ch6" }, { NULL, NULL } }, "R",
	  SHOWS_RACE, 0,
	  { { "n", SHOWS_RACE }, { "g", SHOWS_RACE }, { NULL, 0 } } },
};

const struct tour_page *tour_pages(size_t *count)
{
	*count = sizeof pages / sizeof pages[0];
	return pages;
}
