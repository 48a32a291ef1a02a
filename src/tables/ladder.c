/* ladder: the 1-3-10 ladder of learning rates, from 1e-10 to 1000, and
 * the powers of ten of h. */
#include "ladder.h"

#include <stdio.h>
#include <stdlib.h>

#define LR_LADDER_MIN_EXP (-10)
#define LR_LADDER_MAX_EXP 3

/* The ladder's values are decimal literals read with strtod, so each is the
 * double a user typing it would get. */
static double ladder_value(int index)
{
	char text[16];
	int exponent = (index >= 0 ? index : index - 1) / 2;
	snprintf(text, sizeof text, "%de%d", (index & 1) ? 3 : 1, exponent);
	return strtod(text, NULL);
}

double lr_ladder_step(double lr, int direction)
{
	int lo = 2 * LR_LADDER_MIN_EXP, hi = 2 * LR_LADDER_MAX_EXP;
	if (direction > 0) {
		for (int i = lo; i <= hi; i++)
			if (ladder_value(i) > lr)
				return ladder_value(i);
		return lr; /* at or above the top: never a step down */
	}
	for (int i = hi; i >= lo; i--)
		if (ladder_value(i) < lr)
			return ladder_value(i);
	return lr; /* at or below the bottom: never a step up */
}

/* 1e-1 .. 1e-20 are the rungs 1 .. 20; rung 21 is 1e-50. */
#define H_RUNGS 21

static double h_value(int rung)
{
	char text[16];
	snprintf(text, sizeof text, "1e-%d", rung < H_RUNGS ? rung : 50);
	return strtod(text, NULL);
}

double h_ladder_step(double h, int direction)
{
	if (direction > 0) {
		for (int rung = H_RUNGS; rung >= 1; rung--)
			if (h_value(rung) > h)
				return h_value(rung);
		return h;
	}
	for (int rung = 1; rung <= H_RUNGS; rung++)
		if (h_value(rung) < h)
			return h_value(rung);
	return h;
}
