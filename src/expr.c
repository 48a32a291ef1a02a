/* expr: what the user types (a curve in x, a surface in x0 and x1) compiled
 * once into a flat stack program, then run on doubles for values or on dual
 * numbers for exact derivatives (forward-mode automatic differentiation). */
#include "expr.h"

#include <assert.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "pypow.h"

/* Limits that keep every input cheap: no deep recursion, a bounded program
 * and a fixed evaluation stack. */
enum {
	MAX_TEXT = 4096,
	MAX_NESTING = 64,
	/* A nesting level holds at most three pending operands (a sum's left
	 * side, a product's left side, a power's base), so 64 levels need about
	 * 200 slots; the compiler checks the real need against this. */
	MAX_STACK = 256,
	/* How much of the text and of a token an error message quotes. */
	SHOWN_TEXT = 60,
	SHOWN_TOKEN = 24
};

/* ---- Functions and program ---------------------------------------------- */

enum function {
	FN_SIN, FN_COS, FN_TAN, FN_ASIN, FN_ACOS, FN_ATAN, FN_SINH, FN_COSH,
	FN_TANH, FN_EXP, FN_LOG, FN_LOG10, FN_SQRT, FN_ABS
};

static const struct {
	const char *name;
	double (*apply)(double);
} functions[] = {
	[FN_SIN] = {"sin", sin},     [FN_COS] = {"cos", cos},
	[FN_TAN] = {"tan", tan},     [FN_ASIN] = {"asin", asin},
	[FN_ACOS] = {"acos", acos},  [FN_ATAN] = {"atan", atan},
	[FN_SINH] = {"sinh", sinh},  [FN_COSH] = {"cosh", cosh},
	[FN_TANH] = {"tanh", tanh},  [FN_EXP] = {"exp", exp},
	[FN_LOG] = {"log", log},     [FN_LOG10] = {"log10", log10},
	[FN_SQRT] = {"sqrt", sqrt},  [FN_ABS] = {"abs", fabs},
};
#define FUNCTION_COUNT ((int)(sizeof functions / sizeof functions[0]))

/* A postfix program over a stack of doubles. Binary operators come in four
 * forms, by where the right operand is: on the stack, an inline constant
 * (_K), an inline variable (_V) or an inline power of a variable by a
 * constant (_P, as in x0**2 + x1**2); the forms are laid out BINARY_FORMS
 * apart. Inline operands save dispatches, which are most of the cost of
 * evaluation.
 *
 * Every ** is C's pow(), whatever its exponent: the book's numbers come
 * from scalar code (x[0]**2 on one element, b**2 on a Python float), and
 * Python's float ** calls pow(). glibc's pow is not correctly rounded, so
 * pow(x, 2) is not always x*x. python_pow (pypow.c) is pow's double, only
 * faster for the exponents 1 and 2. */
enum opcode {
	OP_END, OP_CONST, OP_VAR, OP_VAR_POW,
	OP_NEG, OP_FUNC,
	OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_POW,
	OP_ADD_K, OP_SUB_K, OP_MUL_K, OP_DIV_K, OP_POW_K,
	OP_ADD_V, OP_SUB_V, OP_MUL_V, OP_DIV_V, OP_POW_V,
	OP_ADD_P, OP_SUB_P, OP_MUL_P, OP_DIV_P, OP_POW_P
};
#define BINARY_FORMS (OP_ADD_K - OP_ADD)

struct op {
	enum opcode code;
	int arg;  /* variable index or function */
	double k; /* constant, or the exponent of OP_VAR_POW and _P */
};

struct expr {
	enum expr_arity arity;
	const char *text; /* a copy, stored after code[] in the same block */
	struct op code[]; /* ends with OP_END */
};

/* Folding uses these, so a folded constant is the bits evaluation would
 * have produced. */
static double apply_unary(enum opcode code, int arg, double v)
{
	switch (code) {
	case OP_NEG: return -v;
	case OP_FUNC: return functions[arg].apply(v);
	default: assert(!"not a unary opcode"); return NAN;
	}
}

