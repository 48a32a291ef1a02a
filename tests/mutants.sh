#!/bin/sh
# Mutation check (make mutants): plants each deliberate bug of
# tests/mutants.txt, one at a time, in a scratch copy of the tree, runs the
# tests of `make check` on it, and fails unless every bug is caught.
#
# It first checks the whole list: a mutant whose text does not occur exactly
# once in its file stops everything, loudly (the code moved: re-target it).
# Then it builds the unmutated copy and runs every suite on it (they must
# pass, or nothing could be learnt), then for each mutant: copy, plant,
# build, run the suites cheapest first, stop at the first that fails.
# A mutant that does not build is an error of the list, not a catch.
#
# usage: tests/mutants.sh [-k] [ID...]   (-k keeps the scratch directory;
# MUTANTS_LIST=FILE reads another list)
set -u
cd "$(dirname "$0")/.." || exit 2
list=${MUTANTS_LIST:-tests/mutants.txt}
keep=no
if [ "${1:-}" = -k ]; then keep=yes; shift; fi
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
STAGE_TIMEOUT=${STAGE_TIMEOUT:-300}
MAKE=${MAKE:-make}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/slope-mutants.XXXXXX")
finish() {
	if [ "$keep" = yes ]; then echo "mutants: scratch kept in $scratch"; else rm -rf "$scratch"; fi
}
trap finish EXIT
trap 'exit 2' INT TERM HUP

# ---- the list: one directory per mutant with files id, file, what, from, to ----

awk -v out="$scratch/list" '
function flush() {
	if (n == 0) return
	dir = sprintf("%s/%03d", out, ++count)
	system("mkdir -p \"" dir "\"")
	for (k in val) { printf "%s", val[k] > (dir "/" k); close(dir "/" k) }
	printf "%d\n", line > (dir "/line"); close(dir "/line")
	delete val
	n = 0
}
/^#/ { next }
/^[ \t]*$/ { flush(); next }
{
	if (n == 0) line = NR
	n++
	colon = index($0, ":")
	key = substr($0, 1, colon - 1)
	value = substr($0, colon + 1)
	if (substr(value, 1, 1) == " ") value = substr(value, 2)
	if (colon == 0 || key !~ /^(id|file|what|from|from\+|to|to\+)$/) {
		printf "%s:%d: not a key: value line: %s\n", FILENAME, NR, $0 > "/dev/stderr"
		bad = 1
		next
	}
	if (key == "from+" || key == "to+") {
		base = substr(key, 1, length(key) - 1)
		if (!(base in val)) {
			printf "%s:%d: %s before %s\n", FILENAME, NR, key, base > "/dev/stderr"
			bad = 1
		}
		val[base] = val[base] "\n" value
	} else {
		if (key in val) {
			printf "%s:%d: %s given twice\n", FILENAME, NR, key > "/dev/stderr"
			bad = 1
		}
		val[key] = value
	}
}
END { flush(); exit bad }
' "$list" || { echo "mutants: $list is malformed" >&2; exit 2; }

# count_in FILE: how many times $FROM occurs in FILE (the whole file, so a
# text of several lines counts too).
count_in() {
	FROM=$(cat "$m/from") awk '
	BEGIN { from = ENVIRON["FROM"] }
	{ text = text (NR > 1 ? "\n" : "") $0 }
	END {
		n = 0
		while ((i = index(text, from)) > 0) { n++; text = substr(text, i + length(from)) }
		print n
	}' "$1"
}

# plant FILE: replaces the one occurrence of $m/from in FILE with $m/to.
plant() {
	FROM=$(cat "$m/from") TO=$(cat "$m/to") awk '
	BEGIN { from = ENVIRON["FROM"]; to = ENVIRON["TO"] }
	{ text = text (NR > 1 ? "\n" : "") $0 }
	END {
		i = index(text, from)
		printf "%s%s%s\n", substr(text, 1, i - 1), to, substr(text, i + length(from))
	}' "$1" >"$1.mutant" && mv "$1.mutant" "$1"
}

field() { cat "$m/$1" 2>/dev/null; }

ids=" $* "
selected() { [ "$ids" = "  " ] || case "$ids" in *" $(field id) "*) true ;; *) false ;; esac; }

