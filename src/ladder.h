/* ladder: the learning rates + and - step through: 1-3-10 steps, each a
 * decimal literal (0.3, not 3*0.1). */
#ifndef SLOPE_LADDER_H
#define SLOPE_LADDER_H

/* The nearest rung above lr (direction > 0) or below it, from anywhere,
 * the ladder's range or beyond it; lr itself when there is none that way. */
double lr_ladder_step(double lr, int direction);

#endif
