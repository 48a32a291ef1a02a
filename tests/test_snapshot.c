/* Tests for snapshot: the w key's text files, in a fresh directory per
 * test. Names come from a fixed time in a fixed time zone; a file appears
 * whole under a name no other file has, and a failure leaves nothing. */
#include "testutil.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "cli.h"
#include "render.h"
#include "snapshot.h"

/* link() as the file system does it, or failing with links_fail's errno
 * (0: not failing), as on a file system without hard links. This program's
 * definition is the one snapshot.o calls. */
static int links_fail;

int link(const char *from, const char *to)
{
	if (links_fail) {
		errno = links_fail;
		return -1;
	}
	return linkat(AT_FDCWD, from, AT_FDCWD, to, 0);
}

/* 2023-11-14 22:13:20 UTC */
#define WHEN ((time_t)1700000000)
#define NAME_UTC "slope-20231114-221320.txt"

struct fixture {
	char dir[64];
	struct screen screen;
};

static int fixture_setup(void **state)
{
	static struct fixture f;
	snprintf(f.dir, sizeof f.dir, "/tmp/slope-test-snapshot-XXXXXX");
	if (mkdtemp(f.dir) == NULL)
		return -1;
	if (screen_init(&f.screen, 12, 3) != 0)
		return -1;
	screen_text(&f.screen, 0, 0, 12, "iter 1/100", STYLE_TEXT);
	screen_text(&f.screen, 1, 2, 10, "@", STYLE_CURRENT); /* a color, were it on */
	*state = &f;
	return 0;
}

/* Removes dir and what is in it (no subdirectories). */
static void remove_dir(const char *dir)
{
	DIR *d = opendir(dir);
	if (d == NULL)
		return;
	struct dirent *e;
	char path[512];
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		unlink(path);
	}
	closedir(d);
	rmdir(dir);
}

static int fixture_teardown(void **state)
{
	struct fixture *f = *state;
	screen_free(&f->screen);
	remove_dir(f->dir);
	return 0;
}

/* The whole content of dir/name; free it. NULL when it cannot be read. */
static char *read_file(const char *dir, const char *name)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *in = fopen(path, "r");
	if (in == NULL)
		return NULL;
	static char buf[4096];
	size_t n = fread(buf, 1, sizeof buf - 1, in);
	fclose(in);
	buf[n] = '\0';
	return strdup(buf);
}

static void write_file(const char *dir, const char *name, const char *content)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *out = fopen(path, "wx");
	assert_non_null(out);
	fputs(content, out);
	assert_int_equal(fclose(out), 0);
}

/* The number of entries in dir; fails on a temporary file left behind. */
static int entries(const char *dir)
{
	DIR *d = opendir(dir);
	assert_non_null(d);
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (strncmp(e->d_name, ".slope-snapshot-", 16) == 0) {
			print_error("a temporary file was left behind: %s\n", e->d_name);
			fail();
		}
		n++;
	}
	closedir(d);
	return n;
}

/* What the file must hold: the screen as render_screen prints it, no color. */
static char *expected_text(const struct screen *s)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	assert_non_null(out);
	assert_int_equal(render_screen(out, s, false), 0);
	fclose(out);
	return text;
}

static void assert_file_holds_the_screen(const struct fixture *f, const char *name)
{
	char *got = read_file(f->dir, name), *want = expected_text(&f->screen);
	assert_non_null(got);
	assert_string_equal(got, want);
	assert_string_equal(want, "iter 1/100\n  @\n\n");
	free(got);
	free(want);
}

/* ---- snapshot_write ----------------------------------------------------- */

static void test_file_is_named_by_the_local_time_and_holds_the_plain_screen(void **state)
{
	struct fixture *f = *state;
	char name[256] = "", err[256] = "";
	assert_int_equal(snapshot_write(f->dir, &f->screen, WHEN, name, sizeof name, err, sizeof err), 0);
	assert_string_equal(name, NAME_UTC);
	assert_string_equal(err, "");
	assert_file_holds_the_screen(f, NAME_UTC);
	assert_int_equal(entries(f->dir), 1);
}

