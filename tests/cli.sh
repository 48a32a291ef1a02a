#!/bin/sh
# CLI tests: run the real binary, check its output, exit status and messages.
# usage: tests/cli.sh ./slope
set -u
SLOPE=${1:-./slope}
LC_ALL=C.UTF-8
export LC_ALL
unset NO_COLOR
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
skipped=0

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; }
skip() { skipped=$((skipped + 1)); printf 'SKIP: %s\n' "$*"; }

# expect_line "description" "fixed line that must appear" -- args...
expect_line() {
	what=$1; want=$2; shift 3
	if "$SLOPE" "$@" >"$tmp/out" 2>"$tmp/err"; then
		if grep -qxF -- "$want" "$tmp/out"; then ok; else
			bad "$what: no line '$want' in output of: slope $*"; sed 's/^/    | /' "$tmp/out" | head -20; fi
	else
		bad "$what: exit $? from: slope $*"; cat "$tmp/err"
	fi
}

# expect_usage "description" "substring of the message" -- args...
expect_usage() {
	what=$1; want=$2; shift 3
	"$SLOPE" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -ne 2 ]; then bad "$what: exit $rc, want 2: slope $*"; return; fi
	if [ -s "$tmp/out" ]; then bad "$what: stdout not empty: slope $*"; return; fi
	if [ "$(wc -l <"$tmp/err")" -ne 1 ]; then bad "$what: stderr is not one line: slope $*"; cat "$tmp/err"; return; fi
	case "$(cat "$tmp/err")" in
	"slope: "*"$want"*) ok ;;
	*) bad "$what: message '$(cat "$tmp/err")' lacks '$want'" ;;
	esac
}

# ---- the book's numbers --------------------------------------------------
expect_line "diff default" "numerical f'(a) = 0.2999999999986347   (f(a+h) - f(a-h)) / (2*h)" -- diff
expect_line "diff at 5" "numerical f'(a) = 0.1999999999990898   (f(a+h) - f(a-h)) / (2*h)" -- diff --at 5
expect_line "diff exact" "exact f'(a)     = 0.2" -- diff --at 5
expect_line "diff tangent" "tangent         y = 0.2999999999986347*x - 0.9999999999863469" -- diff
expect_line "diff tangent at 5" "tangent         y = 0.1999999999990898*x - 0.24999999999544897" -- diff --at=5
expect_line "grad default" "numerical gradient = (6.00000000000378, 7.999999999999119)" -- grad
expect_line "grad exact" "exact gradient     = (6, 8)" -- grad
expect_line "grad at 0,2" "numerical gradient = (0, 4.000000000004)" -- grad --at 0,2
expect_line "grad at 3,0" "numerical gradient = (6.000000000012662, 0)" -- grad --at 3,0
expect_line "descend final" "final: x = (-6.111107928998789e-10, 8.148143905314271e-10) after 100 steps, lr 0.1" -- descend
expect_line "descend x y spelling" "final: x = (-6.111107928998789e-10, 8.148143905314271e-10) after 100 steps, lr 0.1" -- descend --surface 'x^2 + y^2'
expect_line "descend one step" "final: x = (-2.399999999999622, 3.200000000000088) after 1 step, lr 0.1" -- descend --steps 1
expect_line "options before the command" "final: x = (-2.399999999999622, 3.200000000000088) after 1 step, lr 0.1" -- --steps 1 descend
expect_line "overflow stops" "stopped: a value is not finite at iteration 1 (try a smaller --lr)" -- descend --surface 'exp(x0**2)' --start 3,0 --lr 1

expect_line "undefined at the start" "stopped: f or its gradient is not finite at the start point (try another --start or --surface)" -- descend --surface 'sqrt(x0)+x1**2'
expect_line "tangent undefined" "tangent         undefined at a (f or its derivative is not finite)" -- diff --function 1/x --at 0
if "$SLOPE" descend --csv >"$tmp/csv" 2>"$tmp/err" && cmp -s "$tmp/csv" tests/data/descent_lr0.1.csv; then ok; else
	bad "descend --csv differs from the book's CSV"; diff "$tmp/csv" tests/data/descent_lr0.1.csv | head; fi

