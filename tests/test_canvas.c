/* Tests for canvas: dot layouts, ascii glyphs, clipping, arrows, priority. */
#include "testutil.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <wchar.h>

#include "canvas.h"

static uint16_t glyph_at(const struct canvas *c, int col, int row)
{
	return canvas_cell(c, col, row, NULL);
}

static enum canvas_style style_at(const struct canvas *c, int col, int row)
{
	enum canvas_style s;
	canvas_cell(c, col, row, &s);
	return s;
}

static void test_braille_dots_have_unicode_bits(void **state)
{
	(void)state;
	/* [row][column] -> the bit Unicode gives that dot */
	static const unsigned bit[4][2] = {
		{ 0x01, 0x08 }, { 0x02, 0x10 }, { 0x04, 0x20 }, { 0x40, 0x80 },
	};
	struct canvas *c = canvas_new(1, 1, CANVAS_BRAILLE);
	for (int r = 0; r < 4; r++) {
		for (int k = 0; k < 2; k++) {
			canvas_clear(c);
			canvas_dot(c, k + 0.5, r + 0.5, STYLE_CURVE);
			assert_int_equal(glyph_at(c, 0, 0), 0x2800 + bit[r][k]);
		}
	}
	canvas_clear(c);
	for (int r = 0; r < 4; r++)
		for (int k = 0; k < 2; k++)
			canvas_dot(c, k, r, STYLE_CURVE);
	assert_int_equal(glyph_at(c, 0, 0), 0x28FF);
	canvas_free(c);
}

static void test_empty_cells_are_spaces(void **state)
{
	(void)state;
	enum canvas_mode modes[3] = { CANVAS_BRAILLE, CANVAS_BLOCK, CANVAS_ASCII };
	for (int m = 0; m < 3; m++) {
		struct canvas *c = canvas_new(3, 2, modes[m]);
		for (int r = 0; r < 2; r++)
			for (int k = 0; k < 3; k++)
				assert_int_equal(glyph_at(c, k, r), ' ');
		assert_int_equal(style_at(c, 1, 1), STYLE_NONE);
		canvas_free(c);
	}
}

/* As canvas.h promises: 2 x 4 dots a cell in braille and ascii, 2 x 2 in
 * block, a dot as tall as wide (1) or twice as tall (2); known from the
 * mode alone, and the same as a canvas of that mode answers. */
static void test_dot_geometry_of_each_mode(void **state)
{
	(void)state;
	const struct { enum canvas_mode mode; int per_col, per_row; double aspect; } want[] = {
		{ CANVAS_BRAILLE, 2, 4, 1.0 }, { CANVAS_BLOCK, 2, 2, 2.0 }, { CANVAS_ASCII, 2, 4, 1.0 },
	};
	struct canvas *c = canvas_new(3, 2, CANVAS_BRAILLE);
	assert_non_null(c);
	for (int i = 0; i < 3; i++) {
		struct canvas_dots d = canvas_dots_of(want[i].mode);
		assert_int_equal(d.per_col, want[i].per_col);
		assert_int_equal(d.per_row, want[i].per_row);
		assert_true(d.aspect == want[i].aspect);
		canvas_set_mode(c, want[i].mode);
		assert_int_equal(canvas_dots_per_col(c), want[i].per_col);
		assert_int_equal(canvas_dots_per_row(c), want[i].per_row);
		assert_true(canvas_dot_aspect(c) == want[i].aspect);
	}
	canvas_free(c);
}