static void test_the_name_follows_the_time_zone(void **state)
{
	struct fixture *f = *state;
	char name[256], err[256];
	setenv("TZ", "JST-9", 1); /* nine hours east: the next morning */
	tzset();
	int rc = snapshot_write(f->dir, &f->screen, WHEN, name, sizeof name, err, sizeof err);
	setenv("TZ", "UTC", 1);
	tzset();
	assert_int_equal(rc, 0);
	assert_string_equal(name, "slope-20231115-071320.txt");
}

static void test_a_second_write_in_the_same_second_gets_dash_1_then_dash_2(void **state)
{
	struct fixture *f = *state;
	char name[256], err[256];
	assert_int_equal(snapshot_write(f->dir, &f->screen, WHEN, name, sizeof name, err, sizeof err), 0);
	assert_string_equal(name, NAME_UTC);
	assert_int_equal(snapshot_write(f->dir, &f->screen, WHEN, name, sizeof name, err, sizeof err), 0);
	assert_string_equal(name, "slope-20231114-221320-1.txt");
	assert_int_equal(snapshot_write(f->dir, &f->screen, WHEN, name, sizeof name, err, sizeof err), 0);
	assert_string_equal(name, "slope-20231114-221320-2.txt");
	assert_file_holds_the_screen(f, "slope-20231114-221320-1.txt");
	assert_file_holds_the_screen(f, "slope-20231114-221320-2.txt");
	/* the next second starts again without a suffix */
	assert_int_equal(snapshot_write(f->dir, &f->screen, WHEN + 1, name, sizeof name, err, sizeof err), 0);
	assert_string_equal(name, "slope-20231114-221321.txt");
	assert_int_equal(entries(f->dir), 4);
}

static void test_an_existing_file_is_never_overwritten(void **state)
{
	struct fixture *f = *state;
	write_file(f->dir, NAME_UTC, "precious\n");
	write_file(f->dir, "slope-20231114-221320-1.txt", "also mine\n");
	char name[256], err[256];
	assert_int_equal(snapshot_write(f->dir, &f->screen, WHEN, name, sizeof name, err, sizeof err), 0);
	assert_string_equal(name, "slope-20231114-221320-2.txt");
	char *kept = read_file(f->dir, NAME_UTC);
	assert_string_equal(kept, "precious\n");
	free(kept);
	kept = read_file(f->dir, "slope-20231114-221320-1.txt");
	assert_string_equal(kept, "also mine\n");
	free(kept);
	assert_file_holds_the_screen(f, name);
	assert_int_equal(entries(f->dir), 3);
}

/* Without hard links (FAT, some network mounts: link fails with EPERM or
 * ENOTSUP) the file is created under its final name, still never over a
 * file, with the same content, and no temporary file stays. */
static void test_without_hard_links_it_still_writes_and_never_overwrites(void **state)
{
	struct fixture *f = *state;
	const int errors[] = { EPERM, ENOTSUP };
	for (int i = 0; i < 2; i++) {
		char name[256], err[256] = "", first[64];
		snprintf(first, sizeof first, "slope-20231114-2213%02d.txt", 20 + i);
		write_file(f->dir, first, "precious\n");
		links_fail = errors[i];
		int rc = snapshot_write(f->dir, &f->screen, WHEN + i, name, sizeof name, err, sizeof err);
		int rc2 = snapshot_write(f->dir, &f->screen, WHEN + i, name + 128, 128, err, sizeof err);
		links_fail = 0;
		assert_int_equal(rc, 0);
		assert_int_equal(rc2, 0);
		assert_string_equal(err, "");
		char want[64];
		snprintf(want, sizeof want, "slope-20231114-2213%02d-1.txt", 20 + i);
		assert_string_equal(name, want);
		assert_file_holds_the_screen(f, name);
		snprintf(want, sizeof want, "slope-20231114-2213%02d-2.txt", 20 + i);
		assert_string_equal(name + 128, want);
		assert_file_holds_the_screen(f, name + 128);
		char *kept = read_file(f->dir, first);
		assert_string_equal(kept, "precious\n");
		free(kept);
	}
	assert_int_equal(entries(f->dir), 6);
}