static double apply_binary(enum opcode base, double a, double b)
{
	switch (base) {
	case OP_ADD: return a + b;
	case OP_SUB: return a - b;
	case OP_MUL: return a * b;
	case OP_DIV: return a / b;
	case OP_POW: return python_pow(a, b);
	default: assert(!"not a binary opcode"); return NAN;
	}
}

/* ---- Lexer -------------------------------------------------------------- */

enum token_kind {
	TK_END, TK_NUMBER, TK_NAME, TK_PLUS, TK_MINUS, TK_TIMES, TK_DIVIDE,
	TK_POWER, TK_OPEN, TK_CLOSE
};

struct token {
	enum token_kind kind;
	size_t pos, len; /* bytes into the text */
	double number;
};

struct parser {
	const char *text;
	size_t len;
	size_t next; /* where the lexer resumes */
	struct token tok;
	enum expr_arity arity;
	int spelling; /* surfaces: SPELL_NONE until a variable fixes it */
	int nesting;
	struct op *code;
	size_t count, cap;
	char *err;
	size_t errlen;
	char shown[SHOWN_TEXT + 7];   /* what an error message quotes */
	char token[SHOWN_TOKEN + 4];
};

enum { SPELL_NONE, SPELL_INDEXED, SPELL_XY };

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_blank(char c) { return c == ' ' || c == '\t'; }

static int is_name_start(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int is_name_char(char c) { return is_name_start(c) || is_digit(c); }

/* Text quoted in a message stays one clean line: printable ASCII as is, a
 * tab as a space, anything else (control bytes, UTF-8) as '?'. */
static void copy_shown(char *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		out[i] = c == '\t' ? ' ' : (c >= 0x20 && c < 0x7f) ? (char)c : '?';
	}
	out[n] = '\0';
}

/* The whole text when short, else SHOWN_TEXT bytes around pos with "..."
 * where cut, so the place of the error is in view. */
static void show_text(char out[SHOWN_TEXT + 7], const char *text, size_t len,
                      size_t pos)
{
	size_t start = 0, n = len, k = 0;
	if (len > SHOWN_TEXT) {
		n = SHOWN_TEXT;
		start = pos > SHOWN_TEXT / 2 ? pos - SHOWN_TEXT / 2 : 0;
		if (start > len - SHOWN_TEXT)
			start = len - SHOWN_TEXT;
	}
	if (start > 0) {
		memcpy(out, "...", 3);
		k = 3;
	}
	copy_shown(out + k, text + start, n);
	if (start + n < len)
		memcpy(out + k + n, "...", 4);
}

static void show_token(char out[SHOWN_TOKEN + 4], const char *s, size_t len)
{
	if (len <= SHOWN_TOKEN) {
		copy_shown(out, s, len);
		return;
	}
	copy_shown(out, s, SHOWN_TOKEN);
	memcpy(out + SHOWN_TOKEN, "...", 4);
}

/* Every message is one whole format string, so a translation can put its
 * words in its own order; a located one reads "<what> at column N in
 * '<text>'", the text from shown_at and a quoted token from token_at. */
static int fail(struct parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int fail(struct parser *p, const char *fmt, ...)
{
	if (p->err != NULL && p->errlen > 0) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(p->err, p->errlen, fmt, ap);
		va_end(ap);
	}
	return -1;
}

/* The text around pos as a message quotes it. */
static const char *shown_at(struct parser *p, size_t pos)
{
	show_text(p->shown, p->text, p->len, pos);
	return p->shown;
}

/* The bytes [pos, pos+len) as a message quotes them. */
static const char *token_at(struct parser *p, size_t pos, size_t len)
{
	show_token(p->token, p->text + pos, len);
	return p->token;
}

/* strtod reads the locale's decimal point, which the program's locale may
 * spell ','; the grammar's point is always '.'. */
static double number_value(const char *s, size_t len)
{
	char buf[MAX_TEXT + 16];
	const char *point = localeconv()->decimal_point;
	size_t point_len = strlen(point), n = 0;
	int swap = point_len >= 1 && point_len <= 8;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '.' && swap) {
			memcpy(buf + n, point, point_len);
			n += point_len;
		} else {
			buf[n++] = s[i];
		}
	}
	buf[n] = '\0';
	return strtod(buf, NULL);
}

