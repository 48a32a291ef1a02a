#!/usr/bin/python3
"""Writes tests/data/book_runs.txt: a few hundred random runs of descent
computed the book's way, which tests/test_book_runs.c compares slope's runs
with, value for value with ==. To rerun, from the repository root:

    apt-get install -y python3-numpy       # Debian's NumPy for /usr/bin/python3
    /usr/bin/python3 tests/data/gen_book_runs.py

(the `python3` on PATH may be another Python without NumPy). The draws come
from random.Random with a fixed seed, so a rerun writes the same file and
`git diff` shows nothing.

The reference is the book's own code, written again here from its
repository (oreilly-japan/deep-learning-from-scratch): the six optimizers of
common/optimizer.py line for line (Nesterov as its author fixed it in
2021, commit 89eadd0: the point moves with the old velocity, then the
velocity is updated), driven as ch06/optimizer_compare_naive.py drives
them (params and grads dicts of scalars, one key per coordinate), and
ch04/gradient_2d.py's _numerical_gradient_no_batch for the numerical
gradient. So every ** here is Python's on a scalar: the C library's pow().

A run: a random surface in x0 and x1 written with + - * / **2 **3 and
constants, a random start, one of the six optimizers with random
parameters (lr, momentum, decay_rate, beta1, beta2; eps is the book's 1e-7),
up to 300 updates, the numerical gradient (h = 1e-4) or the exact one. The
book has no exact gradient of a typed surface; here it is forward-mode
differentiation by the rules slope documents (sum; product a'*b + a*b';
quotient (a' - (a/b)*b')/b; u**n: n*u**(n-1)*u'), each operation rounded
on its own. A run stops before its first row with a value that is not
finite.

Format, one run after another:

    run N OPTIMIZER GRADIENT lr momentum rho beta1 beta2 start0 start1 STEPS END
    f EXPRESSION
    x0 x1 g0 g1 loss STATE...        (STEPS + 1 rows: iterations 0..STEPS)

GRADIENT is exact or numerical; END is "going" when the run could go on,
"nonfinite" when update STEPS + 1 gives a value that is not finite. STATE
is the optimizer's state after the row's update as slope names it (v0 v1;
h0 h1; m0 m1 v0 v1 lr_t; none for sgd). Numbers are Python reprs: the
shortest text that strtod reads back to the same double.
"""

import math
import os
import random

import numpy as np

SEED = 20261206
RUNS = 320
MAX_STEPS = 300
H = 1e-4
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "book_runs.txt")

np.seterr(all="ignore")


# ---- common/optimizer.py, as the book writes it ---------------------------

class SGD:
    def __init__(self, lr=0.01):
        self.lr = lr

    def update(self, params, grads):
        for key in params.keys():
            params[key] -= self.lr * grads[key]


class Momentum:
    def __init__(self, lr=0.01, momentum=0.9):
        self.lr = lr
        self.momentum = momentum
        self.v = None

    def update(self, params, grads):
        if self.v is None:
            self.v = {}
            for key, val in params.items():
                self.v[key] = np.zeros_like(val)

        for key in params.keys():
            self.v[key] = self.momentum*self.v[key] - self.lr*grads[key]
            params[key] += self.v[key]


class Nesterov:
    def __init__(self, lr=0.01, momentum=0.9):
        self.lr = lr
        self.momentum = momentum
        self.v = None

    def update(self, params, grads):
        if self.v is None:
            self.v = {}
            for key, val in params.items():
                self.v[key] = np.zeros_like(val)

        for key in params.keys():
            params[key] += self.momentum * self.momentum * self.v[key]
            params[key] -= (1 + self.momentum) * self.lr * grads[key]
            self.v[key] *= self.momentum
            self.v[key] -= self.lr * grads[key]


class AdaGrad:
    def __init__(self, lr=0.01):
        self.lr = lr
        self.h = None

    def update(self, params, grads):
        if self.h is None:
            self.h = {}
            for key, val in params.items():
                self.h[key] = np.zeros_like(val)

        for key in params.keys():
            self.h[key] += grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7)


