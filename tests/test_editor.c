/* Tests for editor: the one-line editor behind the dashboard's prompts,
 * key by key: text and cursor after each, and what Enter and Esc return. */
#include "testutil.h"

#include "editor.h"
#include "keys.h"

/* Types each character of text; every one must keep the editor editing. */
static void type(struct line_editor *ed, const char *text)
{
	for (const char *p = text; *p; p++)
		assert_int_equal(editor_key(ed, (unsigned char)*p), EDITOR_EDITING);
}

/* An editor started on text (zeroed first, which editor_start does not need
 * but cppcheck's whole-program check wants), selected as a prompt opens. */
static struct line_editor opened(const char *text)
{
	struct line_editor ed;
	memset(&ed, 0, sizeof ed);
	editor_start(&ed, text);
	return ed;
}

/* The same, with End pressed: the text kept to edit, the cursor after it. */
static struct line_editor started(const char *text)
{
	struct line_editor ed = opened(text);
	assert_int_equal(editor_key(&ed, KC_END), EDITOR_EDITING);
	assert_false(ed.selected);
	return ed;
}

static void press(struct line_editor *ed, int key, int times)
{
	for (int i = 0; i < times; i++)
		assert_int_equal(editor_key(ed, key), EDITOR_EDITING);
}

#define assert_line(ed, text_, cursor_)                                       \
	do {                                                                  \
		assert_string_equal((ed)->text, text_);                       \
		assert_int_equal((ed)->len, strlen(text_));                   \
		assert_int_equal((ed)->cursor, cursor_);                      \
	} while (0)

static void test_start_puts_the_cursor_after_the_text(void **state)
{
	(void)state;
	struct line_editor ed = opened("x0**2 + x1**2");
	assert_line(&ed, "x0**2 + x1**2", 13);
	assert_true(ed.selected);
	editor_start(&ed, "");
	assert_line(&ed, "", 0);
	assert_false(ed.selected);
}

/* As a selected field: typing replaces the text it opened on (= then 1
 * once gave a = 101), Backspace or Del empties it, a movement keeps it. */
static void test_typing_replaces_the_text_it_opened_on(void **state)
{
	(void)state;
	struct line_editor ed = opened("10");
	type(&ed, "1");
	assert_line(&ed, "1", 1);
	assert_false(ed.selected);
	type(&ed, "5");
	assert_line(&ed, "15", 2);
	ed = opened("10");
	press(&ed, KC_BACKSPACE, 1);
	assert_line(&ed, "", 0);
	ed = opened("10");
	press(&ed, KC_DELETE, 1);
	assert_line(&ed, "", 0);
	const int moves[] = { KC_LEFT, KC_RIGHT, KC_HOME, KC_END, KC_CTRL('a'), KC_CTRL('e') };
	for (size_t i = 0; i < sizeof moves / sizeof moves[0]; i++) {
		ed = opened("10");
		press(&ed, moves[i], 1);
		assert_false(ed.selected);
		assert_string_equal(ed.text, "10");
	}
	ed = opened("10");
	press(&ed, KC_LEFT, 1);
	type(&ed, "2");
	assert_line(&ed, "120", 2);
	/* Enter on the text as it opened keeps it */
	ed = opened("10");
	assert_int_equal(editor_key(&ed, KC_ENTER), EDITOR_DONE);
	assert_line(&ed, "10", 2);
}

/* A text longer than the limit is cut and marked too long. */
static void test_start_cuts_a_long_text_to_the_limit_and_says_so(void **state)
{
	(void)state;
	static char long_text[EDITOR_TEXT_MAX + 10];
	memset(long_text, 'x', sizeof long_text - 1);
	long_text[sizeof long_text - 1] = '\0';
	struct line_editor ed = opened(long_text);
	assert_int_equal(ed.len, EDITOR_TEXT_MAX);
	assert_int_equal(ed.cursor, EDITOR_TEXT_MAX);
	assert_int_equal(strlen(ed.text), EDITOR_TEXT_MAX);
	assert_true(ed.too_long);
	long_text[EDITOR_TEXT_MAX] = '\0';
	ed = opened(long_text);
	assert_false(ed.too_long);
}

static void test_typing_inserts_at_the_cursor(void **state)
{
	(void)state;
	struct line_editor ed = started("");
	type(&ed, "x**2");
	assert_line(&ed, "x**2", 4);
	press(&ed, KC_LEFT, 3);
	type(&ed, "0");
	assert_line(&ed, "x0**2", 2);
	press(&ed, KC_HOME, 1);
	type(&ed, "3*");
	assert_line(&ed, "3*x0**2", 2);
}

static void test_left_and_right_stop_at_the_ends(void **state)
{
	(void)state;
	struct line_editor ed = started("abc");
	press(&ed, KC_RIGHT, 1);
	assert_line(&ed, "abc", 3);
	press(&ed, KC_LEFT, 2);
	assert_line(&ed, "abc", 1);
	press(&ed, KC_LEFT, 5);
	assert_line(&ed, "abc", 0);
	press(&ed, KC_RIGHT, 2);
	assert_line(&ed, "abc", 2);
}

static void test_home_end_and_ctrl_a_ctrl_e_jump_to_the_ends(void **state)
{
	(void)state;
	struct line_editor ed = started("sin(x)");
	press(&ed, KC_HOME, 1);
	assert_line(&ed, "sin(x)", 0);
	press(&ed, KC_END, 1);
	assert_line(&ed, "sin(x)", 6);
	press(&ed, KC_CTRL('a'), 1);
	assert_line(&ed, "sin(x)", 0);
	press(&ed, KC_CTRL('e'), 1);
	assert_line(&ed, "sin(x)", 6);
}