static void test_block_quadrants(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(1, 1, CANVAS_BLOCK);
	assert_int_equal(canvas_dots_per_row(c), 2);
	const struct { double x, y; uint16_t glyph; } quadrant[4] = {
		{ 0, 0, 0x2598 }, { 1, 0, 0x259D }, { 0, 1, 0x2596 }, { 1, 1, 0x2597 },
	};
	for (int i = 0; i < 4; i++) {
		canvas_clear(c);
		canvas_dot(c, quadrant[i].x, quadrant[i].y, STYLE_CURVE);
		assert_int_equal(glyph_at(c, 0, 0), quadrant[i].glyph);
	}
	canvas_clear(c);
	canvas_dot(c, 0, 0, STYLE_CURVE);
	canvas_dot(c, 1, 0, STYLE_CURVE);
	assert_int_equal(glyph_at(c, 0, 0), 0x2580); /* upper half */
	canvas_dot(c, 0, 1, STYLE_CURVE);
	canvas_dot(c, 1, 1, STYLE_CURVE);
	assert_int_equal(glyph_at(c, 0, 0), 0x2588); /* full */
	canvas_free(c);
}

static void test_ascii_lines_take_their_slope_glyph(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(10, 10, CANVAS_ASCII);
	canvas_line(c, 0.5, 2.5, 19.5, 2.5, STYLE_CURVE, LINE_SOLID);  /* row 0 */
	for (int k = 0; k < 10; k++)
		assert_int_equal(glyph_at(c, k, 0), '-');
	canvas_clear(c);
	canvas_line(c, 4.5, 0.5, 4.5, 39.5, STYLE_CURVE, LINE_SOLID);
	for (int r = 0; r < 10; r++)
		assert_int_equal(glyph_at(c, 2, r), '|');
	/* one cell up a column: 2 dots across, 4 down */
	canvas_clear(c);
	canvas_line(c, 0, 40, 20, 0, STYLE_CURVE, LINE_SOLID);
	for (int k = 1; k < 9; k++)
		assert_int_equal(glyph_at(c, k, 9 - k), '/');
	canvas_clear(c);
	canvas_line(c, 0, 0, 20, 40, STYLE_CURVE, LINE_SOLID);
	for (int k = 1; k < 9; k++)
		assert_int_equal(glyph_at(c, k, k), '\\');
	canvas_free(c);
}

static void test_ascii_contours_draw_dotty(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(4, 4, CANVAS_ASCII);
	canvas_line(c, 0.5, 3.5, 7.5, 3.5, STYLE_CONTOUR, LINE_SOLID);
	assert_int_equal(glyph_at(c, 1, 0), '.');
	canvas_line(c, 4.5, 4, 4.5, 15, STYLE_CONTOUR, LINE_SOLID);
	assert_int_equal(glyph_at(c, 2, 2), ':');
	canvas_free(c);
}

static int count_drawn(const struct canvas *c)
{
	int n = 0;
	for (int r = 0; r < canvas_rows(c); r++)
		for (int k = 0; k < canvas_cols(c); k++)
			n += glyph_at(c, k, r) != ' ';
	return n;
}

static void test_lines_are_clipped_to_the_plot_area(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(10, 5, CANVAS_BRAILLE);
	canvas_set_clip(c, 2, 1, 6, 3); /* dots x 4..15, y 4..15 */
	canvas_line(c, 0, 0, 3, 3, STYLE_CURVE, LINE_SOLID); /* outside */
	canvas_line(c, 0, 19, 19, 19, STYLE_CURVE, LINE_SOLID);
	assert_int_equal(count_drawn(c), 0);
	canvas_line(c, -100, 8.5, 100, 8.5, STYLE_CURVE, LINE_SOLID); /* crossing */
	assert_int_equal(count_drawn(c), 6);
	for (int k = 0; k < 10; k++)
		assert_int_equal(glyph_at(c, k, 2) != ' ', k >= 2 && k < 8);
	canvas_free(c);
}

