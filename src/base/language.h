/* language: the language slope speaks. gettext's convention (LANGUAGE,
 * LC_ALL, LC_MESSAGES, LANG), --lang en|zh for one run, and the catalogue
 * of the build an uninstalled ./slope was built in, else the installed
 * one. Chinese needs a UTF-8 character set; without one slope speaks
 * English. */
#ifndef SLOPE_LANGUAGE_H
#define SLOPE_LANGUAGE_H

#include <stdbool.h>

/* Sets the locale's character set and messages (numbers stay in the C
 * locale) and binds slope's catalogue. lang is --lang's value ("en", "zh")
 * or NULL. Returns true when Chinese was asked for but the character set
 * is not UTF-8: the caller says so once. */
bool language_setup(const char *lang);

/* --lang's value among argv, read before anything else is printed (so
 * --help and the errors of the command line speak it), or NULL. */
const char *language_option(int argc, char **argv);

#endif
