/* Tests for screen: text clipped to its columns and the screen's edge,
 * measured in terminal columns; wide (CJK) characters as two cells that are
 * never split; boxes; canvases copied onto the screen. Runs in the C.UTF-8
 * locale so that wcwidth knows that U+4E2D (中) takes two columns. */
#include "testutil.h"

#include <locale.h>
#include <stdio.h>
#include <wchar.h>

#include "canvas.h"
#include "screen.h"

#define ZHONG "\xe4\xb8\xad" /* U+4E2D, two columns */
#define ZHONG_CP 0x4E2Du

/* A row as text: each cell's character in UTF-8, the second cell of a wide
 * character as '_' (no test writes a '_'). */
static const char *row_text(const struct screen *s, int row)
{
	static char buf[1024];
	size_t n = 0;
	for (int col = 0; col < s->cols; col++) {
		uint32_t ch = screen_at(s, row, col)->ch;
		if (ch == 0) {
			buf[n++] = '_';
		} else if (ch < 0x80) {
			buf[n++] = (char)ch;
		} else if (ch < 0x800) {
			buf[n++] = (char)(0xC0 | ch >> 6);
			buf[n++] = (char)(0x80 | (ch & 0x3F));
		} else {
			buf[n++] = (char)(0xE0 | ch >> 12);
			buf[n++] = (char)(0x80 | (ch >> 6 & 0x3F));
			buf[n++] = (char)(0x80 | (ch & 0x3F));
		}
	}
	buf[n] = '\0';
	return buf;
}

static int screen_setup(void **state)
{
	static struct screen s;
	if (screen_init(&s, 10, 3) != 0)
		return -1;
	*state = &s;
	return 0;
}

static int screen_teardown(void **state)
{
	screen_free(*state);
	return 0;
}

/* ---- the grid ----------------------------------------------------------- */

static void test_init_refuses_a_size_below_1x1(void **state)
{
	(void)state;
	struct screen s;
	assert_int_equal(screen_init(&s, 0, 5), -1);
	assert_null(s.cells);
	assert_int_equal(screen_init(&s, 5, 0), -1);
	assert_int_equal(screen_init(&s, -3, -3), -1);
	assert_int_equal(screen_init(&s, 1, 1), 0);
	assert_string_equal(row_text(&s, 0), " ");
	screen_free(&s);
	assert_null(s.cells);
}

static void test_init_and_clear_give_blank_cells_and_no_cursor(void **state)
{
	struct screen *s = *state;
	for (int r = 0; r < 3; r++) {
		assert_string_equal(row_text(s, r), "          ");
		for (int c = 0; c < 10; c++)
			assert_int_equal(screen_at(s, r, c)->style, STYLE_NONE);
	}
	assert_false(s->cursor_on);
	screen_text(s, 1, 0, 10, "abc", STYLE_TEXT);
	s->cursor_on = true;
	s->cursor_row = 2;
	s->cursor_col = 4;
	screen_clear(s);
	assert_string_equal(row_text(s, 1), "          ");
	assert_int_equal(screen_at(s, 1, 0)->style, STYLE_NONE);
	assert_false(s->cursor_on);
	assert_int_equal(s->cursor_row, 0);
	assert_int_equal(s->cursor_col, 0);
}

/* ---- text --------------------------------------------------------------- */

static void test_text_writes_from_its_cell_and_returns_the_columns(void **state)
{
	struct screen *s = *state;
	assert_int_equal(screen_text(s, 1, 2, 8, "abc", STYLE_LABEL), 3);
	assert_string_equal(row_text(s, 1), "  abc     ");
	assert_int_equal(screen_at(s, 1, 2)->style, STYLE_LABEL);
	assert_int_equal(screen_at(s, 1, 4)->style, STYLE_LABEL);
	assert_int_equal(screen_at(s, 1, 5)->style, STYLE_NONE);
	assert_string_equal(row_text(s, 0), "          ");
	assert_string_equal(row_text(s, 2), "          ");
}

static void test_text_is_clipped_at_max_cols(void **state)
{
	struct screen *s = *state;
	assert_int_equal(screen_text(s, 0, 1, 3, "hello", STYLE_TEXT), 3);
	assert_string_equal(row_text(s, 0), " hel      ");
	assert_int_equal(screen_text(s, 1, 1, 0, "hello", STYLE_TEXT), 0);
	assert_int_equal(screen_text(s, 1, 1, -4, "hello", STYLE_TEXT), 0);
	assert_string_equal(row_text(s, 1), "          ");
}

