/* Tests for keys: the one binding table, the action of each key code, and
 * the key names `slope frame --keys` reads, with their errors. */
#include "testutil.h"

#include <stdio.h>

#include "keys.h"

/* ---- the table ---------------------------------------------------------- */

static void test_every_action_but_tick_is_bound_exactly_once(void **state)
{
	(void)state;
	size_t n;
	const struct key_binding *b = key_bindings(&n);
	int rows[ACT_COUNT] = { 0 };
	for (size_t i = 0; i < n; i++) {
		assert_true(b[i].action > ACT_NONE && b[i].action < ACT_COUNT);
		rows[b[i].action]++;
	}
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		/* the autoplay tick comes from the clock, never from a key */
		int expected = a == ACT_TICK ? 0 : 1;
		if (rows[a] != expected) {
			print_error("action %d has %d rows in the table, expected %d\n", a, rows[a], expected);
			fail();
		}
	}
}

static void test_no_key_code_is_bound_twice(void **state)
{
	(void)state;
	size_t n;
	const struct key_binding *b = key_bindings(&n);
	for (size_t i = 0; i < n; i++)
		for (int k = 0; k < KEYS_PER_BINDING && b[i].keys[k] != 0; k++)
			for (size_t j = 0; j < n; j++)
				for (int m = 0; m < KEYS_PER_BINDING && b[j].keys[m] != 0; m++)
					if ((i != j || k != m) && b[i].keys[k] == b[j].keys[m]) {
						print_error("key %d is bound in rows %zu and %zu\n", b[i].keys[k], i, j);
						fail();
					}
}

static void test_every_binding_has_a_key_names_and_help(void **state)
{
	(void)state;
	size_t n;
	const struct key_binding *b = key_bindings(&n);
	assert_true(n > 0);
	for (size_t i = 0; i < n; i++) {
		assert_true(b[i].keys[0] > 0 && b[i].keys[0] < KC_LAST);
		assert_non_null(b[i].names);
		assert_non_null(b[i].help);
		assert_true(strlen(b[i].names) > 0);
		assert_true(strlen(b[i].help) > 0);
	}
}

static void test_each_bound_key_gives_its_rows_action(void **state)
{
	(void)state;
	size_t n;
	const struct key_binding *b = key_bindings(&n);
	for (size_t i = 0; i < n; i++)
		for (int k = 0; k < KEYS_PER_BINDING && b[i].keys[k] != 0; k++)
			assert_int_equal(key_action(b[i].keys[k]), b[i].action);
}

/* ---- key_action --------------------------------------------------------- */

static void test_key_codes_map_to_their_actions(void **state)
{
	(void)state;
	assert_int_equal(key_action(KC_RIGHT), ACT_RIGHT);
	assert_int_equal(key_action(KC_LEFT), ACT_LEFT);
	assert_int_equal(key_action(KC_PGDN), ACT_FORWARD_10);
	assert_int_equal(key_action(KC_PGUP), ACT_BACK_10);
	assert_int_equal(key_action(KC_HOME), ACT_FIRST);
	assert_int_equal(key_action(KC_END), ACT_LAST);
	assert_int_equal(key_action(KC_TAB), ACT_FOCUS);
	assert_int_equal(key_action(KC_CTRL('c')), ACT_QUIT);
}

static void test_second_keys_of_a_binding_act_like_the_first(void **state)
{
	(void)state;
	/* shifted - on a US keyboard */
	assert_int_equal(key_action('_'), ACT_LR_DOWN);
	assert_int_equal(key_action('l'), ACT_RIGHT);
	assert_int_equal(key_action('h'), ACT_LEFT);
	assert_int_equal(key_action('L'), ACT_RIGHT_BIG);
	assert_int_equal(key_action('H'), ACT_LEFT_BIG);
	assert_int_equal(key_action('<'), ACT_SLOWER);
	assert_int_equal(key_action('>'), ACT_FASTER);
	assert_int_equal(key_action('w'), ACT_SNAPSHOT);
	assert_int_equal(key_action('?'), ACT_HELP);
}