"$SLOPE" --version >"$tmp/out" 2>&1 && grep -q '^slope [0-9]' "$tmp/out" && ok || bad "--version"
"$SLOPE" --help >"$tmp/out" 2>&1 && grep -q -- '--steps N' "$tmp/out" && grep -q '\[100\]' "$tmp/out" && ok || bad "--help lists --steps with its default"
"$SLOPE" help dashboard >"$tmp/out" 2>&1 && grep -q "^  q Ctrl-C  *quit" "$tmp/out" && grep -q "learning rate up" "$tmp/out" && ok || bad "help dashboard lists the keys"
for c in diff grad descend plot; do
	"$SLOPE" help $c >"$tmp/out" 2>&1 && grep -q "^usage: slope $c" "$tmp/out" && ok || bad "help $c"
	"$SLOPE" $c --help >"$tmp/out" 2>&1 && grep -q "^usage: slope $c" "$tmp/out" && ok || bad "$c --help"
done

# ---- bad usage: one line, exit 2, nothing on stdout ---------------------------
expect_usage "unknown command" "unknown command 'frobnicate'" -- frobnicate
expect_usage "unknown option" "unknown option '--frobnicate'" -- descend --frobnicate
expect_usage "single dash option" "unknown option '-x'" -- diff -x
expect_usage "missing value" "--lr needs a value ETA" -- descend --lr
expect_usage "lr not a number" "--lr: 'abc' is not a positive finite number" -- descend --lr abc
expect_usage "lr negative" "--lr: '-1' is not a positive finite number" -- descend --lr -1
expect_usage "lr nan" "--lr: 'nan' is not a positive finite number" -- descend --lr nan
expect_usage "lr inf" "--lr: 'inf' is not a positive finite number" -- descend --lr inf
expect_usage "steps negative" "--steps: '-3' is not a whole number from 0 to 100000000" -- descend --steps -3
expect_usage "steps huge" "--steps: '1e99' is not a whole number from 0 to 100000000" -- descend --steps 1e99
expect_usage "steps over the limit" "--steps: '100000001' is not a whole number" -- descend --steps 100000001
expect_usage "steps fraction" "--steps: '2.5' is not a whole number" -- descend --steps 2.5
expect_usage "at three numbers" "--at: '1,2,3' is not a point X0,X1" -- grad --at 1,2,3
expect_usage "at one number for grad" "--at: '5' is not a point X0,X1" -- grad --at 5
expect_usage "at nan" "--at: 'nan' is not a finite number" -- diff --at nan
expect_usage "at inf" "--at: 'inf' is not a finite number" -- diff --at inf
expect_usage "at empty" "--at: '' is not a finite number" -- diff --at=
expect_usage "start one number" "--start: '5' is not a point X0,X1" -- descend --start 5
expect_usage "start inf" "--start: '1,inf' is not a point X0,X1" -- descend --start 1,inf
expect_usage "h zero" "--h: '0' is not a positive finite number" -- diff --h 0
expect_usage "h nan" "--h: 'NaN' is not a positive finite number" -- grad --h NaN
expect_usage "bad function" "--function: expected ')' at column 6 in 'sin(x'" -- diff --function 'sin(x'
expect_usage "unknown function" "--function: unknown function 'foo'" -- diff --function 'foo(x)'
expect_usage "unknown variable" "--surface: unknown variable 'z'" -- descend --surface 'x0 + z'
expect_usage "empty expression" "--function: empty expression" -- diff --function ''
expect_usage "option for another command" "--csv does not apply to 'grad'" -- grad --csv
expect_usage "flag with value" "--csv takes no value" -- descend --csv=yes
expect_usage "extra argument" "unexpected argument 'extra'" -- diff extra
expect_usage "help for unknown command" "help: unknown command 'nope'" -- help nope
expect_usage "xrange reversed" "--xrange: '5:1' is not a range A:B with A < B" -- plot tangent --xrange 5:1
expect_usage "view malformed" "--view: '1:2' is not a view X0:X1,Y0:Y1" -- plot descent --view 1:2
expect_usage "size malformed" "--size: '80' is not a size WxH" -- plot descent --size 80
expect_usage "size zero" "--size: '0x10' is not a size WxH" -- plot descent --size 0x10
expect_usage "canvas unknown" "--canvas: 'svg' is not one of braille|block|ascii" -- plot descent --canvas svg
expect_usage "color unknown" "--color: 'maybe' is not one of auto|always|never" -- plot descent --color maybe
expect_usage "plot without figure" "plot needs a figure" -- plot
expect_usage "plot unknown figure" "plot: unknown figure 'pie'" -- plot pie

