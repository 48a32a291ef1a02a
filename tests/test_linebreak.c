/* Tests for linebreak: a paragraph in lines, in English and in Chinese,
 * and one line cut at a word. */
#include "testutil.h"

#include <locale.h>

#include "linebreak.h"

static void test_wrap_breaks_at_spaces_and_between_chinese_characters(void **state)
{
	(void)state;
	char lines[4][LINEBREAK_LINE_MAX];
	assert_int_equal(linebreak_wrap("the slope of f there", 10, lines, 4), 2);
	assert_string_equal(lines[0], "the slope");
	assert_string_equal(lines[1], "of f there");
	/* 导数就是斜率 (12 columns) at 8: between any two characters */
	assert_int_equal(linebreak_wrap("\xe5\xaf\xbc\xe6\x95\xb0\xe5\xb0\xb1\xe6\x98\xaf"
	                                  "\xe6\x96\x9c\xe7\x8e\x87", 8, lines, 4), 2);
	assert_string_equal(lines[0], "\xe5\xaf\xbc\xe6\x95\xb0\xe5\xb0\xb1\xe6\x98\xaf");
	assert_string_equal(lines[1], "\xe6\x96\x9c\xe7\x8e\x87");
	/* no space needed between Chinese and a formula: "是a" wraps between */
	assert_int_equal(linebreak_wrap("\xe6\x98\xaf" "a+h", 4, lines, 4), 2);
	assert_string_equal(lines[1], "a+h");
}

/* 斜率。 and （例 never split: no line starts with 。 or ends with （ */
static void test_wrap_keeps_chinese_punctuation_with_its_character(void **state)
{
	(void)state;
	char lines[4][LINEBREAK_LINE_MAX];
	/* 斜率。 is 6 columns: at 4 the 率 goes down with its 。 */
	assert_int_equal(linebreak_wrap("\xe6\x96\x9c\xe7\x8e\x87\xe3\x80\x82", 4, lines, 4), 2);
	assert_string_equal(lines[0], "\xe6\x96\x9c");
	assert_string_equal(lines[1], "\xe7\x8e\x87\xe3\x80\x82");
	/* 0.3。 after a space: the number keeps its full stop */
	assert_int_equal(linebreak_wrap("ab 0.3\xe3\x80\x82", 6, lines, 4), 2);
	assert_string_equal(lines[1], "0.3\xe3\x80\x82");
	/* 是（例 at 4: the bracket goes down with what it opens */
	assert_int_equal(linebreak_wrap("\xe6\x98\xaf\xef\xbc\x88\xe4\xbe\x8b", 4, lines, 4), 2);
	assert_string_equal(lines[0], "\xe6\x98\xaf");
	assert_string_equal(lines[1], "\xef\xbc\x88\xe4\xbe\x8b");
}

/* The cuts: `= [-2.4` / `3.2]`, `从 (-7,` / `2) 出发`,
 * `(f(a+h) - f(a-h)) /` / `(2*h)`, `虚线是 a =` / `10 处`, `[-6.` / `8.]`:
 * an array, a point, a formula, `a = 10` and a number go down whole, and
 * NumPy's two spaces inside an array stay two. */
static void test_wrap_never_splits_an_array_a_point_or_a_formula(void **state)
{
	(void)state;
	char lines[6][LINEBREAK_LINE_MAX];
	assert_int_equal(linebreak_wrap("after 100 steps it is at [-6.11110793e-10  8.14814391e-10], the book's",
	                                  40, lines, 6), 3);
	assert_string_equal(lines[0], "after 100 steps it is at");
	assert_string_equal(lines[1], "[-6.11110793e-10  8.14814391e-10], the");
	/* a formula wider than a line breaks before an operator, never
	 * inside an array */
	assert_int_equal(linebreak_wrap("numbers: [-3.  4.] - 0.1*[-6.  8.] = [-2.4  3.2].", 30, lines, 6), 3);
	assert_string_equal(lines[0], "numbers:");
	assert_string_equal(lines[1], "[-3.  4.] - 0.1*[-6.  8.]");
	assert_string_equal(lines[2], "= [-2.4  3.2].");
	assert_int_equal(linebreak_wrap("[-3.  4.] - 0.1*[-6.  8.]", 16, lines, 6), 2);
	assert_string_equal(lines[0], "[-3.  4.]");
	assert_string_equal(lines[1], "- 0.1*[-6.  8.]");
	assert_int_equal(linebreak_wrap("slope: (f(a+h) - f(a-h)) / (2*h), the central", 32, lines, 6), 3);
	assert_string_equal(lines[0], "slope:");
	assert_string_equal(lines[1], "(f(a+h) - f(a-h)) / (2*h), the");
	/* 从 (-7, 2) 出发 at 8: the point goes down whole */
	assert_int_equal(linebreak_wrap("\xe4\xbb\x8e (-7, 2) \xe5\x87\xba\xe5\x8f\x91", 8, lines, 6), 3);
	assert_string_equal(lines[0], "\xe4\xbb\x8e");
	assert_string_equal(lines[1], "(-7, 2)");
	/* 虚线是 a = 10 处 at 10: a = 10 stays one */
	assert_int_equal(linebreak_wrap("\xe8\x99\x9a\xe7\xba\xbf\xe6\x98\xaf a = 10 \xe5\xa4\x84", 10, lines, 6), 2);
	assert_string_equal(lines[0], "\xe8\x99\x9a\xe7\xba\xbf\xe6\x98\xaf");
	assert_string_equal(lines[1], "a = 10 \xe5\xa4\x84");
	/* a parenthesis of words is prose: it breaks at its spaces */
	assert_int_equal(linebreak_wrap("press - (the status line counts down)", 20, lines, 6), 2);
	assert_string_equal(lines[0], "press - (the status");
}

