/* Tests for numpyfmt: vectors and scalars printed as the book's NumPy prints
 * them. tests/data/numpy_print.txt holds NumPy's own output for arrays
 * (written once by tests/data/gen_numpy_print.py) and numpy_scalars.txt for
 * lone numbers (gen_numpy_scalars.py), so no NumPy is needed here. */
#include "testutil.h"

#include <float.h>
#include <locale.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "numfmt.h"
#include "numpyfmt.h"

static void expect_array(const double *v, int n, const char *text)
{
	char buf[NUMPYFMT_ARRAY_MAX];
	assert_string_equal(format_numpy_array(buf, sizeof buf, v, n), text);
}

static void expect_pair(double a, double b, const char *text)
{
	const double v[2] = { a, b };
	expect_array(v, 2, text);
}

/* The longest element's text: 18 characters. */
#define ELEMENT_TEXT_MAX 24

/* v as the element of a one-element array prints, "16.", "0.3", "1.e-05",
 * "nan", "-inf": print(np.array([v])) without its brackets, which is what
 * numpy_scalars.txt holds. */
static char *one_element(char *buf, size_t len, double v)
{
	char array[NUMPYFMT_ARRAY_MAX];
	format_numpy_array(array, sizeof array, &v, 1);
	assert_true(strlen(array) >= 2);
	snprintf(buf, len, "%.*s", (int)strlen(array) - 2, array + 1);
	return buf;
}

static void expect_scalar(double v, const char *text)
{
	char buf[ELEMENT_TEXT_MAX];
	assert_string_equal(one_element(buf, sizeof buf, v), text);
}

/* ---- the book's strings ---- */

static void test_book_gradient_prints_6_8(void **state)
{
	(void)state;
	expect_pair(6.00000000000378, 7.999999999999119, "[6. 8.]");
}

static void test_book_gradient_prints_0_4(void **state)
{
	(void)state;
	expect_pair(0.0, 4.000000000004, "[0. 4.]");
}

static void test_book_gradient_prints_6_0(void **state)
{
	(void)state;
	expect_pair(6.000000000012662, 0.0, "[6. 0.]");
}

static void test_book_final_point_prints_in_exponent_form(void **state)
{
	(void)state;
	expect_pair(-6.111107928998789e-10, 8.148143905314271e-10,
	            "[-6.11110793e-10  8.14814391e-10]");
}

static void test_book_first_step_pads_to_one_width(void **state)
{
	(void)state;
	expect_pair(-2.399999999999622, 3.200000000000088, "[-2.4  3.2]");
	expect_pair(-4.800000000013682, 6.400000000024164, "[-4.8  6.4]");
	expect_pair(-3.0, 4.0, "[-3.  4.]");
}

static void test_scalars_print_as_one_element_arrays(void **state)
{
	(void)state;
	expect_scalar(16.0, "16.");
	expect_scalar(0.2999999999986347, "0.3");
	expect_scalar(0.1999999999990898, "0.2");
	expect_scalar(-0.24999999999544897, "-0.25");
	expect_scalar(-0.0, "-0.");
	expect_scalar(1e-5, "1.e-05");
	expect_scalar(123456789.0, "1.23456789e+08");
	expect_scalar(NAN, "nan");
	expect_scalar(-INFINITY, "-inf");
}

/* ---- NumPy's rules, one at a time ---- */

static void test_ties_at_the_cutoff_go_to_even_on_the_exact_value(void **state)
{
	(void)state;
	/* 2^-9 = 0.001953125 exactly: a true tie, to even. */
	expect_pair(0.001953125, 0.5, "[0.00195312 0.5       ]");
	expect_pair(3.0 / 512.0, 0.5, "[0.00585938 0.5       ]");
	/* The doubles nearest 1.000000015 and 1.000000005 lie below the tie:
	 * rounding their shortest texts would give 1.00000002 and 1.00000000. */
	expect_pair(1.000000015, 2.0, "[1.00000001 2.        ]");
	expect_pair(1.000000005, 2.0, "[1. 2.]");
	/* 100000000.5 is exact: a tie at the 9th significant digit. */
	expect_pair(100000000.5, 1.0, "[1.e+08 1.e+00]");
	expect_pair(1234567885.0, 1.0, "[1.23456788e+09 1.00000000e+00]");
}

