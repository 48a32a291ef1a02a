/* tour: the pages, in the book's order. Written for this program: each
 * says what to look at on this screen, not what the book's page says. */
#include "tour.h"

#include "i18n.h"

/* The settings every page starts from: the book's run and curve. A page
 * lists only what it changes on top of them. */
static const struct tour_page pages[] = {
	{ N_("The derivative and its tangent"),
	  N_("The derivative of f at a is the slope of f there: how fast f(x) changes as x passes a. "
	  "The dashed line is the tangent at a = 10: it touches the curve at the filled dot and has "
	  "that slope, 0.3. Its equation is in the strip under the figure."),
	  N_("Press Left and Right to move a, and watch the slope change."),
	  { { NULL, NULL } }, "<Tab>" },
	{ N_("The numerical derivative"),
	  N_("A computer cannot take a limit, so it measures the slope over a small step h: "
	  "(f(a+h) - f(a-h)) / (2*h), the central difference, with the book's h = 1e-4. "
	  "The dotted secant through f(a-h) and f(a+h) has that slope. The strip shows it beside "
	  "the exact derivative: they differ in the 12th digit."),
	  N_("Press m for the forward difference (f(a+h) - f(a)) / h: its error is a million times larger."),
	  { { NULL, NULL } }, "<Tab>s" },
	{ N_("How small can h be?"),
	  N_("A smaller h should come closer to the limit, but a double keeps only about 16 digits. "
	  "Below about 1e-8 the difference f(a+h) - f(a-h) loses its digits to rounding, and at the "
	  "book's h = 1e-50, a + h is a again: the difference is 0, and so is the slope."),
	  N_("Press [ until h is 1e-50 and watch the secant; E shows the error for every h."),
	  { { NULL, NULL } }, "<Tab>[[[[" },
	{ N_("Partial derivatives"),
	  N_("For f(x0, x1) = x0**2 + x1**2, the partial derivative in x0 holds x1 fixed. With x1 = 4 "
	  "the curve is x0**2 + 4**2, and its slope at x0 = 3 is the partial derivative, 6 "
	  "(6.00000000000378 numerically): the book computes it this way."),
	  N_("Press = to type another x0, or e to fix another x1 (x**2 + 3**2)."),
	  { { "function", "x**2 + 4**2" }, { "at", "3" }, { "xrange", "0:6" }, { NULL, NULL } },
	  "<Tab>" },
	{ N_("The gradient"),
	  N_("The gradient gathers the partial derivatives into a vector: at (-3, 4) it is [-6. 8.]. "
	  "It points uphill, away from the minimum at the origin; the small arrows of -grad point "
	  "downhill, and are longer where the surface is steeper."),
	  N_("Press i to see the book's numerical_gradient compute each coordinate."),
	  { { NULL, NULL } }, "v" },
	{ N_("One step of gradient descent"),
	  N_("Gradient descent moves the point against the gradient, scaled by the learning rate lr: "
	  "x[1] = x[0] - lr*grad[0]. The update line under the figure writes it out with the "
	  "numbers: [-3. 4.] - 0.1*[-6. 8.] = [-2.4 3.2]."),
	  N_("Press n for the next steps, p to step back."),
	  { { NULL, NULL } }, "n" },
	{ N_("A hundred steps"),
	  N_("After 100 steps with lr = 0.1 the point is at [-6.11110793e-10 8.14814391e-10], the "
	  "book's result to the last bit. Each step multiplies the distance to the minimum by "
	  "0.8, so the loss falls in a straight line on the log scale of the loss chart."),
	  N_("Press Home and then a to watch it play."),
	  { { NULL, NULL } }, "g" },
	{ N_("A learning rate too large, and too small"),
	  N_("With lr = 10 every step overshoots: the point runs off to about -2.6e13, and there it "
	  "sticks, because x + h rounds back to x and the numerical gradient is 0. With lr = 1e-10 "
	  "the point barely moves in 100 steps."),
	  N_("Press - until lr is 1e-10 (the status line counts down), then g."),
	  { { "preset", "lr10" }, { NULL, NULL } }, "g" },
	{ N_("Chapter 6: other optimizers"),
	  N_("SGD steps straight down the gradient and zigzags across a narrow valley. Momentum keeps "
	  "a velocity, AdaGrad scales each coordinate by its past gradients, Adam does both. Here "
	  "the four of the book's figure 6-8 race from (-7, 2) on x**2/20 + y**2."),
	  N_("Press n to step them all together, g to finish the race, R to leave it."),
	  { { "preset", "ch6" }, { NULL, NULL } }, "R" },
};

const struct tour_page *tour_pages(size_t *count)
{
	*count = sizeof pages / sizeof pages[0];
	return pages;
}
