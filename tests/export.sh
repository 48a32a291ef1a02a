#!/bin/sh
# slope export and the W key, run with NumPy: the random test of
# tests/export.py (the scripts print slope's CSV byte for byte), and W's
# script after the rate changed on the dashboard. Needs Debian's python3
# with NumPy (tests/ensure-deps.sh installs python3-numpy); says SKIP
# without it.
# usage: tests/export.sh ./slope
set -u
SLOPE=${1:-./slope}
PY=/usr/bin/python3
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE
if ! [ -x "$PY" ] || ! "$PY" -c 'import numpy' 2>/dev/null; then
	echo "SKIP: export: $PY with NumPy is not installed (apt-get install python3-numpy): no exported script was run"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
bad() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; [ -z "${TESTS_FAIL_FAST:-}" ] || exit 1; }

"$PY" tests/export.py "$SLOPE" "${EXPORT_RUNS:-300}" || failed=$((failed + 1))

# W after + twice at iteration 3: the script takes lr 0.1 for three
# updates and 1.0 from the fourth on, and ends where the dashboard ends
# (d: every digit; g: run to N).
mkdir "$tmp/w"
"$SLOPE" frame --snapshot-dir "$tmp/w" --optimizer momentum --color never --keys 'nnn++W' >"$tmp/frame" 2>&1
script=$(ls "$tmp/w"/slope-*.py 2>/dev/null | head -1)
if [ -z "$script" ]; then
	bad "W wrote no slope-*.py in the snapshot directory"
else
	grep -q "^wrote slope-[0-9]*-[0-9]*\.py" "$tmp/frame" || bad "W: the status line does not name the file"
	grep -qx 'lr_changes = {4: 1.0}  # from an iteration on, another rate' "$script" ||
		bad "W: the script does not change lr to 1.0 at iteration 4"
	sed 's/^print_rows = False/print_rows = True/' "$script" >"$tmp/rows.py"
	"$PY" "$tmp/rows.py" >"$tmp/rows.csv" 2>"$tmp/err" || bad "W's script failed: $(cat "$tmp/err")"
	"$SLOPE" descend --optimizer momentum --steps 3 --csv >"$tmp/first.csv"
	head -5 "$tmp/rows.csv" | cmp -s - "$tmp/first.csv" || bad "W: rows 0..3 are not slope descend's at lr 0.1"
	want=$("$SLOPE" frame --optimizer momentum --color never --keys 'nnn++dg' | grep -o 'x = ([^)]*)' | head -1)
	got=$(tail -1 "$tmp/rows.csv" | awk -F, '{ printf "x = (%s, %s)", $2, $3 }')
	[ "$want" = "$got" ] || bad "W: the script ends at $got, the dashboard at $want"
	"$PY" "$script" >"$tmp/printed" 2>"$tmp/err" || bad "W's script failed: $(cat "$tmp/err")"
	# a second W never writes over the first
	"$SLOPE" frame --snapshot-dir "$tmp/w" --color never --keys 'WW' >/dev/null 2>&1
	[ "$(ls "$tmp/w"/slope-*.py | wc -l)" -eq 3 ] || bad "W: three presses did not give three files"
fi
"$SLOPE" frame --snapshot-dir "$tmp/w" --color never --keys 'RW' >"$tmp/frame" 2>&1
grep -q "W writes a single run" "$tmp/frame" || bad "W in a race does not say it writes a single run"

if [ "$failed" -ne 0 ]; then
	echo "export: $failed check(s) failed"
	exit 1
fi
echo "export: W's script checked"