static void test_unbound_keys_do_nothing(void **state)
{
	(void)state;
	const int unbound[] = { 0, -1, KC_UP, KC_DOWN, KC_DELETE, KC_ENTER, KC_ESC,
	                        KC_BACKSPACE, KC_LAST, KC_CHAR_MAX, 'x', 'Z', '\n' };
	for (size_t i = 0; i < sizeof unbound / sizeof unbound[0]; i++)
		assert_int_equal(key_action(unbound[i]), ACT_NONE);
}

static void test_key_table_maps_the_documented_keys(void **state)
{
	(void)state;
	assert_int_equal(key_action(' '), ACT_NEXT);
	assert_int_equal(key_action('n'), ACT_NEXT);
	assert_int_equal(key_action('p'), ACT_PREV);
	assert_int_equal(key_action('g'), ACT_RUN_TO_END);
	assert_int_equal(key_action('+'), ACT_LR_UP);
	assert_int_equal(key_action('-'), ACT_LR_DOWN);
	assert_int_equal(key_action('\t'), ACT_FOCUS);
	assert_int_equal(key_action('q'), ACT_QUIT);
	assert_int_equal(key_action('Z'), ACT_NONE);
}

static void test_man_page_lists_every_key(void **state)
{
	(void)state;
	FILE *f = fopen("man/slope.1", "r");
	assert_non_null(f);
	static char man[65536];
	size_t n = fread(man, 1, sizeof man - 1, f);
	fclose(f);
	man[n] = '\0';
	size_t count;
	const struct key_binding *b = key_bindings(&count);
	for (size_t i = 0; i < count; i++) {
		if (strstr(man, b[i].help) == NULL) {
			print_error("man/slope.1 lacks the help of key '%s': %s\n", b[i].names, b[i].help);
			fail();
		}
	}
}

/* ---- keys_parse --------------------------------------------------------- */

/* Parses text with room for max keys; returns its status. */
static int parse(const char *text, size_t max, int *keys, size_t *n, char *err)
{
	return keys_parse(text, keys, max, n, err, 512);
}

static void test_plain_characters_are_their_own_codes(void **state)
{
	(void)state;
	int keys[16];
	size_t n = 99;
	char err[512] = "";
	assert_int_equal(parse("n p+>\t", 16, keys, &n, err), 0);
	assert_int_equal(n, 6);
	const int expected[] = { 'n', ' ', 'p', '+', '>', '\t' };
	assert_memory_equal(keys, expected, sizeof expected);
	assert_string_equal(err, "");
}

static void test_empty_text_is_no_keys(void **state)
{
	(void)state;
	int keys[1];
	size_t n = 99;
	char err[512];
	assert_int_equal(parse("", 0, keys, &n, err), 0);
	assert_int_equal(n, 0);
}

static void test_every_name_the_header_lists_is_read(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		int code;
	} names[] = {
		{ "<Right>", KC_RIGHT }, { "<Left>", KC_LEFT }, { "<Up>", KC_UP },
		{ "<Down>", KC_DOWN }, { "<PgUp>", KC_PGUP }, { "<PgDn>", KC_PGDN },
		{ "<Home>", KC_HOME }, { "<End>", KC_END }, { "<Del>", KC_DELETE },
		{ "<Tab>", KC_TAB }, { "<Enter>", KC_ENTER }, { "<Esc>", KC_ESC },
		{ "<BS>", KC_BACKSPACE }, { "<Space>", ' ' }, { "<lt>", '<' },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		int keys[4];
		size_t n;
		char err[512];
		if (parse(names[i].text, 4, keys, &n, err) != 0) {
			print_error("%s: %s\n", names[i].text, err);
			fail();
		}
		assert_int_equal(n, 1);
		assert_int_equal(keys[0], names[i].code);
	}
}

