/* export: the script slope export prints and W writes. Slope's own
 * template, in the book's names and layout (function_2's def,
 * chapter 4's numerical_gradient, common/optimizer.py's classes, a loop
 * that feeds params and grads to update), with every number written as
 * the shortest text that reads back to the same double. Python then
 * computes each operation slope computes, in the same order, on float64:
 * the rows come out equal to the last bit. Where the book's NumPy would
 * differ from C (its own sin, exp, log on some CPUs), the script calls
 * math's, which is C's. */
#include "export.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "descent.h"
#include "numdiff.h"
#include "numfmt.h"
#include "pyexpr.h"

/* The longest surface text (4096 characters) as Python: "+e", two
 * characters, becomes " + 2.718281828459045", twenty. */
#define PYTHON_EXPR_MAX 65536

/* A number as Python's repr writes a float: "-3.0", "0.0001", "1e-07". */
static const char *py_float(char *buf, double v)
{
	format_double(buf, v);
	if (isnan(v))
		strcpy(buf, "np.nan");
	else if (isinf(v))
		strcpy(buf, v > 0 ? "np.inf" : "-np.inf");
	else if (strpbrk(buf, ".e") == NULL)
		strcat(buf, ".0");
	return buf;
}

/* The book writes its eps and h (1e-7, 1e-4) so; other values as repr. */
static const char *py_constant(char *buf, double v)
{
	if (v == OPTIMIZER_BOOK_EPS)
		return strcpy(buf, NUMFMT_LITERAL(OPTIMIZER_BOOK_EPS));
	if (v == NUMDIFF_BOOK_H)
		return strcpy(buf, NUMFMT_LITERAL(NUMDIFF_BOOK_H));
	return py_float(buf, v);
}

struct export_run export_run_of_config(const struct config *cfg)
{
	struct export_run r = {
		.surface = expr_text(cfg->surface), .gradient = cfg->gradient, .h = cfg->h,
		.optimizer = cfg->optimizer, .start = { cfg->start[0], cfg->start[1] },
		.steps = cfg->steps, .changes = NULL, .change_count = 0, .print_rows = cfg->csv,
	};
	return r;
}

/* ---- the parts of the script ---------------------------------------------- */

static void header(FILE *out, const struct export_run *r)
{
	typedef char numtext[NUMFMT_MAX];
	numtext a, b, lr, h;
	const struct optimizer *o = &r->optimizer;
	fputs("# Gradient descent as Deep Learning from Scratch writes it (chapters 4 and 6),\n"
	      "# written by slope: it needs only NumPy and prints slope's numbers to the last\n"
	      "# digit. The run of\n", out);
	fprintf(out, "#   slope descend --surface '%s' --start %s,%s --lr %s --steps %ld",
	        r->surface, format_double(a, r->start[0]), format_double(b, r->start[1]),
	        format_double(lr, o->lr), r->steps);
	if (r->h != NUMDIFF_BOOK_H)
		fprintf(out, " --h %s", format_double(h, r->h));
	if (o->kind != OPTIMIZER_SGD)
		fprintf(out, " --optimizer %s", optimizer_name(o->kind));
	for (int p = 0; p < OPTIMIZER_PARAM_COUNT; p++) {
		numtext v;
		if (optimizer_uses(o->kind, (enum optimizer_param)p))
			fprintf(out, " --%s %s", optimizer_param_name((enum optimizer_param)p),
			        format_double(v, optimizer_param(o, (enum optimizer_param)p)));
	}
	if (r->gradient == GRADIENT_EXACT)
		fputs(" --gradient exact", out);
	fputs(r->print_rows ? " --csv\n" : " --numpy\n", out);
	if (r->change_count > 0)
		fputs("# with the learning rate changed on slope's dashboard (lr_changes below).\n", out);
}

