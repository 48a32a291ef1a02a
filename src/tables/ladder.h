/* ladder: the values keys step through: the learning rates of + and -
 * (1-3-10 steps) and the h of [ and ] (powers of ten), each a decimal
 * literal (0.3, not 3*0.1). */
#ifndef SLOPE_LADDER_H
#define SLOPE_LADDER_H

/* The nearest rung above lr (direction > 0) or below it, from anywhere,
 * the ladder's range or beyond it; lr itself when there is none that way. */
double lr_ladder_step(double lr, int direction);

/* The h of the book's lesson on rounding, section 4.3.1: 1e-1, 1e-2, ...
 * 1e-20, then the book's 1e-50. The next one above h (direction > 0) or
 * below it, from anywhere; h itself when there is none that way. */
double h_ladder_step(double h, int direction);

#endif
