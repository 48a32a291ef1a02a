#!/usr/bin/python3
"""Writes tests/data/numpy_print.txt: what NumPy prints for float64 arrays.

tests/test_numpyfmt.c checks src/base/numpyfmt.c against this file, so the test
needs no NumPy. The file was generated once; rerun only to add cases or to
check another NumPy version, from the repository root:

    apt-get install -y python3-numpy       # Debian's NumPy for /usr/bin/python3
    /usr/bin/python3 tests/data/gen_numpy_print.py > tests/data/numpy_print.txt

(the `python3` on PATH may be another Python without NumPy). NumPy's
default print options are used, as the book prints: precision 8, floatmode
'maxprec', suppress False, sign '-', linewidth 75, threshold 1000,
edgeitems 3, legacy False.

Each line of the output is one case:

    array V1 V2 ... | TEXT      TEXT = str(np.array([V1, V2, ...]))
    scalar V | TEXT             TEXT = str(np.array([V])) without its brackets

V is Python's repr of a double (it reads back to the same double with
strtod: "nan", "inf", "-inf", "-0.0" included). A newline in TEXT (a wrapped
array) is written as the two characters backslash and n. Lines starting
with # are comments. The values are fixed: random ones come from Python's
random.Random with a fixed seed, so a rerun writes the same file.
"""

import csv
import math
import os
import random
import struct
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.join(HERE, "descent_lr0.1.csv")

lines = []
seen = set()


def up(v, n=1):
    for _ in range(n):
        v = math.nextafter(v, math.inf)
    return v


def down(v, n=1):
    for _ in range(n):
        v = math.nextafter(v, -math.inf)
    return v


def text_of(values):
    return str(np.array(values, dtype=np.float64)).replace("\n", "\\n")


def array(*values):
    key = ("array",) + tuple(struct.pack("<d", v) for v in values)
    if key in seen:
        return
    seen.add(key)
    lines.append("array %s | %s" % (" ".join(repr(float(v)) for v in values),
                                    text_of(values)))


def scalar(v):
    key = ("scalar", struct.pack("<d", v))
    if key in seen:
        return
    seen.add(key)
    lines.append("scalar %s | %s" % (repr(float(v)), text_of([v])[1:-1]))


def section(title):
    lines.append("# " + title)


nan, inf = math.nan, math.inf

section("the book: gradients at (3, 4), (0, 2), (3, 0); start and final point")
array(6.00000000000378, 7.999999999999119)
array(0.0, 4.000000000004)
array(6.000000000012662, 0.0)
array(-3.0, 4.0)
array(-6.111107928998789e-10, 8.148143905314271e-10)
array(-4.800000000013682, 6.400000000024164)
array(-2.399999999999622, 3.200000000000088)

section("the book's descent, lr 0.1: x and grad of rows of descent_lr0.1.csv")
with open(CSV, newline="") as f:
    rows = list(csv.DictReader(f))
for i in list(range(0, 12)) + [20, 27, 28, 29, 30, 40, 50, 60, 75, 90, 99, 100]:
    r = rows[i]
    array(float(r["x0"]), float(r["x1"]))
    array(float(r["g0"]), float(r["g1"]))
    array(float(r["x0"]), float(r["x1"]), float(r["g0"]), float(r["g1"]),
          float(r["loss"]))

section("the exponent threshold for small values: 1e-4")
for v in (1e-4, down(1e-4), up(1e-4), 0.0001000001, 9.9999999e-5):
    array(v, 1.0)
    array(v, 0.1)
    array(-v, 0.5)
    array(v)

section("the exponent threshold for large values: 1e8")
for v in (1e8, down(1e8), up(1e8), down(1e8, 2), 99999999.99999999,
          99999999.5, 12345678.12345678, -99999999.99999999):
    array(v, 1e6)
    array(v)

section("the ratio threshold: max/min > 1000")
for lo in (1.0, 0.001, 0.5, 3.0, 1e-4, 0.1, 7e5):
    hi = lo * 1000.0
    for h in (hi, up(hi), down(hi), up(hi, 2)):
        array(lo, h)
        array(-h, lo)
