/* linebreak: every place a paragraph may break, ranked, and each line
 * taken up to the best one that fits. Chinese needs no space between
 * words, but its closing punctuation never starts a line nor its opening
 * one ends one; a formula, an array or a point goes down whole. */
#include "linebreak.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "text.h"

/* Chinese punctuation that never starts a line (it closes or ends
 * something) and that never ends one (it opens something). */
static bool closes(uint32_t cp)
{
	static const uint32_t list[] = {
		0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF01, /* 、。，．：；？！ */
		0xFF09, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3009, 0x201D, /* ）》」』】〕〉” */
		0x2019, 0x2026, 0xFF05,                                         /* ’…％ */
	};
	for (size_t i = 0; i < sizeof list / sizeof list[0]; i++)
		if (list[i] == cp)
			return true;
	return false;
}

static bool opens(uint32_t cp)
{
	static const uint32_t list[] = {
		0xFF08, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3008, 0x201C, 0x2018, /* （《「『【〔〈“‘ */
	};
	for (size_t i = 0; i < sizeof list / sizeof list[0]; i++)
		if (list[i] == cp)
			return true;
	return false;
}

/* Where a line may end, from the gladdest to the last resort: at a space
 * between words or between two Chinese characters; before an operator of
 * a formula (`= x[0]` goes down whole); at a space inside a bracketed
 * array, point or formula, or after an operator. A number, or any run of
 * characters without a space, is cut only when it is wider than a line. */
enum { BREAK_WORD, BREAK_OPERATOR, BREAK_INSIDE, BREAK_LEVELS, BREAK_NONE = 255 };

/* Texts are paragraphs: a longer one breaks only at its words past here. */
#define WRAP_TEXT_MAX 4096

/* The columns of the first n bytes of text. */
static int text_columns_of(const char *text, size_t n)
{
	int cols = 0;
	for (const char *p = text; p < text + n;) {
		int w = text_char_columns(text_next_char(&p));
		cols += w < 0 ? 0 : w;
	}
	return cols;
}

static bool is_operator(const char *token, size_t n)
{
	return n > 0 && n <= 2 && strspn(token, "=+-*/<>") >= n;
}

static size_t token_length(const char *p)
{
	return strcspn(p, " ");
}

/* The bytes of the bracketed group opening at text[0], to its matching
 * bracket; 0 when it does not close, or when it reads as words (Chinese,
 * or a word of three letters or more: "(the status line counts down)"
 * breaks as prose, "(f(a+h) - f(a-h))", "(-7, 2)" and "[-6.  8.]" do not). */
static size_t formula_group(const char *text)
{
	int depth = 0, letters = 0;
	for (const char *p = text; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c >= 0x80)
			return 0;
		letters = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? letters + 1 : 0;
		if (letters >= 3)
			return 0;
		if (c == '(' || c == '[')
			depth++;
		else if ((c == ')' || c == ']') && --depth == 0)
			return (size_t)(p - text) + 1;
	}
	return 0;
}

/* The level of a break before each byte of text (BREAK_NONE: none there):
 * a run of spaces at its first byte, two Chinese characters between them. */
static void break_levels(const char *text, size_t n, unsigned char *level)
{
	memset(level, BREAK_NONE, n);
	uint32_t prev = ' ';
	for (size_t i = 0; i < n;) {
		if (text[i] == '(' || text[i] == '[') {
			size_t group = formula_group(text + i);
			for (size_t j = i + 1; j < i + group; j++)
				if (text[j] == ' ' && text[j - 1] != ' ')
					level[j] = BREAK_INSIDE;
			if (group > 0) {
				i += group;
				prev = (unsigned char)text[i - 1];
				continue;
			}
		}
		if (text[i] == ' ') {
			size_t end = i + strspn(text + i, " ");
			size_t start = i;
			while (start > 0 && text[start - 1] != ' ')
				start--;
			if (i > 0 && is_operator(text + end, token_length(text + end)))
				level[i] = BREAK_OPERATOR;
			else if (i > 0 && is_operator(text + start, i - start))
				level[i] = BREAK_INSIDE;
			else if (i > 0)
				level[i] = BREAK_WORD;
			prev = ' ';
			i = end;
			continue;
		}
		const char *p = text + i;
		uint32_t cp = text_next_char(&p);
		bool wide = text_char_columns(cp) == 2 || text_char_columns(prev) == 2;
		if (i > 0 && wide && prev != ' ' && !closes(cp) && !opens(prev))
			level[i] = BREAK_WORD;
		prev = cp;
		i = (size_t)(p - text);
	}
}