/* digits [. digits] [e [+-] digits], at least one digit before the
 * exponent: 1, .5, 2., 1e-4, 1E3. Anything glued on that could only belong
 * to a number (1.2.3, 1e, 1e+, 1ex) makes it malformed. */
static int lex_number(struct parser *p, size_t start)
{
	const char *s = p->text;
	size_t i = start;
	int digits = 0, ok;
	for (; is_digit(s[i]); i++)
		digits++;
	if (s[i] == '.')
		for (i++; is_digit(s[i]); i++)
			digits++;
	ok = digits > 0;
	if (ok && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (s[i] == '+' || s[i] == '-')
			i++;
		ok = is_digit(s[i]);
		while (is_digit(s[i]))
			i++;
	}
	if (!ok || s[i] == '.') {
		while (is_name_char(s[i]) || s[i] == '.')
			i++;
		return fail(p, _("malformed number '%s' at column %zu in '%s'"),
		            token_at(p, start, i - start), start + 1, shown_at(p, start));
	}
	p->tok.kind = TK_NUMBER;
	p->tok.len = i - start;
	p->tok.number = number_value(s + start, i - start);
	p->next = i;
	return 0;
}

static enum token_kind operator_kind(char c)
{
	switch (c) {
	case '+': return TK_PLUS;
	case '-': return TK_MINUS;
	case '*': return TK_TIMES;
	case '/': return TK_DIVIDE;
	case '^': return TK_POWER;
	case '(': return TK_OPEN;
	case ')': return TK_CLOSE;
	default: return TK_END;
	}
}

/* Reads the next token into p->tok. */
static int advance(struct parser *p)
{
	const char *s = p->text;
	size_t i = p->next;
	while (is_blank(s[i]))
		i++;
	p->tok.pos = i;
	p->tok.len = 1;
	if (s[i] == '\0') {
		p->tok.kind = TK_END;
		p->tok.len = 0;
	} else if (is_digit(s[i]) || s[i] == '.') {
		return lex_number(p, i);
	} else if (is_name_start(s[i])) {
		size_t end = i;
		while (is_name_char(s[end]))
			end++;
		p->tok.kind = TK_NAME;
		p->tok.len = end - i;
	} else if (s[i] == '*' && s[i + 1] == '*') {
		p->tok.kind = TK_POWER;
		p->tok.len = 2;
	} else {
		p->tok.kind = operator_kind(s[i]);
		if (p->tok.kind == TK_END)
			return fail(p, _("unexpected character '%s' at column %zu in '%s'"),
			            token_at(p, i, 1), i + 1, shown_at(p, i));
	}
	p->next = i + p->tok.len;
	return 0;
}

/* ---- Code generation: emit with peephole folding ------------------------ */

/* One op per token at most (folding only shrinks), so cap = length + 1
 * always suffices; the check guards that reasoning. */
static int emit(struct parser *p, enum opcode code, int arg, double k)
{
	if (p->count == p->cap)
		return fail(p, _("expression too complex"));
	p->code[p->count].code = code;
	p->code[p->count].arg = arg;
	p->code[p->count].k = k;
	p->count++;
	return 0;
}

/* The last op emitted. When it is a push (CONST, VAR), it is the whole
 * latest operand: a compound operand always ends with an operator. */
static struct op *last_op(struct parser *p, size_t back)
{
	return p->count >= back ? &p->code[p->count - back] : NULL;
}

static int emit_unary(struct parser *p, enum opcode code, int arg)
{
	struct op *a = last_op(p, 1);
	if (a->code == OP_CONST) {
		a->k = apply_unary(code, arg, a->k);
		return 0;
	}
	return emit(p, code, arg, 0.0);
}

/* Folds only constant-op-constant, the same single operation evaluation
 * would do: nothing is reassociated, so no rounding changes. */