static void test_exponent_form_pads_with_exact_digits(void **state)
{
	(void)state;
	/* Every element gets the widest one's decimals, as digits of its own
	 * exact value: 5e-324 is 4.94065645841...e-324. */
	expect_pair(5e-324, 1.5, "[4.9e-324 1.5e+000]");
	expect_pair(1e-5, 1.25, "[1.00e-05 1.25e+00]");
}

static void test_exponent_form_thresholds(void **state)
{
	(void)state;
	expect_pair(1e-4, 0.1, "[0.0001 0.1   ]");
	/* Exponent form, though it rounds to 1e-04 there. */
	expect_pair(nextafter(1e-4, 0), 0.1, "[1.e-04 1.e-01]");
	expect_pair(nextafter(1e8, 0), 1e6,
	            "[99999999.99999999  1000000.        ]");
	expect_pair(1e8, 1.0, "[1.e+08 1.e+00]");
	expect_pair(1.0, 1000.0, "[   1. 1000.]");
	expect_pair(1.0, nextafter(1000.0, INFINITY),
	            "[1.e+00 1.e+03]");
}

static void test_zeros_nan_and_inf(void **state)
{
	(void)state;
	expect_pair(0.0, -0.0, "[ 0. -0.]");
	expect_pair(0.0, 1e-5, "[0.e+00 1.e-05]");
	expect_pair(NAN, -INFINITY, "[ nan -inf]");
	expect_pair(INFINITY, 1.5, "[inf 1.5]");
	expect_pair(-NAN, 2.0, "[nan  2.]");
	const double none[1] = { 0 };
	expect_array(none, 0, "[]");
}

static void test_long_arrays_wrap_at_75_columns(void **state)
{
	(void)state;
	/* Four 14-column elements and their spaces fill 74 columns with the
	 * bracket; a fifth would end at column 75, where "]" must fit. */
	const double v[5] = { -1.2345678e-10, -1.2345678e-10, -1.2345678e-10,
	                      -1.2345678e-10, -1.2345678e-10 };
	expect_array(v, 5, "[-1.2345678e-10 -1.2345678e-10 -1.2345678e-10 "
	                   "-1.2345678e-10\n -1.2345678e-10]");
}

/* ---- NumPy's output, from the data file ---- */

/* Replaces the two characters \n with a newline, in place. */
static void unescape_newlines(char *text)
{
	char *to = text;
	for (const char *from = text; *from; from++) {
		if (from[0] == '\\' && from[1] == 'n') {
			*to++ = '\n';
			from++;
		} else {
			*to++ = *from;
		}
	}
	*to = '\0';
}

/* One line of numpy_print.txt: "array V... | TEXT" or "scalar V | TEXT".
 * Returns whether it held a case. */
static bool check_data_line(char *line, long lineno, long *failures)
{
	line[strcspn(line, "\n")] = '\0';
	if (line[0] == '#' || line[0] == '\0')
		return false;
	char *bar = strstr(line, " | ");
	assert_non_null(bar);
	*bar = '\0';
	char *want = bar + 3;
	unescape_newlines(want);

	bool is_scalar = strncmp(line, "scalar ", 7) == 0;
	assert_true(is_scalar || strncmp(line, "array", 5) == 0);
	static double values[2000];
	int n = 0;
	char *p = line + (is_scalar ? 7 : 5), *end;
	for (;;) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		assert_true(n < (int)(sizeof values / sizeof values[0]));
		values[n++] = strtod(p, &end);
		assert_true(end != p);
		p = end;
	}

	static char got[100000];
	if (is_scalar) {
		assert_int_equal(n, 1);
		one_element(got, sizeof got, values[0]);
	} else {
		format_numpy_array(got, sizeof got, values, n);
	}
	if (strcmp(got, want) != 0) {
		print_error("numpy_print.txt:%ld: got\n%s\nNumPy prints\n%s\n",
		            lineno, got, want);
		(*failures)++;
	}
	return true;
}

static void test_every_case_prints_as_numpy_prints_it(void **state)
{
	(void)state;
	FILE *data = fopen("tests/data/numpy_print.txt", "r");
	assert_non_null(data);
	char *line = NULL;
	size_t size = 0;
	long lineno = 0, cases = 0, failures = 0;
	while (getline(&line, &size, data) != -1) {
		lineno++;
		cases += check_data_line(line, lineno, &failures);
	}
	free(line);
	fclose(data);
	print_message("numpy_print.txt: %ld cases, %ld differ\n", cases,
	              failures);
	assert_true(cases >= 700);
	assert_int_equal(failures, 0);
}

/* ---- the digits against two other exact sources ---- */