static void test_non_finite_segments_draw_nothing(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(10, 5, CANVAS_BRAILLE);
	canvas_line(c, 1, 1, NAN, 5, STYLE_CURVE, LINE_SOLID);
	canvas_line(c, INFINITY, 1, 5, 5, STYLE_CURVE, LINE_SOLID);
	canvas_line(c, 1, -INFINITY, 5, 5, STYLE_CURVE, LINE_SOLID);
	canvas_dot(c, NAN, 1, STYLE_CURVE);
	canvas_marker(c, 1, NAN, STYLE_CURRENT, MARK_CURRENT);
	canvas_arrow(c, 1, 1, 1, NAN, STYLE_ARROW, LINE_SOLID);
	assert_int_equal(count_drawn(c), 0);
	/* finite ends whose difference overflows still draw */
	canvas_line(c, -1.7e308, 2.5, 1.7e308, 2.5, STYLE_CURVE, LINE_SOLID);
	assert_int_equal(count_drawn(c), 10);
	canvas_free(c);
}

static void test_arrow_heads_point_8_ways(void **state)
{
	(void)state;
	/* dx, dy in dots (y down): E NE N NW W SW S SE */
	static const double dir[8][2] = {
		{ 1, 0 }, { 1, -1 }, { 0, -1 }, { -1, -1 },
		{ -1, 0 }, { -1, 1 }, { 0, 1 }, { 1, 1 },
	};
	static const uint16_t unicode[8] = {
		0x2192, 0x2197, 0x2191, 0x2196, 0x2190, 0x2199, 0x2193, 0x2198,
	};
	static const char ascii[8] = { '>', '^', '^', '^', '<', 'v', 'v', 'v' };
	struct canvas *b = canvas_new(20, 10, CANVAS_BRAILLE);
	struct canvas *a = canvas_new(20, 10, CANVAS_ASCII);
	for (int i = 0; i < 8; i++) {
		double x0 = 20.5, y0 = 20.5, x1 = x0 + 12 * dir[i][0], y1 = y0 + 12 * dir[i][1];
		canvas_clear(b);
		canvas_clear(a);
		canvas_arrow(b, x0, y0, x1, y1, STYLE_ARROW, LINE_SOLID);
		canvas_arrow(a, x0, y0, x1, y1, STYLE_ARROW, LINE_SOLID);
		int col = (int)x1 / 2, row = (int)y1 / 4;
		assert_int_equal(glyph_at(b, col, row), unicode[i]);
		assert_int_equal(glyph_at(a, col, row), ascii[i]);
		assert_int_equal(style_at(b, col, row), STYLE_ARROW);
		assert_true(count_drawn(b) > 1); /* a shaft too */
	}
	canvas_clear(b);
	canvas_arrow(b, 3, 3, 3, 3, STYLE_ARROW, LINE_SOLID);
	assert_int_equal(count_drawn(b), 0);
	canvas_free(a);
	canvas_free(b);
}

static void test_higher_style_takes_a_shared_cell(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(2, 1, CANVAS_BRAILLE);
	canvas_dot(c, 0, 0, STYLE_CONTOUR);
	canvas_dot(c, 1, 3, STYLE_TANGENT);
	canvas_dot(c, 0, 1, STYLE_CURVE); /* lower than the tangent */
	assert_int_equal(style_at(c, 0, 0), STYLE_TANGENT);
	assert_int_equal(glyph_at(c, 0, 0), 0x2800 + 0x01 + 0x80 + 0x02); /* merged */
	/* a marker takes the cell from lower series, not from higher ones */
	canvas_marker(c, 0, 0, STYLE_PATH, MARK_POINT);
	assert_int_equal(style_at(c, 0, 0), STYLE_TANGENT);
	canvas_marker(c, 0, 0, STYLE_CURRENT, MARK_CURRENT);
	assert_int_equal(glyph_at(c, 0, 0), 0x25CF);
	canvas_dot(c, 1, 1, STYLE_ARROW); /* lower than current: no change */
	assert_int_equal(glyph_at(c, 0, 0), 0x25CF);
	/* ascii: the winner's dots alone */
	struct canvas *a = canvas_new(1, 1, CANVAS_ASCII);
	canvas_line(a, 0, 0.5, 1.9, 0.5, STYLE_CONTOUR, LINE_SOLID);
	canvas_line(a, 0, 3.5, 1.9, 3.5, STYLE_PATH, LINE_SOLID);
	assert_int_equal(style_at(a, 0, 0), STYLE_PATH);
	assert_int_equal(glyph_at(a, 0, 0), '-');
	canvas_free(a);
	canvas_free(c);
}