/* A status line wider than the screen ends at a word: never half a number. */
static void test_cut_ends_a_line_at_a_word_never_inside_a_number(void **state)
{
	(void)state;
	assert_int_equal(linebreak_cut("|grad| is 5.18614396e+13", 80), 24);       /* fits */
	assert_int_equal(linebreak_cut("|grad| is 5.18614396e+13", 15), 9);        /* "|grad| is" */
	assert_int_equal(linebreak_cut("abcdefghij", 4), 4);                        /* one word: cut */
	/* 精确值为 5.18e13 at 12 columns: before the number; at 9, between 值 and 为 */
	const char *zh = "\xe7\xb2\xbe\xe7\xa1\xae\xe5\x80\xbc\xe4\xb8\xba 5.18e13";
	assert_int_equal(linebreak_cut(zh, 12), 12);
	assert_int_equal(linebreak_cut(zh, 7), 9);
	/* 为，x at 3: the comma stays with 为, so the cut comes before 为 */
	assert_int_equal(linebreak_cut("\xe5\x80\xbc\xe4\xb8\xba\xef\xbc\x8cx", 5), 3);
}

/* A path too long for the line keeps its end and what follows it. */
static void test_elide_path_keeps_the_end_of_a_path_and_the_reason(void **state)
{
	(void)state;
	char out[LINEBREAK_LINE_MAX];
	const char *msg = "cannot write in /home/learner/snapshots/today: No such file or directory";
	/* it fits: unchanged */
	linebreak_elide_path(msg, 200, out, sizeof out);
	assert_string_equal(out, msg);
	linebreak_elide_path(msg, (int)strlen(msg), out, sizeof out);
	assert_string_equal(out, msg);
	/* one column short: the head goes, up to a '/' */
	linebreak_elide_path(msg, (int)strlen(msg) - 1, out, sizeof out);
	assert_string_equal(out, "cannot write in .../learner/snapshots/today: No such file or directory");
	linebreak_elide_path(msg, 60, out, sizeof out);
	assert_string_equal(out, "cannot write in .../today: No such file or directory");
	/* no '/' left: the path's last characters, the ':' the last of all */
	linebreak_elide_path(msg, 48, out, sizeof out);
	assert_string_equal(out, "cannot write in ...ay: No such file or directory");
	linebreak_elide_path(msg, 46, out, sizeof out);
	assert_string_equal(out, "cannot write in ...: No such file or directory");
	linebreak_elide_path(msg, 45, out, sizeof out);
	assert_string_equal(out, msg);
	/* ... which is the whole word, ':' and all, at the narrowest */
	linebreak_elide_path("in /a/bcdef: why", 11, out, sizeof out);
	assert_string_equal(out, "in ...: why");
	/* nothing makes it fit: unchanged, for the line's own cut */
	linebreak_elide_path(msg, 20, out, sizeof out);
	assert_string_equal(out, msg);
	/* relative paths and the home directory are paths too */
	linebreak_elide_path("in ./a/b/c: x", 11, out, sizeof out);
	assert_string_equal(out, "in .../c: x");
	linebreak_elide_path("in ~/a/b/c: x", 11, out, sizeof out);
	assert_string_equal(out, "in .../c: x");
	/* a formula is no path */
	const char *formula = "new surface: x0**2/4 + x1**2/9 and a long tail after it";
	linebreak_elide_path(formula, 30, out, sizeof out);
	assert_string_equal(out, formula);
	/* the columns of Chinese count two: 无法在 /d/e/f 中写入 is 20 */
	const char *zh = "\xe6\x97\xa0\xe6\xb3\x95\xe5\x9c\xa8 /d/e/f \xe4\xb8\xad\xe5\x86\x99\xe5\x85\xa5";
	linebreak_elide_path(zh, 19, out, sizeof out);
	assert_string_equal(out, "\xe6\x97\xa0\xe6\xb3\x95\xe5\x9c\xa8 .../f \xe4\xb8\xad\xe5\x86\x99\xe5\x85\xa5");
	/* out is never overrun */
	char small[8];
	linebreak_elide_path(msg, 60, small, sizeof small);
	assert_int_equal(strlen(small), sizeof small - 1);
}

int main(void)
{
	setlocale(LC_CTYPE, "C.UTF-8"); /* CJK measured as the terminal does */
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wrap_breaks_at_spaces_and_between_chinese_characters),
		cmocka_unit_test(test_wrap_keeps_chinese_punctuation_with_its_character),
		cmocka_unit_test(test_cut_ends_a_line_at_a_word_never_inside_a_number),
		cmocka_unit_test(test_wrap_never_splits_an_array_a_point_or_a_formula),
		cmocka_unit_test(test_elide_path_keeps_the_end_of_a_path_and_the_reason),
	};
	return cmocka_run_group_tests_name("linebreak", tests, NULL, NULL);
}
