/* pyexpr: a surface's text as Python. The grammar is expr.c's (slope has
 * accepted the text before it comes here); the text is read into a tree,
 * the parts made of constants only are computed as expr.c folds them, and
 * the tree is written back with Python's precedence: ** above unary minus
 * above * and / above + and -, which is slope's own order. Python then
 * computes each remaining operation on NumPy's float64 as C does: + - * /
 * as IEEE doubles, ** as pow(). */
#include "pyexpr.h"

#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"

static const struct {
	const char *name;
	double (*apply)(double);
} functions[PYFN_COUNT] = {
	[PYFN_SIN] = { "sin", sin },     [PYFN_COS] = { "cos", cos },
	[PYFN_TAN] = { "tan", tan },     [PYFN_ASIN] = { "asin", asin },
	[PYFN_ACOS] = { "acos", acos },  [PYFN_ATAN] = { "atan", atan },
	[PYFN_SINH] = { "sinh", sinh },  [PYFN_COSH] = { "cosh", cosh },
	[PYFN_TANH] = { "tanh", tanh },  [PYFN_EXP] = { "exp", exp },
	[PYFN_LOG] = { "log", log },     [PYFN_LOG10] = { "log10", log10 },
	[PYFN_SQRT] = { "sqrt", sqrt },  [PYFN_ABS] = { "abs", fabs },
};

const char *pyexpr_function_name(enum pyexpr_function f)
{
	return (unsigned)f < PYFN_COUNT ? functions[f].name : NULL;
}

/* ---- the tree ------------------------------------------------------------ */

enum node_kind { NODE_NUMBER, NODE_VARIABLE, NODE_NEGATE, NODE_CALL, NODE_BINARY };

struct node {
	enum node_kind kind;
	char op;          /* NODE_BINARY: + - * / or ^ for ** */
	int arg;          /* NODE_VARIABLE: 0 or 1; NODE_CALL: the function */
	double value;     /* NODE_NUMBER */
	int left, right;  /* children, -1 for none */
};

/* A text of at most 4096 characters has fewer nodes than characters + 1. */
#define MAX_NODES 4100
#define MAX_DEPTH 200

struct reader {
	const char *s;
	size_t at;
	struct node *nodes;
	int count;
	int depth;
};

static void skip_blanks(struct reader *r)
{
	while (r->s[r->at] == ' ' || r->s[r->at] == '\t')
		r->at++;
}

static int is_name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9');
}

static int add_node(struct reader *r, struct node n)
{
	if (r->count >= MAX_NODES)
		return -1;
	r->nodes[r->count] = n;
	return r->count++;
}

static int leaf(struct reader *r, enum node_kind kind, int arg, double value)
{
	return add_node(r, (struct node){ kind, 0, arg, value, -1, -1 });
}

static int branch(struct reader *r, enum node_kind kind, char op, int arg, int left, int right)
{
	if (left < 0 || (kind == NODE_BINARY && right < 0))
		return -1;
	return add_node(r, (struct node){ kind, op, arg, 0.0, left, right });
}

/* The number at the reader, read as expr.c reads it: strtod with the
 * locale's decimal point put in for '.'. */
static int read_number(struct reader *r)
{
	char buf[128];
	const char *point = localeconv()->decimal_point;
	size_t n = 0, start = r->at;
	const char *s = r->s;
	while (s[r->at] >= '0' && s[r->at] <= '9')
		r->at++;
	if (s[r->at] == '.')
		for (r->at++; s[r->at] >= '0' && s[r->at] <= '9'; r->at++)
			;
	if (s[r->at] == 'e' || s[r->at] == 'E') {
		r->at++;
		if (s[r->at] == '+' || s[r->at] == '-')
			r->at++;
		while (s[r->at] >= '0' && s[r->at] <= '9')
			r->at++;
	}
	for (size_t i = start; i < r->at && n + 9 < sizeof buf; i++) {
		if (s[i] == '.' && strlen(point) < 8) {
			memcpy(buf + n, point, strlen(point));
			n += strlen(point);
		} else {
			buf[n++] = s[i];
		}
	}
	buf[n] = '\0';
	return leaf(r, NODE_NUMBER, 0, strtod(buf, NULL));
}

static int read_sum(struct reader *r);

/* "(" sum ")", as a call's argument or a primary: the sum's node, or -1. */
static int read_parenthesized(struct reader *r)
{
	skip_blanks(r);
	if (r->s[r->at] != '(')
		return -1;
	r->at++;
	int inner = read_sum(r);
	skip_blanks(r);
	if (r->s[r->at] != ')')
		return -1;
	r->at++;
	return inner;
}
static int read_unary(struct reader *r);

