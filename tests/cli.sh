#!/bin/sh
# CLI tests: run the real binary, check its output, exit status and messages.
# usage: tests/cli.sh ./slope
set -u
SLOPE=${1:-./slope}
LC_ALL=C.UTF-8
export LC_ALL
# English unless a test asks for Chinese: LANGUAGE would outrank LC_ALL
unset LANGUAGE
unset NO_COLOR
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
skipped=0

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; [ -z "${TESTS_FAIL_FAST:-}" ] || exit 1; }
skip() { skipped=$((skipped + 1)); printf 'SKIP: %s\n' "$*"; }

# one_line FILE: true if FILE is exactly one line, which it puts in $line
# (read is built in: the suites' time goes to starting processes).
one_line() {
	extra=
	{ IFS= read -r line && ! IFS= read -r extra && [ -z "$extra" ]; } <"$1"
}

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
	if ! one_line "$tmp/err"; then bad "$what: stderr is not one line: slope $*"; cat "$tmp/err"; return; fi
	case "$line" in
	"slope: "*"$want"*) ok ;;
	*) bad "$what: message '$line' lacks '$want'" ;;
	esac
}

# ---- the book's numbers --------------------------------------------------
expect_line "diff default" "numerical f'(a) = 0.2999999999986347   (f(a+h) - f(a-h)) / (2*h)" -- diff
expect_line "diff at 5" "numerical f'(a) = 0.1999999999990898   (f(a+h) - f(a-h)) / (2*h)" -- diff --at 5
expect_line "diff exact" "exact f'(a)     = 0.2" -- diff --at 5
expect_line "diff tangent" "tangent         y = 0.2999999999986347*x - 0.9999999999863469" -- diff
expect_line "diff tangent at 5" "tangent         y = 0.1999999999990898*x - 0.24999999999544897" -- diff --at=5
# ** is the C library's pow(), as Python computes x**2 on a float: x*x would
# give 0.006201467749764559
expect_line "x**2 is pow()" "f(a)            = 0.00620146774976456" -- diff --function 'x**2' --at=-0.0787493984089057
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
expect_line "tangent undefined" "tangent         undefined at a (f(a) is inf)" -- diff --function 1/x --at 0
# which number is not finite, by name: f(a) = 2 and f' = 0.3 at --h 1e308,
# only the numerical derivative is nan
expect_line "tangent undefined by h" "tangent         undefined at a (numerical f'(a) is nan)" -- diff --h 1e308
expect_line "tangent undefined at 1e308" "tangent         undefined at a (f(a) is inf, numerical f'(a) is nan)" -- diff --at 1e308
expect_line "rounding at 1e308 is nan, not 0" "rounding        a + h rounds back to a: f(a+h) - f(a-h) is nan" -- diff --at 1e308
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
# slope plot: an option the figure does not read is bad usage, not ignored
expect_usage "plot tangent does not read --lr" "--lr does not apply to 'plot tangent', which does not read it (see 'slope help plot')" -- plot tangent --lr 0.5
expect_usage "plot descent does not read --secant" "--secant does not apply to 'plot descent'" -- plot descent --secant
expect_usage "plot loss does not read --view" "--view does not apply to 'plot loss'" -- plot loss --view fit
expect_usage "plot field does not read --steps" "--steps does not apply to 'plot field'" -- plot field --steps 5
"$SLOPE" plot race --preset ch6 --panels --size 80x24 >/dev/null && ok || bad "plot race takes --preset and --panels"
# a race's parameters fit its runners, as in slope race (not --optimizer's sgd)
"$SLOPE" plot race --optimizers momentum,sgd --momentum 0.5 --size 60x20 >/dev/null && ok \
	|| bad "plot race refuses --momentum for a momentum runner"
# the dashboard's R races --optimizers' runners: their parameters are taken
m5=$("$SLOPE" frame --optimizers momentum,sgd --momentum 0.5 --size 80x24 --keys Rnn --color never | grep '^.momentum ')
m9=$("$SLOPE" frame --optimizers momentum,sgd --size 80x24 --keys Rnn --color never | grep '^.momentum ')
case "$m5" in *"(-1.62, 2.16)"*) [ "$m5" != "$m9" ] && ok || bad "R's momentum runner ignores --momentum" ;;
*) bad "the dashboard refuses or ignores --momentum for R's momentum runner: $m5" ;; esac
expect_usage "plot race: a parameter no runner reads" "--rho does not apply to any optimizer of the race" -- plot race --optimizers momentum --rho 0.5
"$SLOPE" plot herror --method forward --at 1 --size 60x20 >/dev/null && ok || bad "plot herror takes --method and --at"
"$SLOPE" help plot | grep -qx '  descent  --surface --start --lr --steps --view --field --preset --optimizer --momentum --rho --beta1 --beta2 --eps --gradient' \
	&& ok || bad "help plot lists the options descent reads"
