/* columns: checks that a screen printed as text (slope frame) is exactly
 * ROWS lines of at most COLS terminal columns each, measured as a terminal
 * measures them: wcwidth in C.UTF-8, where a CJK character takes two
 * columns. A line with a character wcwidth does not know (-1) fails too.
 * With --boxed, a line that starts with a box-drawing character (a pane's
 * or the tour's border) must also end with one at exactly COLS columns:
 * a wide character measured wrong would push the right border out.
 * usage: columns COLS ROWS [--boxed] < frame   (exit 0, or 1 and why) */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int main(int argc, char **argv)
{
	if (argc != 3 && !(argc == 4 && strcmp(argv[3], "--boxed") == 0)) {
		fprintf(stderr, "usage: columns COLS ROWS [--boxed] < frame\n");
		return 2;
	}
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL || wcwidth(0x4E2D) != 2) {
		fprintf(stderr, "columns: needs the locale C.UTF-8\n");
		return 2;
	}
	int cols = atoi(argv[1]), rows = atoi(argv[2]), n = 0, bad = 0;
	int boxed = argc == 4;
	static char line[65536];
	static wchar_t wide[65536];
	while (fgets(line, sizeof line, stdin)) {
		n++;
		size_t len = strlen(line);
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		size_t k = mbstowcs(wide, line, sizeof wide / sizeof wide[0]);
		int w = k == (size_t)-1 ? -1 : wcswidth(wide, k);
		if (w < 0) {
			printf("line %d: not valid UTF-8 or not printable\n", n);
			bad = 1;
		} else if (w > cols) {
			printf("line %d: %d columns, more than %d\n", n, w, cols);
			bad = 1;
		} else if (boxed && k > 0 && wide[0] >= 0x2500 && wide[0] <= 0x257F &&
		           (w != cols || wide[k - 1] < 0x2500 || wide[k - 1] > 0x257F)) {
			printf("line %d: a box's line of %d columns that does not end with its border at %d\n",
			       n, w, cols);
			bad = 1;
		}
	}
	if (n != rows) {
		printf("%d lines, not %d\n", n, rows);
		bad = 1;
	}
	return bad;
}
