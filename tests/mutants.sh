#!/bin/sh
# Mutation check (make mutants): plants each deliberate bug of
# tests/mutants.txt, one at a time, in a scratch copy of the tree, runs the
# tests of `make check` on it, and fails unless every bug is caught.
#
# It first checks the whole list: a mutant whose text does not occur exactly
# once in its file stops everything, loudly (the code moved: re-target it).
# Then it builds the unmutated copy and runs every suite on it (they must
# pass, or nothing could be learnt). Then WORKERS copies of the tree (one a
# core) take the mutants in turn: plant, compile, run the suites until the
# first fails (each suite stops at its first failure, TESTS_FAIL_FAST),
# put the file back. A mutant's suites start with the one that caught it
# last time (build/mutants-caught), then its module's unit test, then the
# rest cheapest first; each suite builds only what it runs, so a mutant
# caught by a unit test costs one compile and one link.
# A mutant that does not compile is an error of the list, not a catch.
#
# usage: tests/mutants.sh [-k] [ID...]   (-k keeps the scratch directory;
# MUTANTS_LIST=FILE reads another list; WORKERS=N copies at once)
set -u
cd "$(dirname "$0")/.." || exit 2
list=${MUTANTS_LIST:-tests/mutants.txt}
keep=no
if [ "${1:-}" = -k ]; then keep=yes; shift; fi
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
WORKERS=${WORKERS:-$JOBS}
hints=$PWD/build/mutants-caught
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

# ---- the suites of make check, one stage at a time -----------------------------

units=$(cd tests && ls test_*.c | sed 's/\.c$//' | tr '\n' ' ')
# test_numfmt compares 1.4 million values: run it after the quick ones.
slow_units="test_numfmt"
shell_suites="cli.sh export.sh doc.sh golden.sh tour.sh po.sh readme.sh e2e.sh e2e-frame.sh"
last_stages="unit-asan fuzz-check numfmt-table man-check lint"
# Without a hint, after the module's own unit test: the suites that catch
# most (the output of every command, every figure), then the other units.
broad_suites="cli.sh golden.sh doc.sh"
TESTS_FAIL_FAST=1
export TESTS_FAIL_FAST

# run_in_copy COMMAND...: runs it in the copy $dir, output to $log.
run_in_copy() {
	(cd "$dir" && timeout "$STAGE_TIMEOUT" "$@") >>"$log" 2>&1
	rc=$?
	[ $rc -eq 124 ] && echo "(timed out after $STAGE_TIMEOUT s)" >>"$log"
	return $rc
}

# stage NAME: builds what the stage runs, then runs it. 0: passed;
# 1: failed (a catch); 3: what it runs does not build.
stage() {
	echo "---- $1" >>"$log"
	case $1 in
	test_*)
		run_in_copy "$MAKE" -s "build/test/$1" || return 3
		run_in_copy "build/test/$1" || return 1 ;;
	*.sh)
		# what the shell suites run, built once a mutant
		if [ "$tools_built" = no ]; then
			run_in_copy "$MAKE" -s slope catalogues build/test/wstatus build/test/columns \
				build/test/tourcontract || return 3
			tools_built=yes
		fi
		run_in_copy "$MAKE" -s "${1%.sh}-test" || return 1 ;;
	numfmt-table) run_in_copy "$MAKE" -s numfmt-table-test || return 1 ;;
	*) run_in_copy "$MAKE" -s "$1" || return 1 ;;
	esac
	return 0
}

# suites FIRST...: runs the stages, FIRST ones first; sets caught_by to the
# first that fails and broken to one that does not build.
suites() {
	caught_by=
	broken=
	tools_built=no
	done_stages=" "
	# the slow units wait for their turn, unless named first
	phase=first
	for s in "$@" :rest $broad_suites $units $shell_suites :slow $slow_units $last_stages; do
		case $s in :*) phase=${s#:}; continue ;; esac
		case "$done_stages" in *" $s "*) continue ;; esac
		case " $units $shell_suites $last_stages " in *" $s "*) ;; *) continue ;; esac
		case "$phase: $slow_units " in rest:*" $s "*) continue ;; esac
		done_stages="$done_stages$s "
		stage "$s"
		case $? in
		0) ;;
		1) caught_by=$s; return ;;
		*) broken=$s; return ;;
		esac
	done
}

# ---- the unmutated copy must pass ---------------------------------------------

