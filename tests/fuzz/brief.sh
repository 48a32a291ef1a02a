#!/bin/sh
# A few seconds of real fuzzing for make check: the libFuzzer target on the
# committed corpus and what earlier runs found (build/fuzz/work). Prints one
# line, or the end of the log when it finds an input that fails.
# usage: tests/fuzz/brief.sh FUZZER SECONDS
fuzzer=$1
seconds=$2
mkdir -p build/fuzz/work
log=build/fuzz/brief.log
if "$fuzzer" -max_total_time="$seconds" -max_len=5000 -artifact_prefix=build/fuzz/ \
	build/fuzz/work tests/fuzz/corpus >"$log" 2>&1; then
	runs=$(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "$log" | tail -1)
	echo "fuzz: libFuzzer: ${runs:-done}, no failing input"
else
	tail -40 "$log"
	echo "FAIL: fuzz: libFuzzer found a failing input: build/fuzz/crash-* (log: $log)"
	exit 1
fi