expect_usage "flag with value" "--csv takes no value" -- descend --csv=yes
expect_usage "extra argument" "unexpected argument 'extra'" -- diff extra
expect_usage "help for unknown command" "help: unknown command 'nope'" -- help nope
expect_usage "xrange reversed" "--xrange: '5:1' is not a range A:B with A < B" -- plot tangent --xrange 5:1
expect_usage "view malformed" "--view: '1:2' is not a view X0:X1,Y0:Y1" -- plot descent --view 1:2
expect_usage "xrange wider than a double" "--xrange: '-1e308:1e308' is wider than a double holds (B - A must be at most 1.7976931348623157e+308)" -- plot tangent --xrange -1e308:1e308
expect_usage "dashboard xrange wider than a double" "--xrange: '-1e308:1e308' is wider than a double holds" -- --xrange -1e308:1e308
expect_usage "view wider than a double" "--view: '-1e308:1e308,-1:1' is wider than a double holds (X1 - X0 and Y1 - Y0 must be at most 1.7976931348623157e+308)" -- plot field --view -1e308:1e308,-1:1
expect_usage "difference unknown" "--method: 'back' is not one of central|forward" -- plot herror --method back
expect_usage "size malformed" "--size: '80' is not a size WxH" -- plot descent --size 80
expect_usage "size zero" "--size: '0x10' is not a size WxH" -- plot descent --size 0x10
expect_usage "canvas unknown" "--canvas: 'svg' is not one of braille|block|ascii" -- plot descent --canvas svg
expect_usage "color unknown" "--color: 'maybe' is not one of auto|always|never" -- plot descent --color maybe
expect_usage "plot without figure" "plot needs a figure" -- plot
expect_usage "plot unknown figure" "plot: unknown figure 'pie'" -- plot pie

# ---- plot: exactly H lines of at most W columns ----------------------------------
for fig in tangent herror field descent loss race; do
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
# numbers (rounded to 4 digits, spelled as NumPy prints a scalar) at a = 1.
while IFS='|' read -r fun tangent point; do
	if "$SLOPE" plot tangent --function "$fun" --xrange -3:3 --at 1 --size 60x20 >"$tmp/plot" 2>"$tmp/err"; then
		plot_shows "plot tangent --function '$fun'" "$tmp/plot" "f(x) = $fun" "tangent y = $tangent" "a = 1.0, f(a) = $point"
	else bad "plot tangent --function '$fun' failed: $(cat "$tmp/err")"; fi
done <<'END'
1/x|-x + 2.0|1.0
log(x)|x - 1.0|0.0
sqrt(x)|0.5x + 0.5|1.0
1e300*x|1e+300x - 4.074e+287|1e+300
0*x|0.0|0.0
x**1000|1002.0x - 1001.0|1.0
END
# Surfaces that are undefined at the start, flat, or overflow in one step:
# the legend gives the step where the run ended and its point.
while IFS='|' read -r surf step; do
	if "$SLOPE" plot descent --surface "$surf" --size 60x20 >"$tmp/plot" 2>"$tmp/err"; then
		plot_shows "plot descent --surface '$surf'" "$tmp/plot" "f(x0, x1) = $surf" "start (-3.0, 4.0)" "$step"
	else bad "plot descent --surface '$surf' failed: $(cat "$tmp/err")"; fi
done <<'END'
1/(x0*x1)|iter 100 (-2.682, 3.767)
log(x0)+x1|iter 0 (-3.0, 4.0)
0*x0|iter 100 (-3.0, 4.0)
1e300*x0**2+x1|iter 1 (6e+299, 4.0)
END

# ---- slope race: each runner's end -------------------------------------------------
expect_line "race: converged names the first iteration under 1e-8" "sgd, lr 0.1: final x = (-5.651297944962285e-21, 4.963083675318166e-21), loss 5.656936803094462e-41, |grad| < 1e-8 first at iteration 93" -- race --optimizers sgd:0.1,momentum:0.1 --steps 300
expect_line "race: a runner that never gets there" "momentum, lr 0.1: final x = (-4.1275999166612547e-07, 5.503466555545488e-07), loss 4.732522520002971e-13, |grad| never below 1e-8" -- race --optimizers sgd:0.1,momentum:0.1 --steps 300
expect_line "race: stuck is not converged" "sgd, lr 10: final x = (-25898374737328.363, -1295248616896.5398), loss 6.724034830146604e+26, stuck since iteration 10 (x +- h rounds back to x: the numerical gradient is 0, the exact one is not)" -- race --optimizers sgd:10,momentum:0.1
# a race of no step judges its row 0; one whose first update lands at the
# minimum converges at 1, not at the 0 that update overwrote
expect_line "race: row 0 of a race of no step is judged" "sgd, lr 0.1: final x = (0, 0), loss 0, |grad| < 1e-8 first at iteration 0" -- race --start 0,0 --steps 0
expect_line "race: the row a step overwrites is judged first" "sgd, lr 0.5: final x = (-2.9182932010870816e-21, -2.448454613156962e-22), loss 8.576384507437982e-42, |grad| < 1e-8 first at iteration 1" -- race --lr 0.5 --steps 3
# the dashboard's race judges the same row 0 (once it did not, at N = 0)
"$SLOPE" frame --start 0,0 --steps 0 --keys R --size 120x40 --color never >"$tmp/frame" &&
	grep -q '│sgd  *0\.1  *(0\.0, 0\.0)  *0\.0  *0\.0  *converged at 0 ' "$tmp/frame" && ok ||
	bad "the dashboard's race of no step does not judge row 0"