/* A decimal number as its significant digits (no leading or trailing
 * zeros) and the power of ten of the first one, read from any of the
 * spellings below: "6.", "-0.25", "1.5e-05", "1.e+08", "120". */
struct digits {
	char d[40];
	int exp10;
};

static struct digits digits_of(const char *text)
{
	struct digits out = { "", 0 };
	int n = 0, point = -1, first = -1, count = 0;
	const char *p = text;
	if (*p == '-')
		p++;
	for (; *p && *p != 'e'; p++) {
		if (*p == '.') {
			point = count;
			continue;
		}
		if (first < 0 && *p != '0')
			first = count;
		if (first >= 0)
			out.d[n++] = *p;
		count++;
	}
	if (point < 0)
		point = count;
	while (n > 0 && out.d[n - 1] == '0')
		n--;
	out.d[n] = '\0';
	out.exp10 = first < 0 ? 0 : point - first - 1;
	if (*p == 'e')
		out.exp10 += atoi(p + 1);
	return out;
}

/* What the analysis of NumPy's Dragon4 says a scalar's digits are: the
 * shortest round trip (format_double's, David Gay's in Python) when it fits
 * in 8 decimals (9 significant digits in exponent form), else the exact value
 * rounded to that many, ties to even (glibc's printf rounds exactly). */
static void expect_digits_of_shortest_or_rounded(double v)
{
	char numpy[ELEMENT_TEXT_MAX], shortest[NUMFMT_MAX], rounded[64];
	one_element(numpy, sizeof numpy, v);
	format_double(shortest, v);
	bool exp_form = v != 0 && (fabs(v) < 1e-4 || fabs(v) >= 1e8);
	struct digits s = digits_of(shortest);
	int length = (int)strlen(s.d);
	bool fits = exp_form ? length <= 9 : s.exp10 - length + 1 >= -8;
	if (!fits)
		snprintf(rounded, sizeof rounded, exp_form ? "%.8e" : "%.8f", v);
	struct digits want = fits ? s : digits_of(rounded);
	struct digits got = digits_of(numpy);
	if (strcmp(got.d, want.d) != 0 || got.exp10 != want.exp10) {
		print_error("%a (%s): \"%s\", expected the digits of \"%s\"\n", v,
		            shortest, numpy, fits ? shortest : rounded);
		fail();
	}
	/* And the form: a point always, an exponent exactly when expected. */
	assert_non_null(strchr(numpy, '.'));
	assert_true((strchr(numpy, 'e') != NULL) == exp_form);
}

static uint64_t xorshift64(uint64_t *state)
{
	uint64_t x = *state;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return *state = x;
}

static double from_bits(uint64_t bits)
{
	double v;
	memcpy(&v, &bits, sizeof v);
	return v;
}

/* About 300,000 values (an eighth as many under the sanitizers, SWEEP_STRIDE). */
static void test_scalars_match_shortest_or_exact_rounding(void **state)
{
	(void)state;
	uint64_t seed = 0x9E3779B97F4A7C15ull;
	long checked = 0;
	for (int i = 0; i < 60000 / SWEEP_STRIDE; i++) {
		/* Any bit pattern: every exponent, subnormals. */
		double v = from_bits(xorshift64(&seed));
		if (isfinite(v)) {
			expect_digits_of_shortest_or_rounded(v);
			checked++;
		}
		/* Positional range, at every scale in it. */
		double unit = (double)(xorshift64(&seed) >> 11) * 0x1p-53;
		int scale = (int)(xorshift64(&seed) % 13) - 4;
		v = unit * pow(10.0, scale);
		expect_digits_of_shortest_or_rounded(v);
		/* A decimal tie at the 9th decimal or 10th digit, and the
		 * doubles either side of it. */
		double tie = ((double)(xorshift64(&seed) % 100000000) * 10 + 5) *
		             pow(10.0, (int)(xorshift64(&seed) % 40) - 29);
		expect_digits_of_shortest_or_rounded(tie);
		expect_digits_of_shortest_or_rounded(nextafter(tie, 0));
		expect_digits_of_shortest_or_rounded(nextafter(tie, INFINITY));
		checked += 4;
	}
	/* Exact binary ties: k / 2^j with exactly 9 decimals or 10 digits. */
	for (int k = 1; k < 4096; k += 2) {
		expect_digits_of_shortest_or_rounded(k / 512.0);
		expect_digits_of_shortest_or_rounded(ldexp(k, -13));
		expect_digits_of_shortest_or_rounded(1e9 + k * 0.5);
		checked += 3;
	}
	const double edges[] = { DBL_MIN, DBL_MAX, DBL_TRUE_MIN, 1e-4, 1e8,
	                         0.1, 1.0 / 3.0, 0x1p-1022, 0x1p-1074 * 3 };
	for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) {
		expect_digits_of_shortest_or_rounded(edges[i]);
		expect_digits_of_shortest_or_rounded(-edges[i]);
		checked += 2;
	}
	print_message("%ld scalars agree with format_double or printf\n",
	              checked);
}

