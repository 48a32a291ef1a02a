/* Tests for render: line count, widths, encoding, color sequences. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

#include "canvas.h"
#include "figtest.h"
#include "render.h"
#include "screen.h"
#include "text.h"

/* The canvas as slope plot prints it; free the result. */
static char *rendered(const struct canvas *c, int color)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	assert_non_null(out);
	assert_int_equal(figtest_render(out, c, color), 0);
	fclose(out);
	return text;
}

/* Every kind of ink, and a label: the dots, lines and marks are ascii
 * mode's business, the label's characters its language's. */
static void draw_everything(struct canvas *c, const char *label)
{
	canvas_line(c, 0, 0, 40, 20, STYLE_CURVE, LINE_SOLID);
	canvas_line(c, 0, 20, 40, 0, STYLE_TANGENT, LINE_DASHED);
	canvas_line(c, 0, 10, 40, 10, STYLE_CONTOUR, LINE_DOTTED);
	canvas_arrow(c, 10, 10, 2, 2, STYLE_ARROW, LINE_SOLID);
	canvas_marker(c, 20, 10, STYLE_CURRENT, MARK_CURRENT);
	canvas_marker(c, 5, 15, STYLE_START, MARK_START);
	canvas_marker(c, 30, 15, STYLE_FIELD, MARK_ZERO);
	canvas_text(c, 0, 0, label, STYLE_LABEL);
	canvas_glyph(c, 19, 5, 0x2502, '|', STYLE_AXES);
}

/* Checks rows, widths (code points), trimming; returns the byte count. */
static void check_shape(const char *text, int cols, int rows)
{
	int lines = 0;
	const char *p = text;
	while (*p) {
		const char *end = strchr(p, '\n');
		assert_non_null(end);
		int width = 0;
		for (const char *q = p; q < end; q++) {
			if (*q == '\033') { /* skip an SGR */
				while (*q != 'm')
					q++;
				continue;
			}
			if (((unsigned char)*q & 0xC0) != 0x80)
				width++;
		}
		assert_true(width <= cols);
		if (end > p && end[-1] != 'm')
			assert_true(end[-1] != ' ');
		lines++;
		p = end + 1;
	}
	assert_int_equal(lines, rows);
}

static void test_ascii_mode_prints_only_ascii(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(20, 6, CANVAS_ASCII);
	draw_everything(c, "label ->");
	for (int color = 0; color < 2; color++) {
		char *text = rendered(c, color);
		for (const char *p = text; *p; p++)
			assert_true((unsigned char)*p <= 0x7F);
		check_shape(text, 20, 6);
		free(text);
	}
	canvas_free(c);
}

static void test_unicode_modes_keep_rows_and_widths(void **state)
{
	(void)state;
	enum canvas_mode modes[2] = { CANVAS_BRAILLE, CANVAS_BLOCK };
	for (int m = 0; m < 2; m++) {
		struct canvas *c = canvas_new(20, 6, modes[m]);
		draw_everything(c, "label \xe2\x86\x92");
		for (int color = 0; color < 2; color++) {
			char *text = rendered(c, color);
			check_shape(text, 20, 6);
			free(text);
		}
		canvas_free(c);
	}
}

static void test_empty_canvas_is_empty_lines(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(7, 3, CANVAS_BRAILLE);
	char *text = rendered(c, 1);
	assert_string_equal(text, "\n\n\n");
	free(text);
	canvas_free(c);
}

static void test_braille_is_utf8(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(3, 1, CANVAS_BRAILLE);
	canvas_dot(c, 4, 0, STYLE_CURVE); /* cell 2, top left dot */
	char *text = rendered(c, 0);
	assert_string_equal(text, "  \xe2\xa0\x81\n"); /* U+2801 */
	free(text);
	canvas_free(c);
}

