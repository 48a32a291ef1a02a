/* Tests for record: --record's asciicast v2 file, written in a fresh
 * directory per test. The lines are compared exactly: the header, then an
 * "o" event per frame holding what an ANSI terminal needs to show it (only
 * the cells that changed), an "r" event on a resize; never over a file. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "record.h"
#include "screen.h"

struct fixture {
	char dir[64];
	char path[128];
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	if (f == NULL)
		return -1;
	snprintf(f->dir, sizeof f->dir, "/tmp/slope-test-record-XXXXXX");
	if (mkdtemp(f->dir) == NULL) {
		free(f);
		return -1;
	}
	snprintf(f->path, sizeof f->path, "%s/lesson.cast", f->dir);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	unlink(f->path);
	rmdir(f->dir);
	free(f);
	return 0;
}

/* The file's lines, the header's timestamp and every event's time cut out
 * ("T"), so that they compare exactly. */
static char *lines_of(const char *path)
{
	FILE *in = fopen(path, "r");
	assert_non_null(in);
	static char text[8192];
	size_t n = 0;
	char line[2048];
	while (fgets(line, sizeof line, in)) {
		char *cut = strstr(line, "\"timestamp\": ");
		if (cut) {
			char *end = strchr(cut, ',');
			n += (size_t)snprintf(text + n, sizeof text - n, "%.*s\"timestamp\": T%s",
			                      (int)(cut - line), line, end);
		} else if (line[0] == '[') {
			n += (size_t)snprintf(text + n, sizeof text - n, "[T%s", strchr(line, ','));
		} else {
			n += (size_t)snprintf(text + n, sizeof text - n, "%s", line);
		}
	}
	fclose(in);
	return text;
}

static void test_json_strings_escape_quotes_backslashes_and_control_bytes(void **state)
{
	(void)state;
	const char text[] = "a\"b\\c\033[0m\001\177\n中⠁";
	char out[6 * sizeof text + 3];
	size_t n = record_json_string(text, sizeof text - 1, out);
	assert_string_equal(out, "\"a\\\"b\\\\c\\u001b[0m\\u0001\\u007f\\u000a中⠁\"");
	assert_int_equal(n, strlen(out));
}

static void test_frames_are_the_header_then_whole_then_only_what_changed(void **state)
{
	struct fixture *f = *state;
	char err[256];
	struct record *r = record_open(f->path, err, sizeof err);
	assert_non_null(r);
	struct screen s;
	assert_int_equal(screen_init(&s, 6, 2), 0);
	screen_text(&s, 0, 0, 6, "ab", STYLE_TEXT);
	screen_text(&s, 1, 2, 4, "中x", STYLE_TEXT);
	record_frame(r, &s, true);
	/* a second frame: one cell changes, one gets bold (its character
	 * stays), the cursor shows */
	screen_text(&s, 0, 5, 1, "z", STYLE_TEXT);
	screen_text(&s, 0, 1, 1, "b", STYLE_FOCUS);
	s.cursor_on = true;
	s.cursor_row = 1;
	s.cursor_col = 0;
	record_frame(r, &s, true);
	record_frame(r, &s, true); /* nothing changed: no event */
	screen_free(&s);
	assert_int_equal(screen_init(&s, 3, 1), 0);
	screen_text(&s, 0, 0, 3, "q", STYLE_TEXT);
	record_frame(r, &s, true);
	screen_free(&s);
	assert_int_equal(record_close(r, err, sizeof err), 0);
	assert_string_equal(lines_of(f->path),
		"{\"version\": 2, \"width\": 6, \"height\": 2, \"timestamp\": T, \"title\": \"slope\"}\n"
		"[T, \"o\", \"\\u001b[0m\\u001b[?25l\\u001b[H\\u001b[2Jab\\u001b[2;3H中x\"]\n"
		"[T, \"o\", \"\\u001b[1;2H\\u001b[0;1mb\\u001b[0m   z\\u001b[2;1H\\u001b[?25h\"]\n"
		"[T, \"r\", \"3x1\"]\n"
		"[T, \"o\", \"\\u001b[0m\\u001b[?25l\\u001b[H\\u001b[2Jq\"]\n");
}

static void test_a_short_gap_is_written_over_not_jumped(void **state)
{
	struct fixture *f = *state;
	char err[256];
	struct record *r = record_open(f->path, err, sizeof err);
	assert_non_null(r);
	struct screen s;
	assert_int_equal(screen_init(&s, 20, 1), 0);
	screen_text(&s, 0, 0, 20, "f(x) = 2", STYLE_TEXT);
	screen_text(&s, 0, 15, 5, "y", STYLE_TEXT);
	record_frame(r, &s, false);
	screen_free(&s);
	assert_int_equal(record_close(r, err, sizeof err), 0);
	assert_non_null(strstr(lines_of(f->path), "\\u001b[2Jf(x) = 2\\u001b[1;16Hy\"]\n"));
}

/* The red current point: bold and red with colors, only bold without
 * (as tui.c draws it when the terminal has no colors or NO_COLOR). */
static void test_colors_only_when_the_terminal_shows_them(void **state)
{
	struct fixture *f = *state;
	char err[256];
	for (int color = 1; color >= 0; color--) {
		unlink(f->path);
		struct record *r = record_open(f->path, err, sizeof err);
		assert_non_null(r);
		struct screen s;
		assert_int_equal(screen_init(&s, 4, 1), 0);
		screen_text(&s, 0, 0, 4, "x", STYLE_CURRENT);
		record_frame(r, &s, color);
		screen_free(&s);
		assert_int_equal(record_close(r, err, sizeof err), 0);
		assert_non_null(strstr(lines_of(f->path), color ? "\\u001b[2J\\u001b[0;1;31mx\"]\n"
		                                                : "\\u001b[2J\\u001b[0;1mx\"]\n"));
	}
}

static void test_never_over_a_file(void **state)
{
	struct fixture *f = *state;
	FILE *taken = fopen(f->path, "w");
	assert_non_null(taken);
	fputs("keep me\n", taken);
	fclose(taken);
	char err[256];
	assert_int_equal(record_check(f->path, err, sizeof err), 2);
	assert_non_null(strstr(err, "exists"));
	assert_null(record_open(f->path, err, sizeof err));
	assert_non_null(strstr(err, "exists"));
	assert_string_equal(lines_of(f->path), "keep me\n");
}

static void test_a_directory_that_takes_no_file_is_refused(void **state)
{
	struct fixture *f = *state;
	char err[256], path[160];
	snprintf(path, sizeof path, "%s/no/such.cast", f->dir);
	assert_int_equal(record_check(path, err, sizeof err), 2);
	char want[160];
	snprintf(want, sizeof want, "--record: cannot create a file in '%s/no': ", f->dir);
	assert_non_null(strstr(err, want));
	snprintf(path, sizeof path, "%s/", f->dir);
	assert_int_equal(record_check(path, err, sizeof err), 2);
	assert_int_equal(record_check(f->path, err, sizeof err), 0);
	assert_int_equal(access(f->path, F_OK), -1); /* the check makes nothing */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_json_strings_escape_quotes_backslashes_and_control_bytes),
		cmocka_unit_test_setup_teardown(test_frames_are_the_header_then_whole_then_only_what_changed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_short_gap_is_written_over_not_jumped, setup, teardown),
		cmocka_unit_test_setup_teardown(test_colors_only_when_the_terminal_shows_them, setup, teardown),
		cmocka_unit_test_setup_teardown(test_never_over_a_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_directory_that_takes_no_file_is_refused, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