/* ---- buffers and locale ---- */

static void test_array_max_holds_the_widest_eight(void **state)
{
	(void)state;
	char buf[NUMPYFMT_ARRAY_MAX];
	const double positional[8] = {
		-99999999.99999999, -99999999.99999999, -99999999.99999999,
		-99999999.99999999, -99999999.99999999, -99999999.99999999,
		-99999999.99999999, -12345678.12345678,
	};
	format_numpy_array(buf, sizeof buf, positional, 8);
	assert_true(strlen(buf) < NUMPYFMT_ARRAY_MAX - 1);
	assert_int_equal(buf[strlen(buf) - 1], ']');
	const double exponent[8] = {
		-1.2345678912e-100, 1e-300, -5e-324, NAN, -INFINITY, 1e300, -0.0,
		DBL_MAX,
	};
	format_numpy_array(buf, sizeof buf, exponent, 8);
	assert_true(strlen(buf) < NUMPYFMT_ARRAY_MAX - 1);
	assert_int_equal(buf[strlen(buf) - 1], ']');
	expect_scalar(-99999999.99999999, "-99999999.99999999");
	expect_scalar(-1.2345678912e-100, "-1.23456789e-100");
}

static void test_small_buffers_get_cut_text(void **state)
{
	(void)state;
	const double v[2] = { -2.4, 3.2 };
	char buf[8];
	memset(buf, 'x', sizeof buf);
	assert_string_equal(format_numpy_array(buf, 6, v, 2), "[-2.4");
	assert_int_equal(buf[6], 'x');
	assert_string_equal(format_numpy_array(buf, 1, v, 2), "");
	format_numpy_array(buf, 0, v, 2); /* writes nothing */
	assert_int_equal(buf[6], 'x');
}

static void test_decimal_point_ignores_lc_numeric(void **state)
{
	(void)state;
	const char *comma_locales[] = { "de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8",
	                                "fr_FR.utf8", "ru_RU.UTF-8" };
	const char *set = NULL;
	for (size_t i = 0; set == NULL && i < 5; i++)
		set = setlocale(LC_NUMERIC, comma_locales[i]);
	if (set == NULL)
		skip(); /* no locale with a decimal comma installed */
	expect_pair(-2.399999999999622, 3.200000000000088, "[-2.4  3.2]");
	expect_scalar(1e-5, "1.e-05");
	setlocale(LC_NUMERIC, "C");
}

/* ---- lone numbers: NumPy's float64 scalar ---- */

/* One line of numpy_scalars.txt, "V | FULL | P8 | G4": format_scalar,
 * format_scalar_rounded at precision 8 and format_scalar_digits with 4
 * digits. Returns the failures. */
static int check_scalar_line(char *line, long lineno)
{
	char *field[4];
	for (int i = 0; i < 4; i++) {
		field[i] = line;
		char *bar = strstr(line, " | ");
		if (i < 3) {
			assert_non_null(bar);
			*bar = '\0';
			line = bar + 3;
		}
	}
	char *end;
	double v = strtod(field[0], &end);
	assert_true(*end == '\0');
	char full[NUMFMT_MAX], p8[NUMPYFMT_ROUNDED_MAX], p4[NUMPYFMT_ROUNDED_MAX];
	format_scalar(full, v);
	format_scalar_rounded(p8, sizeof p8, v, 8);
	format_scalar_digits(p4, sizeof p4, v, 4);
	const char *got[3] = { full, p8, p4 }, *names[3] = { "full", "precision 8", "4 digits" };
	int failures = 0;
	for (int i = 0; i < 3; i++)
		if (strcmp(got[i], field[i + 1]) != 0) {
			print_error("numpy_scalars.txt:%ld: %s: %s, NumPy %s\n", lineno, names[i], got[i],
			            field[i + 1]);
			failures++;
		}
	return failures;
}

