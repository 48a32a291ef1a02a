/* numfmt_bench: nanoseconds per format_double on numbers like those descent
 * prints, against the snprintf/strtod search it replaced (copied below).
 *
 *   cc -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -Isrc/base -Itests \
 *      -o numfmt_bench bench/numfmt_bench.c src/base/numfmt.c -lm
 *   ./numfmt_bench [count]      (default 1000000 doubles)
 *
 * Each figure is the median of 5 runs over the same fixed set of doubles. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "numfmt.h"

#define RUNS 5

#include "numfmt_reference.h"

static uint64_t next_random(uint64_t *state)
{
	uint64_t x = *state;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return *state = x;
}

/* Uniform in [0, 1). */
static double unit(uint64_t *state)
{
	return (double)(next_random(state) >> 11) * 0x1p-53;
}

/* A fixed mix: coordinates that have almost converged to a round number
 * (-2.399999999999622), gradients and losses near zero (6e-10), and
 * coordinates mid-descent with every digit in use (-0.24999999999544897). */
static void fill(double *values, size_t count)
{
	uint64_t state = 0x9E3779B97F4A7C15ull;
	for (size_t i = 0; i < count; i++) {
		double sign = next_random(&state) & 1 ? -1.0 : 1.0;
		switch (i % 3) {
		case 0: {
			double round = floor(unit(&state) * 80.0 - 40.0) / 10.0;
			values[i] = round + sign * unit(&state) * 1e-11;
			break;
		}
		case 1:
			values[i] = sign * unit(&state) * 1e-9;
			break;
		default:
			values[i] = sign * unit(&state) * 8.0;
			break;
		}
	}
}

/* ---- Timing ---- */

static double seconds(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int compare_doubles(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* Median nanoseconds per call of format over values, of RUNS runs. The
 * checksum of the written lengths keeps the calls from being optimized out. */
static double time_format(char *(*format)(char *, double), const double *values,
                          size_t count, unsigned long *checksum)
{
	double ns[RUNS];
	char buf[NUMFMT_MAX + 32];
	for (int run = 0; run < RUNS; run++) {
		unsigned long sum = 0;
		double start = seconds();
		for (size_t i = 0; i < count; i++)
			sum += strlen(format(buf, values[i])) + (unsigned char)buf[1];
		ns[run] = (seconds() - start) * 1e9 / (double)count;
		*checksum += sum;
	}
	qsort(ns, RUNS, sizeof ns[0], compare_doubles);
	return ns[RUNS / 2];
}

int main(int argc, char **argv)
{
	size_t count = argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 1000000;
	if (count == 0) {
		fprintf(stderr, "usage: %s [count > 0]\n", argv[0]);
		return 2;
	}
	double *values = malloc(count * sizeof *values);
	if (values == NULL) {
		perror("malloc");
		return 1;
	}
	fill(values, count);

	size_t differ = 0;
	for (size_t i = 0; i < count; i++) {
		char a[NUMFMT_MAX + 32], b[NUMFMT_MAX + 32];
		if (strcmp(format_double(a, values[i]),
		           reference_format(b, values[i])) != 0)
			differ++;
	}

	unsigned long checksum = 0;
	double fast = time_format(format_double, values, count, &checksum);
	double slow = time_format(reference_format, values, count, &checksum);
	printf("%zu doubles, median of %d runs (checksum %lu)\n", count, RUNS,
	       checksum);
	printf("format_double      %8.1f ns/format\n", fast);
	printf("snprintf + strtod  %8.1f ns/format  (%.0fx slower)\n", slow,
	       slow / fast);
	printf("texts that differ: %zu\n", differ);
	free(values);
	return 0;
}