static void test_markers_by_mode(void **state)
{
	(void)state;
	struct canvas *a = canvas_new(4, 1, CANVAS_ASCII);
	canvas_marker(a, 0.5, 1, STYLE_PATH, MARK_POINT);
	canvas_marker(a, 2.5, 1, STYLE_START, MARK_START);
	canvas_marker(a, 4.5, 1, STYLE_CURRENT, MARK_CURRENT);
	canvas_marker(a, 6.5, 1, STYLE_FIELD, MARK_ZERO);
	assert_int_equal(glyph_at(a, 0, 0), 'o');
	assert_int_equal(glyph_at(a, 1, 0), 'S');
	assert_int_equal(glyph_at(a, 2, 0), '@');
	assert_int_equal(glyph_at(a, 3, 0), '.');
	canvas_free(a);
}

/* 中 and 文: two columns each in a UTF-8 locale */
#define ZHONG "\xe4\xb8\xad"
#define WEN "\xe6\x96\x87"
#define ZHONG_CP 0x4E2D
#define WEN_CP 0x6587

static void test_text_in_ascii_mode_keeps_the_languages_characters(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(6, 1, CANVAS_ASCII);
	canvas_dot(c, 0, 0, STYLE_CURRENT);
	/* from column -1: x is cut; é takes a cell, 中 two: ascii mode is
	 * about dots, a Chinese legend stays Chinese */
	canvas_text(c, -1, 0, "xa\xc3\xa9" ZHONG "bcdef", STYLE_LABEL);
	assert_int_equal(glyph_at(c, 0, 0), 'a');
	assert_int_equal(glyph_at(c, 1, 0), 0xE9);
	assert_int_equal(glyph_at(c, 2, 0), ZHONG_CP);
	assert_int_equal(glyph_at(c, 3, 0), 0); /* 中's second cell */
	assert_int_equal(glyph_at(c, 4, 0), 'b');
	assert_int_equal(style_at(c, 0, 0), STYLE_LABEL);
	canvas_free(c);
}

static void test_text_is_utf8_a_wide_character_two_cells(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(7, 1, CANVAS_BRAILLE);
	canvas_dot(c, 2, 0, STYLE_CURVE); /* under the text: overwritten */
	canvas_text(c, 0, 0, "a" ZHONG WEN "\xc3\xa9\x01", STYLE_LABEL);
	assert_int_equal(glyph_at(c, 0, 0), 'a');
	assert_int_equal(glyph_at(c, 1, 0), ZHONG_CP);
	assert_int_equal(glyph_at(c, 2, 0), 0); /* its right half */
	assert_int_equal(style_at(c, 2, 0), STYLE_LABEL);
	assert_int_equal(glyph_at(c, 3, 0), WEN_CP);
	assert_int_equal(glyph_at(c, 4, 0), 0);
	assert_int_equal(glyph_at(c, 5, 0), 0xE9);
	assert_int_equal(glyph_at(c, 6, 0), '?'); /* a control character */
	canvas_free(c);
}

static void test_text_never_splits_a_wide_character_at_an_edge(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(4, 1, CANVAS_BRAILLE);
	/* right edge: 文 would need columns 3 and 4; it and what follows are
	 * left out */
	canvas_text(c, 1, 0, ZHONG WEN "b", STYLE_LABEL);
	assert_int_equal(glyph_at(c, 0, 0), ' ');
	assert_int_equal(glyph_at(c, 1, 0), ZHONG_CP);
	assert_int_equal(glyph_at(c, 2, 0), 0);
	assert_int_equal(glyph_at(c, 3, 0), ' ');
	/* left edge: 中 at column -1 shows neither half */
	canvas_clear(c);
	canvas_text(c, -1, 0, ZHONG "ab", STYLE_LABEL);
	assert_int_equal(glyph_at(c, 0, 0), ' ');
	assert_int_equal(glyph_at(c, 1, 0), 'a');
	assert_int_equal(glyph_at(c, 2, 0), 'b');
	canvas_free(c);
}