/* The line that starts at text[0] in width columns: returns its bytes
 * (trailing spaces left out); *next is where the next line starts. */
static size_t line_end(const char *text, size_t n, const unsigned char *level, int width,
                       size_t *next)
{
	size_t best[BREAK_LEVELS] = { 0 };
	int cols = 0;
	for (size_t i = 0; i < n;) {
		if (i > 0 && level[i] < BREAK_LEVELS)
			best[level[i]] = i;
		const char *p = text + i;
		int w = text_char_columns(text_next_char(&p));
		if (cols + w > width) {
			size_t end = i;
			for (int l = 0; l < BREAK_LEVELS; l++)
				if (best[l] > 0) {
					end = best[l];
					break;
				}
			if (end == 0) /* a wide character on a one-column line: left out */
				end = (size_t)(p - text);
			*next = end + strspn(text + end, " ");
			while (end > 0 && text[end - 1] == ' ')
				end--;
			return end;
		}
		cols += w < 0 ? 0 : w;
		i = (size_t)(p - text);
	}
	*next = n;
	return n;
}

size_t linebreak_cut(const char *text, int width)
{
	unsigned char level[WRAP_TEXT_MAX];
	size_t n = strlen(text), next;
	if (n > WRAP_TEXT_MAX)
		n = WRAP_TEXT_MAX;
	break_levels(text, n, level);
	size_t end = line_end(text, n, level, width, &next);
	return end > 0 && text_columns_of(text, end) > width ? 0 : end;
}

int linebreak_wrap(const char *text, int width, char lines[][LINEBREAK_LINE_MAX], int max_lines)
{
	unsigned char level[WRAP_TEXT_MAX];
	size_t n = strlen(text);
	if (width < 1 || max_lines < 1)
		return 0;
	if (n > WRAP_TEXT_MAX)
		n = WRAP_TEXT_MAX;
	break_levels(text, n, level);
	size_t at = strspn(text, " ");
	int used = 0;
	while (at < n && used < max_lines) {
		size_t next, end = line_end(text + at, n - at, level + at, width, &next);
		if (end >= LINEBREAK_LINE_MAX)
			end = LINEBREAK_LINE_MAX - 1;
		if (end > 0 && text_columns_of(text + at, end) <= width) {
			memcpy(lines[used], text + at, end);
			lines[used++][end] = '\0';
		}
		at += next > 0 ? next : 1;
	}
	return used;
}

static bool starts_as_path(const char *word)
{
	return word[0] == '/' || strncmp(word, "./", 2) == 0 || strncmp(word, "../", 3) == 0 ||
	       strncmp(word, "~/", 2) == 0;
}

void linebreak_elide_path(const char *text, int width, char *out, size_t len)
{
	if (len == 0)
		return;
	snprintf(out, len, "%s", text);
	int columns = text_columns(text);
	if (columns <= width)
		return;
	/* the first word that starts as a path does (a formula such as
	 * x0**2/4 never does) */
	size_t start = 0, end = 0;
	for (size_t at = 0; text[at]; at = end) {
		start = at + strspn(text + at, " ");
		end = start + strcspn(text + start, " ");
		if (starts_as_path(text + start))
			break;
		start = end;
	}
	if (start == end)
		return;
	/* whole characters off the word's head, "..." in their place, until
	 * the line fits (one kept at least); then on to the next '/', so that
	 * what is left reads as the end of a path */
	int shown = columns + 3;
	size_t cut = start;
	while (shown > width && cut + 1 < end) {
		const char *next = text + cut;
		int w = text_char_columns(text_next_char(&next));
		shown -= w < 0 ? 0 : w;
		cut = (size_t)(next - text);
	}
	if (shown > width || cut >= end)
		return;
	const char *slash = memchr(text + cut, '/', end - cut);
	if (slash != NULL)
		cut = (size_t)(slash - text);
	snprintf(out, len, "%.*s...%s", (int)start, text, text + cut);
}