static void test_after_a_thousand_names_it_gives_up_and_leaves_nothing(void **state)
{
	struct fixture *f = *state;
	write_file(f->dir, NAME_UTC, "");
	for (int i = 1; i <= 999; i++) {
		char taken[64];
		snprintf(taken, sizeof taken, "slope-20231114-221320-%d.txt", i);
		write_file(f->dir, taken, "");
	}
	char name[256], err[256], want[256];
	assert_int_equal(snapshot_write(f->dir, &f->screen, WHEN, name, sizeof name, err, sizeof err), -1);
	snprintf(want, sizeof want, "1000 snapshots in one second already in %s", f->dir);
	assert_string_equal(err, want);
	assert_int_equal(entries(f->dir), 1000);
}

static void test_a_missing_directory_gives_one_line_naming_it(void **state)
{
	struct fixture *f = *state;
	char dir[128], name[256], err[256], want[512];
	snprintf(dir, sizeof dir, "%s/no-such-dir", f->dir);
	assert_int_equal(snapshot_write(dir, &f->screen, WHEN, name, sizeof name, err, sizeof err), -1);
	snprintf(want, sizeof want, "cannot write in %s: %s", dir, strerror(ENOENT));
	assert_string_equal(err, want);
	assert_null(strchr(err, '\n'));
	assert_int_equal(entries(f->dir), 0);
}

static void test_an_unwritable_directory_gives_one_line_naming_it(void **state)
{
	struct fixture *f = *state;
	/* root may write in any directory, whatever its mode; nobody can
	 * create a file under a regular file */
	write_file(f->dir, "a-file", "");
	char dir[128], name[256], err[256], want[512];
	snprintf(dir, sizeof dir, "%s/a-file/sub", f->dir);
	assert_int_equal(snapshot_write(dir, &f->screen, WHEN, name, sizeof name, err, sizeof err), -1);
	snprintf(want, sizeof want, "cannot write in %s: %s", dir, strerror(ENOTDIR));
	assert_string_equal(err, want);
	assert_int_equal(entries(f->dir), 1);
	if (geteuid() != 0) {
		/* and a directory without write permission, for everyone but root */
		assert_int_equal(chmod(f->dir, 0500), 0);
		int rc = snapshot_write(f->dir, &f->screen, WHEN, name, sizeof name, err, sizeof err);
		chmod(f->dir, 0700);
		assert_int_equal(rc, -1);
		snprintf(want, sizeof want, "cannot write in %s: %s", f->dir, strerror(EACCES));
		assert_string_equal(err, want);
	}
}

static void test_a_directory_name_too_long_is_refused(void **state)
{
	struct fixture *f = *state;
	static char dir[5000];
	memset(dir, 'd', sizeof dir - 1);
	dir[0] = '/';
	dir[sizeof dir - 1] = '\0';
	char name[256], err[256];
	assert_int_equal(snapshot_write(dir, &f->screen, WHEN, name, sizeof name, err, sizeof err), -1);
	assert_string_equal(err, "the directory's name is too long");
}

/* ---- snapshot_if_asked -------------------------------------------------- */

static void start_app(struct app *app, const char *dir)
{
	const char *args[] = { "slope" };
	struct config cfg;
	char err[256];
	assert_int_equal(cli_parse(1, (char **)args, &cfg, err, sizeof err), 0);
	assert_int_equal(app_init(app, &cfg), 0);
	config_free(&cfg);
	free(app->snapshot_dir);
	app->snapshot_dir = strdup(dir);
	assert_non_null(app->snapshot_dir);
}

