/* i18n: the two macros every user-visible string goes through. _() looks a
 * message up in slope's catalogue (gettext) where it is shown; N_() only
 * marks a string that is looked up later (a table's text). Messages are
 * whole sentences with printf's arguments, never pieced together. */
#ifndef SLOPE_I18N_H
#define SLOPE_I18N_H

#include <libintl.h>

#define _(text) gettext(text)
#define N_(text) (text)

#endif
