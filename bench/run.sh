#!/bin/sh
# make bench: the performance goals, measured side by side in one run.
# Medians of repeated runs; the machines are shared, so read ratios rather
# than absolute numbers.
set -u
SLOPE=${1:-./slope}
runs=${BENCH_RUNS:-5}
CFLAGS="-std=c11 -O2 -ffp-contract=off -D_POSIX_C_SOURCE=200809L $(for l in src/*/; do printf -- "-I%s " "${l%/}"; done)-Itests"
mkdir -p build/bench

# Median wall time in ms of a command over $runs runs (at least 30 with
# hyperfine, which starts it without a shell).
median_ms() {
	if command -v hyperfine >/dev/null 2>&1; then
		r=$runs; [ "$r" -lt 30 ] && r=30
		hyperfine -N -w 3 -r "$r" --export-json build/bench/h.json "$1" >/dev/null 2>&1 &&
			awk -F': ' '/"median"/ { gsub(/,/, "", $2); printf "%.2f", $2 * 1000; exit }' build/bench/h.json
		return
	fi
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

echo "== descend: slope descend --steps 1000000 > /dev/null"
ms=$(median_ms "$SLOPE descend --steps 1000000")
echo "  $ms ms  (aim: under 500 ms)"

echo "== expression evaluator vs C"
cc $CFLAGS -o build/bench/eval_bench bench/eval_bench.c build/obj/num/expr.o build/obj/num/pypow.o \
	build/obj/num/numdiff.o build/obj/num/descent.o build/obj/base/numfmt.o -lm &&
	build/bench/eval_bench | sed 's/^/  /'

echo "== shortest round-trip printing"
cc $CFLAGS -o build/bench/numfmt_bench bench/numfmt_bench.c build/obj/base/numfmt.o -lm &&
	build/bench/numfmt_bench 1000000 | sed 's/^/  /'

echo "== figures: slope plot vs gnuplot's dumb terminal, whole process, medians"
if command -v gnuplot >/dev/null 2>&1; then have_gnuplot=1; else have_gnuplot=0
	echo "  (gnuplot not installed: apt-get install gnuplot-nox for the comparison)"; fi
gp_tangent='set xrange [0:20]; plot 0.01*x**2+0.1*x title "f(x)", 0.2999999999986347*x-0.9999999999863469 title "tangent"'
gp_field='set xrange [-2:2]; set yrange [-2:2]; plot "tests/data/gradient_2d_field.csv" every ::1 using 2:3:($4/20):($5/20) with vectors title "-grad"'
gp_descent='set xrange [-3.5:3.5]; set yrange [-4.5:4.5]; set contour base; unset surface; set view map; set isosamples 40; splot x**2+y**2 title "f"'
# Starting any process costs this much here; on a loaded machine it can
# outweigh drawing the figure, so the ratio net of it is printed too.
floor_ms=$(median_ms /bin/true)
echo "  starting a process (/bin/true): $floor_ms ms"
printf '  %-8s %-8s %10s %10s %8s %8s %10s\n' figure size slope_ms gnuplot_ms ratio net peak_KiB
for fig in tangent field descent; do
	for size in 80x24 200x60; do
		w=${size%x*}; h=${size#*x}
		s_ms=$(median_ms "$SLOPE plot $fig --size $size --canvas braille")
		kib=$(peak_kib "$SLOPE plot $fig --size $size --canvas braille")
		if [ $have_gnuplot = 1 ]; then
			eval "gp=\$gp_$fig"
			g_ms=$(median_ms "gnuplot -e 'set datafile separator \",\"; set term dumb size $w,$h; $gp'")
			ratio=$(awk -v a="$s_ms" -v b="$g_ms" 'BEGIN { printf "%.2f", a / b }')
			net=$(awk -v a="$s_ms" -v b="$g_ms" -v f="$floor_ms" \
				'BEGIN { n = a - f; if (n < 0) n = 0; printf "%.2f", n / (b - f) }')
		else g_ms=-; ratio=-; net=-; fi
		printf '  %-8s %-8s %10s %10s %8s %8s %10s\n' $fig $size "$s_ms" "$g_ms" "$ratio" "$net" "$kib"
	done
done
echo "  (aim: ratio at most 0.20, net of starting a process where that dominates; peak under 8192 KiB)"

echo "== frames in process"
# lib_objs TREE: the objects of every source of TREE but the entry point and
# the curses layer, as the unit tests link. Named from the sources, not the
# objects there are: an object left by a renamed module would be linked too.
lib_objs() {
	for f in "$1"/src/*/*.c; do
		case $f in */main.c|*/tui.c) continue ;; esac
		o=${f#"$1"/src/}
		echo "$1/build/obj/${o%.c}.o"
	done
}
# shellcheck disable=SC2086 # the objects are words
cc $CFLAGS -o build/bench/frame_bench bench/frame_bench.c $(lib_objs .) -lm &&
	build/bench/frame_bench | sed 's/^/  /'

echo "== a key's frame at --steps 1000000, one run and a race of six (aim: under 100 ms)"
# BENCH_BASE=DIR: also a built tree DIR (another commit), side by side in
# this run, each against its own headers and objects
for tree in . ${BENCH_BASE:-}; do
	objs=$(lib_objs "$tree")
	incs=$(for l in "$tree"/src/*/; do printf -- "-I%s " "${l%/}"; done)
	# shellcheck disable=SC2086 # the objects and folders are words
	cc -std=c11 -O2 -ffp-contract=off -D_POSIX_C_SOURCE=200809L $incs \
		-o build/bench/key_bench_$$ bench/key_bench.c $objs -lm &&
		echo "  $tree:" && build/bench/key_bench_$$ | sed 's/^/    /'
	rm -f build/bench/key_bench_$$
done

echo "== peak memory at --steps 1000000 (aim: a race of six under 150 MB = 153600 KiB)"
printf '  %-44s %12s\n' what peak_KiB
for tree in . ${BENCH_BASE:-}; do
	bin=$SLOPE; [ "$tree" = . ] || bin=$tree/slope
	for what in "one run:" "one run, then a race of six:--keys nR" "the same at lr 1e-7 (no point repeats):--keys nR --lr 1e-7"; do
		name=${what%%:*}; args=${what#*:}
		printf '  %-44s %12s\n' "$tree $name" "$(peak_kib "$bin frame --steps 1000000 $args")"
	done
done

echo "== dashboard in tmux"
sh bench/dashboard.sh "$SLOPE" | sed 's/^/  /'
