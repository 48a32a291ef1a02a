#!/bin/sh
# Every page of the tour, in English and in Chinese, at 60x20, 80x24,
# 120x40 and 200x60: `slope frame` prints exactly H lines of at most W
# columns as a terminal counts them (wcwidth: a CJK character takes two),
# and the lines of a box keep their right border at column W. Each page
# speaks its language: the Chinese ones Chinese, the English ones no CJK at
# all. The page's text is there to its end: the box's last line closes a
# sentence (every page's "Try" ends with one), never cut by a small screen.
#
# Then the page contract (src/tables/tour.c): at 80x24 and 120x40 (and at 60x20
# what a page declares there), in both
# languages, as the page opens and after each of its Try keys, every
# element its text points at is on the screen (found by what it prints,
# below), and the page's text is whole: the same words as at 200x60, none
# cut by a small screen or hidden under an overlay.
# usage: tests/tour.sh ./slope build/test/columns build/test/tourcontract
set -u
SLOPE=${1:-./slope}
COLUMNS_BIN=${2:-build/test/columns}
CONTRACT_BIN=${3:-build/test/tourcontract}
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE NO_COLOR
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; [ -z "${TESTS_FAIL_FAST:-}" ] || exit 1; }

# The pages, as the English title of the first one counts them.
pages=$("$SLOPE" frame --tour --lang en --size 80x24 --color never |
	sed -n 's/.* tour 1\/\([0-9][0-9]*\): .*/\1/p' | head -1)
[ -n "$pages" ] && [ "$pages" -ge 1 ] || { echo "tour: cannot count the pages"; exit 1; }

# CJK ideographs: U+4000..U+9FFF, the bytes E4..E9 and two more
has_cjk() { LC_ALL=C grep -q "$(printf '[\344-\351][\200-\277][\200-\277]')" "$1"; }

# The box's last line of text (the frame's third line from the end) ends a
# sentence. (One awk, not tail, head and grep: the suite's time goes to
# starting processes. mawk reads bytes: a bracket would not hold │ whole.)
text_ends_a_sentence() {
	awk '{ line[NR % 3] = $0 } END { exit !(NR >= 3 && line[(NR - 2) % 3] ~ /(\.|。) *(│|\|)$/) }' "$1"
}

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
			elif ! text_ends_a_sentence "$tmp/frame"; then
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
# ---- the page contract -------------------------------------------------

# The keys that turn to page $1.
turn_to() {
	k=""
	i=1
	while [ "$i" -lt "$1" ]; do k="$k<Enter>"; i=$((i + 1)); done
	printf '%s' "$k"
}

# The text in the tour's box, its spaces and borders taken out.
box_text() {
	awk '/^┌─ (tour|导览) [0-9]/ { inbox = 1; next }
	     inbox && /^└/ { exit }
	     inbox { sub(/^│/, ""); sub(/│$/, ""); gsub(/ /, ""); printf "%s", $0 }' "$1"
}

# What each element prints, in the language $2: an extended regex, or
# "count N REGEX" for N matches at least (a legend's lines, or panels'
# titles side by side on one line).
pattern() {
	case "$1.$2" in
	tangent.en) echo 'tangent y = ' ;;
	tangent.zh) echo '切线 y = ' ;;
	tangent_line.en) echo 'tangent( \(exact slope\))?: y = ' ;;
	tangent_line.zh) echo '切线(（[^）]*）)?：y = ' ;;
	# the legend whole and clear of the curve: two spaces or the border after it
	# (a narrow pane names it short: "secant: slope 0.34", h in the strip)
	secant.en) echo 'secant( a(-h)?, a\+h \(h = [^)]*\))?: slope [0-9.e+-]+( {2}|[ ]*│)' ;;
	secant.zh) echo '割线( a(-h)? 与 a\+h（h = [^）]*）)?：斜率 [0-9.e+-]+( {2}|[ ]*│)' ;;
	derivatives.en) echo "numerical f'\\(a\\) = .*|exact f'\\(a\\) = " ;;
	derivatives.zh) echo "数值 f'\\(a\\) = .*|解析 f'\\(a\\) = " ;;
	rounding.en) echo 'a \+ h rounds back to a' ;;
	rounding.zh) echo 'a \+ h 舍入后仍是 a' ;;
	herror.en) echo '\|numerical - exact\| at a = ' ;;
	herror.zh) echo '\|数值 - 解析\|' ;;
	field.en) echo '→ -grad field' ;;
	field.zh) echo '→ -grad 向量场' ;;
	gradient.*) echo 'grad = \[.*|\|grad\| = ' ;;
	update.*) echo 'x\[[0-9]+\] = x\[[0-9]+\] - lr\*grad\[[0-9]+\] = \[' ;;
	loss.en) echo 'loss, log scale' ;;
	loss.zh) echo '损失，对数刻度' ;;
	race.*) echo 'count 3 (SGD|Momentum|AdaGrad|Adam|Nesterov|RMSprop), lr ' ;;
	inspector.en) echo "the book's numerical_gradient" ;;
	inspector.zh) echo '书中的 numerical_gradient' ;;
	*) echo 'no such element' ;;
	esac
}

# Whether the frame $1 shows what pattern $2 describes: a pattern with
# "|" between two parts needs both, on lines of their own or one.
shows() {
	case "$2" in
	count*)
		set -- "$1" "${2#count }"
		need=${2%% *}
		[ "$(grep -oE "${2#* }" "$1" | wc -l)" -ge "$need" ]
		return ;;
	esac
	case "$2" in
	*'.*|'*) grep -qE "${2%%.\*|*}" "$1" && grep -qE "${2#*.\*|}" "$1" ;;
	*) grep -qE "$2" "$1" ;;
	esac
}

"$CONTRACT_BIN" >"$tmp/contract" || { echo "tour: no contract"; exit 1; }
for lang in en zh; do
	# the whole text of each page, at a size that holds it
	page=1
	while [ "$page" -le "$pages" ]; do
		"$SLOPE" frame --tour --lang "$lang" --size 200x60 --color never \
			--keys "$(turn_to "$page")" >"$tmp/big"
		box_text "$tmp/big" >"$tmp/text.$page"
		page=$((page + 1))
	done
	for size in 60x20 80x24 120x40; do
		while IFS="$(printf '\t')" read -r page keys sizes elements; do
			case " $sizes " in *" $size "*) ;; *) continue ;; esac
			[ "$keys" = - ] && keys=""
			what="$lang $size page $page${keys:+ after $keys}"
			"$SLOPE" frame --tour --lang "$lang" --size "$size" --color never \
				--keys "$(turn_to "$page")$keys" >"$tmp/frame" 2>"$tmp/err" ||
				{ bad "$what: slope frame failed"; cat "$tmp/err"; continue; }
			whole=
			IFS= read -r whole <"$tmp/text.$page" || :
			if [ "$(box_text "$tmp/frame")" != "$whole" ]; then
				bad "$what: the page's text is not whole on the screen"
				sed 's/^/    | /' "$tmp/frame"
				continue
			fi
			missing=""
			for e in $elements; do
				shows "$tmp/frame" "$(pattern "$e" "$lang")" || missing="$missing $e"
			done
			if [ -n "$missing" ]; then
				bad "$what: the text points at what is not on the screen:$missing"
				sed 's/^/    | /' "$tmp/frame"
			else
				ok
			fi
		done <"$tmp/contract"
	done
done

echo "tour: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