static void test_color_only_where_it_changes(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(6, 1, CANVAS_ASCII);
	canvas_text(c, 0, 0, "ab", STYLE_LABEL);
	canvas_marker(c, 6, 0, STYLE_CURRENT, MARK_CURRENT);
	canvas_marker(c, 8, 0, STYLE_CURRENT, MARK_CURRENT);
	char *plain = rendered(c, 0);
	assert_string_equal(plain, "ab @@\n");
	free(plain);
	char *color = rendered(c, 1);
	/* default-colored text needs no sequence; one for both red cells */
	assert_string_equal(color, "ab \033[0;1;31m@@\033[0m\n");
	free(color);
	canvas_free(c);
}

/* ---- render_screen ------------------------------------------------------ */

/* The screen as render_screen prints it; free the result. */
static char *screen_rendered(const struct screen *s, bool color)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	assert_non_null(out);
	assert_int_equal(render_screen(out, s, color), 0);
	fclose(out);
	return text;
}

/* Sets cells from col on: each character of the UTF-8-free text, in style. */
static void put_ascii(struct screen *s, int row, int col, const char *text, enum canvas_style style)
{
	for (; *text; text++, col++)
		s->cells[row * s->cols + col] = (struct screen_cell){ (uint32_t)*text, (uint8_t)style };
}

static void test_screen_prints_exactly_its_rows(void **state)
{
	(void)state;
	struct screen s;
	assert_int_equal(screen_init(&s, 7, 4), 0);
	for (int color = 0; color < 2; color++) {
		char *text = screen_rendered(&s, color);
		assert_string_equal(text, "\n\n\n\n");
		free(text);
	}
	screen_free(&s);
}

static void test_screen_lines_lose_trailing_spaces_only(void **state)
{
	(void)state;
	struct screen s;
	assert_int_equal(screen_init(&s, 8, 2), 0);
	put_ascii(&s, 0, 0, "a b", STYLE_TEXT);
	put_ascii(&s, 1, 2, "x", STYLE_TEXT);
	put_ascii(&s, 1, 7, " ", STYLE_CURRENT); /* a styled space is still a space */
	char *text = screen_rendered(&s, false);
	assert_string_equal(text, "a b\n  x\n");
	free(text);
	text = screen_rendered(&s, true);
	assert_string_equal(text, "a b\n  x\n");
	free(text);
	screen_free(&s);
}

static void test_screen_skips_the_second_cell_of_a_wide_character(void **state)
{
	(void)state;
	struct screen s;
	assert_int_equal(screen_init(&s, 5, 1), 0);
	s.cells[0] = (struct screen_cell){ 0x4E2D, STYLE_TEXT }; /* 中 */
	s.cells[1] = (struct screen_cell){ 0, STYLE_TEXT };
	s.cells[2] = (struct screen_cell){ 'x', STYLE_TEXT };
	char *text = screen_rendered(&s, false);
	assert_string_equal(text, "\xe4\xb8\xad" "x\n");
	free(text);
	screen_free(&s);
}

static void test_screen_encodes_every_utf8_length(void **state)
{
	(void)state;
	struct screen s;
	assert_int_equal(screen_init(&s, 4, 1), 0);
	s.cells[0] = (struct screen_cell){ 0x7E, STYLE_TEXT };    /* ~ */
	s.cells[1] = (struct screen_cell){ 0xE9, STYLE_TEXT };    /* é */
	s.cells[2] = (struct screen_cell){ 0x2500, STYLE_TEXT };  /* ─ */
	s.cells[3] = (struct screen_cell){ 0x1F600, STYLE_TEXT }; /* an emoji */
	char *text = screen_rendered(&s, false);
	assert_string_equal(text, "~\xc3\xa9\xe2\x94\x80\xf0\x9f\x98\x80\n");
	free(text);
	screen_free(&s);
}

