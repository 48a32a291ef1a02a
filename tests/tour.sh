#!/bin/sh
# Every page of the tour, in English and in Chinese, at 60x20, 80x24,
# 120x40 and 200x60: `slope frame` prints exactly H lines of at most W
# columns as a terminal counts them (wcwidth: a CJK character takes two),
# and the lines of a box keep their right border at column W. Each page
# speaks its language: the Chinese ones Chinese, the English ones no CJK at
# all. The page's text is there to its end: the box's last line closes a
# sentence (every page's "Try" ends with one), never cut by a small screen.
# usage: tests/tour.sh ./slope build/test/columns
set -u
SLOPE=${1:-./slope}
COLUMNS_BIN=${2:-build/test/columns}
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE NO_COLOR
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; }

# The pages, as the English title of the first one counts them.
pages=$("$SLOPE" frame --tour --lang en --size 80x24 --color never |
	sed -n 's/.* tour 1\/\([0-9][0-9]*\): .*/\1/p' | head -1)
[ -n "$pages" ] && [ "$pages" -ge 1 ] || { echo "tour: cannot count the pages"; exit 1; }

# CJK ideographs: U+4000..U+9FFF, the bytes E4..E9 and two more
has_cjk() { LC_ALL=C grep -q "$(printf '[\344-\351][\200-\277][\200-\277]')" "$1"; }

for lang in en zh; do
	for size in 60x20 80x24 120x40 200x60; do
		cols=${size%x*}
		rows=${size#*x}
		keys=""
		page=1
		while [ "$page" -le "$pages" ]; do
			what="$lang $size page $page"
			if ! "$SLOPE" frame --tour --lang "$lang" --size "$size" --color never \
				--keys "$keys" >"$tmp/frame" 2>"$tmp/err"; then
				bad "$what: slope frame failed"; cat "$tmp/err"
			elif ! "$COLUMNS_BIN" "$cols" "$rows" --boxed <"$tmp/frame" >"$tmp/why"; then
				bad "$what: not $rows lines of at most $cols columns"; sed 's/^/    | /' "$tmp/why" | head -5
			elif [ "$lang" = zh ] && ! grep -q "导览 $page/$pages：" "$tmp/frame"; then
				bad "$what: no Chinese title 导览 $page/$pages"
			elif [ "$lang" = en ] && has_cjk "$tmp/frame"; then
				bad "$what: CJK in the English tour"
			elif ! tail -3 "$tmp/frame" | head -1 | grep -qE '(\.|。) *[│|]$'; then
				bad "$what: the page's text is cut: its box ends with"
				tail -3 "$tmp/frame" | head -1 | sed 's/^/    | /'
			else
				ok
			fi
			keys="$keys<Enter>"
			page=$((page + 1))
		done
	done
done
echo "tour: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