static void test_text_is_clipped_at_the_right_edge(void **state)
{
	struct screen *s = *state;
	assert_int_equal(screen_text(s, 0, 8, 100, "hello", STYLE_TEXT), 2);
	assert_string_equal(row_text(s, 0), "        he");
	assert_int_equal(screen_text(s, 1, 10, 5, "hello", STYLE_TEXT), 0);
	assert_int_equal(screen_text(s, 1, 50, 5, "hello", STYLE_TEXT), 0);
	assert_string_equal(row_text(s, 1), "          ");
}

static void test_text_off_the_screen_writes_nothing(void **state)
{
	struct screen *s = *state;
	assert_int_equal(screen_text(s, -1, 0, 10, "x", STYLE_TEXT), 0);
	assert_int_equal(screen_text(s, 3, 0, 10, "x", STYLE_TEXT), 0);
	assert_int_equal(screen_text(s, 0, -1, 10, "x", STYLE_TEXT), 0);
	for (int r = 0; r < 3; r++)
		assert_string_equal(row_text(s, r), "          ");
}

static void test_text_columns_counts_terminal_columns(void **state)
{
	(void)state;
	assert_int_equal(text_columns(""), 0);
	assert_int_equal(text_columns("x = (-3, 4)"), 11);
	assert_int_equal(text_columns(ZHONG), 2);
	assert_int_equal(text_columns("a" ZHONG "b"), 4);
	assert_int_equal(text_columns("\xe2\x86\x92"), 1);   /* an arrow: 3 bytes, 1 column */
	assert_int_equal(text_columns("e\xcc\x81"), 1);      /* e and a combining acute */
	assert_int_equal(text_columns("\xff"), 1);           /* an invalid byte */
	assert_int_equal(text_columns("a\xe4\xb8"), 3);      /* a cut character: two invalid bytes */
	assert_int_equal(text_columns("\xc0\x80"), 2);       /* an overlong NUL: two invalid bytes */
}

static void test_text_leaves_out_combining_characters(void **state)
{
	struct screen *s = *state;
	assert_int_equal(screen_text(s, 0, 0, 10, "e\xcc\x81x", STYLE_TEXT), 2);
	assert_string_equal(row_text(s, 0), "ex        ");
}

static void test_invalid_bytes_take_one_cell_each_as_a_question_mark(void **state)
{
	struct screen *s = *state;
	assert_int_equal(screen_text(s, 0, 0, 10, "a\xff" "b", STYLE_TEXT), 3);
	assert_int_equal(screen_at(s, 0, 1)->ch, '?');
	assert_int_equal(screen_at(s, 0, 2)->ch, 'b');
	/* an overlong '/', a surrogate, a code point past U+10FFFF */
	assert_int_equal(screen_text(s, 1, 0, 10, "\xc0\xaf" "\xed\xa0\x80" "\xf4\x90\x80\x80", STYLE_TEXT), 9);
	for (int k = 0; k < 9; k++)
		assert_int_equal(screen_at(s, 1, k)->ch, '?');
}

static void test_control_characters_print_as_question_marks(void **state)
{
	/* Found by this test: C0 controls took no column and were dropped, so
	 * the '?' that screen_text writes for them was never written. */
	struct screen *s = *state;
	/* a tab, an escape (which would start a terminal sequence) and DEL */
	assert_int_equal(screen_text(s, 0, 0, 10, "a\tb\x1b[1m\x7f", STYLE_TEXT), 8);
	assert_string_equal(row_text(s, 0), "a?b?[1m?  ");
	assert_int_equal(text_columns("a\tb\x1b[1m\x7f"), 8);
}

static void test_c1_control_characters_print_as_question_marks(void **state)
{
	/* Found by this test: U+0080..U+009F (C1 controls; U+009B is CSI to
	 * many terminals) were copied to the screen as they were. */
	struct screen *s = *state;
	assert_int_equal(screen_text(s, 0, 0, 10, "a\xc2\x9b" "1m\xc2\x85", STYLE_TEXT), 5);
	assert_string_equal(row_text(s, 0), "a?1m?     ");
	assert_int_equal(text_columns("a\xc2\x9b" "1m\xc2\x85"), 5);
}

