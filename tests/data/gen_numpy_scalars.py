#!/usr/bin/python3
"""Writes tests/data/numpy_scalars.txt: what NumPy prints for a lone float64.

tests/test_numpyfmt.c checks format_scalar (src/numfmt.c) and
format_scalar_rounded (src/numpyfmt.c) against this file, so the test needs
no NumPy. To rerun, from the repository root:

    apt-get install -y python3-numpy       # Debian's NumPy for /usr/bin/python3
    /usr/bin/python3 tests/data/gen_numpy_scalars.py > tests/data/numpy_scalars.txt

(the `python3` on PATH may be another Python without NumPy). Each line is
one case:

    V | FULL | P8 | G4

V is Python's repr of the double (strtod reads it back exactly); FULL is
str(np.float64(V)), the scalar as NumPy prints it; P8 is V as NumPy
prints the element of an array of one at its default precision 8
(np.array2string(np.array([V])) without its brackets); G4 is V with 4
significant digits, laid out as C's %g lays them out (the exponent form
when the rounded first digit is below 1e-4 or at 1e4 and above):
np.format_float_positional(V, precision=4, unique=True, fractional=False)
or np.format_float_scientific(V, precision=3, unique=True). Both are
spelled as NumPy spells a scalar: "25." as "25.0" and "1.e-10" as "1e-10". (np.format_float_scientific with trim='-' would
leave "1.e+08" for 100000000.00000001.) Lines starting with # are comments.
Random values come from random.Random with a fixed seed, so a rerun writes
the same file.
"""

import math
import random
import struct

import numpy as np

lines = []
seen = set()


def as_scalar(text):
    if text.endswith("."):
        return text + "0"
    return text.replace(".e", "e")


def p8(v):
    return as_scalar(np.array2string(np.array([v], dtype=np.float64))[1:-1])


def g4(v):
    if not math.isfinite(v):
        return str(np.float64(v))
    e = int(("%.3e" % v).split("e")[1])  # of the first digit, rounded
    if v == 0 or -4 <= e < 4:
        return as_scalar(np.format_float_positional(v, precision=4, unique=True,
                                                    fractional=False, trim="."))
    return as_scalar(np.format_float_scientific(v, precision=3, unique=True, trim="."))


def case(v):
    key = struct.pack("<d", v)
    if key in seen:
        return
    seen.add(key)
    lines.append("%s | %s | %s | %s" % (repr(float(v)), str(np.float64(v)), p8(v), g4(v)))


def section(title):
    lines.append("# " + title)


section("the issue's and the book's numbers")
for v in (25.0, 10.0, 0.0, -0.0, 0.1, 1e-10, 1.0373788855137937e-18, 15.99999999999875,
          0.30000000000000004, 0.2999999999986347, 6.111107928998789e-10, 1e-8, 1e-4,
          1e-50, 0.01, 0.95, 1.5, 0.3, 2.0, -3.0, 4.0, 16.0, 0.00620146774976456,
          -0.1574987968178114, 1e-7, 0.9, 0.999, 0.99, 0.09486832980505143, 100.0):
    case(v)

section("specials, extremes, subnormals")
for v in (math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, -1.7976931348623157e308, 1e300, 1e-300, 1e100, 1e-100):
    case(v)

section("the thresholds: 1e-4, 1e8 and 1e16, and their neighbours")
for t in (1e-4, 1e8, 1e16, 1e-5, 1e7, 1e15, 1e17):
    for v in (t, math.nextafter(t, 0), math.nextafter(t, math.inf)):
        case(v)
        case(-v)
for v in (99999999.99999999, 99999999.5, 99999999.999999, 9.99999999e-5, 9.99995e-5,
          0.00009999999999, 12345678.12345678, 1234.5678901234, 0.000123456789):
    case(v)
    case(-v)

section("rounding at the last kept decimal: halves, carries, 9s")
for v in (9999.5, 9999.4, 9995.0, 1001.6617, 0.00099995, 0.000099995, 1234.5, 999.95,
          0.5, 1.5, 2.5, 0.125, 0.00005, 0.00015, 0.99999999, 0.999999999, 9.99999999,
          9.999999999, 1.00000001, 1.000000005, 1.000000015, 0.12345, 0.12355, 1.23456789e-10,
          9.9999e-10, 9.99999e-10, 9.999999999e-10, 1.99995, 1.99994999, 12.3456, 0.00012345):
    case(v)
    case(-v)

section("whole numbers")
for v in (1.0, 7.0, 123.0, 1e5, 12345678.0, 99999999.0, 1e9, 123456789.0, 2.0**53, 1e15):
    case(v)
    case(-v)

section("random: every exponent")
rnd = random.Random(20261206)
for _ in range(150):
    bits = rnd.getrandbits(64)
    v = struct.unpack("<d", struct.pack("<Q", bits))[0]
    if math.isfinite(v):
        case(v)

section("random: runs' sizes, 1e-12 .. 1e12, few and many digits")
for _ in range(250):
    e = rnd.uniform(-12, 12)
    v = rnd.choice([-1, 1]) * 10.0 ** e
    if rnd.random() < 0.3:
        v = float("%.*g" % (rnd.randint(1, 6), v))
    case(v)

print("\n".join(lines))
