#!/usr/bin/python3
# Writes the reference CSVs that tests/doc.sh compares `slope descend --csv`
# with byte for byte: chapter 6's optimizers with every parameter away from
# its default (--momentum, --rho, --beta1, --beta2, --eps, --lr), so that a
# parameter the command line reads but does not pass on to the run prints
# other numbers; and chapter 4's numerical gradient at an h, rate and start
# away from the book's. To rerun, from the repository root:
#
#     /usr/bin/python3 tests/data/gen_doc_paths.py
#
# (Debian's NumPy, as for gen_ch6_paths.py, whose optimizers this reuses: the
# book's operation order on float64 arrays.) `git diff` should show nothing.

import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ beside the data
import gen_ch6_paths as ch6  # noqa: E402

STEPS = 6

# name, the command line's options (after --preset ch6 --steps 6), a maker
RUNS = [
    ("momentum", "--optimizer momentum --lr 0.2 --momentum 0.5",
     lambda: ch6.Momentum(0.2, alpha=0.5)),
    ("adagrad", "--optimizer adagrad --lr 1.5 --eps 0.01",
     lambda: ch6.AdaGrad(1.5, eps=0.01)),
    ("rmsprop", "--optimizer rmsprop --lr 0.1 --rho 0.5 --eps 0.001",
     lambda: ch6.RMSprop(0.1, rho=0.5, eps=0.001)),
    ("adam", "--optimizer adam --lr 0.3 --beta1 0.5 --beta2 0.9 --eps 0.0001",
     lambda: ch6.Adam(0.3, beta1=0.5, beta2=0.9, eps=0.0001)),
]


def write(name, header, rows):
    out = os.path.join(HERE, f"doc_{name}.csv")
    with open(out, "w") as f:
        f.write(",".join(header) + "\n")
        for i, r in enumerate(rows):
            f.write(",".join([str(i)] + [repr(float(v)) for v in r]) + "\n")
    print(out)


def numerical_run(start, lr, h, steps):
    """Chapter 4's gradient_descent on x0**2 + x1**2 with the book's
    numerical_gradient (one coordinate at a time, +h then -h, restored)."""
    def f(x):
        return x[0] * x[0] + x[1] * x[1]

    def numerical_gradient(x):
        grad = np.zeros_like(x)
        for i in range(x.size):
            tmp = x[i]
            x[i] = float(tmp) + h
            fxh1 = f(x)
            x[i] = tmp - h
            fxh2 = f(x)
            grad[i] = (fxh1 - fxh2) / (2 * h)
            x[i] = tmp
        return grad

    x = np.array(start, dtype=np.float64)
    rows = []
    for t in range(steps + 1):
        if t > 0:
            x -= lr * g
        g = numerical_gradient(x)
        rows.append([x[0], x[1], g[0], g[1], f(x)])
    return rows


def main():
    ch6.UPDATES = STEPS
    for name, _, make in RUNS:
        write(name, ["iter", "x0", "x1", "g0", "g1", "loss"] + ch6.state_names(make()),
              ch6.path_arrays(make()))
    # slope descend --start 1.5,-2.5 --lr 0.3 --h 0.001 --steps 6
    write("numerical_h0.001", ["iter", "x0", "x1", "g0", "g1", "loss"],
          numerical_run((1.5, -2.5), 0.3, 0.001, STEPS))


if __name__ == "__main__":
    main()