static int emit_binary(struct parser *p, enum opcode base)
{
	struct op *b = last_op(p, 1), *a = last_op(p, 2);
	if (b->code == OP_CONST && a != NULL && a->code == OP_CONST) {
		a->k = apply_binary(base, a->k, b->k);
		p->count--;
		return 0;
	}
	if (b->code == OP_CONST) {
		b->code = (enum opcode)(base + BINARY_FORMS);
		return 0;
	}
	if (b->code == OP_VAR) {
		b->code = (enum opcode)(base + 2 * BINARY_FORMS);
		return 0;
	}
	if (b->code == OP_VAR_POW) {
		b->code = (enum opcode)(base + 3 * BINARY_FORMS);
		return 0;
	}
	return emit(p, base, 0, 0.0);
}

/* A variable to a constant power is one push (x0**2); any other power is
 * pow() on the stack, folded like any binary operator. */
static int emit_power(struct parser *p)
{
	struct op *b = last_op(p, 1), *a = last_op(p, 2);
	if (b->code == OP_CONST && a != NULL && a->code == OP_VAR) {
		a->code = OP_VAR_POW;
		a->k = b->k;
		p->count--;
		return 0;
	}
	return emit_binary(p, OP_POW);
}

/* ---- Parser ------------------------------------------------------------- */
/*
 * expr    = term { ("+" | "-") term }
 * term    = unary { ("*" | "/") unary }
 * unary   = ("+" | "-") unary | power
 * power   = primary [ ("**" | "^") unary ]      right-associative
 * primary = number | constant | variable | function "(" expr ")" | "(" expr ")"
 *
 * So -x**2 is -(x**2), 2**-1 is allowed, and 2**3**2 is 2**9.
 */

static int parse_expr(struct parser *p);
static int parse_unary(struct parser *p);

/* Recursion is bounded by counting what nests: brackets, signs, exponents. */
static int enter(struct parser *p)
{
	if (p->nesting >= MAX_NESTING)
		return fail(p, _("too deeply nested at column %zu in '%s'"), p->tok.pos + 1,
		            shown_at(p, p->tok.pos));
	p->nesting++;
	return 0;
}

static int name_is(const char *s, size_t len, const char *name)
{
	return strlen(name) == len && memcmp(s, name, len) == 0;
}

static int find_function(const char *s, size_t len)
{
	for (int f = 0; f < FUNCTION_COUNT; f++)
		if (name_is(s, len, functions[f].name))
			return f;
	return -1;
}

static int followed_by_open(const struct parser *p)
{
	size_t i = p->tok.pos + p->tok.len;
	while (is_blank(p->text[i]))
		i++;
	return p->text[i] == '(';
}

/* The variable's index, or -1 with the error reported. A surface may spell
 * its variables x0, x1 or x, y, but one expression sticks to one. */
static int variable_index(struct parser *p)
{
	const char *s = p->text + p->tok.pos;
	size_t len = p->tok.len;
	if (p->arity == EXPR_CURVE) {
		if (name_is(s, len, "x"))
			return 0;
	} else {
		int indexed = name_is(s, len, "x0") || name_is(s, len, "x1");
		int xy = name_is(s, len, "x") || name_is(s, len, "y");
		int spelling = indexed ? SPELL_INDEXED : SPELL_XY;
		if (indexed || xy) {
			if (p->spelling != SPELL_NONE && p->spelling != spelling)
				return fail(p, _("cannot mix x0/x1 with x/y at column %zu in '%s'"),
				            p->tok.pos + 1, shown_at(p, p->tok.pos));
			p->spelling = spelling;
			return name_is(s, len, "x1") || name_is(s, len, "y");
		}
	}
	const char *name = token_at(p, p->tok.pos, len), *shown = shown_at(p, p->tok.pos);
	if (followed_by_open(p))
		return fail(p, _("unknown function '%s' at column %zu in '%s'"), name,
		            p->tok.pos + 1, shown);
	if (p->arity == EXPR_CURVE)
		return fail(p, _("unknown variable '%s' at column %zu in '%s' (a curve uses x)"),
		            name, p->tok.pos + 1, shown);
	return fail(p, _("unknown variable '%s' at column %zu in '%s' (a surface uses x0 and x1, or x and y)"),
	            name, p->tok.pos + 1, shown);
}