static void test_screen_colors_only_where_the_ink_changes(void **state)
{
	(void)state;
	struct screen s;
	assert_int_equal(screen_init(&s, 6, 5), 0);
	/* red bold, a space (no ink of its own), red bold again: one sequence */
	put_ascii(&s, 0, 0, "ab", STYLE_CURRENT);
	put_ascii(&s, 0, 3, "cd", STYLE_CURRENT);
	/* default ink needs no sequence, and no reset */
	put_ascii(&s, 1, 0, "x", STYLE_TEXT);
	/* bold, then back to plain: the reset is the change, none at the end */
	put_ascii(&s, 2, 0, "T", STYLE_TITLE);
	put_ascii(&s, 2, 1, "t", STYLE_TEXT);
	/* green, then green bold */
	put_ascii(&s, 3, 0, "p", STYLE_PATH);
	put_ascii(&s, 3, 1, "q", STYLE_START);
	/* each line starts plain, whatever the line above ended with */
	put_ascii(&s, 4, 0, "z", STYLE_CURRENT);
	char *text = screen_rendered(&s, true);
	assert_string_equal(text,
	                    "\033[0;1;31mab cd\033[0m\n"
	                    "x\n"
	                    "\033[0;1mT\033[0mt\n"
	                    "\033[0;32mp\033[0;1;32mq\033[0m\n"
	                    "\033[0;1;31mz\033[0m\n");
	free(text);
	text = screen_rendered(&s, false);
	assert_string_equal(text, "ab cd\nx\nTt\npq\nz\n");
	free(text);
	screen_free(&s);
}

/* Renders s to /dev/full with a buffer of size bytes (0: unbuffered). */
static int render_to_full_disk(const struct screen *s, size_t size)
{
	FILE *out = fopen("/dev/full", "w");
	assert_non_null(out);
	static char buf[64];
	assert_true(size <= sizeof buf);
	assert_int_equal(setvbuf(out, size ? buf : NULL, size ? _IOFBF : _IONBF, size), 0);
	int rc = render_screen(out, s, true);
	fclose(out);
	return rc;
}

static void test_screen_output_error_returns_minus_1(void **state)
{
	(void)state;
	struct screen s;
	assert_int_equal(screen_init(&s, 20, 10), 0);
	for (int r = 0; r < 10; r++)
		put_ascii(&s, r, 0, "some text", r % 2 ? STYLE_TEXT : STYLE_CURRENT);
	/* every write fails at once */
	assert_int_equal(render_to_full_disk(&s, 0), -1);
	/* or when a small buffer is flushed on the way */
	assert_int_equal(render_to_full_disk(&s, 16), -1);
	/* a blank screen is newlines alone: putc's failure counts too */
	struct screen blank;
	assert_int_equal(screen_init(&blank, 3, 3), 0);
	assert_int_equal(render_to_full_disk(&blank, 0), -1);
	screen_free(&blank);
	screen_free(&s);
}

/* One character of each UTF-8 length, as its bytes: the encoder render and
 * record share. */
static void test_characters_encode_as_utf8_of_each_length(void **state)
{
	(void)state;
	const struct { uint32_t cp; const char *bytes; } cases[] = {
		{ 'a', "a" }, { 0xE9, "\xC3\xA9" }, { 0x7FF, "\xDF\xBF" }, { 0x2824, "\xE2\xA0\xA4" },
		{ 0x5207, "\xE5\x88\x87" }, { 0xFFFF, "\xEF\xBF\xBF" }, { 0x10000, "\xF0\x90\x80\x80" }, { 0x1F600, "\xF0\x9F\x98\x80" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char buf[4];
		size_t n = text_put_char(cases[i].cp, buf);
		assert_int_equal(n, strlen(cases[i].bytes));
		assert_memory_equal(buf, cases[i].bytes, n);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ascii_mode_prints_only_ascii),
		cmocka_unit_test(test_unicode_modes_keep_rows_and_widths),
		cmocka_unit_test(test_empty_canvas_is_empty_lines),
		cmocka_unit_test(test_braille_is_utf8),
		cmocka_unit_test(test_color_only_where_it_changes),
		cmocka_unit_test(test_screen_prints_exactly_its_rows),
		cmocka_unit_test(test_screen_lines_lose_trailing_spaces_only),
		cmocka_unit_test(test_screen_skips_the_second_cell_of_a_wide_character),
		cmocka_unit_test(test_screen_encodes_every_utf8_length),
		cmocka_unit_test(test_screen_colors_only_where_the_ink_changes),
		cmocka_unit_test(test_screen_output_error_returns_minus_1),
		cmocka_unit_test(test_characters_encode_as_utf8_of_each_length),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