static void test_a_wide_character_drawn_over_by_half_reads_as_spaces(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(4, 1, CANVAS_BRAILLE);
	canvas_text(c, 0, 0, ZHONG WEN, STYLE_LABEL);
	canvas_glyph(c, 1, 0, 0x2192, '>', STYLE_TITLE); /* over 中's right half */
	canvas_marker(c, 4.5, 1.5, STYLE_TITLE, MARK_CURRENT); /* over 文's left half */
	assert_int_equal(glyph_at(c, 0, 0), ' ');
	assert_int_equal(glyph_at(c, 1, 0), 0x2192);
	assert_int_equal(glyph_at(c, 2, 0), 0x25CF);
	assert_int_equal(glyph_at(c, 3, 0), ' ');
	/* a narrower copy cuts 中 in half at its edge: a space */
	canvas_clear(c);
	canvas_text(c, 0, 0, "a" ZHONG, STYLE_LABEL);
	struct canvas *d = canvas_new(2, 1, CANVAS_BRAILLE);
	assert_int_equal(canvas_blit(d, 0, 0, c), 0);
	assert_int_equal(glyph_at(d, 0, 0), 'a');
	assert_int_equal(glyph_at(d, 1, 0), ' ');
	canvas_free(d);
	canvas_free(c);
}

static void test_resize_and_copy(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(4, 2, CANVAS_BRAILLE);
	canvas_dot(c, 0, 0, STYLE_CURVE);
	assert_int_equal(canvas_resize(c, 30, 10), 0);
	assert_int_equal(canvas_cols(c), 30);
	assert_int_equal(count_drawn(c), 0);
	canvas_dot(c, 59, 39, STYLE_CURVE);
	struct canvas *d = canvas_new(30, 10, CANVAS_BRAILLE);
	assert_int_equal(canvas_copy(d, c), 0);
	assert_int_equal(glyph_at(d, 29, 9), 0x2880);
	assert_int_equal(canvas_resize(c, 0, 3), -1);
	assert_int_equal(canvas_resize(c, 3, 3), 0);
	assert_int_equal(canvas_copy(d, c), -1);
	assert_null(canvas_new(0, 1, CANVAS_ASCII));
	canvas_free(d);
	canvas_free(c);
}


/* Dots of a cell as a count. */
static int dots_in(const struct canvas *c, int col, int row)
{
	uint16_t g = glyph_at(c, col, row);
	int n = 0;
	for (unsigned m = g >= 0x2800 && g <= 0x28FF ? g - 0x2800u : 0; m; m >>= 1)
		n += m & 1;
	return n;
}

/* A level curve is dotted: a dot every third dot along the line, across
 * as well as down, so it never reads as the solid path. */
static void test_dotted_lines_keep_one_dot_in_three(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(30, 15, CANVAS_BRAILLE);
	canvas_line(c, 0.5, 1.5, 59.5, 1.5, STYLE_CONTOUR, LINE_DOTTED); /* 60 dots */
	int across = 0;
	for (int k = 0; k < 30; k++)
		across += dots_in(c, k, 0);
	assert_int_equal(across, 20);
	canvas_clear(c);
	canvas_line(c, 0.5, 0.5, 0.5, 59.5, STYLE_CONTOUR, LINE_DOTTED); /* 60 dots */
	int down = 0;
	for (int r = 0; r < 15; r++)
		down += dots_in(c, 0, r);
	assert_int_equal(down, 20);
	canvas_clear(c);
	canvas_line(c, 0.5, 0.5, 59.5, 59.5, STYLE_CONTOUR, LINE_SOLID);
	int solid = 0;
	for (int r = 0; r < 15; r++)
		for (int k = 0; k < 30; k++)
			solid += dots_in(c, k, r);
	assert_int_equal(solid, 60);
	canvas_free(c);
}