# ---- writing to a full disk is a failure -------------------------------------
if [ -w /dev/full ]; then
	"$SLOPE" descend >/dev/full 2>"$tmp/err"
	rc=$?
	if [ "$rc" -eq 1 ] && grep -q '^slope: could not write' "$tmp/err"; then ok; else bad "write error: exit $rc"; fi
	# a failed write ends descend and race at once: 10^8 steps to a full disk
	# took 36 s of CPU before. A limit on CPU time, which load cannot use up
	# as it can wall time, of 5 s tells the two apart.
	for cmd in descend race; do
		(ulimit -t 5; exec "$SLOPE" $cmd --steps 100000000 >/dev/full 2>"$tmp/err")
		rc=$?
		if [ "$rc" -eq 1 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q '^slope: could not write' "$tmp/err"; then ok; else
			bad "$cmd --steps 100000000 >/dev/full: exit $rc, want 1 and one line, at once (over 128: killed at 5 s of CPU)"; cat "$tmp/err"; fi
	done
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
# a w that cannot write its file fails frame: the frame, then exit 1 and why
"$SLOPE" frame --size 80x24 --snapshot-dir "$tmp/no/such" --keys 'nwn' >"$tmp/frame" 2>"$tmp/err"
rc=$?
if [ "$rc" -eq 1 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] &&
	grep -qF "slope: no snapshot: cannot write in $tmp/no/such" "$tmp/err" &&
	[ "$(wc -l <"$tmp/frame")" -eq 24 ]; then ok; else
	bad "frame --keys w into a missing directory: exit $rc, want 1 with the reason after the frame"; cat "$tmp/err"; fi
# a frame computes what its screen needs: twenty R at 10^6 steps end in the
# one run, computed once, not ten races of six (about 1 s of CPU each); a
# CPU time limit tells the two apart where load could stretch wall time
(ulimit -t 4; exec "$SLOPE" frame --steps 1000000 --keys RRRRRRRRRRRRRRRRRRRR >"$tmp/frame" 2>"$tmp/err")
rc=$?
if [ "$rc" -eq 0 ] && grep -q "one run again" "$tmp/frame"; then ok; else
	bad "frame --keys with twenty R at 10^6 steps: exit $rc (over 128: killed at 4 s of CPU)"; fi

spaces=$(printf '%50s' '')
"$SLOPE" frame --size 120x40 --keys "?$spaces<PgUp>" | grep -qF " keys, page 1 of 2 " && ok || bad "frame: 50 Spaces then PgUp in the help is not back on page 1 of 2"
# a range narrower than a figure can draw is refused as a too-wide one is (it drew -1..1)
expect_usage "plot: an x range under 1e-300" "--xrange: '0:1e-301' is narrower than a figure can draw (B - A must be at least 1e-300)" -- plot tangent --xrange 0:1e-301
expect_usage "frame: an x range under 1e-300" "--xrange: '1e-310:2e-310' is narrower than a figure can draw" -- frame --xrange 1e-310:2e-310
expect_usage "plot: a view under 1e-300" "--view: '0:1,2:2' is not a view" -- plot descent --view 0:1,2:2
expect_usage "plot: a view under 1e-300 wide" "--view: '-1e-301:0,0:1' is narrower than a figure can draw (X1 - X0 and Y1 - Y0 must be at least 1e-300)" -- plot descent --view -1e-301:0,0:1
"$SLOPE" plot tangent --xrange 0:1e-300 --size 60x16 >"$tmp/out" && grep -q "1e-300" "$tmp/out" && ok || bad "plot tangent --xrange 0:1e-300 does not draw the range asked for"
# a terminal too small for a figure is named as the terminal, not as a --size never given
if command -v script >/dev/null 2>&1; then
	script -qec "stty cols 1 rows 1; $SLOPE plot descent; echo rc=\$?" /dev/null >"$tmp/tty" 2>&1
	if grep -qF "slope: the terminal is 1x1, too small for the descent figure (at least 32x12; --size WxH draws it at another size)" "$tmp/tty" &&
		grep -q "rc=2" "$tmp/tty" && ! grep -q -- "--size: 1x1" "$tmp/tty"; then ok; else
		bad "plot in a 1x1 terminal: $(tr -d '\r' <"$tmp/tty")"; fi
	# wide enough but too short: the rows are checked too
	script -qec "stty cols 100 rows 5; $SLOPE plot descent; echo rc=\$?" /dev/null >"$tmp/tty" 2>&1
	if grep -qF "slope: the terminal is 100x5, too small for the descent figure (at least 32x12" "$tmp/tty" &&
		grep -q "rc=2" "$tmp/tty"; then ok; else
		bad "plot in a 100x5 terminal: $(tr -d '\r' <"$tmp/tty")"; fi
else
	skip "plot in a 1x1 terminal: no script(1)"
fi
expect_usage "plot: --size too small names --size" "--size: 20x10 is too small for the descent figure (at least 32x12)" -- plot descent --size 20x10
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

# ---- lone numbers on screen: as NumPy prints a float64 scalar -------------------
# 25.0, 10.0, 1e-10, never "25." or "1.e-10" (arrays keep NumPy's array
# print, [-3.  4.], so bracketed text is left out of the check).
"$SLOPE" frame --size 120x40 | grep -qF "loss = 25.0" && ok || bad "iteration 0 does not show loss = 25.0"
"$SLOPE" frame --size 120x40 --preset lr1e-10 | grep -qF "lr = 1e-10" && ok || bad "--preset lr1e-10 does not show lr = 1e-10"
"$SLOPE" frame --size 120x40 --preset lr10 --keys G | grep -qF "lr = 10.0" && ok || bad "--preset lr10 does not show lr = 10.0"
for preset in book lr10 lr1e-10 ch6 rosenbrock saddle himmelblau; do
	for keys in "" nnn ggi Rg d oooonn ooooonnni +++n ----n Eg hhhh; do
		for size in 80x24 120x40; do
			"$SLOPE" frame --preset "$preset" --size "$size" --keys "$keys" >"$tmp/frame" 2>&1
			if sed 's/\[[^][]*\]//g' "$tmp/frame" |
				grep -E '(^|[^0-9A-Za-z_.])-?[0-9]+\.($|[^0-9A-Za-z_])|[0-9]\.e[-+][0-9]' >"$tmp/bare"; then
				bad "frame --preset $preset --keys '$keys' --size $size: a lone number in an array's form:"
				sed 's/^/    | /' "$tmp/bare"
			else ok; fi
		done
	done
done

# slope race judges a runner as the dashboard does (one check, run.c): a
# numerical |grad| under 1e-8 where the exact one is not is no convergence
"$SLOPE" race --surface 'sin(31415.926535897932*x0) + x1**2' --start 0.3,0 --optimizers sgd --steps 3 | tail -1 |
	grep -q 'not converged: at iteration 0 the numerical |grad| is under 1e-8, the exact one is not' && ok ||
	bad "race: the aliasing surface is called converged (its own check, not the dashboard's)"
"$SLOPE" race --lr 10 --optimizers sgd --steps 100 | tail -1 | grep -q 'stuck since iteration 10 ' && ok ||
	bad "race: lr 10 is not stuck since iteration 10"
"$SLOPE" race --optimizers sgd --steps 100 | tail -1 | grep -q '|grad| < 1e-8 first at iteration 93$' && ok ||
	bad "race: the book's run does not converge first at iteration 93"
# ---- issue 20: the figures and the dashboard's layout ---------------------------
frame() { "$SLOPE" frame --color never "$@" >"$tmp/frame" 2>"$tmp/err"; }
# figure 6-8 in the dashboard: a panel a runner, titled, each with its own
# path (one marker a panel, no legend of every runner); # puts them on one plot
frame --preset ch6 --keys Rg --size 120x40 &&
	[ "$(grep -c 'SGD, lr 0.95.*Momentum, lr 0.1' "$tmp/frame")" -eq 1 ] &&
	[ "$(grep -c 'AdaGrad, lr 1.5.*Adam, lr 0.3' "$tmp/frame")" -eq 1 ] &&
	! grep -q 'start (-7.0, 2.0)' "$tmp/frame" &&
	awk 'NR < 17 { top = top substr($0, 62) } NR >= 17 && NR < 33 { low = low substr($0, 62) }
	     END { exit !(index(top, "•") && index(top, "×") && !index(top, "▪") && !index(top, "▴") &&
	                  index(low, "▪") && index(low, "▴") && !index(low, "•") && !index(low, "×")) }' "$tmp/frame" &&
	ok || { bad "ch6 Rg at 120x40: not four titled panels of one path each"; cat "$tmp/frame"; }
frame --preset ch6 --keys 'Rg#' --size 120x40 && grep -q 'start (-7.0, 2.0)' "$tmp/frame" &&
	! grep -q 'SGD, lr 0.95.*Momentum, lr 0.1' "$tmp/frame" && ok || bad "# does not put the race on one plot"
# z: the view given (the book's -10..10) or one fitted to the paths
frame --preset ch6 --keys Rg --size 120x40 && grep -q -- '-10┤' "$tmp/frame" &&
	frame --preset ch6 --keys Rgz --size 120x40 && ! grep -q -- '-10┤' "$tmp/frame" &&
	frame --preset ch6 --keys Rgzz --size 120x40 && grep -q -- '-10┤' "$tmp/frame" &&
	ok || bad "z does not zoom between the book's view and a fit of the paths"
# the race table: columns that stay put while stepping, a line a runner
# with its ending, every runner at 60x20, only keys that act in a race
cols=""
for k in R Rn Rnnnnn Rnnnnnnnnnnnnnnnnnnn Rg; do
	frame --keys "$k" --size 120x40
	cols="$cols $(grep 'iter [0-9]*/100' "$tmp/frame" | awk '{ print index($0, "loss") }')"
done
[ "$(echo $cols | tr ' ' '\n' | sort -u | wc -l)" -eq 1 ] && ok || bad "race table columns move while stepping:$cols"
frame --keys Rg --size 120x40 && grep -q '^│.*││sgd .*conv\. 93│$' "$tmp/frame" &&
	! grep -qE '││ *(converged|conv\.)' "$tmp/frame" && ok || { bad "a runner's ending is not on its row"; cat "$tmp/frame"; }
frame --keys Rg --size 60x20 && ! grep -q 'more' "$tmp/frame" &&
	for r in sgd momentum nesterov adagrad rmsprop adam; do grep -q "^│$r " "$tmp/frame" || exit 1; done &&
	ok || bad "a runner of six is hidden at 60x20"
frame --preset ch6 --keys Rg --size 200x60 && tail -1 "$tmp/frame" | grep -q '# panels' &&
	! tail -1 "$tmp/frame" | grep -qE 'lr|inspect|optimizer' && ok || bad "a race's status line offers keys that do nothing there"
frame --preset ch6 --size 200x60 && ! tail -1 "$tmp/frame" | grep -q '# panels' && ok || bad "# panels offered outside a race"
# o names the optimizer in the title and takes its rate from the settings'
# race (ch6: figure 6-8's), else the book's default, unless the user chose one
frame --keys o --size 120x40 && head -1 "$tmp/frame" | grep -q 'descent, Momentum: f(x0, x1)' &&
	tail -1 "$tmp/frame" | grep -qx 'optimizer momentum, lr 0.01: the run starts again' && ok ||
	bad "o: no Momentum in the title, or not the book's lr 0.01"
frame --preset ch6 --keys o --size 120x40 && tail -1 "$tmp/frame" | grep -q 'optimizer momentum, lr 0.1:' &&
	frame --lr 0.3 --keys o --size 120x40 && tail -1 "$tmp/frame" | grep -q 'optimizer momentum, lr 0.3:' &&
	frame --keys '+o' --size 120x40 && tail -1 "$tmp/frame" | grep -q 'optimizer momentum, lr 0.3:' &&
	frame --lr 0.3 --preset ch6 --keys o --size 120x40 && tail -1 "$tmp/frame" | grep -q 'momentum, lr 0.1:' &&
	ok || bad "o does not reset lr to the optimizer's default unless the user set one"
# Adam's formulas leave the iteration's line its place at 80x24
frame --optimizer adam --keys nnnnnnnnnn --size 80x24 && grep -q '^│iter 10/100 .*more' "$tmp/frame" && ok ||
	{ bad "Adam at 80x24 pushes out the iteration's line"; cat "$tmp/frame"; }
for size in 76x40 88x40 96x40; do
	frame --optimizer adam --keys nn --size "$size" && grep -q '^│iter 2/100 ' "$tmp/frame" && ok ||
		bad "Adam at $size pushes out the iteration's line"
done
# v: the field's arrows whole over the level curves, longer where the
# bowl is steeper (at x1 = 0: long at the sides, a dot at the origin)
frame --size 80x24 --keys v && grep -q '0┤.*⠒⠒⠒→.*·.*←⠒⠒⠒' "$tmp/frame" && ok ||
	{ bad "v: the field's arrows are cut or all one length at 80x24"; cat "$tmp/frame"; }
# a preset's name leaves with its surface
frame --preset ch6 --keys 'e<C-u>x0**2+x1**2<Enter>n' --size 120x40 && ! tail -1 "$tmp/frame" | grep -q 'ch6' &&
	frame --preset ch6 --keys n --size 120x40 && tail -1 "$tmp/frame" | grep -q '^\[ch6\]' && ok ||
	bad "the preset's tag stays after its surface is edited away"
# one pane on screen: its border names the other pane and Tab
for size in 60x20 80x24 100x30; do
	frame --size "$size" && head -1 "$tmp/frame" | grep -q '─ tangent (Tab) │ \[\*\] descent' &&
		frame --size "$size" --keys '<Tab>' && head -1 "$tmp/frame" | grep -q '\[\*\] tangent: .* │ descent (Tab) ' &&
		ok || bad "no tab strip naming both panes at $size"
done
frame --size 120x40 && ! grep -q '(Tab)' "$tmp/frame" && ok || bad "a tab strip with both panes on screen"
# the tangent pane's y axis stays while a moves
ticks=""
for a in 0 5 10 15 20; do
	frame --size 120x40 --keys "<Tab>=<C-u>$a<Enter>"
	ticks="$ticks $(sed -n '2,31p' "$tmp/frame" | cut -c1-4 | cksum | cut -d' ' -f1)"
done
[ "$(echo $ticks | tr ' ' '\n' | sort -u | wc -l)" -eq 1 ] && ok || bad "the tangent pane's y axis moves with a"

# ---- the h lesson: diff --scan, --method, a gradient that is undefined -----------
"$SLOPE" diff --scan >"$tmp/scan" 2>"$tmp/err" || bad "diff --scan failed: $(cat "$tmp/err")"
grep -qE '^1e-4 +0\.2999999999986347 +-1\.3653522756840175e-12 +0\.3000009999976072 ' "$tmp/scan" && ok || bad "diff --scan: no book row for h = 1e-4"
grep -qE '^1e-50 +0 +-0\.30000000000000004 +0 ' "$tmp/scan" && ok || bad "diff --scan: h = 1e-50 does not give 0"
[ "$(grep -c '^1e-' "$tmp/scan")" -eq 17 ] && ok || bad "diff --scan: not 17 rows of h"
expect_line "diff --method forward" "numerical f'(a) = 0.3000009999976072   (f(a+h) - f(a)) / h, the forward difference" -- diff --method forward
expect_line "diff --method forward at 5" "numerical f'(a) = 0.20000099999917254   (f(a+h) - f(a)) / h, the forward difference" -- diff --method forward --at 5
expect_line "diff h = 1e-50 says why" "rounding        a + h rounds back to a: f(a+h) - f(a-h) is 0" -- diff --h 1e-50
expect_line "diff h = 1e-50 forward says why" "rounding        a + h rounds back to a: f(a+h) - f(a) is 0" -- diff --h 1e-50 --method forward
expect_usage "diff --method" "--method: 'backward' is not one of central|forward" -- diff --method backward
# diff --digits: the digits f(a+h) - f(a-h) cancels (issue 21): about 4-5 at
# 1e-4, 12-13 at 1e-12, all 17 at the book's 1e-50, for the book's f at 10
expect_line "digits at 1e-4: f(a+h)" "f(a+h)             2.0000300000999998" -- diff --digits
expect_line "digits at 1e-4: f(a-h) aligned" "f(a-h)             1.9999700001000000" -- diff --digits
expect_line "digits at 1e-4: the shared ones marked" "shared digits      ^ ^^^^" -- diff --digits
expect_line "digits at 1e-4: lost" "digits lost       4.5 of 17, about log10(|f(a+h)| / |f(a+h) - f(a-h)|)" -- diff --digits
expect_line "digits at 1e-12: lost" "digits lost       12.5 of 17, about log10(|f(a+h)| / |f(a+h) - f(a-h)|)" -- diff --digits --h 1e-12
expect_line "digits at 1e-12: kept" "digits kept       4.5: what the difference, and so the derivative, has left" -- diff --digits --h 1e-12
expect_line "digits at 1e-50: all lost" "digits lost       17 of 17, about log10(|f(a+h)| / |f(a+h) - f(a-h)|)" -- diff --digits --h 1e-50
expect_line "digits: truncation of sin" "truncation error  9.0e-10   about |f'''(a)|*h**2/6: what a large h costs instead" -- diff --digits --function 'sin(x)' --at 1
expect_line "digits --scan: a row per h" "1e-4   2.0000|300000999998                       5       4.5   12.5  0.2999999999986347      0" -- diff --digits --scan
expect_line "digits --scan: 1e-50" "1e-50  2.0000000000000000|                       17      17    0     0                       0" -- diff --digits --scan
expect_usage "--digits is diff's" "--digits does not apply to 'grad'" -- grad --digits
# slope export: the script's parts (running them is tests/export.sh's)
expect_line "export: the surface as a def" "    return x[0]**2 + x[1]**2" -- export
expect_line "export: chapter 4's numerical_gradient" "def numerical_gradient(f, x):" -- export
expect_line "export: the book's class" "class Momentum:" -- export --optimizer momentum
expect_line "export: its parameters" "optimizer = Adam(lr=lr, beta1=0.8, beta2=0.999)" -- export --optimizer adam --beta1 0.8
expect_line "export: the exact gradient" "def exact_gradient(f, x):" -- export --gradient exact
expect_line "export: the start" "init_x = np.array([-7.0, 2.0])" -- export --preset ch6
expect_line "export --csv" "print_rows = True  # True: a CSV row per iteration, as slope descend --csv prints them" -- export --csv
expect_line "export: print(x) by default" "print_rows = False  # True: a CSV row per iteration, as slope descend --csv prints them" -- export
expect_line "export: eps where the book writes 1e-7" "            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + 1e-08)" -- export --optimizer adagrad --eps 1e-8
expect_usage "export: one run, not a race" "--optimizers does not apply to 'export'" -- export --optimizers sgd,adam
expect_usage "export: a bad surface" "--surface: expected ')' at column 7 in 'sin(x0'" -- export --surface 'sin(x0'
expect_line "help lists export" "  export    print the run as a Python script in the book's style that needs only NumPy" -- help
# W writes the run as a script beside the snapshots, never over a file
mkdir "$tmp/wdir"
"$SLOPE" frame --snapshot-dir "$tmp/wdir" --color never --keys 'WW' >"$tmp/frame" 2>&1
[ "$(ls "$tmp/wdir" | grep -c '^slope-[0-9]\{8\}-[0-9]\{6\}\(-[0-9]*\)\?\.py$')" -eq 2 ] && ok || bad "W twice: not two slope-YYYYMMDD-HHMMSS.py files: $(ls "$tmp/wdir")"
grep -qx "    return x\[0\]\*\*2 + x\[1\]\*\*2" "$tmp/wdir"/slope-*.py && ok || bad "W: the script has not the surface's def"
"$SLOPE" frame --snapshot-dir "$tmp/nowhere" --color never --keys 'W' >"$tmp/frame" 2>&1
# (the directory whole, or its end when the 80 columns cannot hold it)
case $(tail -1 "$tmp/frame") in
"no script: cannot write in $tmp/nowhere: No such file or directory" | \
	"no script: cannot write in ..."*"/nowhere: No such file or directory") ok ;;