/* The functions f calls, each as C computes it. */
static void functions_part(FILE *out, unsigned used, bool exact)
{
	/* the derivative of each, as expr.c's function_slope writes it; u is
	 * the Dual, fu the function's value */
	static const char *const slopes[PYFN_COUNT] = {
		[PYFN_SIN] = "libm('cos', u.v)",
		[PYFN_COS] = "-libm('sin', u.v)",
		[PYFN_TAN] = "1.0 / (libm('cos', u.v) * libm('cos', u.v))",
		[PYFN_ASIN] = "1.0 / libm('sqrt', 1.0 - u.v * u.v)",
		[PYFN_ACOS] = "-1.0 / libm('sqrt', 1.0 - u.v * u.v)",
		[PYFN_ATAN] = "1.0 / (1.0 + u.v * u.v)",
		[PYFN_SINH] = "libm('cosh', u.v)",
		[PYFN_COSH] = "libm('sinh', u.v)",
		[PYFN_TANH] = "1.0 - fu * fu",
		[PYFN_EXP] = "fu",
		[PYFN_LOG] = "1.0 / u.v",
		[PYFN_LOG10] = "1.0 / (u.v * 2.302585092994046)",
		[PYFN_SQRT] = "1.0 / (2.0 * fu)",
	};
	bool any = (used & ~(1u << PYFN_ABS)) != 0 || exact;
	if (!any)
		return;
	fputs("\n\n# f's functions as C's libm computes them, which math calls (NumPy's own\n"
	      "# np.sin, np.exp, ... may differ in the last digit); where math raises\n"
	      "# instead of answering inf or nan, NumPy's answer.\n"
	      "NUMPY_NAMES = {'asin': 'arcsin', 'acos': 'arccos', 'atan': 'arctan'}\n\n\n"
	      "def libm(name, u):\n"
	      "    try:\n"
	      "        return np.float64(getattr(math, name)(u))\n"
	      "    except (ValueError, OverflowError):\n"
	      "        with np.errstate(all='ignore'):\n"
	      "            return getattr(np, NUMPY_NAMES.get(name, name))(np.float64(u))\n", out);
	for (int f = 0; f < PYFN_COUNT; f++) {
		if (!(used & (1u << f)) || f == PYFN_ABS)
			continue; /* abs is Python's own: fabs, and Dual's __abs__ */
		const char *name = pyexpr_function_name((enum pyexpr_function)f);
		fprintf(out, "\n\ndef %s(u):\n", name);
		if (exact)
			fprintf(out, "    if isinstance(u, Dual):\n"
			             "        fu = libm('%s', u.v)\n"
			             "        return u.chain(fu, %s)\n", name, slopes[f]);
		fprintf(out, "    return libm('%s', u)\n", name);
	}
}

static void numerical_gradient_part(FILE *out, double h)
{
	char text[NUMFMT_MAX];
	fprintf(out, "\n\ndef numerical_gradient(f, x):\n"
	             "    h = %s%s\n"
	             "    grad = np.zeros_like(x)\n"
	             "\n"
	             "    for idx in range(x.size):\n"
	             "        tmp_val = x[idx]\n"
	             "        x[idx] = float(tmp_val) + h\n"
	             "        fxh1 = f(x)  # f(x+h)\n"
	             "\n"
	             "        x[idx] = tmp_val - h\n"
	             "        fxh2 = f(x)  # f(x-h)\n"
	             "        grad[idx] = (fxh1 - fxh2) / (2*h)\n"
	             "\n"
	             "        x[idx] = tmp_val  # restore the value\n"
	             "\n"
	             "    return grad\n",
	        py_constant(text, h), h == NUMDIFF_BOOK_H ? "  # 0.0001" : "");
}

/* The exact gradient: f run on dual numbers, each rule as expr.c computes
 * it (a tangent of exactly 0 stays exactly 0, whatever it is multiplied
 * by). */