array(0.1, 100.0)
array(0.1, up(100.0))
array(1e-4, 0.1)
array(1e-4, up(0.1))
array(0.3, 300.0)
array(0.3, 300.00000000000006)

section("zeros, negative zero, mixed signs, whole numbers")
array(0.0)
array(-0.0)
array(0.0, 0.0)
array(0.0, -0.0)
array(-0.0, -0.0)
array(-0.0, 1.5)
array(-0.0, 1e-5)
array(0.0, 1e-5)
array(-0.0, 1e9)
array(0.0, -2.5, 3.25)
array(1.0, 2.0, 3.0)
array(-1.0, 2.0, -3.0)
array(100.0, 2.5)
array(-100.0, 2.5)
array(16.0, -0.25)
array(1234567.0, 7654321.0)
array(-10.0, 10.0)
array(5.0, -0.5, 0.05, -0.005)

section("huge, tiny, subnormal")
array(1e300, 1.0)
array(1e-300, 1.0)
array(1.7976931348623157e308, -1.7976931348623157e308)
array(5e-324, 1.0)
array(5e-324)
array(-5e-324, 2.2250738585072014e-308)
array(2.2250738585072014e-308, 2.225073858507201e-308)
array(1e-310, 1.5e-320, 3.1e-321)
array(1e100, 1e-100)
array(1e22, 1e23)
array(1e16, 1e-5)
array(9.999999999999999e22, 1.0)
array(1.23456789e-200, -9.87654321e150)

section("nan and infinities")
array(nan)
array(inf)
array(-inf)
array(nan, nan)
array(nan, inf)
array(nan, -inf)
array(-inf, inf)
array(nan, 1.5)
array(nan, -1.5)
array(inf, 1.5)
array(-inf, 1.5)
array(-inf, 0.0)
array(nan, 0.0)
array(inf, 123.456)
array(-inf, 123.456)
array(nan, 1e-10)
array(-inf, 1e-10)
array(-inf, -1e-10)
array(nan, 1e10)
array(-inf, 1e200)
array(nan, -inf, 12345.678)
array(1.0, -math.copysign(nan, -1.0))
array(-math.copysign(nan, 1.0), 2.0)

section("rounding at the 8th decimal: exact ties (dyadic) and near ties")
for k in (1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31):
    array(k / 512.0, 1.0)
    array(1.0 + k / 512.0, 2.0)
array(0.001953125, 0.5)
array(1.000000005, 2.0)
array(up(1.000000005), 2.0)
array(down(1.000000005), 2.0)
array(1.000000015, 2.0)
array(2.000000025, 2.0)
array(2.675, 1.0)
array(0.123456785, 0.5)
array(0.999999995, 0.5)
array(0.999999996, 0.5)
array(9.999999995, 0.5)
array(99999999.999999995, 1e7)
array(0.00012207031250000001, 0.1)
rng = random.Random(20240601)
for _ in range(40):
    # a 9-decimal number ending in 5: a tie in decimal, not in binary
    k = rng.randrange(10000, 10 ** 9)
    v = (k * 10 + 5) / 1e9
    array(v, down(v), up(v))

section("rounding at the 9th significant digit in exponent form")
array(2.0 ** -13, 1.0)
array(3.0 * 2.0 ** -14, 1.0)
array(100000000.5, 1.0)
array(100000001.5, 1.0)
array(1234567885.0, 1.0)
array(1234567895.0, 1.0)
array(1234567875.0, -1.0)
array(9999999995.0, 1.0)
array(9999999985.0, 1.0)
array(1.999999999e-5, 1.0)
array(1.0000000004e-5, 1.0)
array(1.0000000005e-5, 1.0)
array(0.5e-8, 1.0)
array(0.5e-8)
array(1.5e-8, 2.5e-8)
for _ in range(40):
    k = rng.randrange(10 ** 8, 10 ** 9)
    v = (k * 10 + 5) * 10.0 ** rng.randrange(-30, 20)
    array(v, down(v), up(v), 1e-30)

