#!/usr/bin/python3
# Writes the reference paths of chapter 6's optimizers (figure 6-8 and the
# book's RMSprop and Nesterov) that tests/test_ch6_paths.c compares slope's
# runs with, value for value with ==. To rerun, from the repository root:
#
#     /usr/bin/python3 tests/data/gen_ch6_paths.py
#
# (/usr/bin/python3 with Debian's NumPy: apt-get install -y python3-numpy; a
# pyenv python3 on PATH may lack it). It overwrites tests/data/ch6_*.csv;
# `git diff` should then show nothing.
#
# The optimizers are the book's common/optimizer.py, written again line for
# line in gen_book_runs.py (Nesterov as the book's repository has it since
# its author's fix of 2021: the point moves with the old velocity, then the
# velocity is updated), driven as the figure's script
# ch06/optimizer_compare_naive.py drives them: params and grads are dicts
# of Python floats, x and y, so every ** is Python's on a scalar, the C
# library's pow() (Adam's grads[key]**2 too).
#
# One file per optimizer, tests/data/ch6_<name>_lr<lr>.csv, with the header
#     iter,x0,x1,g0,g1,loss,<state names as slope spells them>
# row i: the point after i updates (i = 0..30), the gradient there (the
# book's df: x / 10.0, 2.0*y), the loss (the book's f: x**2 / 20.0 + y**2
# on the two floats), and the optimizer's state after update i (row 0:
# zeros). Values are Python reprs: the shortest text that reads back
# (strtod) to the same double.

import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the data
from gen_book_runs import SGD, Momentum, Nesterov, AdaGrad, RMSprop, Adam, state_of

INIT_POS = (-7.0, 2.0)
UPDATES = 30
HERE = os.path.dirname(os.path.abspath(__file__))


def f(x, y):
    return x**2 / 20.0 + y**2


def df(x, y):
    return x / 10.0, 2.0*y


STATE_NAMES = {"sgd": [], "momentum": ["v0", "v1"], "nesterov": ["v0", "v1"],
               "adagrad": ["h0", "h1"], "rmsprop": ["h0", "h1"],
               "adam": ["m0", "m1", "v0", "v1", "lr_t"]}

# name as slope spells it, lr, and a maker; figure 6-8's four, then RMSprop
# at the book's defaults and Nesterov at Momentum's lr 0.1 (its default
# 0.01 barely moves in 30 updates).
RUNS = [
    ("sgd", 0.95, lambda: SGD(lr=0.95)),
    ("momentum", 0.1, lambda: Momentum(lr=0.1)),
    ("adagrad", 1.5, lambda: AdaGrad(lr=1.5)),
    ("adam", 0.3, lambda: Adam(lr=0.3)),
    ("rmsprop", 0.01, lambda: RMSprop(lr=0.01)),
    ("nesterov", 0.1, lambda: Nesterov(lr=0.1)),
]


def path(name, optimizer):
    """The figure's loop, keeping every row: slope names the coordinates
    x0 and x1 (the figure's 'x' and 'y'), in that order."""
    params = {"x0": INIT_POS[0], "x1": INIT_POS[1]}
    grads = {}
    rows = []
    for i in range(UPDATES + 1):
        if i > 0:
            optimizer.update(params, grads)
        grads["x0"], grads["x1"] = df(params["x0"], params["x1"])
        rows.append([float(v) for v in [params["x0"], params["x1"], grads["x0"],
                                        grads["x1"], f(params["x0"], params["x1"])]
                     + state_of(name, optimizer)])
    return rows


def main():
    for name, lr, make in RUNS:
        out = os.path.join(HERE, f"ch6_{name}_lr{lr!r}.csv")
        with open(out, "w") as csv:
            csv.write(",".join(["iter", "x0", "x1", "g0", "g1", "loss"] + STATE_NAMES[name]) + "\n")
            for i, r in enumerate(path(name, make())):
                csv.write(",".join([str(i)] + [repr(v) for v in r]) + "\n")
        print(out)


if __name__ == "__main__":
    main()