*) bad "W into a missing directory does not say why: $(tail -1 "$tmp/frame")" ;;
esac
# D in the tangent pane: the same digits in the strip, as [ walks h down
"$SLOPE" frame --size 120x40 --color never --keys '<Tab>D' >"$tmp/frame" 2>&1
grep -qF '│f(a-h)           1.9999700001000000 ' "$tmp/frame" && grep -qF '│shared digits    ^ ^^^^ ' "$tmp/frame" &&
	grep -qF '│digits lost 4.5 of 17, kept 12.5 ' "$tmp/frame" && ok || bad "frame: D does not show the digits at h = 1e-4"
"$SLOPE" frame --size 80x24 --color never --keys '<Tab>D[[[[[[[[' >"$tmp/frame" 2>&1
grep -qF '│digits lost 12.5 of 17, kept 4.5 ' "$tmp/frame" && ok || bad "frame: D at 80x24 after [ x8 does not show 12.5 digits lost"
"$SLOPE" frame --size 120x40 --color never --keys '<Tab>DD' >"$tmp/frame" 2>&1
grep -qF 'shared digits' "$tmp/frame" && bad "frame: a second D does not hide the digits" || ok
expect_line "grad where f is not finite" "numerical gradient = undefined: f is not finite at this point" -- grad --surface '1/(x0*x1)' --at 0,0

