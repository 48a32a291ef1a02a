#!/bin/sh
# The README's examples are real: every line "$ slope ..." in a fenced block
# is run (with ./slope first on PATH, in a UTF-8 locale, no color) and its
# output, standard error included, must equal the lines that follow it up
# to the next "$ " or the end of the block.
# usage: tests/readme.sh ./slope README.md
set -u
SLOPE=$(cd "$(dirname "${1:-./slope}")" && pwd)/$(basename "${1:-./slope}")
README=${2:-README.md}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin" "$tmp/work"
cp "$README" "$tmp/work/README.md" # the examples name it (tour --record README.md)
ln -s "$SLOPE" "$tmp/bin/slope"
passed=0
failed=0

# Split the README into one file per example: the command in NNN.cmd, the
# output shown in NNN.want.
awk -v dir="$tmp" '
	/^```/ { inblock = !inblock; n_open = 0; next }
	inblock && /^\$ slope|^\$ [A-Z_]+=[^ ]* slope/ {
		n++; file = sprintf("%s/%03d", dir, n)
		sub(/^\$ /, ""); print > (file ".cmd"); printf "" > (file ".want")
		n_open = 1; next
	}
	inblock && /^\$ / { n_open = 0; next }
	inblock && n_open { print >> (file ".want") }
' "$README"

for cmd in "$tmp"/*.cmd; do
	[ -e "$cmd" ] || { echo "readme: no examples found in $README"; exit 1; }
	want=${cmd%.cmd}.want
	line=$(cat "$cmd")
	# in a scratch directory: an example may write a file (slope export >run.py)
	(cd "$tmp/work" && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u NO_COLOR LANG=C.UTF-8 \
		PATH="$tmp/bin:$PATH" sh -c "$line") >"$tmp/got" 2>&1 </dev/null
	if cmp -s "$want" "$tmp/got"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL: the README's '\$ $line' prints otherwise:"
		diff "$want" "$tmp/got" | head -10 | sed 's/^/    | /'
	fi
done
echo "readme: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
