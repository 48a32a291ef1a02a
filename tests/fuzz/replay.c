/* replay: feeds files to the libFuzzer target, for compilers without
 * libFuzzer. make check builds it with gcc under AddressSanitizer and
 * UndefinedBehaviorSanitizer and replays the committed corpus, so an input
 * that once crashed the parser keeps being tried.
 * usage: replay FILE|DIR... */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Runs one file; -1 when it cannot be read. */
static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return -1;
	size_t cap = 4096, size = 0;
	uint8_t *data = malloc(cap);
	size_t got;
	while (data != NULL && (got = fread(data + size, 1, cap - size, f)) > 0) {
		size += got;
		if (size == cap) {
			uint8_t *bigger = realloc(data, cap * 2);
			if (bigger == NULL) {
				free(data);
				data = NULL;
				break;
			}
			data = bigger;
			cap *= 2;
		}
	}
	int failed = data == NULL || ferror(f);
	fclose(f);
	if (!failed)
		LLVMFuzzerTestOneInput(data, size);
	free(data);
	return failed ? -1 : 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Runs every regular file of a directory, in name order; returns how many,
 * or -1. */
static long replay_dir(const char *dir)
{
	DIR *d = opendir(dir);
	if (d == NULL)
		return -1;
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			char **bigger = realloc(names, cap * sizeof *names);
			if (bigger == NULL)
				break;
			names = bigger;
		}
		size_t len = strlen(dir) + strlen(e->d_name) + 2;
		if ((names[n] = malloc(len)) == NULL)
			break;
		snprintf(names[n++], len, "%s/%s", dir, e->d_name);
	}
	closedir(d);
	if (names)
		qsort(names, n, sizeof *names, by_name);
	long count = 0;
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode)) {
			if (replay_file(names[i]) != 0) {
				fprintf(stderr, "replay: cannot read %s\n", names[i]);
				count = -1;
			} else if (count >= 0) {
				count++;
			}
		}
		free(names[i]);
	}
	free(names);
	return count;
}

int main(int argc, char **argv)
{
	long total = 0;
	int status = 0;
	for (int i = 1; i < argc; i++) {
		struct stat st;
		long n = -1;
		if (stat(argv[i], &st) == 0)
			n = S_ISDIR(st.st_mode) ? replay_dir(argv[i]) : replay_file(argv[i]) == 0;
		if (n < 0) {
			fprintf(stderr, "replay: cannot read %s\n", argv[i]);
			status = 1;
		} else {
			total += n;
		}
	}
	if (total == 0 && status == 0) {
		fprintf(stderr, "replay: no input\n");
		status = 1;
	}
	printf("fuzz: %ld inputs replayed under ASan and UBSan\n", total);
	return status;
}