static void test_backspace_deletes_before_the_cursor(void **state)
{
	(void)state;
	struct line_editor ed = started("abcd");
	press(&ed, KC_BACKSPACE, 1); /* at the end */
	assert_line(&ed, "abc", 3);
	press(&ed, KC_LEFT, 1);
	press(&ed, KC_BACKSPACE, 1); /* in the middle */
	assert_line(&ed, "ac", 1);
	press(&ed, KC_CTRL('h'), 1); /* the other code terminals send */
	assert_line(&ed, "c", 0);
	press(&ed, KC_BACKSPACE, 1); /* at the start: nothing */
	assert_line(&ed, "c", 0);
}

static void test_del_deletes_under_the_cursor(void **state)
{
	(void)state;
	struct line_editor ed = started("abcd");
	press(&ed, KC_DELETE, 1); /* at the end: nothing */
	assert_line(&ed, "abcd", 4);
	press(&ed, KC_LEFT, 2);
	press(&ed, KC_DELETE, 1); /* in the middle */
	assert_line(&ed, "abd", 2);
	press(&ed, KC_HOME, 1);
	press(&ed, KC_DELETE, 1); /* at the start */
	assert_line(&ed, "bd", 0);
	press(&ed, KC_DELETE, 3);
	assert_line(&ed, "", 0);
}

static void test_ctrl_u_empties_the_line(void **state)
{
	(void)state;
	struct line_editor ed = started("0.01*x**2 + 0.1*x");
	press(&ed, KC_LEFT, 4);
	press(&ed, KC_CTRL('u'), 1);
	assert_line(&ed, "", 0);
	type(&ed, "x");
	assert_line(&ed, "x", 1);
}

static void test_enter_is_done_and_esc_cancels_leaving_the_text(void **state)
{
	(void)state;
	struct line_editor ed = started("x**2");
	press(&ed, KC_LEFT, 1);
	assert_int_equal(editor_key(&ed, KC_ENTER), EDITOR_DONE);
	assert_line(&ed, "x**2", 3);
	assert_int_equal(editor_key(&ed, '\n'), EDITOR_DONE);
	assert_int_equal(editor_key(&ed, KC_ESC), EDITOR_CANCELLED);
	assert_line(&ed, "x**2", 3);
}

/* The command line's 4096 characters fit; a character past them is not
 * taken, and the text says it is not what was typed until it is emptied. */
static void test_typing_stops_at_4096_characters_and_marks_the_rest(void **state)
{
	(void)state;
	assert_true(EDITOR_TEXT_MAX >= 4096);
	struct line_editor ed = started("");
	for (int i = 0; i < EDITOR_TEXT_MAX; i++)
		press(&ed, 'a' + i % 26, 1);
	assert_int_equal(ed.len, EDITOR_TEXT_MAX);
	assert_false(ed.too_long);
	press(&ed, 'Z', 1);
	assert_int_equal(ed.len, EDITOR_TEXT_MAX);
	assert_int_equal(ed.cursor, EDITOR_TEXT_MAX);
	assert_true(ed.too_long);
	/* nor in the middle: the text stays as it was */
	static char before[EDITOR_MAX];
	memcpy(before, ed.text, sizeof before);
	press(&ed, KC_HOME, 1);
	press(&ed, 'Z', 1);
	assert_memory_equal(ed.text, before, sizeof before);
	assert_int_equal(ed.cursor, 0);
	/* deleting one makes room for one, but what was lost stays lost */
	press(&ed, KC_DELETE, 1);
	press(&ed, 'Z', 1);
	assert_int_equal(ed.len, EDITOR_TEXT_MAX);
	assert_int_equal(ed.text[0], 'Z');
	assert_int_equal(ed.text[EDITOR_TEXT_MAX], '\0');
	assert_true(ed.too_long);
	press(&ed, KC_CTRL('u'), 1);
	assert_false(ed.too_long);
	assert_line(&ed, "", 0);
}

static void test_keys_that_are_not_printable_ascii_change_nothing(void **state)
{
	(void)state;
	const int ignored[] = { KC_UP, KC_DOWN, KC_PGUP, KC_PGDN, KC_TAB, KC_CTRL('b'),
	                        0x1f, 0x80, 0xe9, KC_CHAR_MAX, KC_LAST, 0, -1 };
	struct line_editor ed = started("x");
	press(&ed, KC_LEFT, 1);
	for (size_t i = 0; i < sizeof ignored / sizeof ignored[0]; i++) {
		assert_int_equal(editor_key(&ed, ignored[i]), EDITOR_EDITING);
		assert_line(&ed, "x", 0);
	}
	/* the printable ends: space and tilde */
	press(&ed, ' ', 1);
	press(&ed, '~', 1);
	assert_line(&ed, " ~x", 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_start_puts_the_cursor_after_the_text),
		cmocka_unit_test(test_start_cuts_a_long_text_to_the_limit_and_says_so),
		cmocka_unit_test(test_typing_replaces_the_text_it_opened_on),
		cmocka_unit_test(test_typing_inserts_at_the_cursor),
		cmocka_unit_test(test_left_and_right_stop_at_the_ends),
		cmocka_unit_test(test_home_end_and_ctrl_a_ctrl_e_jump_to_the_ends),
		cmocka_unit_test(test_backspace_deletes_before_the_cursor),
		cmocka_unit_test(test_del_deletes_under_the_cursor),
		cmocka_unit_test(test_ctrl_u_empties_the_line),
		cmocka_unit_test(test_enter_is_done_and_esc_cancels_leaving_the_text),
		cmocka_unit_test(test_typing_stops_at_4096_characters_and_marks_the_rest),
		cmocka_unit_test(test_keys_that_are_not_printable_ascii_change_nothing),
	};
	return cmocka_run_group_tests_name("editor", tests, NULL, NULL);
}