/* ---- wide characters ---------------------------------------------------- */

static void test_a_wide_character_takes_two_cells(void **state)
{
	struct screen *s = *state;
	assert_int_equal(screen_text(s, 0, 1, 9, "a" ZHONG "b", STYLE_LABEL), 4);
	assert_string_equal(row_text(s, 0), " a" ZHONG "_b     ");
	assert_int_equal(screen_at(s, 0, 2)->ch, ZHONG_CP);
	assert_int_equal(screen_at(s, 0, 3)->ch, 0);
	assert_int_equal(screen_at(s, 0, 3)->style, STYLE_LABEL);
}

static void test_a_wide_character_is_never_split_at_the_edge(void **state)
{
	struct screen *s = *state;
	/* one column left before the screen's edge */
	assert_int_equal(screen_text(s, 0, 7, 10, "ab" ZHONG, STYLE_TEXT), 2);
	assert_string_equal(row_text(s, 0), "       ab ");
	/* one column left before max_cols */
	assert_int_equal(screen_text(s, 1, 0, 3, ZHONG ZHONG, STYLE_TEXT), 2);
	assert_string_equal(row_text(s, 1), ZHONG "_        ");
	/* and it is left out, not replaced by what follows it */
	assert_int_equal(screen_text(s, 2, 0, 3, "ab" ZHONG "c", STYLE_TEXT), 2);
	assert_string_equal(row_text(s, 2), "ab        ");
}

static void test_writing_over_the_right_half_blanks_the_left(void **state)
{
	struct screen *s = *state;
	screen_text(s, 0, 0, 10, ZHONG, STYLE_TEXT);
	assert_int_equal(screen_text(s, 0, 1, 9, "x", STYLE_TEXT), 1);
	assert_string_equal(row_text(s, 0), " x        ");
}

static void test_writing_over_the_left_half_blanks_the_right(void **state)
{
	struct screen *s = *state;
	screen_text(s, 0, 0, 10, ZHONG, STYLE_TEXT);
	assert_int_equal(screen_text(s, 0, 0, 10, "y", STYLE_TEXT), 1);
	assert_string_equal(row_text(s, 0), "y         ");
}

static void test_a_wide_character_across_two_others_blanks_both_halves(void **state)
{
	struct screen *s = *state;
	screen_text(s, 0, 0, 10, ZHONG ZHONG, STYLE_TEXT);
	assert_string_equal(row_text(s, 0), ZHONG "_" ZHONG "_      ");
	/* the new one covers the right half of the first and the left half of
	 * the second: neither old half may stay. Found by this test: the right
	 * half of the second stayed, a continuation cell without its first
	 * half, and render_screen printed the row one column short. */
	assert_int_equal(screen_text(s, 0, 1, 9, ZHONG, STYLE_TEXT), 2);
	assert_string_equal(row_text(s, 0), " " ZHONG "_       ");
}

static void test_fill_and_canvas_over_half_a_wide_character_blank_the_other_half(void **state)
{
	struct screen *s = *state;
	screen_text(s, 0, 0, 10, ZHONG "  " ZHONG, STYLE_TEXT);
	screen_fill(s, 0, 1, 1, '-', STYLE_AXES);
	assert_string_equal(row_text(s, 0), " -  " ZHONG "_    ");
	struct canvas *c = canvas_new(1, 1, CANVAS_ASCII);
	assert_non_null(c);
	canvas_text(c, 0, 0, "@", STYLE_CURRENT);
	screen_canvas(s, 0, 4, c);
	assert_string_equal(row_text(s, 0), " -  @     ");
	canvas_free(c);
}

/* ---- fill and boxes ----------------------------------------------------- */

static void test_fill_is_clipped_to_the_row(void **state)
{
	struct screen *s = *state;
	screen_fill(s, 0, -2, 5, '=', STYLE_AXES);
	screen_fill(s, 1, 7, 100, '=', STYLE_AXES);
	screen_fill(s, 3, 0, 10, '=', STYLE_AXES);
	screen_fill(s, -1, 0, 10, '=', STYLE_AXES);
	assert_string_equal(row_text(s, 0), "===       ");
	assert_string_equal(row_text(s, 1), "       ===");
	assert_string_equal(row_text(s, 2), "          ");
}