# ---- plot: exactly H lines of at most W columns ----------------------------------
for fig in tangent field descent loss; do
	for mode in braille block ascii; do
		if "$SLOPE" plot $fig --size 70x21 --canvas $mode --color never >"$tmp/plot" 2>"$tmp/err"; then
			lines=$(wc -l <"$tmp/plot")
			widest=$(wc -L <"$tmp/plot")
			if [ "$lines" -eq 21 ] && [ "$widest" -le 70 ]; then ok; else
				bad "plot $fig $mode: $lines lines, widest $widest (want 21, <= 70)"; fi
		else bad "plot $fig $mode: exit $?"; cat "$tmp/err"; fi
	done
done
has_high_byte() { LC_ALL=C grep -q "$(printf '[\200-\377]')" "$1"; }
has_escape() { grep -q "$(printf '\033')" "$1"; }
"$SLOPE" plot descent --canvas ascii --color never >"$tmp/plot" && ! has_high_byte "$tmp/plot" && ok || bad "--canvas ascii sent a byte above 0x7F"
LC_ALL=C "$SLOPE" plot tangent >"$tmp/plot" && ! has_high_byte "$tmp/plot" && ok || bad "LC_ALL=C: the default canvas is not ascii"
"$SLOPE" plot tangent --canvas braille >"$tmp/plot" && has_high_byte "$tmp/plot" && ok || bad "braille canvas has no braille"
"$SLOPE" plot tangent --color always >"$tmp/plot" && has_escape "$tmp/plot" && ok || bad "--color always has no color"
"$SLOPE" plot tangent >"$tmp/plot" && ! has_escape "$tmp/plot" && ok || bad "color auto colored a pipe"
NO_COLOR=1 "$SLOPE" plot tangent --color auto >"$tmp/plot" && ! has_escape "$tmp/plot" && ok || bad "NO_COLOR: colored"
"$SLOPE" plot tangent >"$tmp/plot" && [ "$(wc -l <"$tmp/plot")" -eq 24 ] && ok || bad "default plot size is not 80x24 off a terminal"
expect_usage "plot too small" "--size: 10x5 is too small for the descent figure (at least" -- plot descent --size 10x5
expect_usage "plot steps over what it keeps" "--steps: '2000000' is too many to draw" -- plot descent --steps 2000000
expect_usage "dashboard steps over what it keeps" "--steps: '2000000' is too many to draw" -- --steps 2000000
expect_usage "dashboard without a terminal" "the dashboard needs a terminal" -- --lr 0.3
expect_usage "csv is not a dashboard option" "--csv does not apply to the dashboard" -- --csv
# plot_shows "what" FILE TEXT...: FILE has 20 lines and holds every TEXT.
plot_shows() {
	what=$1 file=$2
	shift 2
	if [ "$(wc -l <"$file")" -ne 20 ]; then bad "$what: $(wc -l <"$file") lines, want 20"; return; fi
	for text in "$@"; do
		if ! grep -qF -- "$text" "$file"; then
			bad "$what: no '$text' in"; sed 's/^/    | /' "$file"; return
		fi
	done
	ok
}
# Poles, holes, huge and flat functions: the legend gives the tangent's
# numbers (rounded to 4 digits) at a = 1.
while IFS='|' read -r fun tangent point; do
	if "$SLOPE" plot tangent --function "$fun" --xrange -3:3 --at 1 --size 60x20 >"$tmp/plot" 2>"$tmp/err"; then
		plot_shows "plot tangent --function '$fun'" "$tmp/plot" "f(x) = $fun" "tangent y = $tangent" "a = 1, f(a) = $point"
	else bad "plot tangent --function '$fun' failed: $(cat "$tmp/err")"; fi
done <<'END'
1/x|-x + 2|1
log(x)|x - 1|0
sqrt(x)|0.5x + 0.5|1
1e300*x|1e+300x - 4.074e+287|1e+300
0*x|0x|0
x**1000|1002x - 1001|1
END
# Surfaces that are undefined at the start, flat, or overflow in one step:
# the legend gives the step where the run ended and its point.
while IFS='|' read -r surf step; do
	if "$SLOPE" plot descent --surface "$surf" --size 60x20 >"$tmp/plot" 2>"$tmp/err"; then
		plot_shows "plot descent --surface '$surf'" "$tmp/plot" "f(x0, x1) = $surf" "start (-3, 4)" "$step"
	else bad "plot descent --surface '$surf' failed: $(cat "$tmp/err")"; fi
done <<'END'
1/(x0*x1)|iter 100 (-2.682, 3.767)
log(x0)+x1|iter 0 (-3, 4)
0*x0|iter 100 (-3, 4)
1e300*x0**2+x1|iter 1 (6e+299, 4)
END