/* A legend's sample counts its pattern from its own first dot: a dashed
 * sample is two cells on and one off wherever it sits. */
static void test_anchored_lines_start_their_pattern(void **state)
{
	(void)state;
	for (int start = 0; start < 4; start++) {
		struct canvas *c = canvas_new(10, 1, CANVAS_BRAILLE);
		double x = start * 2 + 0.5;
		canvas_line_anchored(c, x, 2.5, x + 5, 2.5, STYLE_LEVEL, LINE_DASHED);
		assert_int_equal(glyph_at(c, start, 0), 0x2824);     /* ⠤ */
		assert_int_equal(glyph_at(c, start + 1, 0), 0x2824);
		assert_int_equal(glyph_at(c, start + 2, 0), ' ');
		canvas_free(c);
	}
}

/* Arrows count their shaft's pattern back from the head: a dotted arrow
 * has a gap next to its head, a solid one has none. */
static void test_arrow_shaft_pattern_counts_from_the_head(void **state)
{
	(void)state;
	for (int shift = 0; shift < 3; shift++) {
		struct canvas *c = canvas_new(12, 1, CANVAS_ASCII);
		double x0 = shift * 2 + 0.5, x1 = x0 + 11;
		int head = (int)x1 / 2;
		canvas_arrow(c, x0, 1.5, x1, 1.5, STYLE_GRADIENT, LINE_DOTTED);
		assert_int_equal(glyph_at(c, head, 0), '>');
		assert_int_equal(glyph_at(c, head - 1, 0), ' ');
		assert_int_equal(glyph_at(c, head - 2, 0), '-');
		canvas_clear(c);
		canvas_arrow(c, x0, 1.5, x1, 1.5, STYLE_ARROW, LINE_SOLID);
		assert_int_equal(glyph_at(c, head - 1, 0), '-');
		canvas_free(c);
	}
}

/* In ascii the current level is ~ and the other levels . : ' */
static void test_ascii_current_level_is_a_tilde(void **state)
{
	(void)state;
	struct canvas *c = canvas_new(4, 2, CANVAS_ASCII);
	canvas_line(c, 0.5, 2.5, 7.5, 2.5, STYLE_LEVEL, LINE_SOLID);
	canvas_line(c, 0.5, 6.5, 7.5, 6.5, STYLE_CONTOUR, LINE_SOLID);
	for (int k = 0; k < 4; k++) {
		assert_int_equal(glyph_at(c, k, 0), '~');
		assert_int_equal(glyph_at(c, k, 1), '.');
	}
	canvas_free(c);
}

/* Without color the tangent and the secant keep their own glyphs in
 * ascii, whatever their slope: where they cross the curve, the three stay
 * apart. */
static void test_ascii_tangent_and_secant_have_their_own_glyphs(void **state)
{
	(void)state;
	struct canvas *a = canvas_new(12, 3, CANVAS_ASCII);
	canvas_line(a, 0, 1.5, 23.9, 1.5, STYLE_CURVE, LINE_SOLID);
	canvas_line(a, 0, 4.5, 23.9, 7.5, STYLE_TANGENT, LINE_SOLID);
	canvas_line(a, 0, 11.5, 23.9, 11.5, STYLE_SECANT, LINE_SOLID);
	for (int k = 0; k < 12; k++) {
		assert_int_equal(glyph_at(a, k, 0), '-');
		assert_int_equal(glyph_at(a, k, 2), ':');
	}
	for (int k = 0; k < 12; k++)
		if (style_at(a, k, 1) == STYLE_TANGENT)
			assert_int_equal(glyph_at(a, k, 1), '*');
	assert_int_equal(style_at(a, 0, 1), STYLE_TANGENT);
	/* over the curve the tangent wins its cell and keeps its glyph */
	canvas_line(a, 0, 1.5, 23.9, 1.5, STYLE_TANGENT, LINE_SOLID);
	assert_int_equal(glyph_at(a, 5, 0), '*');
	canvas_free(a);
}

