"""The promise of slope export (README, slope(1)): for random runs (every
optimizer, both gradients, surfaces with + - * / **), the script that
`slope export OPTIONS --csv` prints, run with NumPy, prints the same bytes
as `slope descend OPTIONS --csv`; and without --csv its print(x) prints
what `slope descend OPTIONS --numpy` prints.

usage: /usr/bin/python3 tests/export.py ./slope [RUNS] [SEED]

Each script runs in this process (NumPy imported once), its stdout caught.
"""
import contextlib
import io
import random
import shlex
import subprocess
import sys
import warnings

import numpy as np  # noqa: F401  (the scripts import it; imported once here)

SLOPE = sys.argv[1]
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 300
SEED = int(sys.argv[3]) if len(sys.argv) > 3 else 21
rng = random.Random(SEED)

OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam']
PARAMS = {
    'momentum': [('--momentum', ['0.5', '0.9', '0.95'])],
    'nesterov': [('--momentum', ['0.5', '0.9', '0.95'])],
    'adagrad': [('--eps', ['1e-7', '1e-8', '0.001'])],
    'rmsprop': [('--rho', ['0.9', '0.99']), ('--eps', ['1e-7', '1e-6'])],
    'adam': [('--beta1', ['0.9', '0.8']), ('--beta2', ['0.999', '0.99']), ('--eps', ['1e-7', '1e-8'])],
}


def constant():
    return rng.choice(['2', '3', '0.5', '0.1', '1.5', '20', '0.01', '7', '1e-3', '2.5', '10', 'pi'])


def leaf():
    return rng.choice(['x0', 'x1', 'x0', 'x1', constant()])


def maybe_wrapped(text):
    """Parentheses or not: the text then parses as slope's precedence says."""
    return '(' + text + ')' if rng.random() < 0.6 else text


def surface(depth):
    if depth == 0 or rng.random() < 0.2:
        return leaf()
    op = rng.choice(['+', '-', '*', '/', '**', '**', 'neg', '+', '*'])
    if op == '**':
        exponent = rng.choice(['2', '3', '2', '4', '0.5', '1.5', '-1', '-2', 'x1', '(x0/10)', '2.5'])
        return maybe_wrapped(surface(depth - 1)) + '**' + exponent
    if op == 'neg':
        return '-' + maybe_wrapped(surface(depth - 1))
    return maybe_wrapped(surface(depth - 1)) + ' ' + op + ' ' + maybe_wrapped(surface(depth - 1))


