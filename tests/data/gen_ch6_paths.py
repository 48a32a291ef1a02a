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
# Each optimizer is written from the operation order in
# /work/shared/reference/book-ch4.md ("Chapter 6: optimizers compared"), on
# float64 NumPy arrays as the book's common/optimizer.py runs on its
# parameters: state starts as zeros_like(p), every operation is one NumPy
# operation, rounded on its own. As a cross-check each path is also computed
# the way the figure's script (optimizer_compare_naive.py) holds its
# parameters, x and y as separate Python floats with 0-d arrays of state, and
# must come out the same to the last bit.
#
# One file per optimizer, tests/data/ch6_<name>_lr<lr>.csv, with the header
#     iter,x0,x1,g0,g1,loss,<state names as slope spells them>
# row i: the point after i updates (i = 0..30), the gradient there
# (x/10.0, 2.0*y), the loss x**2/20.0 + y**2, and the optimizer's state
# after update i (row 0: zeros). Values are Python reprs: the shortest text
# that reads back (strtod) to the same double.

import os
import sys

import numpy as np

START = (-7.0, 2.0)
UPDATES = 30
HERE = os.path.dirname(os.path.abspath(__file__))


def gradient(x, y):
    # The book's df: divide by 10.0 (multiplying by 0.1 changes the bits).
    return x / 10.0, 2.0 * y


def loss(x, y):
    # On arrays, as the figure's contour computes it: there x**2 is x*x.
    X = np.array([x], dtype=np.float64)
    Y = np.array([y], dtype=np.float64)
    return (X**2 / 20.0 + Y**2)[0]


# Each optimizer: state(p) makes its state for a parameter p (a dict of
# arrays shaped like p); update(p, g, s, t) returns the new p and updates s
# in place where NumPy would. t counts updates from 1.

class SGD:
    names = []

    def __init__(self, lr):
        self.lr = lr

    def state(self, p):
        return {}

    def update(self, p, g, s, t):
        p -= self.lr * g
        return p


class Momentum:
    names = ["v"]

    def __init__(self, lr, alpha=0.9):
        self.lr, self.alpha = lr, alpha

    def state(self, p):
        return {"v": np.zeros_like(p)}

    def update(self, p, g, s, t):
        s["v"] = self.alpha * s["v"] - self.lr * g
        p += s["v"]
        return p


class Nesterov:
    names = ["v"]

    def __init__(self, lr=0.01, alpha=0.9):
        self.lr, self.alpha = lr, alpha

    def state(self, p):
        return {"v": np.zeros_like(p)}

    def update(self, p, g, s, t):
        # g was taken at p itself: the look-ahead is folded in here.
        p += self.alpha * self.alpha * s["v"]
        p -= (1 + self.alpha) * self.lr * g
        s["v"] *= self.alpha
        s["v"] -= self.lr * g
        return p


class AdaGrad:
    names = ["h"]

    def __init__(self, lr, eps=1e-7):
        self.lr, self.eps = lr, eps

    def state(self, p):
        return {"h": np.zeros_like(p)}

    def update(self, p, g, s, t):
        s["h"] += g * g
        p -= self.lr * g / (np.sqrt(s["h"]) + self.eps)
        return p


class RMSprop:
    names = ["h"]

    def __init__(self, lr=0.01, rho=0.99, eps=1e-7):
        self.lr, self.rho, self.eps = lr, rho, eps

    def state(self, p):
        return {"h": np.zeros_like(p)}

    def update(self, p, g, s, t):
        s["h"] *= self.rho
        s["h"] += (1 - self.rho) * g * g
        p -= self.lr * g / (np.sqrt(s["h"]) + self.eps)
        return p