# ---- slope race: each runner's end -------------------------------------------------
expect_line "race: converged names the first iteration under 1e-8" "sgd, lr 0.1: final x = (-5.651297944962285e-21, 6.6174449004242214e-21), loss 7.572774547288548e-41, |grad| < 1e-8 first at iteration 93" -- race --optimizers sgd:0.1,momentum:0.1 --steps 300
expect_line "race: a runner that never gets there" "momentum, lr 0.1: final x = (-4.1275999166612547e-07, 5.503466555545488e-07), loss 4.732522520002971e-13, |grad| never below 1e-8" -- race --optimizers sgd:0.1,momentum:0.1 --steps 300
expect_line "race: stuck is not converged" "sgd, lr 10: final x = (-25898374737328.363, -1295248616896.5398), loss 6.724034830146604e+26, stuck since iteration 10 (x +- h rounds back to x: the numerical gradient is 0, the exact one is not)" -- race --optimizers sgd:10,momentum:0.1

# ---- writing to a full disk is a failure -------------------------------------
if [ -w /dev/full ]; then
	"$SLOPE" descend >/dev/full 2>"$tmp/err"
	rc=$?
	if [ "$rc" -eq 1 ] && grep -q '^slope: could not write' "$tmp/err"; then ok; else bad "write error: exit $rc"; fi
else
	skip "write error: /dev/full is not writable here"
fi

# ---- slope frame: the dashboard's screen as text ---------------------------------
# exactly H lines of at most W columns, at every size from 1x1 to 1000x1000
for size in 1x1 59x20 60x20 80x24 100x30 120x40 200x60 1000x1000; do
	w=${size%x*}; h=${size#*x}
	if "$SLOPE" frame --size "$size" --keys nn >"$tmp/frame" 2>"$tmp/err" &&
		[ "$(wc -l <"$tmp/frame")" -eq "$h" ] &&
		[ "$(wc -L <"$tmp/frame")" -le "$w" ]; then ok; else
		bad "frame --size $size: not $h lines of at most $w columns: $(cat "$tmp/err")"; fi
done
"$SLOPE" frame >"$tmp/frame" && [ "$(wc -l <"$tmp/frame")" -eq 40 ] && ok || bad "default frame size is not 120x40 off a terminal"
"$SLOPE" frame --size 120x40 --keys n | grep -qF "x[1] = x[0] - lr*grad[0] = [-3.  4.] - 0.1*[-6.  8.]" && ok || bad "frame does not show the book's first step"
"$SLOPE" frame --size 120x40 --keys nnngd | grep -qF "x = (-6.111107928998789e-10, 8.148143905314271e-10)" && ok || bad "frame does not apply keys in order"
expect_usage "frame: an unknown key name" "--keys: unknown key name '<Foo>' at column 3" -- frame --keys 'ab<Foo>'
expect_usage "frame: an unclosed key name" "--keys: '<' at column 2 opens a key name that is not closed with '>' (write <lt> for the key <)" -- frame --keys 'a<Right'
expect_usage "frame: a size of 0" "--size: '0x1' is not a size WxH" -- frame --size 0x1
expect_usage "frame: a size over 1000" "--size: '80x1001' is not a size WxH" -- frame --size 80x1001
expect_usage "frame: --csv" "--csv does not apply to 'frame'" -- frame --csv
expect_usage "keys is only for frame" "--keys does not apply to the dashboard" -- --keys n
LC_ALL=C "$SLOPE" frame --size 80x24 --keys 'n?' >"$tmp/frame" && ! LC_ALL=C grep -q "$(printf '[\200-\377]')" "$tmp/frame" && ok || bad "frame in the C locale is not ASCII"
"$SLOPE" frame --size 80x24 --color always >"$tmp/frame" && has_escape "$tmp/frame" && ok || bad "frame --color always has no color"
"$SLOPE" frame --size 80x24 >"$tmp/frame" && ! has_escape "$tmp/frame" && ok || bad "frame off a terminal is colored"
mkdir "$tmp/shots"
"$SLOPE" frame --size 80x24 --snapshot-dir "$tmp/shots" --keys 'nw' >"$tmp/frame" &&
	"$SLOPE" frame --size 80x24 --keys 'n' --color never >"$tmp/want" &&
	cmp -s "$tmp/shots"/slope-*.txt "$tmp/want" && grep -q "wrote slope-" "$tmp/frame" && ok ||
	bad "frame --keys w: no snapshot equal to the frame before it"

echo "cli: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