static void exact_gradient_part(FILE *out)
{
	fputs("\n\ndef times(slope, tangent):\n"
	      "    # a derivative of exactly 0 contributes exactly 0, even times inf or nan\n"
	      "    return np.float64(0.0) if tangent == 0 else slope * tangent\n"
	      "\n\n"
	      "def dual(u):\n"
	      "    return u if isinstance(u, Dual) else Dual(u)\n"
	      "\n\n"
	      "class Dual:\n"
	      "    \"\"\"A value and its derivatives by x0 and x1 (forward-mode automatic\n"
	      "    differentiation): f run on these gives its exact gradient.\"\"\"\n"
	      "\n"
	      "    __array_ufunc__ = None  # NumPy's numbers leave the arithmetic to Dual\n"
	      "\n"
	      "    def __init__(self, v, d=(0.0, 0.0)):\n"
	      "        self.v = np.float64(v)\n"
	      "        self.d = [np.float64(d[0]), np.float64(d[1])]\n"
	      "\n"
	      "    def chain(self, value, slope):  # f(u), where f'(u) = slope\n"
	      "        return Dual(value, [times(slope, t) for t in self.d])\n"
	      "\n"
	      "    def __add__(a, b):\n"
	      "        b = dual(b)\n"
	      "        return Dual(a.v + b.v, [a.d[i] + b.d[i] for i in range(2)])\n"
	      "\n"
	      "    def __radd__(a, b):\n"
	      "        return dual(b) + a\n"
	      "\n"
	      "    def __sub__(a, b):\n"
	      "        b = dual(b)\n"
	      "        return Dual(a.v - b.v, [a.d[i] - b.d[i] for i in range(2)])\n"
	      "\n"
	      "    def __rsub__(a, b):\n"
	      "        return dual(b) - a\n"
	      "\n"
	      "    def __mul__(a, b):\n"
	      "        b = dual(b)\n"
	      "        return Dual(a.v * b.v, [times(b.v, a.d[i]) + times(a.v, b.d[i]) for i in range(2)])\n"
	      "\n"
	      "    def __rmul__(a, b):\n"
	      "        return dual(b) * a\n"
	      "\n"
	      "    def __truediv__(a, b):  # (a' - (a/b)*b') / b\n"
	      "        b = dual(b)\n"
	      "        r = a.v / b.v\n"
	      "        return Dual(r, [(a.d[i] - times(r, b.d[i])) / b.v if a.d[i] != 0 or b.d[i] != 0 else 0.0\n"
	      "                        for i in range(2)])\n"
	      "\n"
	      "    def __rtruediv__(a, b):\n"
	      "        return dual(b) / a\n"
	      "\n"
	      "    def __pow__(u, w):  # w*u**(w-1)*u' + u**w*log(u)*w'\n"
	      "        w = dual(w)\n"
	      "        r = u.v**w.v\n"
	      "        d = [np.float64(0.0), np.float64(0.0)]\n"
	      "        for i in range(2):\n"
	      "            if u.d[i] != 0 and w.v != 0:\n"
	      "                d[i] = w.v * u.v**(w.v - 1.0) * u.d[i]\n"
	      "            if w.d[i] != 0:\n"
	      "                d[i] = d[i] + r * libm('log', u.v) * w.d[i]\n"
	      "        return Dual(r, d)\n"
	      "\n"
	      "    def __rpow__(u, b):\n"
	      "        return dual(b)**u\n"
	      "\n"
	      "    def __neg__(u):\n"
	      "        return u.chain(-u.v, -1.0)\n"
	      "\n"
	      "    def __abs__(u):\n"
	      "        sign = 1.0 if u.v > 0 else -1.0 if u.v < 0 else 0.0 if u.v == 0 else u.v\n"
	      "        return u.chain(abs(u.v), sign)\n"
	      "\n\n"
	      "def exact_gradient(f, x):\n"
	      "    y = f([Dual(x[0], (1.0, 0.0)), Dual(x[1], (0.0, 1.0))])\n"
	      "    if not isinstance(y, Dual):\n"
	      "        return np.zeros(2)  # f is a constant\n"
	      "    return np.array(y.d)\n", out);
}

/* common/optimizer.py's class of the run's optimizer (Nesterov's point
 * moves with the old velocity, as the book's code has since its author's
 * fix), with eps where the book writes 1e-7. */