static int expect_close(struct parser *p)
{
	if (p->tok.kind != TK_CLOSE)
		return fail(p, _("expected ')' at column %zu in '%s'"), p->tok.pos + 1,
		            shown_at(p, p->tok.pos));
	return advance(p);
}

static int parse_call(struct parser *p, int f)
{
	size_t name_pos = p->tok.pos, name_len = p->tok.len;
	if (advance(p) < 0)
		return -1;
	if (p->tok.kind != TK_OPEN)
		return fail(p, _("function '%s' needs '(' at column %zu in '%s'"),
		            token_at(p, name_pos, name_len), p->tok.pos + 1, shown_at(p, p->tok.pos));
	if (enter(p) < 0 || advance(p) < 0 || parse_expr(p) < 0 ||
	    expect_close(p) < 0)
		return -1;
	p->nesting--;
	return emit_unary(p, OP_FUNC, f);
}

static int parse_name(struct parser *p)
{
	const char *s = p->text + p->tok.pos;
	size_t len = p->tok.len;
	int f = find_function(s, len);
	if (f >= 0)
		return parse_call(p, f);
	if (name_is(s, len, "pi") || name_is(s, len, "e")) {
		double k = s[0] == 'p' ? 3.141592653589793 : 2.718281828459045;
		return emit(p, OP_CONST, 0, k) < 0 ? -1 : advance(p);
	}
	int index = variable_index(p);
	if (index < 0)
		return -1;
	return emit(p, OP_VAR, index, 0.0) < 0 ? -1 : advance(p);
}

static int parse_primary(struct parser *p)
{
	switch (p->tok.kind) {
	case TK_NUMBER:
		return emit(p, OP_CONST, 0, p->tok.number) < 0 ? -1 : advance(p);
	case TK_NAME:
		return parse_name(p);
	case TK_OPEN:
		if (enter(p) < 0 || advance(p) < 0 || parse_expr(p) < 0 ||
		    expect_close(p) < 0)
			return -1;
		p->nesting--;
		return 0;
	default:
		return fail(p, _("expected a number, variable, function or '(' at column %zu in '%s'"),
		            p->tok.pos + 1, shown_at(p, p->tok.pos));
	}
}

static int parse_power(struct parser *p)
{
	if (parse_primary(p) < 0)
		return -1;
	if (p->tok.kind != TK_POWER)
		return 0;
	if (enter(p) < 0 || advance(p) < 0 || parse_unary(p) < 0)
		return -1;
	p->nesting--;
	return emit_power(p);
}

static int parse_unary(struct parser *p)
{
	if (p->tok.kind != TK_PLUS && p->tok.kind != TK_MINUS)
		return parse_power(p);
	int negate = p->tok.kind == TK_MINUS;
	if (enter(p) < 0 || advance(p) < 0 || parse_unary(p) < 0)
		return -1;
	p->nesting--;
	return negate ? emit_unary(p, OP_NEG, 0) : 0;
}

static int parse_term(struct parser *p)
{
	if (parse_unary(p) < 0)
		return -1;
	while (p->tok.kind == TK_TIMES || p->tok.kind == TK_DIVIDE) {
		enum opcode op = p->tok.kind == TK_TIMES ? OP_MUL : OP_DIV;
		if (advance(p) < 0 || parse_unary(p) < 0 || emit_binary(p, op) < 0)
			return -1;
	}
	return 0;
}

static int parse_expr(struct parser *p)
{
	if (parse_term(p) < 0)
		return -1;
	while (p->tok.kind == TK_PLUS || p->tok.kind == TK_MINUS) {
		enum opcode op = p->tok.kind == TK_PLUS ? OP_ADD : OP_SUB;
		if (advance(p) < 0 || parse_term(p) < 0 || emit_binary(p, op) < 0)
			return -1;
	}
	return 0;
}

