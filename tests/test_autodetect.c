/* Tests for autodetect: what --canvas auto, --color auto and a missing --size
 * resolve to, under a UTF-8 and an ASCII locale, with and without NO_COLOR,
 * on a terminal (a pseudo-terminal) and on a file. */
#include "testutil.h"

#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "autodetect.h"

/* Sets LC_CTYPE, failing the test when the locale is missing here. */
static void use_ctype(const char *locale)
{
	if (setlocale(LC_CTYPE, locale) == NULL) {
		print_error("the locale %s is missing here (see locale -a)\n", locale);
		fail();
	}
}

static int restore_ctype(void **state)
{
	(void)state;
	setlocale(LC_CTYPE, "C");
	return 0;
}

/* ---- resolve_canvas ----------------------------------------------------- */

static void test_an_explicit_canvas_is_taken_in_any_locale(void **state)
{
	(void)state;
	const char *locales[] = { "C", "C.UTF-8" };
	for (int i = 0; i < 2; i++) {
		use_ctype(locales[i]);
		assert_int_equal(resolve_canvas(CANVAS_BRAILLE_MODE), CANVAS_BRAILLE);
		assert_int_equal(resolve_canvas(CANVAS_BLOCK_MODE), CANVAS_BLOCK);
		assert_int_equal(resolve_canvas(CANVAS_ASCII_MODE), CANVAS_ASCII);
	}
}

static void test_auto_canvas_is_braille_in_a_utf8_locale(void **state)
{
	(void)state;
	use_ctype("C.UTF-8");
	assert_int_equal(resolve_canvas(CANVAS_AUTO), CANVAS_BRAILLE);
}

static void test_auto_canvas_is_ascii_in_the_c_locale(void **state)
{
	(void)state;
	use_ctype("C.UTF-8");
	use_ctype("C");
	assert_int_equal(resolve_canvas(CANVAS_AUTO), CANVAS_ASCII);
	use_ctype("POSIX");
	assert_int_equal(resolve_canvas(CANVAS_AUTO), CANVAS_ASCII);
}

/* ---- resolve_color ------------------------------------------------------ */

static int unset_no_color(void **state)
{
	(void)state;
	return unsetenv("NO_COLOR");
}

static void test_always_and_never_ignore_the_terminal_and_no_color(void **state)
{
	(void)state;
	const char *no_color[] = { NULL, "", "1" };
	for (int i = 0; i < 3; i++) {
		if (no_color[i])
			setenv("NO_COLOR", no_color[i], 1);
		else
			unsetenv("NO_COLOR");
		for (int tty = 0; tty < 2; tty++) {
			assert_true(resolve_color(COLOR_ALWAYS, tty));
			assert_false(resolve_color(COLOR_NEVER, tty));
		}
	}
}

static void test_auto_color_is_on_a_terminal_only(void **state)
{
	(void)state;
	unsetenv("NO_COLOR");
	assert_true(resolve_color(COLOR_AUTO, true));
	assert_false(resolve_color(COLOR_AUTO, false));
}

static void test_auto_color_is_off_when_no_color_is_set(void **state)
{
	(void)state;
	setenv("NO_COLOR", "1", 1);
	assert_false(resolve_color(COLOR_AUTO, true));
	setenv("NO_COLOR", "0", 1); /* any value, even 0 */
	assert_false(resolve_color(COLOR_AUTO, true));
}

static void test_an_empty_no_color_counts_as_unset(void **state)
{
	(void)state;
	/* no-color.org: "when present and not an empty string" */
	setenv("NO_COLOR", "", 1);
	assert_true(resolve_color(COLOR_AUTO, true));
	assert_false(resolve_color(COLOR_AUTO, false));
}

/* ---- output_size -------------------------------------------------------- */

static void test_size_given_wins_even_on_a_file(void **state)
{
	(void)state;
	struct config cfg = { .size_cols = 72, .size_rows = 20 };
	FILE *f = tmpfile();
	assert_non_null(f);
	int cols = -1, rows = -1;
	output_size(f, &cfg, 120, 40, &cols, &rows);
	assert_int_equal(cols, 72);
	assert_int_equal(rows, 20);
	fclose(f);
}