static bool name_is(const char *s, size_t len, const char *name)
{
	return strlen(name) == len && strncmp(s, name, len) == 0;
}

static int read_name(struct reader *r)
{
	const char *s = r->s + r->at;
	size_t len = 0;
	while (is_name_char(s[len]))
		len++;
	r->at += len;
	for (int f = 0; f < PYFN_COUNT; f++)
		if (name_is(s, len, functions[f].name)) {
			return branch(r, NODE_CALL, 0, f, read_parenthesized(r), -1);
		}
	if (name_is(s, len, "pi"))
		return leaf(r, NODE_NUMBER, 0, 3.141592653589793);
	if (name_is(s, len, "e"))
		return leaf(r, NODE_NUMBER, 0, 2.718281828459045);
	if (name_is(s, len, "x0") || name_is(s, len, "x"))
		return leaf(r, NODE_VARIABLE, 0, 0.0);
	if (name_is(s, len, "x1") || name_is(s, len, "y"))
		return leaf(r, NODE_VARIABLE, 1, 0.0);
	return -1;
}

static int read_primary(struct reader *r)
{
	skip_blanks(r);
	char c = r->s[r->at];
	if ((c >= '0' && c <= '9') || c == '.')
		return read_number(r);
	if (is_name_char(c))
		return read_name(r);
	return read_parenthesized(r);
}

static bool at_power(struct reader *r)
{
	skip_blanks(r);
	if (r->s[r->at] == '^') {
		r->at++;
		return true;
	}
	if (r->s[r->at] == '*' && r->s[r->at + 1] == '*') {
		r->at += 2;
		return true;
	}
	return false;
}

static int read_power(struct reader *r)
{
	int base = read_primary(r);
	if (base < 0 || !at_power(r))
		return base;
	return branch(r, NODE_BINARY, '^', 0, base, read_unary(r));
}

static int read_unary(struct reader *r)
{
	skip_blanks(r);
	char c = r->s[r->at];
	if (c != '+' && c != '-')
		return read_power(r);
	if (++r->depth > MAX_DEPTH)
		return -1;
	r->at++;
	int inner = read_unary(r);
	r->depth--;
	return c == '-' ? branch(r, NODE_NEGATE, 0, 0, inner, -1) : inner;
}

static int read_product(struct reader *r)
{
	int left = read_unary(r);
	for (;;) {
		skip_blanks(r);
		char c = r->s[r->at];
		if (left < 0 || (c != '*' && c != '/') || r->s[r->at + 1] == '*')
			return left;
		r->at++;
		left = branch(r, NODE_BINARY, c, 0, left, read_unary(r));
	}
}

static int read_sum(struct reader *r)
{
	if (++r->depth > MAX_DEPTH)
		return -1;
	int left = read_product(r);
	for (;;) {
		skip_blanks(r);
		char c = r->s[r->at];
		if (left < 0 || (c != '+' && c != '-'))
			break;
		r->at++;
		left = branch(r, NODE_BINARY, c, 0, left, read_product(r));
	}
	r->depth--;
	return left;
}

/* ---- constants computed as slope compiles them ---------------------------- */

/* Makes node i a number when every leaf under it is one, computing it with
 * the operation expr.c folds it with; returns whether it is a number. */
static bool fold(struct node *nodes, int i)
{
	struct node *n = &nodes[i];
	switch (n->kind) {
	case NODE_NUMBER: return true;
	case NODE_VARIABLE: return false;
	case NODE_NEGATE:
	case NODE_CALL:
		if (!fold(nodes, n->left))
			return false;
		n->value = n->kind == NODE_NEGATE ? -nodes[n->left].value
		                                  : functions[n->arg].apply(nodes[n->left].value);
		break;
	case NODE_BINARY: {
		bool left = fold(nodes, n->left), right = fold(nodes, n->right);
		if (!left || !right)
			return false;
		double a = nodes[n->left].value, b = nodes[n->right].value;
		n->value = n->op == '+' ? a + b : n->op == '-' ? a - b : n->op == '*' ? a * b
		         : n->op == '/' ? a / b : pow(a, b);
		break;
	}
	}
	n->kind = NODE_NUMBER;
	return true;
}

/* ---- Python ----------------------------------------------------------------- */