static void test_control_names_a_to_z_are_codes_1_to_26(void **state)
{
	(void)state;
	for (char c = 'a'; c <= 'z'; c++) {
		char text[8];
		snprintf(text, sizeof text, "<C-%c>", c);
		int keys[2];
		size_t n;
		char err[512];
		assert_int_equal(parse(text, 2, keys, &n, err), 0);
		assert_int_equal(n, 1);
		assert_int_equal(keys[0], c - 'a' + 1);
	}
}

static void test_names_and_characters_mix_in_order(void **state)
{
	(void)state;
	int keys[16];
	size_t n;
	char err[512];
	assert_int_equal(parse("e<C-u>x**2<Enter><lt>>", 16, keys, &n, err), 0);
	const int expected[] = { 'e', KC_CTRL('u'), 'x', '*', '*', '2', KC_ENTER, '<', '>' };
	assert_int_equal(n, sizeof expected / sizeof expected[0]);
	assert_memory_equal(keys, expected, sizeof expected);
}

static void test_every_name_in_the_error_message_is_read(void **state)
{
	(void)state;
	int keys[64];
	size_t n;
	char err[512];
	assert_int_equal(parse("<Nope>", 64, keys, &n, err), -1);
	const char *list = strstr(err, "(names: ");
	assert_non_null(list);
	int names = 0;
	for (const char *p = strchr(list, '<'); p; p = strchr(p + 1, '<')) {
		const char *close = strchr(p, '>');
		assert_non_null(close);
		char one[32];
		snprintf(one, sizeof one, "%.*s", (int)(close - p + 1), p);
		char why[512];
		if (parse(one, 64, keys, &n, why) != 0) {
			print_error("the message lists %s, which does not parse: %s\n", one, why);
			fail();
		}
		names++;
	}
	assert_int_equal(names, 17); /* the 15 names, <C-a> and <C-z> */
}

#define NAMES_LIST "(names: <Right> <Left> <Up> <Down> <PgUp> <PgDn> <Home> <End> <Del> <Tab> <Enter> <Esc> <BS> <Space> <C-a>..<C-z> <lt>)"

static void test_unknown_name_is_refused_with_its_column(void **state)
{
	(void)state;
	int keys[16];
	size_t n;
	char err[512];
	assert_int_equal(parse("nn<Foo>", 16, keys, &n, err), -1);
	assert_string_equal(err, "unknown key name '<Foo>' at column 3 " NAMES_LIST);
	/* names are case-sensitive, and C- takes one lower-case letter */
	assert_int_equal(parse("<right>", 16, keys, &n, err), -1);
	assert_string_equal(err, "unknown key name '<right>' at column 1 " NAMES_LIST);
	assert_int_equal(parse("<Right><C-A>", 16, keys, &n, err), -1);
	assert_string_equal(err, "unknown key name '<C-A>' at column 8 " NAMES_LIST);
	assert_int_equal(parse("<M-x>", 16, keys, &n, err), -1);
	assert_string_equal(err, "unknown key name '<M-x>' at column 1 " NAMES_LIST);
	assert_int_equal(parse("<C+x>", 16, keys, &n, err), -1);
	assert_string_equal(err, "unknown key name '<C+x>' at column 1 " NAMES_LIST);
	assert_int_equal(parse("<C-ab>", 16, keys, &n, err), -1);
	assert_string_equal(err, "unknown key name '<C-ab>' at column 1 " NAMES_LIST);
	assert_int_equal(parse("a<>", 16, keys, &n, err), -1);
	assert_string_equal(err, "unknown key name '<>' at column 2 " NAMES_LIST);
}

static void test_a_long_unknown_name_is_quoted_to_20_characters(void **state)
{
	(void)state;
	int keys[64];
	size_t n;
	char err[512];
	assert_int_equal(parse("<abcdefghijklmnopqrstuvwxyz>", 64, keys, &n, err), -1);
	assert_string_equal(err, "unknown key name '<abcdefghijklmnopqrst>' at column 1 " NAMES_LIST);
}