static void test_a_file_gets_the_fallback_size(void **state)
{
	(void)state;
	struct config cfg = { .size_cols = 0 };
	FILE *f = tmpfile();
	assert_non_null(f);
	int cols = -1, rows = -1;
	output_size(f, &cfg, 120, 40, &cols, &rows);
	assert_int_equal(cols, 120);
	assert_int_equal(rows, 40);
	output_size(f, &cfg, 80, 24, &cols, &rows);
	assert_int_equal(cols, 80);
	assert_int_equal(rows, 24);
	fclose(f);
}

/* The terminal end of a new pseudo-terminal of size cols x rows, or NULL
 * (then *master is -1) when this machine has none. */
static FILE *open_terminal(int cols, int rows, int *master)
{
	*master = posix_openpt(O_RDWR | O_NOCTTY);
	if (*master < 0)
		return NULL;
	const char *name = NULL;
	int fd = -1;
	if (grantpt(*master) == 0 && unlockpt(*master) == 0 && (name = ptsname(*master)) != NULL)
		fd = open(name, O_RDWR | O_NOCTTY);
	if (fd < 0) {
		close(*master);
		*master = -1;
		return NULL;
	}
	struct winsize ws = { .ws_row = (unsigned short)rows, .ws_col = (unsigned short)cols };
	assert_int_equal(ioctl(fd, TIOCSWINSZ, &ws), 0);
	FILE *f = fdopen(fd, "w");
	assert_non_null(f);
	return f;
}

static void test_a_terminal_gets_its_own_size(void **state)
{
	(void)state;
	int master;
	FILE *tty = open_terminal(97, 31, &master);
	if (tty == NULL) {
		print_message("no pseudo-terminal here: the terminal case is not checked\n");
		skip();
	}
	struct config cfg = { .size_cols = 0 };
	int cols = -1, rows = -1;
	output_size(tty, &cfg, 120, 40, &cols, &rows);
	assert_int_equal(cols, 97);
	assert_int_equal(rows, 31);
	/* --size still wins */
	cfg.size_cols = 60;
	cfg.size_rows = 20;
	output_size(tty, &cfg, 120, 40, &cols, &rows);
	assert_int_equal(cols, 60);
	assert_int_equal(rows, 20);
	fclose(tty);
	close(master);
}

static void test_a_terminal_of_size_0x0_gets_the_fallback(void **state)
{
	(void)state;
	int master;
	FILE *tty = open_terminal(0, 0, &master);
	if (tty == NULL) {
		print_message("no pseudo-terminal here: the terminal case is not checked\n");
		skip();
	}
	struct config cfg = { .size_cols = 0 };
	int cols = -1, rows = -1;
	output_size(tty, &cfg, 120, 40, &cols, &rows);
	assert_int_equal(cols, 120);
	assert_int_equal(rows, 40);
	fclose(tty);
	close(master);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_an_explicit_canvas_is_taken_in_any_locale, restore_ctype),
		cmocka_unit_test_teardown(test_auto_canvas_is_braille_in_a_utf8_locale, restore_ctype),
		cmocka_unit_test_teardown(test_auto_canvas_is_ascii_in_the_c_locale, restore_ctype),
		cmocka_unit_test_teardown(test_always_and_never_ignore_the_terminal_and_no_color, unset_no_color),
		cmocka_unit_test_teardown(test_auto_color_is_on_a_terminal_only, unset_no_color),
		cmocka_unit_test_teardown(test_auto_color_is_off_when_no_color_is_set, unset_no_color),
		cmocka_unit_test_teardown(test_an_empty_no_color_counts_as_unset, unset_no_color),
		cmocka_unit_test(test_size_given_wins_even_on_a_file),
		cmocka_unit_test(test_a_file_gets_the_fallback_size),
		cmocka_unit_test(test_a_terminal_gets_its_own_size),
		cmocka_unit_test(test_a_terminal_of_size_0x0_gets_the_fallback),
	};
	return cmocka_run_group_tests_name("autodetect", tests, NULL, NULL);
}