static void test_ascii_box_is_plus_minus_and_bar(void **state)
{
	(void)state;
	struct screen s;
	assert_int_equal(screen_init(&s, 6, 4), 0);
	screen_box(&s, 0, 1, 4, 4, true, STYLE_FOCUS);
	assert_string_equal(row_text(&s, 0), " +--+ ");
	assert_string_equal(row_text(&s, 1), " |  | ");
	assert_string_equal(row_text(&s, 2), " |  | ");
	assert_string_equal(row_text(&s, 3), " +--+ ");
	assert_int_equal(screen_at(&s, 0, 1)->style, STYLE_FOCUS);
	assert_int_equal(screen_at(&s, 2, 4)->style, STYLE_FOCUS);
	assert_int_equal(screen_at(&s, 1, 2)->style, STYLE_NONE);
	screen_free(&s);
}

static void test_unicode_box_uses_box_drawing_characters(void **state)
{
	(void)state;
	struct screen s;
	assert_int_equal(screen_init(&s, 4, 3), 0);
	screen_box(&s, 0, 0, 3, 4, false, STYLE_TEXT);
	assert_string_equal(row_text(&s, 0), "\u250c\u2500\u2500\u2510");
	assert_string_equal(row_text(&s, 1), "\u2502  \u2502");
	assert_string_equal(row_text(&s, 2), "\u2514\u2500\u2500\u2518");
	screen_free(&s);
}

static void test_box_below_2x2_draws_nothing_and_a_box_past_the_edge_is_clipped(void **state)
{
	struct screen *s = *state;
	screen_box(s, 0, 0, 1, 5, true, STYLE_TEXT);
	screen_box(s, 0, 0, 5, 1, true, STYLE_TEXT);
	assert_string_equal(row_text(s, 0), "          ");
	screen_box(s, 1, 7, 5, 5, true, STYLE_TEXT);
	assert_string_equal(row_text(s, 0), "          ");
	assert_string_equal(row_text(s, 1), "       +--");
	assert_string_equal(row_text(s, 2), "       |  ");
}

/* ---- canvases ----------------------------------------------------------- */

static void test_canvas_copies_only_its_nonempty_cells(void **state)
{
	struct screen *s = *state;
	for (int r = 0; r < 3; r++)
		screen_fill(s, r, 0, 10, 'x', STYLE_TEXT);
	struct canvas *c = canvas_new(4, 2, CANVAS_ASCII);
	assert_non_null(c);
	canvas_text(c, 1, 0, "ab", STYLE_LABEL);
	canvas_marker(c, 6, 4, STYLE_CURRENT, MARK_CURRENT); /* cell 3, row 1 */
	screen_canvas(s, 1, 2, c);
	assert_string_equal(row_text(s, 0), "xxxxxxxxxx");
	assert_string_equal(row_text(s, 1), "xxxabxxxxx");
	assert_string_equal(row_text(s, 2), "xxxxx@xxxx");
	assert_int_equal(screen_at(s, 1, 3)->style, STYLE_LABEL);
	assert_int_equal(screen_at(s, 2, 5)->style, STYLE_CURRENT);
	assert_int_equal(screen_at(s, 1, 2)->style, STYLE_TEXT); /* kept */
	canvas_free(c);
}

static void test_canvas_is_clipped_at_every_edge(void **state)
{
	struct screen *s = *state;
	struct canvas *c = canvas_new(4, 2, CANVAS_ASCII);
	assert_non_null(c);
	canvas_text(c, 0, 0, "abcd", STYLE_LABEL);
	canvas_text(c, 0, 1, "efgh", STYLE_LABEL);
	screen_canvas(s, 1, 8, c);   /* right: "ab" and "ef", nothing wraps */
	screen_canvas(s, -1, -2, c); /* top left: "gh" only */
	assert_string_equal(row_text(s, 0), "gh        ");
	assert_string_equal(row_text(s, 1), "        ab");
	assert_string_equal(row_text(s, 2), "        ef");
	screen_canvas(s, 2, 0, c);   /* bottom: the first row only */
	assert_string_equal(row_text(s, 2), "abcd    ef");
	canvas_free(c);
}