/* Six series, six markers, each its own glyph in both modes. */
static void test_series_markers_differ(void **state)
{
	(void)state;
	static const uint16_t unicode[CANVAS_SERIES] = { 0x2022, 0x00D7, 0x25AA, 0x25B4, 0x25BE, 0x25C6 };
	static const char ascii[CANVAS_SERIES] = { 'o', 'x', '#', '^', 'v', '%' };
	struct canvas *b = canvas_new(CANVAS_SERIES, 1, CANVAS_BRAILLE);
	struct canvas *a = canvas_new(CANVAS_SERIES, 1, CANVAS_ASCII);
	for (int i = 0; i < CANVAS_SERIES; i++) {
		enum canvas_style s = (enum canvas_style)(STYLE_SERIES_1 + i);
		enum canvas_marker m = (enum canvas_marker)(MARK_SERIES_1 + i);
		canvas_marker(b, 2 * i + 0.5, 1, s, m);
		canvas_marker(a, 2 * i + 0.5, 1, s, m);
		assert_int_equal(glyph_at(b, i, 0), unicode[i]);
		assert_int_equal(glyph_at(a, i, 0), ascii[i]);
		assert_int_equal(style_at(a, i, 0), s);
		for (int j = 0; j < i; j++)
			assert_true(canvas_style_ink(s).color != canvas_style_ink((enum canvas_style)(STYLE_SERIES_1 + j)).color);
		/* the sixth color is the contours' blue: bold sets it apart */
		struct canvas_ink ink = canvas_style_ink(s), contour = canvas_style_ink(STYLE_CONTOUR);
		assert_true(ink.color != contour.color || ink.bold != contour.bold);
	}
	canvas_free(a);
	canvas_free(b);
}

/* The cells another canvas holds, put at an offset and cut at the edges. */
static void test_blit_copies_cells_at_an_offset(void **state)
{
	(void)state;
	struct canvas *src = canvas_new(3, 2, CANVAS_BRAILLE);
	struct canvas *dst = canvas_new(5, 3, CANVAS_BRAILLE);
	canvas_text(src, 0, 0, "abc", STYLE_LABEL);
	canvas_dot(src, 0, 4, STYLE_CURVE);
	assert_int_equal(canvas_blit(dst, 3, 1, src), 0);
	assert_int_equal(glyph_at(dst, 3, 1), 'a');
	assert_int_equal(glyph_at(dst, 4, 1), 'b');
	assert_int_equal(glyph_at(dst, 3, 2), 0x2801);
	assert_int_equal(style_at(dst, 3, 2), STYLE_CURVE);
	assert_int_equal(glyph_at(dst, 2, 1), ' ');
	assert_int_equal(canvas_blit(dst, -1, 0, src), 0);
	assert_int_equal(glyph_at(dst, 0, 0), 'b');
	struct canvas *a = canvas_new(3, 2, CANVAS_ASCII);
	assert_int_equal(canvas_blit(dst, 0, 0, a), -1);
	canvas_free(a);
	canvas_free(dst);
	canvas_free(src);
}

/* A field arrow stays in its own cells: the head in the shaft's row (or
 * column, or diagonal), the length in cells as asked, the middle on the
 * cell given. */
