#!/bin/sh
# make bench: the performance goals, measured side by side in one run.
# Medians of repeated runs; the machines are shared, so read ratios rather
# than absolute numbers.
set -u
SLOPE=${1:-./slope}
runs=${BENCH_RUNS:-5}
CFLAGS="-std=c11 -O2 -ffp-contract=off -D_POSIX_C_SOURCE=200809L -Isrc"
mkdir -p build/bench

# Median wall time in ms of a shell command, over $runs runs.
median_ms() {
	i=0
	while [ $i -lt "$runs" ]; do
		s=$(date +%s%N)
		sh -c "$1" >/dev/null 2>&1
		e=$(date +%s%N)
		echo $(((e - s) / 1000))
		i=$((i + 1))
	done | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}

# Peak resident memory in KiB of a command.
peak_kib() {
	/usr/bin/time -f %M sh -c "$1 >/dev/null" 2>&1 | tail -1
}

echo "== descend: slope descend --steps 1000000 > /dev/null (median of $runs)"
ms=$(median_ms "$SLOPE descend --steps 1000000")
echo "  $ms ms  (aim: under 500 ms)"

echo "== expression evaluator vs C"
cc $CFLAGS -o build/bench/eval_bench bench/eval_bench.c build/obj/expr.o \
	build/obj/numdiff.o build/obj/descent.o build/obj/numfmt.o -lm &&
	build/bench/eval_bench | sed 's/^/  /'
