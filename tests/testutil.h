/* testutil: what every cmocka test includes, in the order cmocka needs. */
#ifndef SLOPE_TESTUTIL_H
#define SLOPE_TESTUTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

/* Exact comparison of doubles, with both printed as hex on failure. */
#define assert_double_exact(actual, expected)                                  \
	do {                                                                   \
		double a_ = (actual), e_ = (expected);                         \
		if (!(a_ == e_)) {                                             \
			print_error("%s = %a (%.17g), expected %a (%.17g)\n",  \
			            #actual, a_, a_, e_, e_);                  \
			fail();                                                \
		}                                                              \
	} while (0)

#endif