# ---- languages: gettext's variables, --lang, the build's catalogue -------------
# first_line "description" "wanted first line" ENV... -- args: slope's --help
# (or any output) under an environment of its own, LC_ALL left out so that
# LANG and LANGUAGE count.
first_line() {
	what=$1; want=$2; shift 2
	envs=""
	while [ "$1" != -- ]; do envs="$envs $1"; shift; done
	shift
	# shellcheck disable=SC2086 # the variables are words on purpose
	env -u LC_ALL -u LC_MESSAGES -u LANGUAGE -u LANG $envs "$SLOPE" "$@" >"$tmp/out" 2>"$tmp/err"
	got=$(head -1 "$tmp/out")
	if [ "$got" = "$want" ]; then ok; else bad "$what: first line '$got', want '$want'"; fi
}
zh_usage="用法：slope [命令] [选项]"
en_usage="usage: slope [COMMAND] [OPTIONS]"
first_line "--lang zh speaks Chinese" "$zh_usage" LANG=C.UTF-8 -- --lang zh --help
first_line "--lang=zh too" "$zh_usage" LANG=C.UTF-8 -- --help --lang=zh
first_line "LANGUAGE=zh_CN speaks Chinese" "$zh_usage" LANG=C.UTF-8 LANGUAGE=zh_CN -- --help
first_line "LANG=zh_CN.UTF-8, a locale this machine may lack, speaks Chinese" "$zh_usage" LANG=zh_CN.UTF-8 -- --help
first_line "LC_MESSAGES=zh_CN.UTF-8 speaks Chinese" "$zh_usage" LANG=C.UTF-8 LC_MESSAGES=zh_CN.UTF-8 -- --help
first_line "LC_ALL outranks LANG" "$zh_usage" LANG=C.UTF-8 LC_ALL=zh_CN.UTF-8 -- --help
first_line "--lang en outranks LANGUAGE" "$en_usage" LANG=zh_CN.UTF-8 LANGUAGE=zh_CN -- --lang en --help
first_line "the C.UTF-8 locale speaks English" "$en_usage" LANG=C.UTF-8 -- --help
first_line "LANG=C: Chinese is not attempted" "$en_usage" LANG=C -- --lang zh --help
first_line "LANGUAGE=zh_CN in the C locale: English" "$en_usage" LANGUAGE=zh_CN -- --help
# gettext's order: LANGUAGE first, entry by entry, over the locale's name
first_line "LANGUAGE=en outranks LANG=zh_CN" "$en_usage" LANG=zh_CN.UTF-8 LANGUAGE=en -- --help
first_line "LANGUAGE=fr (no catalogue) leaves English, not LANG's Chinese" "$en_usage" LANG=zh_CN.UTF-8 LANGUAGE=fr -- --help
first_line "LANGUAGE=fr:zh_CN skips fr to Chinese" "$zh_usage" LANG=C.UTF-8 LANGUAGE=fr:zh_CN -- --help
first_line "LANGUAGE=en:zh_CN: en first" "$en_usage" LANG=C.UTF-8 LANGUAGE=en:zh_CN -- --help
first_line "LANGUAGE=en_US:zh_CN: en first" "$en_usage" LANG=zh_CN.UTF-8 LANGUAGE=en_US:zh_CN -- --help
first_line "LANGUAGE empty: LANG decides" "$zh_usage" LANG=zh_CN.UTF-8 LANGUAGE= -- --help