class RMSprop:
    def __init__(self, lr=0.01, decay_rate=0.99):
        self.lr = lr
        self.decay_rate = decay_rate
        self.h = None

    def update(self, params, grads):
        if self.h is None:
            self.h = {}
            for key, val in params.items():
                self.h[key] = np.zeros_like(val)

        for key in params.keys():
            self.h[key] *= self.decay_rate
            self.h[key] += (1 - self.decay_rate) * grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7)


class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr = lr
        self.beta1 = beta1
        self.beta2 = beta2
        self.iter = 0
        self.m = None
        self.v = None
        self.lr_t = 0.0  # (added: kept to be recorded, as slope shows it)

    def update(self, params, grads):
        if self.m is None:
            self.m, self.v = {}, {}
            for key, val in params.items():
                self.m[key] = np.zeros_like(val)
                self.v[key] = np.zeros_like(val)

        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)
        self.lr_t = lr_t

        for key in params.keys():
            self.m[key] += (1 - self.beta1) * (grads[key] - self.m[key])
            self.v[key] += (1 - self.beta2) * (grads[key]**2 - self.v[key])

            params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + 1e-7)


# ---- ch04/gradient_2d.py -------------------------------------------------

def _numerical_gradient_no_batch(f, x):
    h = 1e-4  # 0.0001
    grad = np.zeros_like(x)

    for idx in range(x.size):
        tmp_val = x[idx]
        x[idx] = float(tmp_val) + h
        fxh1 = f(x)  # f(x+h)

        x[idx] = tmp_val - h
        fxh2 = f(x)  # f(x-h)
        grad[idx] = (fxh1 - fxh2) / (2*h)

        x[idx] = tmp_val  # 値を元に戻す

    return grad


# ---- random surfaces -----------------------------------------------------
# A tree: ("x", i), ("k", value), (op, left, right) for + - * /, or
# ("**", base, n) for n = 2 or 3. Every constant sits beside a variable,
# so no part of the surface is constant arithmetic alone.

def random_constant(rnd):
    return rnd.choice([round(rnd.uniform(0.1, 5.0), rnd.choice([1, 2])),
                       float(rnd.randint(1, 9)), rnd.choice([0.5, 0.1, 20.0, 10.0])])


def random_tree(rnd, depth, top=False):
    if depth == 0 or (not top and rnd.random() < 0.2):
        return ("x", rnd.randint(0, 1))
    kind = rnd.choice(["+", "-", "*", "/", "**", "**", "+", "k"])
    if kind == "**":
        return ("**", random_tree(rnd, depth - 1), rnd.choice([2, 3]))
    if kind == "k":
        op = rnd.choice(["+", "-", "*", "/"])
        k = ("k", random_constant(rnd))
        sub = random_tree(rnd, depth - 1)
        return (op, k, sub) if rnd.random() < 0.5 else (op, sub, k)
    return (kind, random_tree(rnd, depth - 1), random_tree(rnd, depth - 1))


def text_of(tree, var):
    """The surface as text: var(i) spells variable i."""
    kind = tree[0]
    if kind == "x":
        return var(tree[1])
    if kind == "k":
        return repr(tree[1])
    if kind == "**":
        base = text_of(tree[1], var)
        return f"{base}**{tree[2]}" if tree[1][0] == "x" else f"({base})**{tree[2]}"
    return f"({text_of(tree[1], var)} {kind} {text_of(tree[2], var)})"


def surface(tree):
    """The surface as the book writes one: a Python function of an array x,
    reading its elements (x[0]**2 is a NumPy scalar's **: pow())."""
    return eval("lambda x: " + text_of(tree, lambda i: f"x[{i}]"))


def times(slope, tangent):
    """A tangent that is exactly 0 contributes exactly 0 (slope documents
    this: d/dx1 of sqrt(x0) + x1 at x0 = 0 is 1, not NaN from inf*0)."""
    return 0.0 if tangent == 0.0 else slope * tangent


