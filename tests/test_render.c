/* Tests for render: line count, widths, encoding, color sequences. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

#include "canvas.h"
#include "render.h"

/* The canvas as render_canvas prints it; free the result. */
static char *rendered(const struct canvas *c, int color)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	assert_non_null(out);
	assert_int_equal(render_canvas(out, c, color), 0);
	fclose(out);
	return text;
}

static void draw_everything(struct canvas *c)
{
	canvas_line(c, 0, 0, 40, 20, STYLE_CURVE, LINE_SOLID);
	canvas_line(c, 0, 20, 40, 0, STYLE_TANGENT, LINE_DASHED);
	canvas_line(c, 0, 10, 40, 10, STYLE_CONTOUR, LINE_DOTTED);
	canvas_arrow(c, 10, 10, 2, 2, STYLE_ARROW, LINE_SOLID);
	canvas_marker(c, 20, 10, STYLE_CURRENT, MARK_CURRENT);
	canvas_marker(c, 5, 15, STYLE_START, MARK_START);
	canvas_marker(c, 30, 15, STYLE_FIELD, MARK_ZERO);
	canvas_text(c, 0, 0, "label \xe2\x86\x92", STYLE_LABEL);
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
	draw_everything(c);
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
		draw_everything(c);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ascii_mode_prints_only_ascii),
		cmocka_unit_test(test_unicode_modes_keep_rows_and_widths),
		cmocka_unit_test(test_empty_canvas_is_empty_lines),
		cmocka_unit_test(test_braille_is_utf8),
		cmocka_unit_test(test_color_only_where_it_changes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