problems=0
total=0
seen=" "
for m in "$scratch"/list/*; do
	where="$list:$(field line)"
	for k in id file what from to; do
		if [ ! -f "$m/$k" ]; then echo "mutants: $where: no '$k:'" >&2; problems=$((problems + 1)); fi
	done
	[ -f "$m/id" ] && [ -f "$m/file" ] && [ -f "$m/from" ] && [ -f "$m/to" ] || continue
	id=$(field id)
	case "$seen" in *" $id "*) echo "mutants: $where: id '$id' used twice" >&2; problems=$((problems + 1)) ;; esac
	seen="$seen$id "
	if [ -z "$(field from)" ]; then echo "mutants: $where: $id: empty 'from:'" >&2; problems=$((problems + 1)); continue; fi
	if [ "$(field from)" = "$(field to)" ]; then echo "mutants: $where: $id: 'to:' equals 'from:'" >&2; problems=$((problems + 1)); continue; fi
	file=$(field file)
	if [ ! -f "$file" ]; then
		echo "mutants: $where: $id: no file $file" >&2; problems=$((problems + 1)); continue
	fi
	n=$(count_in "$file")
	if [ "$n" -ne 1 ]; then
		echo "mutants: $where: $id: its 'from:' text occurs $n times in $file, not once:" >&2
		sed 's/^/    | /' "$m/from" >&2; echo >&2
		problems=$((problems + 1))
	fi
	selected && total=$((total + 1))
done
for id in $ids; do
	case "$seen" in *" $id "*) ;; *) echo "mutants: no mutant '$id' in $list" >&2; problems=$((problems + 1)) ;; esac
done
if [ "$problems" -ne 0 ]; then
	echo "mutants: FAILED: $problems problem(s) in $list; re-target the mutants named above" >&2
	exit 2
fi

# ---- the suites of make check, cheapest first ------------------------------------

units=$(cd tests && ls test_*.c | sed 's/\.c$//')
# test_numfmt compares 1.4 million values (10 s): run it after the quick ones.
slow_units="test_numfmt"

# run_stage NAME COMMAND...: runs one suite in the copy $dir, output to $log.
run_stage() {
	name=$1
	shift
	echo "---- $name" >>"$log"
	(cd "$dir" && timeout "$STAGE_TIMEOUT" "$@") >>"$log" 2>&1
	rc=$?
	[ $rc -eq 124 ] && echo "(timed out after $STAGE_TIMEOUT s)" >>"$log"
	return $rc
}

# suites FIRST_UNIT: runs the suites in order; sets caught_by to the first
# that fails, or to nothing.
suites() {
	caught_by=
	order="$1"
	for t in $units; do
		case " $1 $slow_units " in *" $t "*) ;; *) order="$order $t" ;; esac
	done
	for t in $order; do
		[ -x "$dir/build/test/$t" ] || continue
		run_stage "$t" "build/test/$t" || { caught_by=$t; return; }
	done
	run_stage cli "$MAKE" -s cli-test || { caught_by=cli.sh; return; }
	run_stage export "$MAKE" -s export-test || { caught_by=export.sh; return; }
	run_stage doc "$MAKE" -s doc-test || { caught_by=doc.sh; return; }
	run_stage golden "$MAKE" -s golden-test || { caught_by=golden.sh; return; }
	run_stage tour "$MAKE" -s tour-test || { caught_by=tour.sh; return; }
	run_stage po "$MAKE" -s po-test || { caught_by=po.sh; return; }
	run_stage e2e "$MAKE" -s e2e-test || { caught_by=e2e.sh; return; }
	run_stage e2e-frame "$MAKE" -s e2e-frame-test || { caught_by=e2e-frame.sh; return; }
	for t in $slow_units; do
		[ "$t" = "$1" ] && continue
		run_stage "$t" "build/test/$t" || { caught_by=$t; return; }
	done
	run_stage unit-asan "$MAKE" -s unit-asan || { caught_by=unit-asan; return; }
	run_stage fuzz "$MAKE" -s fuzz-check || { caught_by=fuzz-check; return; }
	run_stage numfmt-table "$MAKE" -s numfmt-table-test || { caught_by=numfmt-table; return; }
	run_stage man "$MAKE" -s man-check || { caught_by=man-check; return; }
	run_stage lint "$MAKE" -s lint || { caught_by=lint; return; }
}

build() {
	run_stage build "$MAKE" -s -j"$JOBS" test-programs
}

# ---- the unmutated copy must pass ---------------------------------------------

echo "mutants: $total from $list, in $scratch"
mkdir "$scratch/base" "$scratch/logs"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	git ls-files -co --exclude-standard | while read -r f; do [ -e "$f" ] && echo "$f"; done |
		tar -cf - -T - | tar -xf - -C "$scratch/base"
else
	tar -cf - --exclude=./build --exclude=./slope . | tar -xf - -C "$scratch/base"
fi
rm -rf "$scratch/base/build" "$scratch/base/slope"
dir=$scratch/base
log=$scratch/logs/unmutated.log
if ! build; then
	tail -30 "$log"; echo "mutants: FAILED: the unmutated copy does not build"; keep=yes; exit 2
fi
suites ""
if [ -n "$caught_by" ]; then
	tail -30 "$log"
	echo "mutants: FAILED: the unmutated copy fails $caught_by; fix that first"; keep=yes; exit 2
fi
echo "mutants: the unmutated copy builds and passes every suite"

# ---- each mutant -------------------------------------------------------------

caught=0
missed=0
broken=0
for m in "$scratch"/list/*; do
	selected || continue
	id=$(field id)
	file=$(field file)
	dir=$scratch/m
	log=$scratch/logs/$id.log
	rm -rf "$dir"
	cp -a "$scratch/base" "$dir"
	plant "$dir/$file"
	started=$(date +%s)
	if ! build; then
		broken=$((broken + 1))
		printf '  BROKEN %-32s does not build (%s): %s\n' "$id" "$log" "$(field what)"
		keep=yes
		continue
	fi
	mirror=$(basename "$file" .c)
	suites "test_$mirror"
	took=$(($(date +%s) - started))
	if [ -n "$caught_by" ]; then
		caught=$((caught + 1))
		printf '  caught %-32s by %-14s %3ds  %s\n' "$id" "$caught_by" "$took" "$(field what)"
	else
		missed=$((missed + 1))
		printf '  MISSED %-32s %21s  %s\n' "$id" "" "$(field what)"
		keep=yes
	fi
done
rm -rf "$scratch/m"

echo "mutants: $caught of $total caught, $missed missed, $broken do not build"
[ "$caught" -eq "$total" ]
