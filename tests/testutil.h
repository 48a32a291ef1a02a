/* testutil: what every cmocka test includes, in the order cmocka needs. */
#ifndef SLOPE_TESTUTIL_H
#define SLOPE_TESTUTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

/* Under the sanitizers (make unit-asan) a test runs 4 to 10 times slower.
 * A test that sweeps many cases through the same code (every iteration of
 * a run, every terminal size, random values by the thousand) takes every
 * case in the plain build (make unit) and one in SWEEP_STRIDE under the
 * sanitizers, the same ones every run: each path is still taken there,
 * and make check is seconds shorter. */
#if defined(__SANITIZE_ADDRESS__)
#define TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TEST_SANITIZED 1
#endif
#endif
#ifndef TEST_SANITIZED
#define TEST_SANITIZED 0
#endif
#define SWEEP_STRIDE (TEST_SANITIZED ? 8 : 1)

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