section("exponent widths: two and three digits")
array(1e-100, 1e-5)
array(1e100, 1e5)
array(-1.5e-100, 2.5e99)
array(1e-99, 1e-100)
array(1e10, 1.5e10, 1.25e10)

section("short decimals: trailing zeros dropped, widths from the widest")
for d in range(0, 9):
    for _ in range(3):
        a = round(rng.uniform(-100, 100), d)
        b = round(rng.uniform(-1, 1), d)
        array(a, b)
array(10.25, 0.5)
array(0.5, 10.25)
array(-0.5, 10.25)
array(-10.25, 0.5)

section("random doubles at many scales (2 elements)")
for s in range(-14, 15):
    for _ in range(4):
        array(rng.uniform(-1, 1) * 10.0 ** s, rng.uniform(-1, 1) * 10.0 ** s)
    array(rng.uniform(0, 1) * 10.0 ** s, rng.uniform(0, 1) * 10.0 ** s)

section("random doubles at two different scales")
for _ in range(40):
    array(rng.uniform(-1, 1) * 10.0 ** rng.randrange(-6, 9),
          rng.uniform(-1, 1) * 10.0 ** rng.randrange(-6, 9))

section("random bit patterns (any exponent, subnormals)")
for _ in range(40):
    vals = []
    while len(vals) < 2:
        v = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if math.isfinite(v):
            vals.append(v)
    array(*vals)

section("3 to 8 elements; long arrays wrap at 75 columns")
for n in (3, 4, 5, 6, 7, 8):
    for s in (-12, -3, 0, 2, 7, 12):
        array(*[rng.uniform(-1, 1) * 10.0 ** s for _ in range(n)])
    array(*[rng.uniform(0, 1) * 10.0 ** rng.randrange(-3, 3) for _ in range(n)])
    array(*[round(rng.uniform(0, 10), 1) for _ in range(n)])
# widths where a line is exactly 74 or 75 characters before the bracket
array(*[-1.2345678e-10] * 5)
array(*[1.2345678e-10] * 5)
array(*[-1.2345678e-100] * 5)
array(*[12345678.12345678] * 8)
array(*[-12345678.12345678] * 8)
array(*[1.5, -2.25, 1e-300, nan, inf, -inf, 0.0, -0.0])
array(*[nan] * 8)
array(*[-inf] * 8)
array(*[rng.uniform(-1e7, 1e7) for _ in range(20)])
array(*[rng.uniform(-1, 1) * 1e-200 for _ in range(20)])

section("empty and summarized arrays (more than 1000 elements)")
array()
array(*[i * 0.25 for i in range(1001)])
array(*[1000.0 + i * 0.12345678 for i in range(1500)])
array(*[-1e-5 * (i + 1) for i in range(1200)])
array(*([nan] + [float(i) for i in range(1, 1100)] + [-inf]))
array(*([1e-20] + [1.0] * 1000 + [2.0, 3.0]))

section("scalars: the element of a one-element array")
for v in (16.0, 0.3, 0.2999999999986347, 0.1999999999990898, -0.24999999999544897,
          0.0, -0.0, 1.0, -3.0, 4.000000000004, 6.00000000000378, 1e-4, 9.99e-5,
          1e-5, 1e8, 99999999.0, 123456789.0, 1e20, 1e-100, 5e-324, nan, inf,
          -inf, 2.675, 0.001953125, 1.000000005, 0.1, 1.0 / 3.0, -2.0 / 3.0,
          -6.111107928998789e-10, 8.148143905314271e-10, 0.01, 0.09999999999999998,
          12345678.12345678):
    scalar(v)
for _ in range(20):
    scalar(rng.uniform(-1, 1) * 10.0 ** rng.randrange(-10, 11))

print("# NumPy %s print of float64 arrays; generated by tests/data/gen_numpy_print.py"
      % np.__version__)
print("# %d cases" % sum(1 for l in lines if not l.startswith("#")))
for l in lines:
    print(l)