/* The most stack slots the program uses; exactly one value is left. */
static int stack_needed(const struct op *code, size_t count)
{
	int depth = 0, most = 0;
	for (size_t i = 0; i < count; i++) {
		enum opcode c = code[i].code;
		if (c == OP_CONST || c == OP_VAR || c == OP_VAR_POW)
			depth++;
		else if (c >= OP_ADD && c < OP_ADD + BINARY_FORMS)
			depth--;
		if (depth > most)
			most = depth;
	}
	assert(depth == 1);
	return most;
}

/* ---- Evaluation on doubles ---------------------------------------------- */

/* Hot: a numerical gradient calls this 2*arity times a point. One switch
 * dispatch an op, no calls but libm, and the top of the stack kept in a
 * local (a register) rather than stored and reloaded at every op. */
double expr_value(const struct expr *e, const double *vars)
{
	double stack[MAX_STACK];
	double *sp = stack; /* the slots below the top */
	double top = 0.0;
#define VAR (vars[op->arg])
	for (const struct op *op = e->code;; op++) {
		switch (op->code) {
		case OP_END: return top;
		case OP_CONST: *sp++ = top; top = op->k; break;
		case OP_VAR: *sp++ = top; top = VAR; break;
		case OP_VAR_POW: *sp++ = top; top = python_pow(VAR, op->k); break;
		case OP_NEG: top = -top; break;
		case OP_FUNC: top = functions[op->arg].apply(top); break;
		case OP_ADD: top = *--sp + top; break;
		case OP_SUB: top = *--sp - top; break;
		case OP_MUL: top = *--sp * top; break;
		case OP_DIV: top = *--sp / top; break;
		case OP_POW: --sp; top = python_pow(*sp, top); break;
		case OP_ADD_K: top = top + op->k; break;
		case OP_SUB_K: top = top - op->k; break;
		case OP_MUL_K: top = top * op->k; break;
		case OP_DIV_K: top = top / op->k; break;
		case OP_POW_K: top = python_pow(top, op->k); break;
		case OP_ADD_V: top = top + VAR; break;
		case OP_SUB_V: top = top - VAR; break;
		case OP_MUL_V: top = top * VAR; break;
		case OP_DIV_V: top = top / VAR; break;
		case OP_POW_V: top = python_pow(top, VAR); break;
		case OP_ADD_P: top = top + python_pow(VAR, op->k); break;
		case OP_SUB_P: top = top - python_pow(VAR, op->k); break;
		case OP_MUL_P: top = top * python_pow(VAR, op->k); break;
		case OP_DIV_P: top = top / python_pow(VAR, op->k); break;
		case OP_POW_P: top = python_pow(top, python_pow(VAR, op->k)); break;
		}
	}
#undef VAR
}

/* ---- Evaluation on dual numbers ----------------------------------------- */
/*
 * A dual number carries a value and its partial derivatives with respect to
 * each variable. Every value below is computed with the same operations as
 * expr_value, so the two agree bit for bit.
 *
 * A tangent component that is exactly 0 contributes exactly 0, even where
 * the local derivative is infinite or NaN: d/dx1 of sqrt(x0) + x1 at x0 = 0
 * is 1, not NaN from inf*0.
 */

struct dual {
	double v;
	double d[2];
};

static double times_tangent(double slope, double tangent)
{
	return tangent == 0.0 ? 0.0 : slope * tangent;
}

static struct dual dual_constant(double k)
{
	struct dual r = {k, {0.0, 0.0}};
	return r;
}

static struct dual dual_variable(const double *vars, int index)
{
	struct dual r = {vars[index], {index == 0, index == 1}};
	return r;
}

/* The chain rule: f(u) with f'(u) = slope. */
static struct dual chain(double value, double slope, struct dual u)
{
	struct dual r = {value, {0.0, 0.0}};
	for (int i = 0; i < 2; i++)
		r.d[i] = times_tangent(slope, u.d[i]);
	return r;
}

static double sign_of(double u)
{
	return u > 0.0 ? 1.0 : u < 0.0 ? -1.0 : u == 0.0 ? 0.0 : u;
}