static void optimizer_part(FILE *out, const struct optimizer *o)
{
	char eps[NUMFMT_MAX];
	py_constant(eps, o->eps);
	switch (o->kind) {
	case OPTIMIZER_SGD:
		fputs("\n\nclass SGD:\n"
		      "    \"\"\"Stochastic Gradient Descent\"\"\"\n"
		      "\n"
		      "    def __init__(self, lr=0.01):\n"
		      "        self.lr = lr\n"
		      "\n"
		      "    def update(self, params, grads):\n"
		      "        for key in params.keys():\n"
		      "            params[key] -= self.lr * grads[key]\n", out);
		return;
	case OPTIMIZER_MOMENTUM:
		fputs("\n\nclass Momentum:\n"
		      "    \"\"\"Momentum SGD\"\"\"\n"
		      "\n"
		      "    def __init__(self, lr=0.01, momentum=0.9):\n"
		      "        self.lr = lr\n"
		      "        self.momentum = momentum\n"
		      "        self.v = None\n"
		      "\n"
		      "    def update(self, params, grads):\n"
		      "        if self.v is None:\n"
		      "            self.v = {}\n"
		      "            for key, val in params.items():\n"
		      "                self.v[key] = np.zeros_like(val)\n"
		      "\n"
		      "        for key in params.keys():\n"
		      "            self.v[key] = self.momentum*self.v[key] - self.lr*grads[key]\n"
		      "            params[key] += self.v[key]\n", out);
		return;
	case OPTIMIZER_NESTEROV:
		fputs("\n\nclass Nesterov:\n"
		      "    \"\"\"Nesterov's Accelerated Gradient (http://arxiv.org/abs/1212.0901)\"\"\"\n"
		      "\n"
		      "    def __init__(self, lr=0.01, momentum=0.9):\n"
		      "        self.lr = lr\n"
		      "        self.momentum = momentum\n"
		      "        self.v = None\n"
		      "\n"
		      "    def update(self, params, grads):\n"
		      "        if self.v is None:\n"
		      "            self.v = {}\n"
		      "            for key, val in params.items():\n"
		      "                self.v[key] = np.zeros_like(val)\n"
		      "\n"
		      "        for key in params.keys():\n"
		      "            params[key] += self.momentum * self.momentum * self.v[key]\n"
		      "            params[key] -= (1 + self.momentum) * self.lr * grads[key]\n"
		      "            self.v[key] *= self.momentum\n"
		      "            self.v[key] -= self.lr * grads[key]\n", out);
		return;
	case OPTIMIZER_ADAGRAD:
		fprintf(out, "\n\nclass AdaGrad:\n"
		             "    \"\"\"AdaGrad\"\"\"\n"
		             "\n"
		             "    def __init__(self, lr=0.01):\n"
		             "        self.lr = lr\n"
		             "        self.h = None\n"
		             "\n"
		             "    def update(self, params, grads):\n"
		             "        if self.h is None:\n"
		             "            self.h = {}\n"
		             "            for key, val in params.items():\n"
		             "                self.h[key] = np.zeros_like(val)\n"
		             "\n"
		             "        for key in params.keys():\n"
		             "            self.h[key] += grads[key] * grads[key]\n"
		             "            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + %s)\n",
		        eps);
		return;
	case OPTIMIZER_RMSPROP:
		fprintf(out, "\n\nclass RMSprop:\n"
		             "    \"\"\"RMSprop\"\"\"\n"
		             "\n"
		             "    def __init__(self, lr=0.01, decay_rate=0.99):\n"
		             "        self.lr = lr\n"
		             "        self.decay_rate = decay_rate\n"
		             "        self.h = None\n"
		             "\n"
		             "    def update(self, params, grads):\n"
		             "        if self.h is None:\n"
		             "            self.h = {}\n"
		             "            for key, val in params.items():\n"
		             "                self.h[key] = np.zeros_like(val)\n"
		             "\n"
		             "        for key in params.keys():\n"
		             "            self.h[key] *= self.decay_rate\n"
		             "            self.h[key] += (1 - self.decay_rate) * grads[key] * grads[key]\n"
		             "            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + %s)\n",
		        eps);
		return;
	case OPTIMIZER_ADAM:
	case OPTIMIZER_COUNT:
		break;
	}
	fprintf(out, "\n\nclass Adam:\n"
	             "    \"\"\"Adam (http://arxiv.org/abs/1412.6980v8)\"\"\"\n"
	             "\n"
	             "    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):\n"
	             "        self.lr = lr\n"
	             "        self.beta1 = beta1\n"
	             "        self.beta2 = beta2\n"
	             "        self.iter = 0\n"
	             "        self.m = None\n"
	             "        self.v = None\n"
	             "\n"
	             "    def update(self, params, grads):\n"
	             "        if self.m is None:\n"
	             "            self.m, self.v = {}, {}\n"
	             "            for key, val in params.items():\n"
	             "                self.m[key] = np.zeros_like(val)\n"
	             "                self.v[key] = np.zeros_like(val)\n"
	             "\n"
	             "        self.iter += 1\n"
	             "        lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)\n"
	             "\n"
	             "        for key in params.keys():\n"
	             "            self.m[key] += (1 - self.beta1) * (grads[key] - self.m[key])\n"
	             "            self.v[key] += (1 - self.beta2) * (grads[key]**2 - self.v[key])\n"
	             "\n"
	             "            params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + %s)\n",
	        eps);
}