static void test_cell_arrows_keep_to_their_cells(void **state)
{
	(void)state;
	static const uint16_t unicode[8] = {
		0x2192, 0x2197, 0x2191, 0x2196, 0x2190, 0x2199, 0x2193, 0x2198,
	};
	static const char ascii[8] = { '>', '/', '^', '\\', '<', '/', 'v', '\\' };
	/* where the head lands from cell (10, 5) with 2 steps */
	static const int head[8][2] = {
		{ 11, 5 }, { 12, 4 }, { 10, 4 }, { 8, 4 }, { 9, 5 }, { 8, 6 }, { 10, 6 }, { 12, 6 },
	};
	struct canvas *b = canvas_new(20, 10, CANVAS_BRAILLE);
	struct canvas *a = canvas_new(20, 10, CANVAS_ASCII);
	for (int i = 0; i < 8; i++) {
		canvas_clear(b);
		canvas_clear(a);
		canvas_cell_arrow(b, 10, 5, i, 2, STYLE_FIELD, LINE_SOLID);
		canvas_cell_arrow(a, 10, 5, i, 2, STYLE_FIELD, LINE_SOLID);
		assert_int_equal(glyph_at(b, head[i][0], head[i][1]), unicode[i]);
		assert_int_equal(glyph_at(a, head[i][0], head[i][1]), ascii[i]);
		int rows[10] = { 0 }, drawn = 0;
		for (int r = 0; r < 10; r++)
			for (int k = 0; k < 20; k++)
				if (glyph_at(a, k, r) != ' ') {
					rows[r]++;
					drawn++;
				}
		bool diagonal = i % 2 == 1;
		/* 2 steps: 2 shaft cells and the head; a diagonal 4 and the head */
		assert_int_equal(drawn, diagonal ? 5 : 3);
		if (i == 0 || i == 4) /* east, west: one row */
			assert_int_equal(rows[5], 3);
		for (int r = 0; r < 10; r++) /* braille: nothing outside the ascii cells' rows */
			for (int k = 0; k < 20; k++)
				if (glyph_at(b, k, r) != ' ')
					assert_true(rows[r] > 0);
	}
	/* no steps: the head alone, on the cell */
	canvas_clear(a);
	canvas_cell_arrow(a, 3, 3, 6, 0, STYLE_FIELD, LINE_SOLID);
	assert_int_equal(glyph_at(a, 3, 3), 'v');
	assert_int_equal(count_drawn(a), 1);
	canvas_free(a);
	canvas_free(b);
}

int main(void)
{
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL || wcwidth((wchar_t)ZHONG_CP) != 2) {
		fprintf(stderr, "test_canvas: needs the locale C.UTF-8, where wcwidth(U+4E2D) is 2\n");
		return 1;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_braille_dots_have_unicode_bits),
		cmocka_unit_test(test_empty_cells_are_spaces),
		cmocka_unit_test(test_dot_geometry_of_each_mode),
		cmocka_unit_test(test_block_quadrants),
		cmocka_unit_test(test_ascii_lines_take_their_slope_glyph),
		cmocka_unit_test(test_ascii_contours_draw_dotty),
		cmocka_unit_test(test_lines_are_clipped_to_the_plot_area),
		cmocka_unit_test(test_non_finite_segments_draw_nothing),
		cmocka_unit_test(test_arrow_heads_point_8_ways),
		cmocka_unit_test(test_higher_style_takes_a_shared_cell),
		cmocka_unit_test(test_markers_by_mode),
		cmocka_unit_test(test_text_in_ascii_mode_keeps_the_languages_characters),
		cmocka_unit_test(test_text_is_utf8_a_wide_character_two_cells),
		cmocka_unit_test(test_text_never_splits_a_wide_character_at_an_edge),
		cmocka_unit_test(test_a_wide_character_drawn_over_by_half_reads_as_spaces),
		cmocka_unit_test(test_resize_and_copy),
		cmocka_unit_test(test_dotted_lines_keep_one_dot_in_three),
		cmocka_unit_test(test_anchored_lines_start_their_pattern),
		cmocka_unit_test(test_arrow_shaft_pattern_counts_from_the_head),
		cmocka_unit_test(test_ascii_current_level_is_a_tilde),
		cmocka_unit_test(test_ascii_tangent_and_secant_have_their_own_glyphs),
		cmocka_unit_test(test_series_markers_differ),
		cmocka_unit_test(test_blit_copies_cells_at_an_offset),
		cmocka_unit_test(test_cell_arrows_keep_to_their_cells),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