/* f'(u) for each function, given u and f(u). */
static double function_slope(enum function f, double u, double fu)
{
	switch (f) {
	case FN_SIN: return cos(u);
	case FN_COS: return -sin(u);
	case FN_TAN: return 1.0 / (cos(u) * cos(u));
	case FN_ASIN: return 1.0 / sqrt(1.0 - u * u);
	case FN_ACOS: return -1.0 / sqrt(1.0 - u * u);
	case FN_ATAN: return 1.0 / (1.0 + u * u);
	case FN_SINH: return cosh(u);
	case FN_COSH: return sinh(u);
	case FN_TANH: return 1.0 - fu * fu;
	case FN_EXP: return fu;
	case FN_LOG: return 1.0 / u;
	case FN_LOG10: return 1.0 / (u * 2.302585092994046); /* ln 10 */
	case FN_SQRT: return 1.0 / (2.0 * fu);
	case FN_ABS: return sign_of(u);
	}
	return NAN;
}

static struct dual dual_unary(const struct op *op, struct dual u)
{
	double value = apply_unary(op->code, op->arg, u.v);
	switch (op->code) {
	case OP_NEG: return chain(value, -1.0, u);
	default: break;
	}
	return chain(value, function_slope((enum function)op->arg, u.v, value), u);
}

static struct dual dual_mul(struct dual a, struct dual b)
{
	struct dual r = {a.v * b.v, {0.0, 0.0}};
	for (int i = 0; i < 2; i++)
		r.d[i] = times_tangent(b.v, a.d[i]) + times_tangent(a.v, b.d[i]);
	return r;
}

/* (a/b)' = (a'b - ab')/b^2, computed as (a' - (a/b) b')/b: the same value
 * without squaring b, which overflows for |b| > 1e154. */
static struct dual dual_div(struct dual a, struct dual b)
{
	struct dual r = {a.v / b.v, {0.0, 0.0}};
	for (int i = 0; i < 2; i++)
		if (a.d[i] != 0.0 || b.d[i] != 0.0)
			r.d[i] = (a.d[i] - times_tangent(r.v, b.d[i])) / b.v;
	return r;
}

/* (u**v)' = v u**(v-1) u' + u**v log(u) v'. Each term only where its
 * tangent is nonzero, so a constant exponent never takes log of u <= 0;
 * and u**0 is the constant 1 (not 0 * 0**-1 = NaN at u = 0). The value is
 * pow()'s, as Python's; the slope keeps its own arithmetic: (x**2)' is
 * 2*pow(x, 1) = 2*x exactly. */
static struct dual dual_pow(struct dual u, struct dual v)
{
	struct dual r = {python_pow(u.v, v.v), {0.0, 0.0}};
	for (int i = 0; i < 2; i++) {
		if (u.d[i] != 0.0 && v.v != 0.0)
			r.d[i] = v.v * python_pow(u.v, v.v - 1.0) * u.d[i];
		if (v.d[i] != 0.0)
			r.d[i] = r.d[i] + r.v * log(u.v) * v.d[i];
	}
	return r;
}

static struct dual dual_binary(enum opcode base, struct dual a, struct dual b)
{
	struct dual r = {apply_binary(base, a.v, b.v), {0.0, 0.0}};
	switch (base) {
	case OP_ADD:
	case OP_SUB:
		for (int i = 0; i < 2; i++)
			r.d[i] = base == OP_ADD ? a.d[i] + b.d[i] : a.d[i] - b.d[i];
		return r;
	case OP_MUL: return dual_mul(a, b);
	case OP_DIV: return dual_div(a, b);
	default: return dual_pow(a, b);
	}
}

/* A variable to a constant power: OP_VAR_POW and the _P operand. */
static struct dual dual_variable_power(const double *vars, const struct op *op)
{
	return dual_pow(dual_variable(vars, op->arg), dual_constant(op->k));
}

/* The right operand that a _K, _V or _P op carries inline. */
static struct dual inline_operand(const struct op *op, int form,
                                  const double *vars)
{
	if (form == 1)
		return dual_constant(op->k);
	return form == 2 ? dual_variable(vars, op->arg) : dual_variable_power(vars, op);
}