/* How tightly a written part binds: a part below what its place needs is
 * put in parentheses. */
enum binding { BIND_SUM = 1, BIND_PRODUCT, BIND_UNARY, BIND_POWER, BIND_ATOM };

struct writer {
	char *out;
	size_t len, used;
	bool full;
	unsigned functions;
};

static void put(struct writer *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(struct writer *w, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(w->out + w->used, w->len - w->used, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= w->len - w->used) {
		w->full = true;
		return;
	}
	w->used += (size_t)n;
}

/* A number as Python reads it back to the same double: a whole one below
 * 2^53 as an int ("2", as the book writes x[0]**2), others as repr
 * spells them, infinities and NaN as NumPy's names. */
static enum binding number_binding(double v)
{
	return signbit(v) ? BIND_UNARY : BIND_ATOM;
}

static void put_number(struct writer *w, double v)
{
	char text[NUMFMT_MAX];
	if (isnan(v))
		put(w, "np.nan");
	else if (isinf(v))
		put(w, v > 0 ? "np.inf" : "-np.inf");
	else if (v == 0 && signbit(v))
		put(w, "-0.0");
	else
		put(w, "%s", format_double(text, v));
}

static enum binding binding_of(const struct node *nodes, int i)
{
	const struct node *n = &nodes[i];
	switch (n->kind) {
	case NODE_NUMBER: return number_binding(n->value);
	case NODE_VARIABLE:
	case NODE_CALL: return BIND_ATOM;
	case NODE_NEGATE: return BIND_UNARY;
	case NODE_BINARY: break;
	}
	return n->op == '+' || n->op == '-' ? BIND_SUM : n->op == '^' ? BIND_POWER : BIND_PRODUCT;
}

static void write_node(struct writer *w, const struct node *nodes, int i);

/* Child i where a part binding at least `needs` goes. */
static void write_child(struct writer *w, const struct node *nodes, int i, enum binding needs)
{
	bool wrap = binding_of(nodes, i) < needs;
	if (wrap)
		put(w, "(");
	write_node(w, nodes, i);
	if (wrap)
		put(w, ")");
}

static void write_node(struct writer *w, const struct node *nodes, int i)
{
	const struct node *n = &nodes[i];
	switch (n->kind) {
	case NODE_NUMBER:
		put_number(w, n->value);
		return;
	case NODE_VARIABLE:
		put(w, "x[%d]", n->arg);
		return;
	case NODE_CALL:
		/* abs is Python's own, which is fabs for a float */
		w->functions |= 1u << n->arg;
		put(w, "%s(", functions[n->arg].name);
		write_node(w, nodes, n->left);
		put(w, ")");
		return;
	case NODE_NEGATE:
		put(w, "-");
		/* "--x" reads badly: the inner sign in parentheses */
		write_child(w, nodes, n->left, binding_of(nodes, n->left) == BIND_UNARY ? BIND_POWER
		                                                                     : BIND_UNARY);
		return;
	case NODE_BINARY:
		break;
	}
	switch (n->op) {
	case '+':
	case '-':
		write_child(w, nodes, n->left, BIND_SUM);
		put(w, " %c ", n->op);
		write_child(w, nodes, n->right, BIND_PRODUCT);
		return;
	case '*':
	case '/':
		write_child(w, nodes, n->left, BIND_PRODUCT);
		put(w, "%c", n->op);
		write_child(w, nodes, n->right, BIND_UNARY);
		return;
	default:
		/* -2**x is -(2**x) in Python as in slope: a negative base needs
		 * parentheses, and so does a power as a base (** groups right) */
		write_child(w, nodes, n->left, BIND_ATOM);
		put(w, "**");
		write_child(w, nodes, n->right, BIND_UNARY);
		return;
	}
}

int pyexpr_translate(const char *text, char *out, size_t len, unsigned *functions_used)
{
	struct node *nodes = malloc(MAX_NODES * sizeof *nodes);
	if (nodes == NULL || len == 0) {
		free(nodes);
		return -1;
	}
	struct reader r = { text, 0, nodes, 0, 0 };
	int root = read_sum(&r);
	skip_blanks(&r);
	int status = -1;
	if (root >= 0 && text[r.at] == '\0') {
		fold(nodes, root);
		struct writer w = { out, len, 0, false, 0 };
		out[0] = '\0';
		write_node(&w, nodes, root);
		if (!w.full) {
			*functions_used = w.functions;
			status = 0;
		}
	}
	free(nodes);
	return status;
}
