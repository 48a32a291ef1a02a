#!/bin/sh
# Golden figures and screens: `slope plot` output for each case in
# tests/golden/cases, and `slope frame` output for each case in
# tests/golden/frames, must equal tests/golden/NAME.txt. With --update, writes them instead (then read
# each by eye before committing).
# usage: tests/golden.sh ./slope [--update]
set -u
SLOPE=${1:-./slope}
update=${2:-}
LC_ALL=C.UTF-8
export LC_ALL
# English unless a test asks for Chinese: LANGUAGE would outrank LC_ALL
unset LANGUAGE
unset NO_COLOR
dir=tests/golden
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
passed=0
failed=0
# check COMMAND CASES: each line NAME|ARGS of CASES is `slope COMMAND ARGS`.
check() {
	command=$1
	while IFS='|' read -r name args; do
		case "$name" in ''|'#'*) continue ;; esac
		# shellcheck disable=SC2086 # the arguments are words on purpose
		"$SLOPE" "$command" $args --color never >"$tmp" 2>&1
		rc=$?
		if [ "$rc" -ne 0 ]; then
			echo "FAIL: $name: slope $command $args exited $rc"; cat "$tmp"; failed=$((failed + 1)); continue
		fi
		if [ "$update" = --update ]; then
			cp "$tmp" "$dir/$name.txt"
			passed=$((passed + 1))
		elif cmp -s "$tmp" "$dir/$name.txt"; then
			passed=$((passed + 1))
		else
			echo "FAIL: $name differs from $dir/$name.txt (slope $command $args)"
			diff "$dir/$name.txt" "$tmp" | head -10
			failed=$((failed + 1))
		fi
	done <"$2"
}
check plot "$dir/cases"
check frame "$dir/frames"
echo "golden: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