/* The top of the stack as the answer: value, and a partial per variable. */
static double report(const struct dual *top, enum expr_arity arity,
                     double *grad)
{
	for (int i = 0; i < (int)arity; i++)
		grad[i] = top->d[i];
	return top->v;
}

double expr_value_and_gradient(const struct expr *e, const double *vars,
                               double *grad)
{
	struct dual stack[MAX_STACK];
	struct dual *sp = stack; /* next free slot */
	for (const struct op *op = e->code;; op++) {
		enum opcode c = op->code;
		if (c == OP_END) {
			return report(&sp[-1], e->arity, grad);
		} else if (c == OP_CONST) {
			*sp++ = dual_constant(op->k);
		} else if (c == OP_VAR) {
			*sp++ = dual_variable(vars, op->arg);
		} else if (c == OP_VAR_POW) {
			*sp++ = dual_variable_power(vars, op);
		} else if (c < OP_ADD) {
			sp[-1] = dual_unary(op, sp[-1]);
		} else {
			int form = (c - OP_ADD) / BINARY_FORMS;
			enum opcode base =
				(enum opcode)(OP_ADD + (c - OP_ADD) % BINARY_FORMS);
			struct dual b = form == 0 ? *--sp
			                          : inline_operand(op, form, vars);
			sp[-1] = dual_binary(base, sp[-1], b);
		}
	}
}

/* ---- Public ------------------------------------------------------------- */

static size_t bounded_length(const char *text, size_t most)
{
	size_t n = 0;
	while (n <= most && text[n] != '\0')
		n++;
	return n;
}

static struct expr *finish(const struct parser *p, enum expr_arity arity)
{
	size_t code_size = p->count * sizeof(struct op);
	struct expr *e = malloc(sizeof *e + code_size + p->len + 1);
	if (e == NULL)
		return NULL;
	e->arity = arity;
	memcpy(e->code, p->code, code_size);
	char *text = (char *)(e->code + p->count);
	memcpy(text, p->text, p->len + 1);
	e->text = text;
	return e;
}

static int compile_into(struct parser *p)
{
	if (advance(p) < 0)
		return -1;
	if (p->tok.kind == TK_END)
		return fail(p, _("empty expression"));
	if (parse_expr(p) < 0)
		return -1;
	if (p->tok.kind != TK_END)
		return fail(p, _("unexpected '%s' at column %zu in '%s'"),
		            token_at(p, p->tok.pos, p->tok.len), p->tok.pos + 1, shown_at(p, p->tok.pos));
	if (emit(p, OP_END, 0, 0.0) < 0)
		return -1;
	if (stack_needed(p->code, p->count) > MAX_STACK)
		return fail(p, _("expression too deeply nested"));
	return 0;
}

int expr_compile(const char *text, enum expr_arity arity, struct expr **out,
                 char *err, size_t errlen)
{
	struct parser p = {0};
	p.text = text != NULL ? text : "";
	p.err = err;
	p.errlen = errlen;
	p.arity = arity;
	*out = NULL;
	if (arity != EXPR_CURVE && arity != EXPR_SURFACE)
		return fail(&p, "unknown arity");
	p.len = bounded_length(p.text, MAX_TEXT);
	if (p.len > MAX_TEXT)
		return fail(&p, _("expression too long (at most %d characters)"), MAX_TEXT);
	p.cap = p.len + 1;
	p.code = malloc(p.cap * sizeof *p.code);
	if (p.code == NULL)
		return fail(&p, _("out of memory"));
	int status = compile_into(&p);
	if (status == 0) {
		*out = finish(&p, arity);
		if (*out == NULL)
			status = fail(&p, _("out of memory"));
	}
	free(p.code);
	return status;
}

void expr_free(struct expr *e)
{
	free(e);
}

enum expr_arity expr_arity_of(const struct expr *e)
{
	return e->arity;
}

const char *expr_text(const struct expr *e)
{
	return e->text;
}