/* What slope's CSV prints after the loss: the optimizer's state. */
static void state_part(FILE *out, enum optimizer_kind kind)
{
	fputs("\n\ndef optimizer_state(optimizer):\n", out);
	switch (kind) {
	case OPTIMIZER_SGD:
		fputs("    return []  # SGD keeps nothing between updates\n", out);
		return;
	case OPTIMIZER_MOMENTUM:
	case OPTIMIZER_NESTEROV:
		fputs("    if optimizer.v is None:  # the velocity v: v0, v1\n"
		      "        return [0.0, 0.0]\n"
		      "    return [optimizer.v['x0'], optimizer.v['x1']]\n", out);
		return;
	case OPTIMIZER_ADAGRAD:
	case OPTIMIZER_RMSPROP:
		fputs("    if optimizer.h is None:  # the sum of the squared gradients h: h0, h1\n"
		      "        return [0.0, 0.0]\n"
		      "    return [optimizer.h['x0'], optimizer.h['x1']]\n", out);
		return;
	case OPTIMIZER_ADAM:
	case OPTIMIZER_COUNT:
		break;
	}
	fputs("    if optimizer.m is None:  # the moments m0, m1, v0, v1 and the last update's lr_t\n"
	      "        return [0.0] * 5\n"
	      "    lr_t = optimizer.lr * np.sqrt(1.0 - optimizer.beta2**optimizer.iter) / (1.0 - optimizer.beta1**optimizer.iter)\n"
	      "    return [optimizer.m['x0'], optimizer.m['x1'], optimizer.v['x0'], optimizer.v['x1'], lr_t]\n",
	      out);
}

static const char *class_name(enum optimizer_kind kind)
{
	static const char *const names[OPTIMIZER_COUNT] = {
		[OPTIMIZER_SGD] = "SGD", [OPTIMIZER_MOMENTUM] = "Momentum",
		[OPTIMIZER_NESTEROV] = "Nesterov", [OPTIMIZER_ADAGRAD] = "AdaGrad",
		[OPTIMIZER_RMSPROP] = "RMSprop", [OPTIMIZER_ADAM] = "Adam",
	};
	return names[kind];
}

/* The constructor's arguments past lr, as the book names them. */
static void constructor_part(FILE *out, const struct optimizer *o)
{
	char v[NUMFMT_MAX];
	fprintf(out, "optimizer = %s(lr=lr", class_name(o->kind));
	switch (o->kind) {
	case OPTIMIZER_MOMENTUM:
	case OPTIMIZER_NESTEROV:
		fprintf(out, ", momentum=%s", py_float(v, o->momentum));
		break;
	case OPTIMIZER_RMSPROP:
		fprintf(out, ", decay_rate=%s", py_float(v, o->rho));
		break;
	case OPTIMIZER_ADAM:
		fprintf(out, ", beta1=%s", py_float(v, o->beta1));
		fprintf(out, ", beta2=%s", py_float(v, o->beta2));
		break;
	default:
		break;
	}
	fputs(")\n", out);
}

