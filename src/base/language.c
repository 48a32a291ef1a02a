/* language: locale and catalogue set-up. A locale the machine does not
 * have (LANG=zh_CN.UTF-8 where only C.UTF-8 is installed) still gets its
 * UTF-8 character set and its language: the character set from C.UTF-8,
 * the language through LANGUAGE, which gettext honours in any locale but
 * C. */
#include "language.h"

#include <langinfo.h>
#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif

/* The locale the environment names for messages, as gettext reads it. */
static const char *locale_name(void)
{
	const char *names[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	for (int i = 0; i < 3; i++) {
		const char *v = getenv(names[i]);
		if (v && *v)
			return v;
	}
	return "";
}

static bool names_utf8(const char *name)
{
	return strstr(name, "UTF-8") || strstr(name, "utf8") || strstr(name, "UTF8") ||
	       strstr(name, "utf-8");
}

static bool starts_with(const char *s, const char *prefix)
{
	return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Whether the environment asks for Chinese, in gettext's order: LANGUAGE
 * first, a list such as fr:zh_CN:en, entry by entry (zh... is Chinese;
 * en... or C is English, the untranslated text; any other has no
 * catalogue here and gives way to the next); a list that names none of
 * them leaves gettext its untranslated text, English. gettext ignores
 * LANGUAGE where the messages' locale is C (name empty, C or POSIX); there,
 * and without LANGUAGE, the locale's name decides. */
static bool asks_chinese(const char *language, const char *name)
{
	bool c_locale = !*name || strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0;
	if (!language || !*language || c_locale)
		return starts_with(name, "zh");
	for (const char *entry = language; *entry;) {
		size_t len = strcspn(entry, ":");
		if (len >= 2 && strncmp(entry, "zh", 2) == 0)
			return true;
		if ((len >= 2 && strncmp(entry, "en", 2) == 0) || (len == 1 && *entry == 'C'))
			return false;
		entry += len + (entry[len] == ':');
	}
	return false;
}

/* The directory of the catalogue: the build's, next to this executable,
 * when it holds one, else the installed one. */
static void catalogue_dir(char *dir, size_t len)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			snprintf(dir, len, "%s/build/locale", exe);
			char mo[PATH_MAX + 64];
			snprintf(mo, sizeof mo, "%s/zh_CN/LC_MESSAGES/slope.mo", dir);
			if (access(mo, R_OK) == 0)
				return;
		}
	}
	snprintf(dir, len, "%s", LOCALEDIR);
}

const char *language_option(int argc, char **argv)
{
	const char *lang = NULL;
	for (int i = 1; i < argc; i++) {
		if (strncmp(argv[i], "--lang=", 7) == 0)
			lang = argv[i] + 7;
		else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
			lang = argv[++i];
	}
	return lang;
}

bool language_setup(const char *lang)
{
	const char *name = locale_name();
	bool utf8_asked = names_utf8(name);
	if (setlocale(LC_CTYPE, "") == NULL && utf8_asked)
		setlocale(LC_CTYPE, "C.UTF-8");
	const char *codeset = nl_langinfo(CODESET);
	bool utf8 = codeset && strcmp(codeset, "UTF-8") == 0;
	bool have_messages = setlocale(LC_MESSAGES, "") != NULL;
	bool chinese = asks_chinese(getenv("LANGUAGE"), name);
	/* --lang zh, or zh_CN as LANGUAGE spells it */
	if (lang && starts_with(lang, "zh"))
		chinese = true;
	if (lang && starts_with(lang, "en"))
		chinese = false;
	bool fallback = false;
	if (chinese && !utf8) {
		fallback = true;
		chinese = false;
	}
	if (chinese) {
		setenv("LANGUAGE", "zh_CN", 1);
		/* gettext ignores LANGUAGE in the C locale */
		const char *messages = setlocale(LC_MESSAGES, NULL);
		if (!have_messages || !messages || strcmp(messages, "C") == 0 ||
		    strcmp(messages, "POSIX") == 0)
			setlocale(LC_MESSAGES, "C.UTF-8");
	} else {
		/* English is the untranslated text: a LANGUAGE list's later
		 * entries (en:zh_CN) must not bring Chinese back */
		setenv("LANGUAGE", "en", 1);
	}
	char dir[PATH_MAX + 32];
	catalogue_dir(dir, sizeof dir);
	bindtextdomain("slope", dir);
	bind_textdomain_codeset("slope", "UTF-8");
	textdomain("slope");
	return fallback;
}