def run_options(i):
    kind = OPTIMIZERS[i % len(OPTIMIZERS)]
    gradient = ['numerical', 'exact'][(i // len(OPTIMIZERS)) % 2]
    opts = ['--surface', surface(3),
            '--start', '%.2f,%.2f' % (rng.uniform(-3, 3), rng.uniform(-3, 3)),
            '--lr', rng.choice(['0.001', '0.01', '0.05', '0.1', '0.3', '0.95', '1.5']),
            '--steps', str(rng.choice([0, 1, 5, 20, 40])),
            '--optimizer', kind, '--gradient', gradient]
    if rng.random() < 0.3:
        opts += ['--h', rng.choice(['1e-3', '1e-5', '0.01'])]
    for name, values in PARAMS.get(kind, []):
        if rng.random() < 0.5:
            opts += [name, rng.choice(values)]
    return opts


# Beyond the random runs: every function (C's, through math), values that
# stop a run (nan, inf), constants Python alone would raise on, the x/y
# spelling, a constant surface.
FIXED = [
    ['--surface', 'sin(x0)*cos(x1) + tan(x0/4)', '--start', '1,2', '--steps', '20'],
    ['--surface', 'exp(-x0**2) + log(1 + x1**2)', '--start', '0.5,-1', '--steps', '20', '--lr', '0.5'],
    ['--surface', 'sqrt(abs(x0)) + tanh(x1) + sinh(x0)/cosh(x1)', '--start', '1.5,0.3', '--steps', '20'],
    ['--surface', 'asin(x0/10) + acos(x1/10) + atan(x0*x1) + log10(x0**2 + 1)', '--start', '2,3', '--steps', '20'],
    ['--surface', 'log(x0)', '--start', '0.5,1', '--lr', '1', '--steps', '20'],
    ['--surface', '1/(x0*x1)', '--start', '0,1', '--steps', '5'],
    ['--surface', 'exp(x0**2)', '--start', '3,0', '--lr', '1', '--steps', '5'],
    ['--surface', 'x0**2 + 1/0 - (-8)**(1/3) + 0*x1', '--start', '1,1', '--steps', '3'],
    ['--surface', 'x^2 + 3*y^2 - x*y', '--start', '-2,2', '--steps', '30'],
    ['--surface', '2**10 + 3', '--start', '1,1', '--steps', '3'],
    ['--surface', '-x0 - -x1 + --x0 + 2**-x1**2 + (x0**x1)**0.5', '--start', '1.2,0.7', '--steps', '10'],
    ['--surface', '(x1 - x0**2)**2*100 + (1 - x0)**2', '--start', '-1.2,1', '--lr', '0.001', '--steps', '200'],
]


def slope(args):
    done = subprocess.run([SLOPE] + args, capture_output=True)
    if done.returncode != 0:
        raise RuntimeError('slope %s: exit %d: %s' % (shlex.join(args), done.returncode,
                                                       done.stderr.decode().strip()))
    return done.stdout


def python_output(script):
    out = io.StringIO()
    with warnings.catch_warnings(), contextlib.redirect_stdout(out):
        warnings.simplefilter('ignore')  # NumPy's overflow warnings go to stderr
        exec(compile(script, 'exported', 'exec'), {'__name__': '__main__'})
    return out.getvalue().encode()


def check(opts, mode):
    """'csv': the script's rows against descend --csv; 'print': its print(x)
    against descend --numpy."""
    export = ['export'] + opts + (['--csv'] if mode == 'csv' else [])
    want = slope(['descend'] + opts + (['--csv'] if mode == 'csv' else ['--numpy']))
    try:
        got = python_output(slope(export).decode())
    except Exception as e:  # a script that fails to run fails the test
        got = ('the script raised %s: %s\n' % (type(e).__name__, e)).encode()
    return got == want, want, got


def first_difference(want, got):
    w, g = want.decode().splitlines(), got.decode().splitlines()
    for k in range(max(len(w), len(g))):
        a = w[k] if k < len(w) else '(none)'
        b = g[k] if k < len(g) else '(none)'
        if a != b:
            return 'line %d:\n      slope:  %s\n      python: %s' % (k + 1, a, b)
    return '(same lines)'


def main():
    failed = []
    for i in range(RUNS):
        opts = run_options(i)
        modes = ['csv'] + (['print'] if i % 4 == 0 else [])
        for mode in modes:
            same, want, got = check(opts, mode)
            if not same:
                failed.append((opts, mode, want, got))
    for i, base in enumerate(FIXED):
        for kind in OPTIMIZERS:
            for gradient in ['numerical', 'exact']:
                opts = base + ['--optimizer', kind, '--gradient', gradient]
                for mode in ['csv', 'print']:
                    same, want, got = check(opts, mode)
                    if not same:
                        failed.append((opts, mode, want, got))
    checks = RUNS + (RUNS + 3) // 4 + len(FIXED) * len(OPTIMIZERS) * 4
    for opts, mode, want, got in failed[:10]:
        print('FAIL: slope export %s%s: %s' % (shlex.join(opts), ' --csv' if mode == 'csv' else '',
                                              first_difference(want, got)))
    by_kind = {}
    for opts, mode, want, got in failed:
        key = opts[opts.index('--optimizer') + 1] + ' ' + opts[opts.index('--gradient') + 1]
        by_kind[key] = by_kind.get(key, 0) + 1
    if failed:
        print('export: %d of %d checks differ (%s)' % (
            len(failed), checks, ', '.join('%s: %d' % kv for kv in sorted(by_kind.items()))))
        return 1
    print('export: %d random runs, %d checks: every script printed slope\'s numbers' % (RUNS, checks))
    return 0


sys.exit(main())