static void loop_part(FILE *out, const struct export_run *r)
{
	char a[NUMFMT_MAX], b[NUMFMT_MAX], lr[NUMFMT_MAX];
	const char *gradient = r->gradient == GRADIENT_EXACT ? "exact_gradient" : "numerical_gradient";
	fprintf(out, "\n\ninit_x = np.array([%s, %s])\n"
	             "lr = %s\n"
	             "step_num = %ld\n"
	             "print_rows = %s  # True: a CSV row per iteration, as slope descend --csv prints them\n",
	        py_float(a, r->start[0]), py_float(b, r->start[1]), py_float(lr, r->optimizer.lr),
	        r->steps, r->print_rows ? "True" : "False");
	fputs("lr_changes = {", out);
	for (int i = 0; i < r->change_count; i++)
		fprintf(out, "%s%ld: %s", i ? ", " : "", r->changes[i].from,
		        py_float(lr, r->changes[i].lr));
	fputs("}  # from an iteration on, another rate\n\n", out);
	constructor_part(out, &r->optimizer);
	fputs("\n\ndef print_row(i, x, grad, loss):\n"
	      "    numbers = [x[0], x[1], grad[0], grad[1], loss] + optimizer_state(optimizer)\n"
	      "    print(','.join([str(i)] + [repr(float(v)) for v in numbers]))\n"
	      "\n\n"
	      "params = {'x0': init_x[0], 'x1': init_x[1]}\n"
	      "x = init_x.copy()\n", out);
	fprintf(out, "grad = %s(f, x)\n"
	             "loss = f(x)\n"
	             "if print_rows:\n"
	             "    print('iter,x0,x1,g0,g1,loss", gradient);
	for (int i = 0; i < optimizer_state_size(r->optimizer.kind); i++)
		fprintf(out, ",%s", optimizer_state_name(r->optimizer.kind, i));
	fprintf(out, "')\n"
	             "    print_row(0, x, grad, loss)\n"
	             "\n"
	             "for i in range(1, step_num + 1):\n"
	             "    if not np.all(np.isfinite([x[0], x[1], grad[0], grad[1], loss])):\n"
	             "        break  # slope stops at the first value that is not finite\n"
	             "    if i in lr_changes:\n"
	             "        optimizer.lr = lr_changes[i]\n"
	             "    grads = {'x0': grad[0], 'x1': grad[1]}\n"
	             "    optimizer.update(params, grads)\n"
	             "    x = np.array([params['x0'], params['x1']])\n"
	             "    grad = %s(f, x)\n"
	             "    loss = f(x)\n"
	             "    if print_rows:\n"
	             "        print_row(i, x, grad, loss)\n"
	             "\n"
	             "if not print_rows:\n"
	             "    print(x)\n", gradient);
}

int export_script(FILE *out, const struct export_run *r)
{
	char *body = malloc(PYTHON_EXPR_MAX);
	unsigned used = 0;
	if (body == NULL || pyexpr_translate(r->surface, body, PYTHON_EXPR_MAX, &used) != 0) {
		free(body);
		return -1;
	}
	bool exact = r->gradient == GRADIENT_EXACT;
	header(out, r);
	/* the exact gradient's ** takes math's log */
	fputs((used & ~(1u << PYFN_ABS)) != 0 || exact ? "import math\n" : "", out);
	fputs("import numpy as np\n", out);
	fprintf(out, "\n\ndef f(x):  # f(x0, x1) = %s\n    return %s\n", r->surface, body);
	functions_part(out, used, exact);
	if (exact)
		exact_gradient_part(out);
	else
		numerical_gradient_part(out, r->h);
	optimizer_part(out, &r->optimizer);
	state_part(out, r->optimizer.kind);
	loop_part(out, r);
	free(body);
	return 0;
}