echo "mutants: $total from $list, $WORKERS at a time, in $scratch"
mkdir "$scratch/base" "$scratch/logs" "$scratch/claimed" "$scratch/results"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	git ls-files -co --exclude-standard | while read -r f; do [ -e "$f" ] && echo "$f"; done |
		tar -cf - -T - | tar -xf - -C "$scratch/base"
else
	tar -cf - --exclude=./build --exclude=./slope . | tar -xf - -C "$scratch/base"
fi
rm -rf "$scratch/base/build" "$scratch/base/slope"
dir=$scratch/base
log=$scratch/logs/unmutated.log
if ! run_in_copy "$MAKE" -s -j"$JOBS" test-programs; then
	tail -30 "$log"; echo "mutants: FAILED: the unmutated copy does not build"; keep=yes; exit 2
fi
suites
if [ -n "$caught_by$broken" ]; then
	tail -30 "$log"
	echo "mutants: FAILED: the unmutated copy fails $caught_by$broken; fix that first"; keep=yes; exit 2
fi
echo "mutants: the unmutated copy builds and passes every suite"

# ---- each mutant, WORKERS at a time ---------------------------------------------

# worker K: its own copy of the built tree; claims mutants one at a time
# (mkdir is atomic), and writes each verdict to results/ID.
worker() {
	dir=$scratch/w$1
	cp -a "$scratch/base" "$dir"
	for m in "$scratch"/list/*; do
		selected || continue
		mkdir "$scratch/claimed/${m##*/}" 2>/dev/null || continue
		id=$(field id)
		file=$(field file)
		log=$scratch/logs/$id.log
		: >"$log"
		plant "$dir/$file"
		started=$(date +%s)
		if ! run_in_copy "$MAKE" -s objects; then
			broken=build
		else
			hint=$(awk -v id="$id" '$1 == id { print $2 }' "$hints" 2>/dev/null)
			# else what caught most of the other mutants of its file
			[ -n "$hint" ] || hint=$(awk -v f="$file" '$1 == f { print $2; exit }' "$scratch/file-hints")
			suites $hint "test_$(basename "$file" .c)"
		fi
		took=$(($(date +%s) - started))
		# The file as it was, newer than what the mutant built, so the
		# next build compiles it again.
		cp "$scratch/base/$file" "$dir/$file" && touch "$dir/$file"
		if [ -n "$broken" ]; then
			echo broken >"$scratch/results/$id"
			printf '  BROKEN %-32s %s does not build (%s): %s\n' "$id" "$broken" "$log" "$(field what)"
		elif [ -n "$caught_by" ]; then
			echo "caught $caught_by" >"$scratch/results/$id"
			printf '  caught %-32s by %-14s %3ds  %s\n' "$id" "$caught_by" "$took" "$(field what)"
		else
			echo missed >"$scratch/results/$id"
			printf '  MISSED %-32s %21s  %s\n' "$id" "" "$(field what)"
		fi
	done
	rm -rf "$dir"
}

# file-hints: for each file, the suites that caught its mutants last time,
# the most frequent first.
for m in "$scratch"/list/*; do
	hint=$(awk -v id="$(field id)" '$1 == id { print $2 }' "$hints" 2>/dev/null)
	[ -n "$hint" ] && echo "$(field file) $hint"
done | sort | uniq -c | sort -k1,1nr | awk '{ print $2, $3 }' >"$scratch/file-hints"

k=0
while [ $k -lt "$WORKERS" ]; do
	worker $k &
	k=$((k + 1))
done
wait

caught=0
missed=0
broken=0
for m in "$scratch"/list/*; do
	selected || continue
	id=$(field id)
	case $(cat "$scratch/results/$id" 2>/dev/null) in
	caught*) caught=$((caught + 1)) ;;
	broken) broken=$((broken + 1)); keep=yes ;;
	*) missed=$((missed + 1)); keep=yes ;;
	esac
done
# Which suite caught each, for the next run to try first.
mkdir -p "$(dirname "$hints")"
{
	for r in "$scratch"/results/*; do
		read -r verdict by <"$r"
		[ "$verdict" = caught ] && echo "${r##*/} $by"
	done
	[ -f "$hints" ] && cat "$hints"
} | awk '!seen[$1]++' >"$hints.new" && mv "$hints.new" "$hints"

echo "mutants: $caught of $total caught, $missed missed, $broken do not build"
[ "$caught" -eq "$total" ]