static void test_canvas_unicode_glyphs_arrive_as_code_points(void **state)
{
	struct screen *s = *state;
	struct canvas *c = canvas_new(2, 1, CANVAS_BRAILLE);
	assert_non_null(c);
	canvas_dot(c, 0, 0, STYLE_CURVE); /* cell 0, top left dot: U+2801 */
	screen_canvas(s, 0, 0, c);
	assert_int_equal(screen_at(s, 0, 0)->ch, 0x2801);
	assert_int_equal(screen_at(s, 0, 0)->style, STYLE_CURVE);
	assert_int_equal(screen_at(s, 0, 1)->ch, ' ');
	canvas_free(c);
}

static void test_canvas_text_arrives_whole_and_never_split_at_the_edge(void **state)
{
	struct screen *s = *state;
	struct canvas *c = canvas_new(4, 1, CANVAS_BRAILLE);
	assert_non_null(c);
	canvas_text(c, 0, 0, "a" ZHONG "b", STYLE_LABEL);
	screen_canvas(s, 0, 0, c);   /* whole */
	assert_string_equal(row_text(s, 0), "a" ZHONG "_b      ");
	screen_canvas(s, 1, 8, c);   /* the right edge cuts 中: neither half */
	assert_string_equal(row_text(s, 1), "        a ");
	screen_canvas(s, 2, -2, c);  /* the left edge cuts 中: neither half */
	assert_string_equal(row_text(s, 2), " b        ");
	canvas_free(c);
}

static void test_pad_counts_columns_not_bytes(void **state)
{
	(void)state;
	char buf[32];
	assert_string_equal(text_pad(buf, sizeof buf, ZHONG "a", 5), ZHONG "a  ");
	assert_string_equal(text_pad(buf, sizeof buf, "abcdef", 3), "abcdef");
	assert_string_equal(text_pad(buf, 4, "ab", 9), "ab "); /* cut at the buffer */
}

#define SCREEN_TEST(t) cmocka_unit_test_setup_teardown(t, screen_setup, screen_teardown)

int main(void)
{
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL || wcwidth((wchar_t)ZHONG_CP) != 2) {
		fprintf(stderr, "test_screen: needs the locale C.UTF-8, where wcwidth(U+4E2D) is 2; "
		                "it is missing here (see locale -a)\n");
		return 1;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_init_refuses_a_size_below_1x1),
		SCREEN_TEST(test_init_and_clear_give_blank_cells_and_no_cursor),
		SCREEN_TEST(test_text_writes_from_its_cell_and_returns_the_columns),
		SCREEN_TEST(test_text_is_clipped_at_max_cols),
		SCREEN_TEST(test_text_is_clipped_at_the_right_edge),
		SCREEN_TEST(test_text_off_the_screen_writes_nothing),
		cmocka_unit_test(test_text_columns_counts_terminal_columns),
		SCREEN_TEST(test_text_leaves_out_combining_characters),
		SCREEN_TEST(test_invalid_bytes_take_one_cell_each_as_a_question_mark),
		SCREEN_TEST(test_control_characters_print_as_question_marks),
		SCREEN_TEST(test_c1_control_characters_print_as_question_marks),
		SCREEN_TEST(test_a_wide_character_takes_two_cells),
		SCREEN_TEST(test_a_wide_character_is_never_split_at_the_edge),
		SCREEN_TEST(test_writing_over_the_right_half_blanks_the_left),
		SCREEN_TEST(test_writing_over_the_left_half_blanks_the_right),
		SCREEN_TEST(test_a_wide_character_across_two_others_blanks_both_halves),
		SCREEN_TEST(test_fill_and_canvas_over_half_a_wide_character_blank_the_other_half),
		SCREEN_TEST(test_fill_is_clipped_to_the_row),
		cmocka_unit_test(test_ascii_box_is_plus_minus_and_bar),
		cmocka_unit_test(test_unicode_box_uses_box_drawing_characters),
		SCREEN_TEST(test_box_below_2x2_draws_nothing_and_a_box_past_the_edge_is_clipped),
		SCREEN_TEST(test_canvas_copies_only_its_nonempty_cells),
		SCREEN_TEST(test_canvas_is_clipped_at_every_edge),
		SCREEN_TEST(test_canvas_unicode_glyphs_arrive_as_code_points),
		SCREEN_TEST(test_canvas_text_arrives_whole_and_never_split_at_the_edge),
		cmocka_unit_test(test_pad_counts_columns_not_bytes),
	};
	return cmocka_run_group_tests_name("screen", tests, NULL, NULL);
}