static void test_lone_numbers_print_as_numpy_prints_a_scalar(void **state)
{
	(void)state;
	FILE *data = fopen("tests/data/numpy_scalars.txt", "r");
	assert_non_null(data);
	char *line = NULL;
	size_t size = 0;
	long lineno = 0, cases = 0, failures = 0;
	while (getline(&line, &size, data) != -1) {
		lineno++;
		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		cases++;
		failures += check_scalar_line(line, lineno);
	}
	free(line);
	fclose(data);
	assert_true(cases >= 500);
	assert_int_equal(failures, 0);
}

/* The examples, and never a bare point or "1.e-N". */
static void test_lone_numbers_never_end_in_a_bare_point(void **state)
{
	(void)state;
	char full[NUMFMT_MAX], short_text[NUMPYFMT_ROUNDED_MAX];
	assert_string_equal(format_scalar(full, 25.0), "25.0");
	assert_string_equal(format_scalar(full, 10.0), "10.0");
	assert_string_equal(format_scalar(full, -0.0), "-0.0");
	assert_string_equal(format_scalar(full, 1e-10), "1e-10");
	assert_string_equal(format_scalar(full, 1e16), "1e+16");
	/* the issue writes ...37e-18, which reads back as the double printed ...38 */
	assert_string_equal(format_scalar(full, 1.0373788855137937e-18), "1.0373788855137938e-18");
	assert_string_equal(format_scalar_rounded(short_text, sizeof short_text, 1.0373788855137937e-18, 8),
	                    "1.03737889e-18");
	assert_string_equal(format_scalar_rounded(short_text, sizeof short_text, 25.0, 8), "25.0");
	assert_string_equal(format_scalar_rounded(short_text, sizeof short_text, 1e-10, 8), "1e-10");
	assert_string_equal(format_scalar_rounded(short_text, sizeof short_text, 0.0, 4), "0.0");
	assert_string_equal(format_scalar_digits(short_text, sizeof short_text, 1001.6617, 4), "1002.0");
	assert_string_equal(format_scalar_digits(short_text, sizeof short_text, 1e300, 4), "1e+300");
	/* every double of a sweep of magnitudes, both precisions */
	for (double v = 1e-320; v < 1e300; v *= 7.3) {
		for (int p = 1; p <= 8; p++) {
			format_scalar_rounded(short_text, sizeof short_text, v, p);
			size_t n = strlen(short_text);
			assert_true(short_text[n - 1] != '.');
			assert_null(strstr(short_text, ".e"));
			format_scalar_digits(short_text, sizeof short_text, v, p);
			n = strlen(short_text);
			assert_true(short_text[n - 1] != '.');
			assert_null(strstr(short_text, ".e"));
		}
		format_scalar(full, v);
		assert_true(full[strlen(full) - 1] != '.');
		assert_null(strstr(full, ".e"));
	}
	/* a buffer too small cuts the text */
	char tiny[4];
	assert_string_equal(format_scalar_rounded(tiny, sizeof tiny, 25.0, 8), "25.");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_book_gradient_prints_6_8),
		cmocka_unit_test(test_book_gradient_prints_0_4),
		cmocka_unit_test(test_book_gradient_prints_6_0),
		cmocka_unit_test(test_book_final_point_prints_in_exponent_form),
		cmocka_unit_test(test_book_first_step_pads_to_one_width),
		cmocka_unit_test(test_scalars_print_as_one_element_arrays),
		cmocka_unit_test(test_ties_at_the_cutoff_go_to_even_on_the_exact_value),
		cmocka_unit_test(test_exponent_form_pads_with_exact_digits),
		cmocka_unit_test(test_exponent_form_thresholds),
		cmocka_unit_test(test_zeros_nan_and_inf),
		cmocka_unit_test(test_long_arrays_wrap_at_75_columns),
		cmocka_unit_test(test_every_case_prints_as_numpy_prints_it),
		cmocka_unit_test(test_scalars_match_shortest_or_exact_rounding),
		cmocka_unit_test(test_array_max_holds_the_widest_eight),
		cmocka_unit_test(test_small_buffers_get_cut_text),
		cmocka_unit_test(test_decimal_point_ignores_lc_numeric),
		cmocka_unit_test(test_lone_numbers_print_as_numpy_prints_a_scalar),
		cmocka_unit_test(test_lone_numbers_never_end_in_a_bare_point),
	};
	return cmocka_run_group_tests_name("numpyfmt", tests, NULL, NULL);
}