static void test_unclosed_name_is_refused_with_its_column(void **state)
{
	(void)state;
	int keys[16];
	size_t n;
	char err[512];
	assert_int_equal(parse("ab<Right", 16, keys, &n, err), -1);
	assert_string_equal(err, "'<' at column 3 opens a key name that is not closed with '>' (write <lt> for the key <)");
	assert_int_equal(parse("<Left><", 16, keys, &n, err), -1);
	assert_string_equal(err, "'<' at column 7 opens a key name that is not closed with '>' (write <lt> for the key <)");
}

static void test_more_keys_than_max_are_refused(void **state)
{
	(void)state;
	int keys[3] = { 0, 0, -7 };
	size_t n;
	char err[512];
	assert_int_equal(parse("abc", 2, keys, &n, err), -1);
	assert_string_equal(err, "more than 2 keys");
	assert_int_equal(keys[2], -7); /* nothing written past max */
	assert_int_equal(parse("a", 0, keys, &n, err), -1);
	assert_string_equal(err, "more than 0 keys");
	/* a name is one key however long it is */
	assert_int_equal(parse("<PgDn><Enter>", 2, keys, &n, err), 0);
	assert_int_equal(n, 2);
}

static void test_a_short_error_buffer_gets_a_cut_message(void **state)
{
	(void)state;
	int keys[4];
	size_t n;
	char err[8];
	assert_int_equal(keys_parse("<Nope>", keys, 4, &n, err, sizeof err), -1);
	assert_string_equal(err, "unknown");
}

/* The prompt's hint names the Ctrl keys of its table: Ctrl-A/E/U. */
static void test_the_prompts_ctrl_letters_come_from_its_table(void **state)
{
	(void)state;
	assert_int_equal(mode_key_ctrl_letter(MODE_PROMPT, EDIT_HOME), 'A');
	assert_int_equal(mode_key_ctrl_letter(MODE_PROMPT, EDIT_END), 'E');
	assert_int_equal(mode_key_ctrl_letter(MODE_PROMPT, EDIT_EMPTY), 'U');
	assert_int_equal(mode_key_ctrl_letter(MODE_PROMPT, EDIT_BACKSPACE), 'H');
	/* Enter ('\n' among its codes) and Esc are keys of their own */
	assert_int_equal(mode_key_ctrl_letter(MODE_PROMPT, EDIT_APPLY), 0);
	assert_int_equal(mode_key_ctrl_letter(MODE_PROMPT, EDIT_CANCEL), 0);
	assert_int_equal(mode_key_ctrl_letter(MODE_PROMPT, EDIT_LEFT), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_action_but_tick_is_bound_exactly_once),
		cmocka_unit_test(test_no_key_code_is_bound_twice),
		cmocka_unit_test(test_every_binding_has_a_key_names_and_help),
		cmocka_unit_test(test_each_bound_key_gives_its_rows_action),
		cmocka_unit_test(test_key_codes_map_to_their_actions),
		cmocka_unit_test(test_second_keys_of_a_binding_act_like_the_first),
		cmocka_unit_test(test_unbound_keys_do_nothing),
		cmocka_unit_test(test_key_table_maps_the_documented_keys),
		cmocka_unit_test(test_man_page_lists_every_key),
		cmocka_unit_test(test_plain_characters_are_their_own_codes),
		cmocka_unit_test(test_empty_text_is_no_keys),
		cmocka_unit_test(test_every_name_the_header_lists_is_read),
		cmocka_unit_test(test_control_names_a_to_z_are_codes_1_to_26),
		cmocka_unit_test(test_names_and_characters_mix_in_order),
		cmocka_unit_test(test_every_name_in_the_error_message_is_read),
		cmocka_unit_test(test_unknown_name_is_refused_with_its_column),
		cmocka_unit_test(test_a_long_unknown_name_is_quoted_to_20_characters),
		cmocka_unit_test(test_unclosed_name_is_refused_with_its_column),
		cmocka_unit_test(test_more_keys_than_max_are_refused),
		cmocka_unit_test(test_a_short_error_buffer_gets_a_cut_message),
		cmocka_unit_test(test_the_prompts_ctrl_letters_come_from_its_table),
	};
	return cmocka_run_group_tests_name("keys", tests, NULL, NULL);
}