first_line "--lang zh_CN, as LANGUAGE spells it" "$zh_usage" LANG=C.UTF-8 -- --lang zh_CN --help
# without UTF-8 a command says once, on stderr, why it speaks English
env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=C "$SLOPE" --lang zh diff >"$tmp/out" 2>"$tmp/err"
[ "$(grep -c 'Chinese needs a UTF-8 character set' "$tmp/err")" = 1 ] && head -1 "$tmp/out" | grep -q '^f(x) ' &&
	ok || bad "--lang zh under LANG=C: no one notice on stderr"
first_line "help tour in Chinese" "用法：slope tour [--canvas MODE] [--color WHEN] [--lang en|zh]" LANG=C.UTF-8 -- --lang zh help tour
# an uninstalled ./slope finds its build's catalogue from any directory
abs_slope=$(cd "$(dirname "$SLOPE")" && pwd)/$(basename "$SLOPE")
(cd / && env -u LANGUAGE LC_ALL=C.UTF-8 "$abs_slope" --lang zh --help) | head -1 | grep -qxF "$zh_usage" && ok ||
	bad "./slope run from / does not find build/locale"
# an error in Chinese: one line, the slope: prefix, exit 2
expect_usage "a bad value in Chinese" "--lr：'abc' 不是正的有限数" -- --lang zh descend --lr abc
expect_usage "an expression error in Chinese" "未知变量 'z'，位于第 1 列：'z**2'（曲线使用 x）" -- --lang zh diff --function 'z**2'
expect_usage "an unknown command in Chinese" "未知命令 'frobnicate'" -- frobnicate --lang zh
# zh_CN is read as an option too (not only before the rest): the error is
# the bad rate's, in Chinese, not --lang's
expect_usage "--lang zh_CN is taken" "--lr：'x' 不是正的有限数" -- --lang zh_CN descend --lr x
expect_usage "--lang takes en or zh" "--lang: 'fr' is not one of en|zh" -- --lang fr
# the text commands' output stays English: scripts read it
expect_line "diff in Chinese prints English" "numerical f'(a) = 0.2999999999986347   (f(a+h) - f(a-h)) / (2*h)" -- --lang zh diff
expect_line "descend in Chinese prints English" "final: x = (-6.111107928998789e-10, 8.148143905314271e-10) after 100 steps, lr 0.1" -- descend --lang zh
"$SLOPE" --lang zh descend --csv --steps 3 >"$tmp/csv" && head -1 "$tmp/csv" | grep -qx 'iter,x0,x1,g0,g1,loss' && ok || bad "descend --csv header in Chinese"
# the tour and the dashboard
"$SLOPE" frame --tour --lang zh --size 80x24 >"$tmp/frame" && grep -q "导览 1/9：导数与切线" "$tmp/frame" &&
	grep -q "试一试：按 Left 和 Right 移动 a" "$tmp/frame" && ok || bad "frame --tour --lang zh is not the Chinese tour"