static void test_w_writes_the_screen_and_says_the_files_name(void **state)
{
	struct fixture *f = *state;
	struct app app;
	start_app(&app, f->dir);
	assert_int_equal(app_key(&app, 'w'), EFFECT_SNAPSHOT);
	time_t before = time(NULL);
	snapshot_screen(&app, &f->screen);
	time_t after = time(NULL);
	/* the name is the time of the write: one of the seconds it took */
	bool found = false;
	for (time_t t = before; t <= after && !found; t++) {
		char want[128];
		struct tm tm;
		localtime_r(&t, &tm);
		strftime(want, sizeof want, "wrote slope-%Y%m%d-%H%M%S.txt", &tm);
		found = strcmp(app.message, want) == 0;
	}
	if (!found) {
		print_error("message '%s' does not name a file of the seconds %lld..%lld\n",
		            app.message, (long long)before, (long long)after);
		fail();
	}
	assert_file_holds_the_screen(f, app.message + strlen("wrote "));
	assert_int_equal(entries(f->dir), 1);
	app_free(&app);
}

static void test_w_that_cannot_write_says_why(void **state)
{
	struct fixture *f = *state;
	char dir[128], want[512];
	snprintf(dir, sizeof dir, "%s/gone", f->dir);
	struct app app;
	start_app(&app, dir);
	assert_int_equal(app_apply(&app, ACT_SNAPSHOT), EFFECT_SNAPSHOT);
	assert_int_equal(snapshot_screen(&app, &f->screen), -1);
	snprintf(want, sizeof want, "no snapshot: cannot write in %s: %s", dir, strerror(ENOENT));
	assert_string_equal(app.message, want);
	app_free(&app);
}

/* Only w asks the driver for a snapshot, W for a script and q to quit:
 * no other key of the table, and pressing a key writes nothing itself. */
static void test_nothing_is_written_unless_asked(void **state)
{
	struct fixture *f = *state;
	size_t n;
	const struct key_binding *b = key_bindings(&n);
	for (size_t i = 0; i < n; i++) {
		struct app app;
		start_app(&app, f->dir);
		enum app_effect e = app_key(&app, b[i].keys[0]);
		assert_int_equal(e == EFFECT_SNAPSHOT, b[i].action == ACT_SNAPSHOT);
		assert_int_equal(e == EFFECT_EXPORT, b[i].action == ACT_EXPORT);
		assert_int_equal(e == EFFECT_QUIT, b[i].action == ACT_QUIT);
		app_free(&app);
	}
	assert_int_equal(entries(f->dir), 0);
}

#define SNAPSHOT_TEST(t) cmocka_unit_test_setup_teardown(t, fixture_setup, fixture_teardown)

int main(void)
{
	setenv("TZ", "UTC", 1);
	tzset();
	const struct CMUnitTest tests[] = {
		SNAPSHOT_TEST(test_file_is_named_by_the_local_time_and_holds_the_plain_screen),
		SNAPSHOT_TEST(test_the_name_follows_the_time_zone),
		SNAPSHOT_TEST(test_a_second_write_in_the_same_second_gets_dash_1_then_dash_2),
		SNAPSHOT_TEST(test_an_existing_file_is_never_overwritten),
		SNAPSHOT_TEST(test_without_hard_links_it_still_writes_and_never_overwrites),
		SNAPSHOT_TEST(test_after_a_thousand_names_it_gives_up_and_leaves_nothing),
		SNAPSHOT_TEST(test_a_missing_directory_gives_one_line_naming_it),
		SNAPSHOT_TEST(test_an_unwritable_directory_gives_one_line_naming_it),
		SNAPSHOT_TEST(test_a_directory_name_too_long_is_refused),
		SNAPSHOT_TEST(test_w_writes_the_screen_and_says_the_files_name),
		SNAPSHOT_TEST(test_w_that_cannot_write_says_why),
		SNAPSHOT_TEST(test_nothing_is_written_unless_asked),
	};
	return cmocka_run_group_tests_name("snapshot", tests, NULL, NULL);
}
