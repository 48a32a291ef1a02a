/* text: UTF-8 decoding and terminal columns, from wcwidth in the current
 * locale (LC_CTYPE). */
#include "text.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

uint32_t text_next_char(const char **p)
{
	const unsigned char *u = (const unsigned char *)*p;
	int n = u[0] < 0x80 ? 1 : (u[0] & 0xE0) == 0xC0 ? 2 : (u[0] & 0xF0) == 0xE0 ? 3
	      : (u[0] & 0xF8) == 0xF0 ? 4 : 0;
	uint32_t cp = n == 1 ? u[0] : n == 2 ? u[0] & 0x1Fu : n == 3 ? u[0] & 0x0Fu : u[0] & 0x07u;
	for (int i = 1; i < n; i++) {
		if ((u[i] & 0xC0) != 0x80) {
			n = 0;
			break;
		}
		cp = cp << 6 | (u[i] & 0x3Fu);
	}
	bool overlong = (n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
	if (n == 0 || overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
		*p += 1;
		return '?';
	}
	*p += n;
	return cp;
}

int text_char_columns(uint32_t cp)
{
	if (cp < 0x7F)
		return 1; /* a control character prints as '?' */
	int w = wcwidth((wchar_t)cp);
	return w < 0 ? 1 : w;
}

int text_columns(const char *text)
{
	int cols = 0;
	while (*text)
		cols += text_char_columns(text_next_char(&text));
	return cols;
}

char *text_pad(char *buf, size_t len, const char *text, int width)
{
	if (len == 0)
		return buf;
	snprintf(buf, len, "%s", text);
	size_t used = strlen(buf);
	for (int w = text_columns(buf); w < width && used + 1 < len; w++)
		buf[used++] = ' ';
	buf[used] = '\0';
	return buf;
}

size_t text_put_char(uint32_t cp, char buf[4])
{
	if (cp < 0x80) {
		buf[0] = (char)cp;
		return 1;
	}
	size_t n = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
	static const unsigned char lead[5] = { 0, 0, 0xC0, 0xE0, 0xF0 };
	buf[0] = (char)(lead[n] | (cp >> (6 * (n - 1))));
	for (size_t i = 1; i < n; i++)
		buf[i] = (char)(0x80 | ((cp >> (6 * (n - 1 - i))) & 0x3F));
	return n;
}