"$SLOPE" frame --tour --lang en --size 80x24 >"$tmp/frame" && grep -q "tour 1/9: The derivative and its tangent" "$tmp/frame" &&
	ok || bad "frame --tour --lang en is not the English tour"
"$SLOPE" help tour >"$tmp/out" && grep -q "^  Enter        the next page" "$tmp/out" && grep -q -- "--lang en|zh" "$tmp/out" &&
	ok || bad "help tour does not describe its keys and --lang"
# LANG=C --lang zh: the status line says once why it is English
env -u LC_ALL -u LANGUAGE LANG=C "$SLOPE" frame --lang zh --size 80x24 >"$tmp/frame" &&
	tail -1 "$tmp/frame" | grep -qxF "Chinese needs a UTF-8 character set (LANG=C.UTF-8 or zh_CN.UTF-8): English here" &&
	! LC_ALL=C grep -q "$(printf '[\200-\377]')" "$tmp/frame" && ok || bad "LANG=C --lang zh: no note in the status line, or not ASCII"
env -u LC_ALL -u LANGUAGE LANG=C "$SLOPE" frame --lang zh --size 80x24 --keys n >"$tmp/frame" &&
	! grep -q "Chinese needs" "$tmp/frame" && ok || bad "LANG=C --lang zh: the note stays after a key"
"$SLOPE" frame --lang zh --size 80x24 >"$tmp/frame" && ! grep -q "Chinese needs" "$tmp/frame" && ok ||
	bad "the note shows in a UTF-8 locale"

# The man page names every option of --help, as a reader types it (\- read as -)
man_text=$(sed 's/\\-/-/g' "$(dirname "$0")/../man/slope.1")
missing=""
for o in $("$SLOPE" --lang en --help | sed -n 's/^  \(--[a-z0-9-]*\).*/\1/p'); do
	case "$man_text" in *"$o"*) ;; *) missing="$missing $o" ;; esac
done
[ -z "$missing" ] && ok || bad "man/slope.1 does not mention:$missing"

echo "cli: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