def value_and_gradient(tree, x):
    """(value, d/dx0, d/dx1) at the scalars x by the rules above."""
    kind = tree[0]
    if kind == "x":
        return x[tree[1]], float(tree[1] == 0), float(tree[1] == 1)
    if kind == "k":
        return tree[1], 0.0, 0.0
    if kind == "**":
        u, du0, du1 = value_and_gradient(tree[1], x)
        n = tree[2]
        slope = n * u**(n - 1)
        return u**n, times(slope, du0), times(slope, du1)
    a, a0, a1 = value_and_gradient(tree[1], x)
    b, b0, b1 = value_and_gradient(tree[2], x)
    if kind == "+":
        return a + b, a0 + b0, a1 + b1
    if kind == "-":
        return a - b, a0 - b0, a1 - b1
    if kind == "*":
        return a * b, times(b, a0) + times(a, b0), times(b, a1) + times(a, b1)
    q = a / b
    return (q, (a0 - times(q, b0)) / b if a0 != 0.0 or b0 != 0.0 else 0.0,
            (a1 - times(q, b1)) / b if a1 != 0.0 or b1 != 0.0 else 0.0)


# ---- one run ---------------------------------------------------------------

NAMES = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]


def state_of(name, opt):
    """The state after the last update, in slope's order; zeros before the
    first."""
    keys = ["x0", "x1"]
    if name in ("momentum", "nesterov"):
        return [opt.v[k] if opt.v else 0.0 for k in keys]
    if name in ("adagrad", "rmsprop"):
        return [opt.h[k] if opt.h else 0.0 for k in keys]
    if name == "adam":
        if opt.m is None:
            return [0.0] * 5
        return [opt.m[k] for k in keys] + [opt.v[k] for k in keys] + [opt.lr_t]
    return []


def one_run(rnd, n):
    tree = random_tree(rnd, rnd.randint(2, 4), top=True)
    f = surface(tree)
    name = NAMES[n % len(NAMES)]
    gradient_mode = "numerical" if (n // len(NAMES)) % 2 == 0 else "exact"
    lr = 10.0 ** rnd.uniform(-3.0, 0.3)
    momentum = rnd.uniform(0.5, 0.99)
    rho = rnd.uniform(0.8, 0.999)
    beta1 = rnd.uniform(0.5, 0.99)
    beta2 = rnd.uniform(0.9, 0.9999)
    start = (rnd.uniform(-5.0, 5.0), rnd.uniform(-5.0, 5.0))
    steps = rnd.choice([rnd.randint(1, 40), rnd.randint(1, 120), rnd.randint(1, MAX_STEPS)])
    opt = {"sgd": lambda: SGD(lr), "momentum": lambda: Momentum(lr, momentum),
           "nesterov": lambda: Nesterov(lr, momentum), "adagrad": lambda: AdaGrad(lr),
           "rmsprop": lambda: RMSprop(lr, rho), "adam": lambda: Adam(lr, beta1, beta2)}[name]()

    params = {"x0": np.float64(start[0]), "x1": np.float64(start[1])}
    rows, end = [], "going"
    for t in range(steps + 2):
        if t > 0:
            opt.update(params, grads)
        x = np.array([params["x0"], params["x1"]], dtype=np.float64)
        if gradient_mode == "numerical":
            g = _numerical_gradient_no_batch(f, x)
            grads = {"x0": g[0], "x1": g[1]}
            loss = f(x)
        else:
            loss, g0, g1 = value_and_gradient(tree, (x[0], x[1]))
            grads = {"x0": g0, "x1": g1}
        # float(): the state is 0-d arrays that the next update changes in
        # place, so the row keeps copies.
        row = [float(v) for v in [x[0], x[1], grads["x0"], grads["x1"], loss]
               + state_of(name, opt)]
        if not all(math.isfinite(float(v)) for v in row):
            end = "nonfinite"
            break
        if t == steps + 1:
            break  # only there to tell whether the run could go on
        rows.append(row)
    head = [f"run {n} {name} {gradient_mode}"] + [repr(float(v)) for v in
            (lr, momentum, rho, beta1, beta2, start[0], start[1])] + [str(len(rows) - 1), end]
    lines = [" ".join(head), "f " + text_of(tree, lambda i: f"x{i}")]
    lines += [" ".join(repr(float(v)) for v in row) for row in rows]
    return lines


def main():
    rnd = random.Random(SEED)
    out = []
    for n in range(RUNS):
        lines = one_run(rnd, n)
        while len(lines) < 4:  # not finite at the start or after one update
            lines = one_run(rnd, n)
        out += lines
    with open(OUT, "w") as f:
        f.write("\n".join(out) + "\n")
    print(OUT)


if __name__ == "__main__":
    main()