class Adam:
    names = ["m", "v"]

    def __init__(self, lr, beta1=0.9, beta2=0.999, eps=1e-7):
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps
        self.lr_t = 0.0

    def state(self, p):
        return {"m": np.zeros_like(p), "v": np.zeros_like(p)}

    def begin(self, t):
        # Once per update, shared by every parameter. beta**t on Python
        # floats is C's pow().
        self.lr_t = self.lr * np.sqrt(1.0 - self.beta2**t) / (1.0 - self.beta1**t)

    def update(self, p, g, s, t):
        s["m"] += (1 - self.beta1) * (g - s["m"])
        s["v"] += (1 - self.beta2) * (g**2 - s["v"])
        p -= self.lr_t * s["m"] / (np.sqrt(s["v"]) + self.eps)
        return p


def state_row(opt, states):
    """The state as slope's row lays it out: v0 v1, h0 h1 or m0 m1 v0 v1
    lr_t; states is one dict per coordinate."""
    row = []
    for name in opt.names:
        row += [float(s[name]) for s in states]
    if isinstance(opt, Adam):
        row.append(float(opt.lr_t))
    return row


def path_arrays(opt):
    """The path with p a float64 array of shape (2,), as common/optimizer.py
    holds a layer's weights."""
    p = np.array(START, dtype=np.float64)
    s = opt.state(p)
    rows = []
    for t in range(0, UPDATES + 1):
        if t > 0:
            if hasattr(opt, "begin"):
                opt.begin(t)
            p = opt.update(p, g, s, t)
        g = np.array(gradient(p[0], p[1]), dtype=np.float64)
        per_coordinate = [{k: v[i] for k, v in s.items()} for i in range(2)]
        rows.append([float(p[0]), float(p[1]), float(g[0]), float(g[1]),
                     float(loss(p[0], p[1]))]
                    + state_row(opt, per_coordinate))
    return rows


def path_scalars(opt):
    """The same path with x and y held apart as Python floats and state as
    0-d arrays, as the figure's script holds them."""
    p = {"x": START[0], "y": START[1]}
    s = {k: opt.state(v) for k, v in p.items()}
    rows = []
    for t in range(0, UPDATES + 1):
        if t > 0:
            if hasattr(opt, "begin"):
                opt.begin(t)
            for k in p:
                p[k] = opt.update(p[k], g[k], s[k], t)
        gx, gy = gradient(p["x"], p["y"])
        g = {"x": gx, "y": gy}
        rows.append([float(p["x"]), float(p["y"]), float(gx), float(gy),
                     float(loss(p["x"], p["y"]))]
                    + state_row(opt, [s["x"], s["y"]]))
    return rows


def state_names(opt):
    names = [n + str(i) for n in opt.names for i in range(2)]
    return names + (["lr_t"] if isinstance(opt, Adam) else [])


# name as slope spells it, lr, and a maker; figure 6-8's four, then RMSprop
# at the book's defaults and Nesterov at Momentum's lr 0.1 (its default
# 0.01 barely moves in 30 updates).
RUNS = [
    ("sgd", 0.95, lambda: SGD(0.95)),
    ("momentum", 0.1, lambda: Momentum(0.1)),
    ("adagrad", 1.5, lambda: AdaGrad(1.5)),
    ("adam", 0.3, lambda: Adam(0.3)),
    ("rmsprop", 0.01, lambda: RMSprop(0.01, 0.99)),
    ("nesterov", 0.1, lambda: Nesterov(0.1)),
]


def main():
    for name, lr, make in RUNS:
        rows = path_arrays(make())
        same = path_scalars(make())
        bits = [[v.hex() for v in r] for r in rows]
        if bits != [[v.hex() for v in r] for r in same]:
            sys.exit(f"{name}: arrays and Python floats disagree")
        out = os.path.join(HERE, f"ch6_{name}_lr{lr!r}.csv")
        with open(out, "w") as f:
            f.write(",".join(["iter", "x0", "x1", "g0", "g1", "loss"]
                             + state_names(make())) + "\n")
            for i, r in enumerate(rows):
                f.write(",".join([str(i)] + [repr(v) for v in r]) + "\n")
        print(out)


if __name__ == "__main__":
    main()
