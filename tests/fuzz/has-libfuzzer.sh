#!/bin/sh
# Succeeds when the compiler named by $1 (clang) can build libFuzzer targets.
# usage: tests/fuzz/has-libfuzzer.sh CLANG
command -v "$1" >/dev/null 2>&1 || exit 1
mkdir -p build/fuzz
printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n);\nint LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' |
	"$1" -fsanitize=fuzzer -x c -o build/fuzz/probe - >/dev/null 2>&1
