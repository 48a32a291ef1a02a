#!/bin/sh
# What the documentation promises (README.md, man/slope.1, slope help): each
# checkable statement asserted with its exact text or value, through the
# shell, as a user sees it. Numbers are asked for away from the book's
# defaults, where a plausible wrong computation prints something else.
# tests/COVERAGE.md maps each documented statement to its test here or
# elsewhere.
# usage: tests/doc.sh ./slope
set -u
SLOPE=${1:-./slope}
LC_ALL=C.UTF-8
export LC_ALL
# English unless a test asks for Chinese: LANGUAGE would outrank LC_ALL
unset LANGUAGE
unset NO_COLOR
data=$(dirname "$0")/data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

ok() { passed=$((passed + 1)); }
# TESTS_FAIL_FAST=1 stops at the first failure (make mutants needs one; every suite honours it).
bad() {
	failed=$((failed + 1))
	printf 'FAIL: %s\n' "$*"
	if [ -n "${TESTS_FAIL_FAST:-}" ]; then exit 1; fi
}

# one_line FILE: true if FILE is exactly one line, which it puts in $line
# (read is built in: the suites' time goes to starting processes).
one_line() {
	extra=
	{ IFS= read -r line && ! IFS= read -r extra && [ -z "$extra" ]; } <"$1"
}

# prints "what" -- args <<'END' ... END: exit 0 and stdout exactly the text.
prints() {
	what=$1; shift 2
	cat >"$tmp/want"
	"$SLOPE" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -ne 0 ]; then bad "$what: exit $rc from slope $*: $(cat "$tmp/err")"; return; fi
	if cmp -s "$tmp/want" "$tmp/out"; then ok; else
		bad "$what: slope $* prints otherwise:"; diff "$tmp/want" "$tmp/out" | head -12 | sed 's/^/    | /'; fi
}

# has "what" "fixed line" -- args: exit 0 and one line of stdout is exactly it.
has() {
	what=$1; want=$2; shift 3
	"$SLOPE" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -ne 0 ]; then bad "$what: exit $rc from slope $*: $(cat "$tmp/err")"; return; fi
	if grep -qxF -- "$want" "$tmp/out"; then ok; else
		bad "$what: no line '$want' in slope $*"; head -12 "$tmp/out" | sed 's/^/    | /'; fi
}

# shows "what" "fixed text" -- args: exit 0 and the text is somewhere in stdout.
shows() {
	what=$1; want=$2; shift 3
	"$SLOPE" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -ne 0 ]; then bad "$what: exit $rc from slope $*: $(cat "$tmp/err")"; return; fi
	if grep -qF -- "$want" "$tmp/out"; then ok; else
		bad "$what: no '$want' in slope $*"; head -40 "$tmp/out" | sed 's/^/    | /'; fi
}

# lacks "what" "fixed text" -- args: exit 0 and the text is nowhere in stdout.
lacks() {
	what=$1; want=$2; shift 3
	"$SLOPE" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -ne 0 ]; then bad "$what: exit $rc from slope $*: $(cat "$tmp/err")"; return; fi
	if grep -qF -- "$want" "$tmp/out"; then bad "$what: '$want' is in slope $*"; else ok; fi
}

# status "what" "the whole status line" -- frame args: the frame's last line.
status() {
	what=$1; want=$2; shift 3
	"$SLOPE" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -ne 0 ]; then bad "$what: exit $rc from slope $*: $(cat "$tmp/err")"; return; fi
	got=$(tail -1 "$tmp/out")
	if [ "$got" = "$want" ]; then ok; else bad "$what: status line '$got', want '$want' (slope $*)"; fi
}

# usage "what" "the whole message" -- args: exit 2, nothing on stdout, the
# message alone on stderr.
usage() {
	what=$1; want=$2; shift 3
	"$SLOPE" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -ne 2 ]; then bad "$what: exit $rc, want 2: slope $*"; return; fi
	if [ -s "$tmp/out" ]; then bad "$what: stdout not empty: slope $*"; return; fi
	got=$(cat "$tmp/err")
	if [ "$got" = "$want" ]; then ok; else bad "$what: message '$got', want '$want'"; fi
}

# refused "what" "text" -- args: exit 2, nothing on stdout, one line on stderr
# starting "slope: " that holds the text.
refused() {
	what=$1; want=$2; shift 3
	"$SLOPE" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -ne 2 ]; then bad "$what: exit $rc, want 2: slope $*"; return; fi
	if [ -s "$tmp/out" ]; then bad "$what: stdout not empty: slope $*"; return; fi
	if ! one_line "$tmp/err"; then bad "$what: stderr is not one line: slope $*"; return; fi
	case "$line" in
	"slope: "*"$want"*) ok ;;
	*) bad "$what: message '$line' lacks '$want'" ;;
	esac
}

# runs "what" -- args: exit 0, something on stdout, nothing on stderr.
runs() {
	what=$1; shift 2
	"$SLOPE" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -eq 0 ] && [ -s "$tmp/out" ] && [ ! -s "$tmp/err" ]; then ok; else
		bad "$what: exit $rc from slope $*: $(cat "$tmp/err")"; fi
}

# same_csv "what" FILE -- args: stdout equals tests/data/FILE byte for byte.
same_csv() {
	what=$1; file=$data/$2; shift 3
	"$SLOPE" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -eq 0 ] && cmp -s "$tmp/out" "$file"; then ok; else
		bad "$what: slope $* (exit $rc) differs from $file"; diff "$file" "$tmp/out" | head -6 | sed 's/^/    | /'; fi
}

# ---- diff: every line, at an a, h and f away from the book's ---------------
# (sin's values are the C library's, as Python's math.sin prints them)
prints "diff, sin at 2 with h 0.01" -- diff --function 'sin(x)' --at 2 --h 0.01 <<'END'
f(x)            = sin(x)
a               = 2
f(a)            = 0.9092974268256817
h               = 0.01
numerical f'(a) = -0.4161399008012101   (f(a+h) - f(a-h)) / (2*h)
exact f'(a)     = -0.4161468365471424
difference      = 6.935745932301618e-06   numerical - exact
tangent         y = -0.4161399008012101*x + 1.741577228428102
END
prints "diff, a cubic at a negative a: the intercept's sign" -- diff --function 'x*x*x' --at -2 <<'END'
f(x)            = x*x*x
a               = -2
f(a)            = -8
h               = 0.0001
numerical f'(a) = 12.00000001001289   (f(a+h) - f(a-h)) / (2*h)
exact f'(a)     = 12
difference      = 1.0012890072630398e-08   numerical - exact
tangent         y = 12.00000001001289*x + 16.00000002002578
END
prints "diff --method forward --h 0.5: h reaches the forward difference" -- diff --method forward --h 0.5 --at 5 <<'END'
f(x)            = 0.01*x**2 + 0.1*x
a               = 5
f(a)            = 0.75
h               = 0.5
numerical f'(a) = 0.20500000000000007   (f(a+h) - f(a)) / h, the forward difference
exact f'(a)     = 0.2
difference      = 0.00500000000000006   numerical - exact
tangent         y = 0.20500000000000007*x - 0.27500000000000036
END
prints "diff --numpy: the derivative alone, as Python prints a float" -- diff --numpy --function 'sin(x)' --at 2 --h 0.01 <<'END'
-0.4161399008012101
END
# --scan: a header, then 1e-1 ... 1e-16 and 1e-50, at the a asked for
"$SLOPE" diff --scan --function 'x*x*x' --at 3 >"$tmp/scan" 2>"$tmp/err" || bad "diff --scan --at 3 failed"
sed -n 1,4p "$tmp/scan" >"$tmp/head"
cat >"$tmp/want" <<'END'
f(x)    = x*x*x
a       = 3
exact   = 27
h       central                  error                    forward                  error
END
cmp -s "$tmp/head" "$tmp/want" && ok || { bad "diff --scan: its header"; diff "$tmp/want" "$tmp/head"; }
[ "$(sed -n '5,$p' "$tmp/scan" | awk '{print $1}' | tr '\n' ' ')" = "1e-1 1e-2 1e-3 1e-4 1e-5 1e-6 1e-7 1e-8 1e-9 1e-10 1e-11 1e-12 1e-13 1e-14 1e-15 1e-16 1e-50 " ] \
	&& ok || bad "diff --scan: the rows are not h = 1e-1 ... 1e-16, 1e-50 in order: $(awk '{print $1}' "$tmp/scan" | tr '\n' ' ')"
grep -qE '^1e-1 +27\.010000000000023 +0\.01000000000002288 +27\.91000000000004 +0\.9100000000000392$' "$tmp/scan" \
	&& ok || bad "diff --scan --at 3: the h = 0.1 row (central, error, forward, error)"
grep -qE '^1e-50 +0 +-27 +0 +-27$' "$tmp/scan" && ok || bad "diff --scan --at 3: h = 1e-50 gives 0, error -27"

# ---- grad ----------------------------------------------------------------------
prints "grad, a surface whose coordinates differ, at h 0.01" -- grad --surface 'x0*x0 + 3*x1' --at 1,2 --h 0.01 <<'END'
f(x0, x1)          = x0*x0 + 3*x1
at                 = (1, 2)
f                  = 7
h                  = 0.01
numerical gradient = (2.0000000000000018, 2.9999999999999805)
exact gradient     = (2, 3)
difference         = (1.7763568394002505e-15, -1.9539925233402755e-14)   numerical - exact
END
prints "grad --numpy at (1, 2)" -- grad --numpy --surface 'x0*x0 + 3*x1' --at 1,2 <<'END'
[2. 3.]
END
prints "grad --at=X0,X1 with y as x1" -- grad --numpy --surface 'x*x + 3*y' --at=1,2 <<'END'
[2. 3.]
END

# ---- descend: rows, the final line, a step and none -----------------------------
prints "descend --steps 0: the start row and the final line" -- descend --steps 0 --start 1.5,-2.5 --surface 'x0*x0 + x1*x1' <<'END'
  iter  x0                       x1                       g0                       g1                       loss
     0  1.5                      -2.5                     3.00000000000189         -5.0000000000149925      8.5
final: x = (1.5, -2.5) after 0 steps, lr 0.1
END
has "descend: two steps, 'steps'" "final: x = (0.2399999999997391, -0.39999999999856595) after 2 steps, lr 0.3" -- descend --steps 2 --start 1.5,-2.5 --lr 0.3 --surface 'x0*x0 + x1*x1'
has "descend: the rows number steps + 1" "     7  0.002457599999997881     -0.004095999999987728    0.004915199999995748     -0.008191999999975476    2.2817013759889057e-05" -- descend --steps 7 --start 1.5,-2.5 --lr 0.3 --surface 'x0*x0 + x1*x1'
[ "$("$SLOPE" descend --steps 7 | wc -l)" -eq 10 ] && ok || bad "descend --steps 7: not a header, 8 rows and the final line"
prints "descend --numpy: the final point as NumPy prints it" -- descend --numpy --steps 7 --start 1.5,-2.5 --lr 0.3 --surface 'x0*x0 + x1*x1' <<'END'
[ 0.0024576 -0.004096 ]
END
has "descend: the optimizer is named on the final line" "final: x = (-1.4433698721210817, 2.398070903963748) after 2 steps, lr 0.1, rmsprop" -- descend --steps 2 --optimizer rmsprop
# the CSV of every optimizer with its parameters away from their defaults,
# against the book's optimizer.py in NumPy (tests/data/gen_doc_paths.py)
ch6='--preset ch6 --surface x0*x0/20+x1*x1 --steps 6 --csv'
same_csv "descend --csv: the book's numerical gradient at --h 0.001, --lr 0.3" doc_numerical_h0.001.csv -- descend --surface 'x0*x0 + x1*x1' --start 1.5,-2.5 --lr 0.3 --h 0.001 --steps 6 --csv
# shellcheck disable=SC2086 # $ch6 is words on purpose
{
same_csv "descend --csv: momentum 0.5 reaches the run" doc_momentum.csv -- descend $ch6 --optimizer momentum --lr 0.2 --momentum 0.5
same_csv "descend --csv: adagrad's eps reaches the run" doc_adagrad.csv -- descend $ch6 --optimizer adagrad --lr 1.5 --eps 0.01
same_csv "descend --csv: rmsprop's rho and eps reach the run" doc_rmsprop.csv -- descend $ch6 --optimizer rmsprop --lr 0.1 --rho 0.5 --eps 0.001
same_csv "descend --csv: adam's beta1, beta2, eps reach the run" doc_adam.csv -- descend $ch6 --optimizer adam --lr 0.3 --beta1 0.5 --beta2 0.9 --eps 0.0001
}
# --gradient: the preset's exact gradient, and --gradient numerical after it
has "descend --preset ch6: the exact gradient x/10, 2y" "0,-7.0,2.0,-0.7,4.0,6.45" -- descend --preset ch6 --csv --steps 0
has "descend --preset ch6 --gradient numerical" "0,-7.0,2.0,-0.700000000000145,4.000000000004,6.45" -- descend --preset ch6 --gradient numerical --csv --steps 0

# ---- race ------------------------------------------------------------------------
"$SLOPE" race --optimizers sgd:1.5,adam:0.3 --surface 'exp(x0*x0)+x1*x1' --start 2,1 --steps 2 >"$tmp/race"
head -4 "$tmp/race" >"$tmp/rows"
cat >"$tmp/want" <<'END'
  iter  sgd x0                   sgd x1                   sgd loss                  adam x0                  adam x1                  adam loss
     0  2                        1                        55.598150033144236        2                        1                        55.598150033144236
     1  -325.58891221076783      -1.9999999999930083      inf                       1.700000004343935        0.7000004743408991       18.483310531377807
     2  -                        -                        -                         1.4461954041902632       0.40728468197259876      8.262779797842636
END
cmp -s "$tmp/rows" "$tmp/want" && ok || { bad "race: the rows (a runner that stops shows -)"; diff "$tmp/want" "$tmp/rows"; }
[ "$(wc -l <"$tmp/race")" -eq 6 ] && ok || bad "race --steps 2: not a header, 3 rows and 2 end lines"
sed -n 5p "$tmp/race" | grep -q '^sgd, lr 1\.5: .*iteration 1\b.*final x = (-325\.58891221076783, -1\.9999999999930083), loss inf' && ok || bad "race: sgd's end line: $(sed -n 5p "$tmp/race")"
sed -n 6p "$tmp/race" | grep -qF 'adam, lr 0.3: final x = (1.4461954041902632, 0.40728468197259876), loss 8.262779797842636' && ok || bad "race: adam's end line: $(sed -n 6p "$tmp/race")"
prints "race --csv: the rows only, a stopped runner's cells empty" -- race --csv --optimizers sgd:1.5,adam:0.3 --surface 'exp(x0*x0)+x1*x1' --start 2,1 --steps 2 <<'END'
iter,sgd_x0,sgd_x1,sgd_loss,adam_x0,adam_x1,adam_loss
0,2.0,1.0,55.598150033144236,2.0,1.0,55.598150033144236
1,-325.58891221076783,-1.9999999999930083,inf,1.700000004343935,0.7000004743408991,18.483310531377807
2,,,,1.4461954041902632,0.40728468197259876,8.262779797842636
END
prints "race: a runner without a rate takes --lr; the runners in the order given" -- race --csv --optimizers momentum,sgd:0.5 --lr 0.2 --steps 1 <<'END'
iter,momentum_x0,momentum_x1,momentum_loss,sgd_x0,sgd_x1,sgd_loss
0,-3.0,4.0,25.0,-3.0,4.0,25.0
1,-1.799999999999244,2.400000000000176,8.999999999998124,1.8900436771218665e-12,4.405364961712621e-13,3.766337505887199e-24
END
shows "race --preset ch6: figure 6-8's adam after 30 updates" "adam, lr 0.3: final x = (0.13600685239498186, 0.31824537553721943), loss 0.10220501224574535" -- race --preset ch6

# ---- expressions (slope(1), EXPRESSIONS): f(a) and the exact derivative -------------
while IFS='|' read -r fun a value slope; do
	"$SLOPE" diff --function "$fun" --at "$a" >"$tmp/out" 2>"$tmp/err" || { bad "diff --function '$fun': $(cat "$tmp/err")"; continue; }
	[ "$(sed -n 3p "$tmp/out")" = "f(a)            = $value" ] && [ "$(sed -n 6p "$tmp/out")" = "exact f'(a)     = $slope" ] && ok ||
		bad "diff --function '$fun' --at $a: not f(a) = $value, exact $slope: $(sed -n '3p;6p' "$tmp/out" | tr '\n' ' ')"
done <<'END'
log10(x)|100|2|0.004342944819032518
2**3**2 + 0*x|1|512|0
-x**2|3|-9|-6
pi + 0*x|1|3.141592653589793|0
e + 0*x|1|2.718281828459045|0
abs(x)|-2|2|-1
.5*x^2|3|4.5|3
x**-2|2|0.25|-0.25
END

# ---- exit statuses: 1 when the output cannot be written ---------------------------
if [ -w /dev/full ]; then
	for args in "diff" "diff --scan" "grad" "race --preset ch6" "plot tangent" "frame" "help" "--help" "help presets" "--version"; do
		# shellcheck disable=SC2086 # the arguments are words on purpose
		"$SLOPE" $args >/dev/full 2>"$tmp/err"
		rc=$?
		if [ "$rc" -eq 1 ] && [ "$(cat "$tmp/err")" = "slope: could not write the output" ]; then ok; else
			bad "slope $args >/dev/full: exit $rc, $(cat "$tmp/err")"; fi
	done
fi

# ---- options at the edges of their ranges ---------------------------------------------
runs "--lr: the smallest positive double is positive" -- descend --lr 5e-324 --steps 1
usage "--lr with trailing text" "slope: --lr: '0.1x' is not a positive finite number (expected a number such as 0.1)" -- descend --lr 0.1x
usage "--lr 0" "slope: --lr: '0' is not a positive finite number (expected a number such as 0.1)" -- descend --lr 0
usage "--h 0 for grad" "slope: --h: '0' is not a positive finite number (expected a number such as 1e-4)" -- grad --h 0
runs "--steps 100000000 is in range (checked, --numpy at lr 1e300 stops at once)" -- descend --steps 100000000 --lr 1e300 --surface 'exp(x0*x0)+x1' --numpy
usage "--steps one over" "slope: --steps: '100000001' is not a whole number from 0 to 100000000" -- descend --steps 100000001
usage "plot: --steps one over a million" "slope: --steps: '1000001' is too many to draw; at most 1000000 for plot and the dashboard (slope descend takes more)" -- plot loss --steps 1000001
usage "frame: --steps one over a million" "slope: --steps: '1000001' is too many to draw; at most 1000000 for plot and the dashboard (slope descend takes more)" -- frame --steps 1000001
runs "frame: --steps a million (a run that stops at once)" -- frame --steps 1000000 --lr 1e300 --surface 'exp(x0*x0)+x1' --size 60x20
runs "plot: --steps a million" -- plot loss --steps 1000000 --lr 1e300 --surface 'exp(x0*x0)+x1' --size 40x12
usage "--size 1001 columns" "slope: --size: '1001x10' is not a size WxH (columns x rows, 1 to 1000 each, such as 80x24)" -- plot tangent --size 1001x10
runs "--size 1000 columns" -- plot tangent --size 1000x10
runs "--size 1000 rows" -- frame --size 60x1000
[ "$("$SLOPE" frame --size 1000x1 | wc -l)" -eq 1 ] && ok || bad "frame --size 1000x1: not one line"
# each figure's minimum, exactly, and one short in each direction
while read -r fig w h; do
	runs "plot $fig at its minimum ${w}x$h" -- plot "$fig" --size "${w}x$h"
	refused "plot $fig one column short" "${w}x$h" -- plot "$fig" --size "$((w - 1))x$h"
	refused "plot $fig one row short" "${w}x$h" -- plot "$fig" --size "${w}x$((h - 1))"
done <<'END'
tangent 32 10
herror 36 12
field 24 10
descent 32 12
loss 24 9
race 24 10
END
# the optimizers' parameters: 0 up to but not 1, and only for the optimizer that reads them
runs "--momentum 0 is allowed" -- descend --optimizer momentum --momentum 0 --steps 1
usage "--momentum 1 is not" "slope: --momentum: '1' is not a number from 0 up to but not 1 (such as 0.9)" -- descend --optimizer momentum --momentum 1
usage "--momentum below 0" "slope: --momentum: '-0.1' is not a number from 0 up to but not 1 (such as 0.9)" -- descend --optimizer nesterov --momentum -0.1
usage "--rho 1" "slope: --rho: '1' is not a number from 0 up to but not 1 (such as 0.99)" -- descend --optimizer rmsprop --rho 1
usage "--beta1 1" "slope: --beta1: '1' is not a number from 0 up to but not 1 (such as 0.9)" -- descend --optimizer adam --beta1 1
usage "--beta2 1" "slope: --beta2: '1' is not a number from 0 up to but not 1 (such as 0.999)" -- descend --optimizer adam --beta2 1
runs "--beta2 0 is allowed" -- descend --optimizer adam --beta2 0 --steps 1
usage "--eps 0" "slope: --eps: '0' is not a positive finite number (such as 1e-7)" -- descend --optimizer adagrad --eps 0
usage "--momentum for sgd" "slope: --momentum does not apply to --optimizer sgd (it takes no parameter but --lr)" -- descend --momentum 0.5
usage "--rho for momentum" "slope: --rho does not apply to --optimizer momentum (it takes --momentum)" -- descend --optimizer momentum --rho 0.5
usage "--momentum for adam" "slope: --momentum does not apply to --optimizer adam (it takes --beta1 --beta2 --eps)" -- descend --optimizer adam --momentum 0.5
usage "--beta1 for rmsprop" "slope: --beta1 does not apply to --optimizer rmsprop (it takes --rho --eps)" -- descend --optimizer rmsprop --beta1 0.5
usage "--rho for adagrad" "slope: --rho does not apply to --optimizer adagrad (it takes --eps)" -- descend --optimizer adagrad --rho 0.5
usage "--optimizer unknown" "slope: --optimizer: 'bogus' is not an optimizer (sgd, momentum, nesterov, adagrad, rmsprop or adam)" -- descend --optimizer bogus
usage "--gradient unknown" "slope: --gradient: 'bogus' is not one of numerical|exact" -- descend --gradient bogus
# the same optimizer twice at one rate is refused; at two rates it races itself (the lr3 preset)
usage "--optimizers twice" "slope: --optimizers: sgd is in the list twice" -- race --optimizers sgd:0.3,adam:0.1,sgd:0.3
usage "--optimizers rate 0" "slope: --optimizers: '0' is not a positive learning rate for sgd" -- race --optimizers sgd:0
usage "--preset unknown" "slope: --preset: 'nope' is not a preset (book, lr10, lr1e-10, lr3, ch6, rosenbrock, saddle, himmelblau; see 'slope help presets')" -- descend --preset nope
usage "--view for descend" "slope: --view does not apply to 'descend' (see 'slope help descend')" -- descend --view fit
usage "a missing value names its metavariable" "slope: --steps needs a value N" -- descend --steps
usage "--size needs WxH" "slope: --size needs a value WxH" -- plot tangent --size

# ---- presets: options after it override it, options before it are overridden ------
has "--preset after --lr wins" "final: x = (57.0000000000378, -75.99999999999119) after 1 step, lr 10" -- descend --lr 0.5 --preset lr10 --steps 1
has "--lr after --preset wins" "final: x = (1.8900436771218665e-12, 4.405364961712621e-13) after 1 step, lr 0.5" -- descend --preset lr10 --lr 0.5 --steps 1
has "--preset lr1e-10: barely moves" "final: x = (-2.999999939999995, 3.9999999199999934) after 100 steps, lr 1e-10" -- descend --preset lr1e-10
has "--preset ch6: SGD 0.95 from (-7, 2), 30 steps" "final: x = (-0.3503929957523197, 0.0847823165504322) after 30 steps, lr 0.95" -- descend --preset ch6
has "--preset saddle: from (-3, 0.001), 60 steps" "final: x = (-3, 0.001) after 0 steps, lr 0.1" -- descend --preset saddle --steps 0
has "--preset rosenbrock: from (-1.5, 2) at 0.001" "final: x = (-1.5, 2) after 0 steps, lr 0.001" -- descend --preset rosenbrock --steps 0
has "--preset himmelblau: from (-0.5, 0.5) at 0.01" "final: x = (-0.5, 0.5) after 0 steps, lr 0.01" -- descend --preset himmelblau --steps 0
has "--preset rosenbrock's race: sgd, momentum, adam" "iter,sgd_x0,sgd_x1,sgd_loss,momentum_x0,momentum_x1,momentum_loss,adam_x0,adam_x1,adam_loss" -- race --preset rosenbrock --steps 0 --csv
# each preset is what `slope help presets` says it sets: the dashboard after
# --preset NAME equals the dashboard after the options listed for it
"$SLOPE" help presets >"$tmp/presets"
for p in book lr10 lr1e-10 lr3 ch6 rosenbrock saddle himmelblau; do
	opts=$(sed -n "/^$p: /{n;p;}" "$tmp/presets")
	if [ -z "$opts" ]; then bad "help presets: no options line for $p"; continue; fi
	"$SLOPE" frame --size 120x40 --preset "$p" --keys 'nnnR' >"$tmp/a" 2>&1
	eval "\"\$SLOPE\" frame --size 120x40 $opts --keys 'nnnR'" >"$tmp/b" 2>&1
	# the status line names the preset in one and not the other
	if cmp -s "$tmp/a" "$tmp/b" || [ "$(sed '$d' "$tmp/a")" = "$(sed '$d' "$tmp/b")" ]; then ok; else
		bad "--preset $p differs from its options in help presets: $opts"; diff "$tmp/a" "$tmp/b" | head -6; fi
done

# ---- help: each command's usage line, the version, the short options ------------------
while IFS='|' read -r cmd opts; do
	line=$("$SLOPE" help "$cmd" | head -1)
	case "$line" in "usage: slope"*) ok ;; *) bad "help $cmd: its first line is not a usage line: $line" ;; esac
	for o in $opts; do
		case "$line" in *"$o"*) ok ;; *) bad "help $cmd: its usage line lacks $o: $line" ;; esac
	done
done <<'END'
diff|diff --function --at --h --numpy
grad|grad --surface --at --h --numpy
descend|descend --surface --start --lr --steps --h --csv --numpy
race|race --preset --optimizers --csv
plot|plot tangent|herror|field|descent|loss|race --size --canvas --color
frame|frame --size --keys --color
tour|tour --canvas --color --lang
help|help presets
version|--version
dashboard|[OPTIONS]
END
prints "--version" -- --version <<'END'
slope 0.1.0
END
prints "-V" -- -V <<'END'
slope 0.1.0
END
prints "version" -- version <<'END'
slope 0.1.0
END
"$SLOPE" --help >"$tmp/a"; "$SLOPE" -h >"$tmp/b"
cmp -s "$tmp/a" "$tmp/b" && [ -s "$tmp/a" ] && ok || bad "-h is not --help"
"$SLOPE" help race >"$tmp/a"; "$SLOPE" race -h >"$tmp/b"
cmp -s "$tmp/a" "$tmp/b" && ok || bad "race -h is not help race"
has "--help: the exit statuses" "Exit status: 0 success, 1 failure at run time, 2 bad usage." -- --help
has "help presets: the book preset's line" "book: the book's run: x0**2 + x1**2 from (-3, 4), lr 0.1, 100 steps" -- help presets
# every key of the man page's KEYS section is in `slope help dashboard`
keys_man=$(sed -n '/^\.SH KEYS/,/^\.SH /p' "$(dirname "$0")/../man/slope.1" | sed -n '/^\.TP/{n;p;}' |
	sed 's/^\.BR* //; s/\\-/-/g; s/"//g; s/ *, */ /g' | tr -s ' ')
"$SLOPE" help dashboard >"$tmp/keys"
for k in $keys_man; do
	case $k in Ctrl-C) continue ;; esac
	grep -qE "^  ([^ ]+ )*$(printf '%s' "$k" | sed 's/[][\\.*^$+?(){}|]/\\&/g')( |$)" "$tmp/keys" && ok || bad "help dashboard does not list the key '$k' of slope(1)"
done

# ---- the dashboard's keys, through slope frame ------------------------------------------
# (at 120x40 both panes show; the descent pane has the focus)
F='--size 120x40'
# shellcheck disable=SC2086 # $F is words on purpose
{
for k in n ' ' '<Right>' l; do shows "key '$k' steps forward" "iter 1/100  x = [-2.4  3.2]" -- frame $F --keys "$k"; done
for k in p '<Left>' h; do shows "key '$k' steps back" "iter 1/100  x = [-2.4  3.2]" -- frame $F --keys "nn$k"; done
shows "PgDn: 10 forward" "iter 10/100  x = [-0.32212255  0.42949673]" -- frame $F --keys '<PgDn>'
shows "PgUp: 10 back" "iter 2/100  x = [-1.92  2.56]" -- frame $F --keys '<PgDn>nn<PgUp>'
shows "Home: the first iteration" "iter 0/100" -- frame $F --keys 'nnn<Home>'
shows "End: back to the furthest iteration reached" "iter 12/100" -- frame $F --keys '<PgDn>nn<Home><End>'
shows "g: run to N" "iter 100/100  x = [-6.11110793e-10  8.14814391e-10]" -- frame $F --keys g
shows "g runs to --steps" "iter 7/7  x = [ 0.0024576 -0.004096 ]" -- frame $F --steps 7 --start 1.5,-2.5 --lr 0.3 --keys g
# the update line at iteration 0 and after a step, at another start and rate
shows "the update line: the rule at iteration 0" "x[0] = [ 1.5 -2.5]: the start;" -- frame $F --start 1.5,-2.5 --lr 0.3
shows "the update line: the step with its numbers" "x[2] = x[1] - lr*grad[1] = [ 0.6 -1. ] - 0.3*[ 1.2 -2. ]" -- frame $F --start 1.5,-2.5 --lr 0.3 --keys nn
shows "the strip: the exact gradient" "exact grad = [ 1.2 -2. ]" -- frame $F --start 1.5,-2.5 --lr 0.3 --keys n
shows "d: every digit" "x = (0.599999999999433, -0.9999999999955023)" -- frame $F --start 1.5,-2.5 --lr 0.3 --surface 'x0*x0 + x1*x1' --keys nd
lacks "d twice: NumPy's print again" "0.599999999999433" -- frame $F --start 1.5,-2.5 --lr 0.3 --surface 'x0*x0 + x1*x1' --keys ndd
# + and -: the 1-3-10 ladder, its ends, a rate off it
status "+: up a rung" "lr = 0.3 from iteration 0 on; the history before it is kept" -- frame $F --keys +
status "-: down a rung" "lr = 0.03 from iteration 0 on; the history before it is kept" -- frame $F --keys -
status "+ from 0.3 to 1" "lr = 1.0 from iteration 2 on; the history before it is kept" -- frame $F --lr 0.3 --keys 'nn+'
status "- from 1 to 0.3" "lr = 0.3 from iteration 0 on; the history before it is kept" -- frame $F --lr 1 --keys '-'
status "+ off the ladder: the next rung up" "lr = 0.3 from iteration 0 on; the history before it is kept" -- frame $F --lr 0.2 --keys +
status "- off the ladder: the next rung down" "lr = 0.1 from iteration 0 on; the history before it is kept" -- frame $F --lr 0.2 --keys -
status "+ at the top" "lr stays 1000.0: the top of the ladder (1e-10 to 1000)" -- frame $F --lr 1000 --keys +
status "- at the bottom" "lr stays 1e-10: the bottom of the ladder (1e-10 to 1000)" -- frame $F --lr 1e-10 --keys -
status "+ from 300 reaches 1000" "lr = 1000.0 from iteration 0 on; the history before it is kept" -- frame $F --lr 300 --keys +
status "- from 3e-10 reaches 1e-10" "lr = 1e-10 from iteration 0 on; the history before it is kept" -- frame $F --lr 3e-10 --keys -
shows "the strip names each rate and where it began" "lr = 0.1, 0.3 from iter 4" -- frame $F --keys 'nnnn+nn'
shows "the history before an lr change is kept" "x[6] = x[5] - lr*grad[5]" -- frame $F --keys 'nnnn+nn'
shows "after + the later rows use the new rate" "- 0.3*[-0.98304  1.31072] = [-0.196608  0.262144]" -- frame $F --keys 'nnnn+nn'
# r: reset to the start, the starting rate
status "r" "reset to the start" -- frame $F --keys 'nn+r'
shows "r restores the starting rate" "lr = 0.1  exact grad = [-6.  8.]" -- frame $F --keys 'nn+r'
# S, N: typed start and steps
status "S: a new start" "start = (1.5, -2.5): the run starts again" -- frame $F --keys 'S<C-u>1.5,-2.5<Enter>'
shows "S: x0 then x1" "iter 1/100  x = [ 1.2 -2. ]" -- frame $F --keys 'S<C-u>1.5,-2.5<Enter>n'
status "S: a number missing, its column" "start x0,x1 = 1,   a number is missing at column 3" -- frame $F --keys 'S<C-u>1,<Enter>'
status "N: a million is allowed" "N = 1000000" -- frame $F --lr 1e300 --surface 'exp(x0*x0)+x1' --keys 'N<C-u>1000000<Enter>'
status "N: one over a million is not" "steps N = 1000001   more than 1000000 at column 7: a whole number from 0 to 1000000" -- frame $F --keys 'N<C-u>1000001<Enter>'
shows "N: g runs to the new N" "iter 5/5  x = [-0.98304  1.31072]" -- frame $F --keys 'N<C-u>5<Enter>g'
shows "N 0: no step" "iter 0/0" -- frame $F --keys 'N<C-u>0<Enter>n'
# e: a new surface; a parse error keeps the old one
status "e: a new surface" "new surface: the run starts again" -- frame $F --keys 'e<C-u>x0*x0<Enter>'
shows "e: the new surface's gradient" "grad = [-6.  0.]" -- frame $F --keys 'e<C-u>x0*x0<Enter>'
status "e: a parse error with its column" "f(x0, x1) = x0*   expected a number, variable, function or '(' at column 4 in 'x0*'" -- frame $F --keys 'e<C-u>x0*<Enter>'
# the prompt's editing keys: Ctrl-A, Ctrl-E, Left, Backspace, Delete
shows "e: Ctrl-A goes to the start" "descent, SGD: f(x0, x1) = x0*x0" -- frame $F --keys 'e<C-u>0*x0<C-a>x<Enter>'
shows "e: Ctrl-E goes to the end" "descent, SGD: f(x0, x1) = x0*x0" -- frame $F --keys 'e<C-u>x0*x00<C-a><C-e><BS><Enter>'
shows "e: Delete deletes under the cursor" "descent, SGD: f(x0, x1) = x0*x0" -- frame $F --keys 'e<C-u>x0*xy0<Left><Left><Del><Enter>'
shows "e: Left and Right move the cursor" "descent, SGD: f(x0, x1) = x0*x0" -- frame $F --keys 'e<C-u>x0*0<Left><Left><Right>x<Enter>'
shows "e: Esc cancels" "descent, SGD: f(x0, x1) = x0**2 + x1**2" -- frame $F --keys 'e<C-u>x0<Esc>'
# o: the optimizers in the documented order, the rule on the update line
status "o: momentum first" "optimizer momentum, lr 0.01: the run starts again" -- frame $F --keys o
status "o o: nesterov" "optimizer nesterov, lr 0.01: the run starts again" -- frame $F --keys oo
status "o x3: adagrad" "optimizer adagrad, lr 0.01: the run starts again" -- frame $F --keys ooo
status "o x4: rmsprop" "optimizer rmsprop, lr 0.01: the run starts again" -- frame $F --keys oooo
status "o x5: adam" "optimizer adam, lr 0.001: the run starts again" -- frame $F --keys ooooo
status "o x6: back to sgd" "optimizer sgd, lr 0.01: the run starts again" -- frame $F --keys oooooo
shows "o: momentum's update with its numbers" "v[2] = momentum*v[1] - lr*grad[1] = 0.9*[ 0.6 -0.8] - 0.1*[-4.8  6.4] = [ 1.02 -1.36];" -- frame --size 200x60 --lr 0.1 --keys onn
shows "o: momentum's x line" "x[2] = x[1] + v[2] = [-2.4  3.2] + [ 1.02 -1.36] = [-1.38  1.84]" -- frame --size 200x60 --lr 0.1 --keys onn
# P: the presets in the documented order
while read -r n p; do
	keys=$(printf "%${n}s" '' | tr ' ' P)
	shows "P x$n: $p" "preset $p: " -- frame $F --keys "$keys"
done <<'END'
1 book
2 lr10
3 lr1e-10
4 lr3
5 ch6
6 rosenbrock
7 saddle
8 himmelblau
9 book
END
# R: the race, of --optimizers' runners or all six
status "R: all six" "race: 6 optimizers from the same start, one key press a step for all" -- frame $F --keys R
status "R: --optimizers' runners" "race: 2 optimizers from the same start, one key press a step for all" -- frame $F --optimizers sgd:0.5,adam --keys R
shows "R: a runner's own rate from --optimizers" "(1.89e-12, 4.405e-13)" -- frame $F --optimizers sgd:0.5,adam --keys Rn
# the tangent pane: a, h, the method, the secant
shows "Tab: the tangent pane takes the focus" "┌─[*] tangent: f(x) = 0.01*x**2 + 0.1*x" -- frame $F --keys '<Tab>'
shows "Tab Tab: back to the descent pane" "┌─[*] descent, SGD: f(x0, x1) = x0**2 + x1**2" -- frame $F --keys '<Tab><Tab>'
shows "Right: a a fortieth of the range right (0.5 on 0:20)" "a = 10.5  f(a) = 2.1525" -- frame $F --keys '<Tab><Right>'
shows "Left twice: a = 9" "exact f'(a) = 0.28 " -- frame $F --keys '<Tab><Left><Left>'
shows "L: a tenth of the range right" "exact f'(a) = 0.33999999999999997" -- frame $F --keys '<Tab>L'
shows "H: a tenth of the range left" "exact f'(a) = 0.26 " -- frame $F --keys '<Tab>H'
shows "--xrange sets a's step: 1 on 0:40" "exact f'(a) = 0.32 " -- frame $F --xrange 0:40 --keys '<Tab><Right>'
shows "=: type a" "a = 3.25  f(a) = 0.43062500000000004" -- frame $F --keys '<Tab>=<C-u>3.25<Enter>'
shows "--at reaches the tangent pane" "a = 3.25  f(a) = 0.43062500000000004" -- frame $F --at 3.25
shows "[: h / 10" "numerical f'(a) = 0.29999999997532 (central" -- frame $F --keys '<Tab>['
shows "]: h * 10" "numerical f'(a) = 0.29999999999996696 (central" -- frame $F --keys '<Tab>]'
status "] at 0.1 stays" "h stays 0.1: the largest here, 0.1" -- frame $F --keys '<Tab>]]]]'
shows "[ x16: 1e-20" "numerical f'(a) = 0.0 (central, h = 1e-20)" -- frame $F --keys '<Tab>[[[[[[[[[[[[[[[['
shows "[ x17: then the book's 1e-50" "numerical f'(a) = 0.0 (central, h = 1e-50)" -- frame $F --keys '<Tab>[[[[[[[[[[[[[[[[['
shows "--h reaches the tangent pane" "numerical f'(a) = 0.29999999999996696 (central" -- frame $F --h 0.001
status "m: forward" "the forward difference (f(a+h) - f(a)) / h: the book's worse one" -- frame $F --keys '<Tab>m'
shows "m: the forward derivative" "numerical f'(a) = 0.3000009999976072 (forward" -- frame $F --keys '<Tab>m'
shows "--method forward reaches the tangent pane" "numerical f'(a) = 0.3000009999976072 (forward" -- frame $F --method forward
shows "m m: central again" "numerical f'(a) = 0.2999999999986347 (central" -- frame $F --keys '<Tab>mm'
shows "[: the secant turns on" "secant: slope" -- frame $F --keys '<Tab>['
lacks "[ then s: the secant off" "secant: slope" -- frame $F --keys '<Tab>[s'
shows "s: the secant at the book's h" "secant: slope" -- frame $F --keys '<Tab>s'
lacks "the book's h at the start: no secant" "secant" -- frame $F
shows "--h other than 1e-4: the secant from the start, as plot draws it" "secant: slope" -- frame $F --h 0.5
shows "--secant reaches the tangent pane" "secant: slope" -- frame $F --secant
lacks "--h 0.5 then s: the secant off" "secant: slope" -- frame $F --h 0.5 --keys '<Tab>s'
shows "E: the error against h" "central (f(a+h) - f(a-h)) / 2h" -- frame $F --keys '<Tab>E'
lacks "E E: the tangent again" "central (f(a+h) - f(a-h)) / 2h" -- frame $F --keys '<Tab>EE'
# keys where they do nothing, and keys bound to nothing
status "a key bound to nothing" "x does nothing; ? lists the keys" -- frame $F --keys x
status "[ in the descent pane" "[ (h / 10, down to 1e-20, then the book's 1e-50) works in the tangent pane: Tab goes there" -- frame $F --keys '['
status "g in the tangent pane" "g (run to N) works in the descent pane: Tab goes there" -- frame $F --keys '<Tab>g'
# autoplay
status "a: autoplay at 200 ms" "playing every 200 ms: a pauses, < > speed" -- frame $F --keys a
status "a >: faster" "autoplay: one step every 100 ms" -- frame $F --keys 'a>'
status "a <: slower" "autoplay: one step every 400 ms" -- frame $F --keys 'a<lt>'
# i: the step's arithmetic, one coordinate at a time
shows "i: x0 + h, x1 kept" "grad[0]: f(x0+h) = f(-1.9198999999982538, 2.5599999999976717) = 10.239616009981374" -- frame $F --keys nni
shows "i: x1 + h, x0 restored" "grad[1]: f(x1+h) = f(-1.9199999999982538, 2.560099999997672) = 10.240512009981375" -- frame $F --keys nni
shows "i: the update" "x[3] = x[2] - lr*grad[2] = [-1.92  2.56] - [-0.384  0.512] = [-1.536  2.048]" -- frame $F --keys nni
shows "i follows a step" "the step from iteration 3 (i or Esc closes)" -- frame $F --keys nnin
lacks "i Esc closes it" "the step from iteration" -- frame $F --keys 'nni<Esc>'
lacks "i i closes it" "the step from iteration" -- frame $F --keys 'nnii'
# v: the gradient field under the contours, in the legend
shows "v: the gradient field" "grad field" -- frame $F --keys v
lacks "v v: no field" "grad field" -- frame $F --keys vv
shows "--field: the field from the start" "grad field" -- frame $F --field
# c: the loss chart where it has no room of its own
shows "c at 80x24: the loss chart" "loss, lr 0.1" -- frame --size 80x24 --keys c
lacks "80x24 without c: no loss chart" "loss, lr 0.1" -- frame --size 80x24
}
# the status line's verdicts: converged (first iteration under 1e-8), stuck, far away
# (the numbers only: the verdicts' words are h17words')
verdict() { "$SLOPE" frame $F "$@" | tail -1 | grep -v 'q quit$' | grep -E "(^|[^0-9.e-])$n([^0-9.]|$)"; }
n=23; verdict --lr 0.3 --keys g >/dev/null && ok || bad "converged at lr 0.3: not first at iteration 23"
n=93; verdict --keys g >/dev/null && ok || bad "converged at lr 0.1: not first at iteration 93"
n=10; verdict --lr 10 --keys g | grep -q stuck && ok || bad "lr 10: not stuck since iteration 10"
n=38; verdict --lr 1.5 --keys g | grep -q stuck && ok || bad "lr 1.5: not stuck since iteration 38"
"$SLOPE" frame $F --lr 1.1 --keys g | tail -1 | grep -q 'view' && ok || bad "lr 1.1: the status line does not say the point is far outside the view"
# the layout: side by side from 120 columns, stacked from 36 rows, else one pane
"$SLOPE" frame --size 120x30 | head -1 | grep -q 'tangent: f.*descent, SGD: f' && ok || bad "120x30: the panes are not side by side"
[ "$("$SLOPE" frame --size 119x36 | grep -c 'tangent: f\|descent, SGD: f')" -eq 2 ] && ok || bad "119x36: the panes are not stacked"
# one pane, its border a tab strip naming the other
"$SLOPE" frame --size 119x35 | head -1 | grep -q '^┌─ tangent (Tab) │ \[\*\] descent, SGD: f' && ok || bad "119x35: not one pane"
"$SLOPE" frame --size 59x20 >"$tmp/out"
# the size needed, and how to quit, and nothing else
[ "$(wc -l <"$tmp/out")" -eq 20 ] && [ "$(grep -c . "$tmp/out")" -eq 2 ] &&
	grep -q '60x20.*59x20' "$tmp/out" && grep -q 'q to quit' "$tmp/out" && ok || bad "59x20: not the size needed and how to quit"
"$SLOPE" frame --size 60x19 | grep -q '60x20.*60x19' && ok || bad "60x19: too small"
# the verdict shows from the iteration it names on, not after
n=93; verdict --steps 93 --keys g >/dev/null && ok || bad "converged: not said at iteration 93 itself"
"$SLOPE" frame $F --steps 92 --keys g | tail -1 | grep -q '^converged' && bad "converged: said at iteration 92" || ok
# the strip's |grad| and, with d, the exact gradient apart from the numerical one
"$SLOPE" frame $F --start 1.5,-2.5 | grep -qF '|grad| = 5.83095189 ' && ok || bad "the strip's |grad| at (1.5, -2.5) is not 5.83095189"
"$SLOPE" frame $F --start 0.3,-0.7 --keys d | grep -qF 'exact grad = (0.6, -1.4)' && ok || bad "d: the exact gradient is not (0.6, -1.4)"
"$SLOPE" frame $F --keys d | grep -qF '|grad| = 10.000000000001563' && ok || bad "d: |grad| of the numerical gradient is not 10.000000000001563"
# keys that work in both panes: r resets a too, e edits the focused pane's function, E is the tangent pane's
"$SLOPE" frame $F --keys '<Tab><Right><Right>r' | grep -qF "numerical f'(a) = 0.2999999999986347 (central" && ok || bad "r in the tangent pane does not reset a"
"$SLOPE" frame $F --keys '<Tab><Right>r' | tail -1 | grep -qx 'reset to the start' && ok || bad "r in the tangent pane: no 'reset to the start'"
"$SLOPE" frame $F --keys '<Tab>e<C-u>sin(x)<Enter>' | grep -qF 'tangent: f(x) = sin(x)' && ok || bad "e in the tangent pane does not edit f(x)"
"$SLOPE" frame $F --keys '<Tab>e<C-u>sin(x)<Enter>' | grep -qF 'descent, SGD: f(x0, x1) = x0**2 + x1**2' && ok || bad "e in the tangent pane changed the surface"
"$SLOPE" frame $F --keys '<Tab>w' --snapshot-dir "$tmp" | tail -1 | grep -q '^wrote slope-' && ok || bad "w does not work in the tangent pane"
rm -f "$tmp"/slope-*.txt
"$SLOPE" frame --size 60x20 | head -1 | grep -q '^┌─ tangent (Tab) │ \[\*\] descent' && ok || bad "60x20: the dashboard shows"

# ---- the tour: Enter turns to the next page, Backspace back, 9 pages ---------------------
tour_page() { "$SLOPE" frame --tour --size 120x40 --keys "$1" | tail -1 | cut -d: -f1; }
[ "$(tour_page '')" = "tour 1/9" ] && ok || bad "frame --tour: not page 1/9"
[ "$(tour_page '<Enter><Enter>')" = "tour 3/9" ] && ok || bad "frame --tour, Enter twice: not page 3/9"
[ "$(tour_page '<Enter><Enter><BS>')" = "tour 2/9" ] && ok || bad "frame --tour, Enter twice, Backspace: not page 2/9"
[ "$(tour_page '<BS>')" = "tour 1/9" ] && ok || bad "frame --tour, Backspace on page 1: not page 1/9"
"$SLOPE" frame --tour --size 120x40 --keys '<Enter><Enter><Enter><Enter><Enter><Enter><Enter><Enter>' | tail -1 | grep -q '^tour 9/9' && ok || bad "frame --tour: the last page is not 9/9"
"$SLOPE" frame --tour --size 120x40 --keys '<Enter><Enter><Enter><Enter><Enter><Enter><Enter><Enter><Enter>' | tail -1 |
	grep -qx 'the tour is over: q leaves it, Backspace turns back, slope tour starts it again' && ok || bad "frame --tour: Enter on the last page does not say the tour is over"

# ---- the figures: each option reaches what it draws ---------------------------------------
P='--size 80x24 --canvas ascii'
# shellcheck disable=SC2086 # $P is words on purpose
{
shows "plot tangent --at 5: the tangent's numbers" "tangent y = 0.2x - 0.25" -- plot tangent --at 5 $P
shows "plot tangent --at 5: the point" "a = 5.0, f(a) = 0.75" -- plot tangent --at 5 $P
shows "plot tangent --h 0.5 --method forward: the secant through a and a+h" "secant a, a+h (h = 0.5): slope 0.205" -- plot tangent --at 5 --h 0.5 --method forward $P
shows "plot tangent --h 0.5: the central secant through a-h and a+h" "secant a-h, a+h (h = 0.5): slope 0.2" -- plot tangent --at 5 --h 0.5 $P
shows "plot tangent with a secant: the true tangent" "tangent y = 0.2x - 0.25 (exact slope)" -- plot tangent --at 5 --secant $P
lacks "plot tangent at the book's h: no secant" "secant" -- plot tangent $P
shows "plot tangent --xrange: the axis" "-4         -2         0         2          4" -- plot tangent --xrange -5:5 --size 60x20 --canvas ascii
# The tangent's y range (slope(1), FIGURES, Tangent): f's values, whatever a
# is; the tangent's own where f has no finite value on the x range.
y_labels() { "$SLOPE" plot tangent "$@" --size 60x16 --canvas ascii | sed -n 's/^ *\(-\{0,1\}[0-9][0-9.e+-]*\)[+|].*/\1/p' | tr '\n' ' '; }
[ "$(y_labels --at 0)" = "8 6 4 2 0 -2 " ] && [ "$(y_labels --at 10)" = "8 6 4 2 0 -2 " ] && [ "$(y_labels --at 19)" = "8 6 4 2 0 -2 " ] && ok ||
	bad "plot tangent: the y range moves with a: '$(y_labels --at 0)' at 0, '$(y_labels --at 19)' at 19"
[ "$(y_labels --function 'sqrt(x)' --xrange -10:-1 --at 4)" = "1 0 -1 -2 " ] && ok ||
	bad "plot tangent: f with no finite value on the range does not take the tangent's range: '$(y_labels --function 'sqrt(x)' --xrange -10:-1 --at 4)'"
shows "plot herror --at 5: the title" "f(x) = 0.01*x**2 + 0.1*x at a = 5" -- plot herror --at 5 $P
shows "plot herror --h 1e-6 --method forward: the marked h and its error" "h = 1e-06 (forward): error 9.723e-09" -- plot herror --h 1e-6 --method forward $P
shows "plot descent --start --lr --steps: the legend" "iter 7 (0.002458, -0.004096)" -- plot descent --start 1.5,-2.5 --lr 0.3 --steps 7 --size 100x30 --canvas ascii
shows "plot descent: the rate" "path, lr 0.3" -- plot descent --start 1.5,-2.5 --lr 0.3 --steps 7 --size 100x30 --canvas ascii
shows "plot descent: the start" "start (1.5, -2.5)" -- plot descent --start 1.5,-2.5 --lr 0.3 --steps 7 --size 100x30 --canvas ascii
shows "plot descent: the levels of iterations 0, 1, 2, 4" "levels at iters 0, 1, 2, 4" -- plot descent --start 1.5,-2.5 --lr 0.3 --steps 7 --size 100x30 --canvas ascii
shows "plot descent --view: the levels of the points in view" "levels at iters 8, 16, 32" -- plot descent --view -10:10,-1:1 --size 60x20 --canvas ascii
shows "plot descent: one level in view says so in the singular" "level at iter 0" -- plot descent --preset lr10 --size 80x24 --canvas ascii
lacks "plot descent: one level in view is not 'levels'" "levels at iters 0" -- plot descent --preset lr10 --size 80x24 --canvas ascii
shows "plot descent --field" "grad field" -- plot descent --field --size 100x30 --canvas ascii
lacks "plot descent without --field" "grad field" -- plot descent --size 100x30 --canvas ascii
shows "plot loss: the last iteration and its loss" "iter 7, loss 2.282e-05" -- plot loss --start 1.5,-2.5 --lr 0.3 --steps 7 $P
shows "plot loss: the rate" "loss, lr 0.3" -- plot loss --start 1.5,-2.5 --lr 0.3 --steps 7 $P
has "plot loss: 11 steps span more than two decades: log" "loss         f(x0, x1) = x0**2 + x1**2, log scale" -- plot loss --steps 11 --size 60x20 --canvas ascii
has "plot loss: 10 steps span less: linear" "loss              f(x0, x1) = x0**2 + x1**2" -- plot loss --steps 10 --size 60x20 --canvas ascii
lacks "plot loss: a loss below 0: linear" "log scale" -- plot loss --surface 'x0*x1' --start 1,-1 --steps 5 $P
a=$("$SLOPE" plot field $P | grep -o '(a column: |grad| [^)]*)'); b=$("$SLOPE" plot field --view -4:4,-4:4 $P | grep -o '(a column: |grad| [^)]*)')
[ -n "$a" ] && [ -n "$b" ] && [ "$a" != "$b" ] && ok || bad "plot field --view: the scale does not follow the view ('$a', '$b')"
shows "plot field --view -1:1: a smaller scale" "(a column: |grad| 0.8)" -- plot field --view -1:1,-1:1 $P
shows "plot race: each runner's rate" "-o- SGD, lr 0.5" -- plot race --optimizers sgd:0.5,adam:0.2 --size 100x30 --canvas ascii
shows "plot race: Adam's marker and rate" "-^- Adam, lr 0.2" -- plot race --optimizers sgd:0.5,adam:0.2 --size 100x30 --canvas ascii
shows "plot race --preset ch6: Momentum's marker" "-x- Momentum, lr 0.1" -- plot race --preset ch6 --size 100x30 --canvas ascii
shows "plot race --preset ch6: AdaGrad's marker" "-#- AdaGrad, lr 1.5" -- plot race --preset ch6 --size 100x30 --canvas ascii
shows "plot race braille: SGD's bullet" "⠤•⠤ SGD, lr 0.95" -- plot race --preset ch6 --size 100x30 --canvas braille
shows "plot race braille: Momentum's ×" "⠤×⠤ Momentum, lr 0.1" -- plot race --preset ch6 --size 100x30 --canvas braille
shows "plot race braille: AdaGrad's square" "⠤▪⠤ AdaGrad, lr 1.5" -- plot race --preset ch6 --size 100x30 --canvas braille
shows "plot race braille: Adam's triangle" "⠤▴⠤ Adam, lr 0.3" -- plot race --preset ch6 --size 100x30 --canvas braille
shows "plot race: Nesterov's triangle down and RMSprop's diamond" "-v- Nesterov, lr 0.1" -- plot race --optimizers nesterov:0.1,rmsprop:0.1 --size 100x30 --canvas ascii
shows "plot race: RMSprop's diamond" "-%- RMSprop, lr 0.1" -- plot race --optimizers nesterov:0.1,rmsprop:0.1 --size 100x30 --canvas ascii
}
# colors: --color always colors, NO_COLOR does not outrank it
NO_COLOR=1 "$SLOPE" plot tangent --color always | grep -q "$(printf '\033')\[" && ok || bad "NO_COLOR outranks --color always"
"$SLOPE" plot tangent --color never | grep -q "$(printf '\033')" && bad "--color never colors" || ok

# ---- --keys: every name of slope(1) is a key -------------------------------------------------
for name in '<Right>' '<Left>' '<Up>' '<Down>' '<PgUp>' '<PgDn>' '<Home>' '<End>' '<Del>' '<Tab>' '<Enter>' '<Esc>' '<BS>' '<Space>' '<C-a>' '<C-z>' '<lt>'; do
	"$SLOPE" frame --size 60x20 --keys "$name" >/dev/null 2>"$tmp/err" && ok || bad "--keys $name: $(cat "$tmp/err")"
done
shows "<Space> is the space key: a step" "iter 1/100" -- frame --size 120x40 --keys '<Space>'
shows "<Down> in the tangent pane: nothing moves a" "numerical f'(a) = 0.2999999999986347 (central" -- frame --size 120x40 --keys '<Tab><Down>'

# ---- the w key: the file, its name, its mode, never over another ----------------------------
mkdir "$tmp/shots"
day0=$(date +%Y%m%d)
( umask 077; "$SLOPE" frame --size 80x24 --snapshot-dir "$tmp/shots" --keys 'nww' ) >"$tmp/frame"
n=$(ls "$tmp/shots" | grep -c '^slope-.*\.txt$')
[ "$n" -eq 2 ] && ok || bad "w twice: $n files, want 2"
# the first press's name, and the second's: -1 added in the same second
first=$(ls "$tmp/shots" | grep -E '^slope-[0-9]{8}-[0-9]{6}\.txt$' | head -1)
first=${first%.txt}
[ -n "$first" ] && ok || bad "w: no file named slope-YYYYMMDD-HHMMSS.txt: $(ls "$tmp/shots")"
day=$(echo "$first" | cut -c7-14)
[ "$day" = "$day0" ] || [ "$day" = "$(date +%Y%m%d)" ] && ok || bad "w: $first is not named after today's date"
if [ "$(ls "$tmp/shots" | grep -c -- '-1\.txt$')" -eq 1 ]; then
	[ -e "$tmp/shots/$first-1.txt" ] && ok || bad "w twice in one second: the second is not $first-1.txt"
fi
tail -1 "$tmp/frame" | grep -qE '^wrote slope-[0-9]{8}-[0-9]{6}(-1)?\.txt$' && ok || bad "w: the status line does not name the file: $(tail -1 "$tmp/frame")"
set -- "$tmp/shots/$first.txt"
# a snapshot is for sharing: readable by all, whatever the umask says of private files
mode=$(stat -c %a "$1")
[ "$mode" = 644 ] && ok || bad "w: the file's mode is $mode, want 644"
"$SLOPE" frame --size 80x24 --keys n --color never >"$tmp/want"
cmp -s "$1" "$tmp/want" && ok || bad "w: the file is not what frame --color never prints"
# an existing file is never overwritten
echo keep >"$tmp/shots/$first-2.txt"
"$SLOPE" frame --size 80x24 --snapshot-dir "$tmp/shots" --keys 'w' >/dev/null
[ "$(cat "$tmp/shots/$first-2.txt")" = keep ] && ok || bad "w overwrote an existing file"
# frame's w that cannot write: the frame (its status line saying why), then exit 1 and the reason on stderr
# (a directory named relative to $tmp: an 80-column status line holds the
# message whole however long TMPDIR is)
case $SLOPE in /*) slope_abs=$SLOPE ;; *) slope_abs=$PWD/$SLOPE ;; esac
( cd "$tmp" && "$slope_abs" frame --size 80x24 --snapshot-dir none --keys w ) >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] && [ "$(tail -1 "$tmp/out")" = "no snapshot: cannot write in none: No such file or directory" ] &&
	[ "$(cat "$tmp/err")" = "slope: no snapshot: cannot write in none: No such file or directory" ] && ok ||
	bad "w: a directory that is not there: exit $rc, want 1, the reason on the status line and on stderr"
[ ! -e "$tmp/none" ] && ok || bad "w created the missing directory"
# a directory too long for the status line shows its end, and the reason
long=$tmp/a-directory-whose-name-alone-is-wider-than-the-eighty-columns-of-this-status-line/x/y
"$SLOPE" frame --size 80x24 --snapshot-dir "$long" --keys w >"$tmp/out" 2>"$tmp/err"
[ "$(tail -1 "$tmp/out")" = "no snapshot: cannot write in .../x/y: No such file or directory" ] && ok ||
	bad "w: a long missing directory: the status line is '$(tail -1 "$tmp/out")'"
[ "$(cat "$tmp/err")" = "slope: no snapshot: cannot write in $long: No such file or directory" ] && ok ||
	bad "w: a long missing directory: stderr does not name it whole"
# a directory whose last name alone is too long: its end, to the line's last column, and the reason whole
long=$tmp/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx0123456789abcdefghijk
"$SLOPE" frame --size 80x24 --snapshot-dir "$long" --keys w >"$tmp/out" 2>/dev/null
[ "$(tail -1 "$tmp/out")" = "no snapshot: cannot write in ...0123456789abcdefghijk: No such file or directory" ] && ok ||
	bad "w: a missing directory with a long last name: the status line is '$(tail -1 "$tmp/out")'"

# ---- Chinese beyond --help: the dashboard's status line, figures, errors ---------------------
# (the wording is the translators' and h20's: each is checked to be Chinese,
# not the English the same command prints)
cjk=$(printf '[\344-\351]')
# zh_last "what" -- args: the last line with --lang zh is Chinese and not the --lang en one.
zh_last() {
	what=$1; shift 2
	zh=$("$SLOPE" "$@" --lang zh 2>&1 | tail -1)
	en=$("$SLOPE" "$@" --lang en 2>&1 | tail -1)
	left=$(english_left "$zh" "$en")
	if [ "$zh" != "$en" ] && printf '%s' "$zh" | LC_ALL=C grep -q "$cjk" && [ -z "$left" ]; then ok; else
		bad "zh: $what: '$zh' is not Chinese (English: '$en'${left:+; '$left' left in English})"; fi
}
# english_left ZH EN: two English words in a row of EN that ZH still holds
# (a part of the sentence left untranslated), or nothing.
english_left() {
	awk -v zh="$1" -v en="$2" 'BEGIN {
		n = split(en, w, / +/)
		for (i = 1; i <= n; i++) sub(/[:;,.]$/, "", w[i])
		for (i = 1; i < n; i++)
			if (w[i] ~ /^[A-Za-z'"'"']+$/ && w[i + 1] ~ /^[A-Za-z'"'"']+$/ && length(w[i]) > 1 && length(w[i + 1]) > 1 &&
			    index(zh, w[i] " " w[i + 1])) { print w[i] " " w[i + 1]; exit }
	}'
}
zh_last "a key bound to nothing" -- frame --size 120x40 --keys x
zh_last "+" -- frame --size 120x40 --keys +
zh_last "- at the bottom" -- frame --size 120x40 --lr 1e-10 --keys -
zh_last "r" -- frame --size 120x40 --keys r
zh_last "P and the preset's summary" -- frame --size 120x40 --keys P
zh_last "o" -- frame --size 120x40 --keys o
zh_last "R" -- frame --size 120x40 --keys R
zh_last "m" -- frame --size 120x40 --keys '<Tab>m'
zh_last "a key in the other pane" -- frame --size 120x40 --keys '['
zh_last "autoplay" -- frame --size 120x40 --keys a
zh_last "S" -- frame --size 120x40 --keys 'S<C-u>1.5,-2.5<Enter>'
zh_last "N out of range" -- frame --size 120x40 --keys 'N<C-u>1000001<Enter>'
zh_last "a parse error" -- frame --size 120x40 --keys 'e<C-u>x0*<Enter>'
zh_last "new surface" -- frame --size 120x40 --keys 'e<C-u>x0*x0<Enter>'
zh_last "the snapshot's error" -- frame --size 80x24 --snapshot-dir "$tmp/none" --keys w
zh_last "converged" -- frame --size 120x40 --keys g
zh_last "stuck" -- frame --size 120x40 --lr 10 --keys g
zh_last "the status line's keys" -- frame --size 120x40
zh_last "the tour's status line" -- frame --tour --size 120x40
zh_last "a figure too small" -- plot tangent --size 10x10
zh_last "--steps out of range" -- descend --steps 2000000000
zh_last "an unknown option" -- descend --frobnicate
zh_last "help dashboard's last key" -- help dashboard
"$SLOPE" frame --size 59x20 --lang zh | LC_ALL=C grep -q "$cjk" && ok || bad "zh: the too-small line is not Chinese"
shows "zh: plot tangent's legend" "切线 y = 0.3x - 1" -- plot tangent --size 60x20 --lang zh
if [ -w /dev/full ]; then
	"$SLOPE" --lang zh diff >/dev/full 2>"$tmp/err"
	case "$(cat "$tmp/err")" in "slope: "*) LC_ALL=C grep -q "$cjk" "$tmp/err" && ok || bad "zh: the write error is not in Chinese: $(cat "$tmp/err")" ;;
	*) bad "zh: the write error: $(cat "$tmp/err")" ;; esac
fi
LANGUAGE=zh_CN "$SLOPE" frame --size 120x40 --keys x | tail -1 | LC_ALL=C grep -q "$cjk" && ok || bad "LANGUAGE=zh_CN: the dashboard is not Chinese"

# ---- colors: each optimizer keeps its color (slope(1), FIGURES, Race) ---------------------------
esc=$(printf '\033')
"$SLOPE" plot race --optimizers sgd,momentum,adagrad,adam,nesterov,rmsprop --size 120x40 --color always --canvas ascii >"$tmp/out"
while read -r code sample name; do
	grep -qF "$esc[${code}m$sample $esc[0m$name, lr" "$tmp/out" && ok || bad "plot race --color always: $name's legend is not in color $code"
done <<'END'
0;32 -o- SGD
0;33 -x- Momentum
0;35 -#- AdaGrad
0;31 -^- Adam
0;36 -v- Nesterov
0;1;34 -%- RMSprop
END

# ---- make install / uninstall: where the files go, with which modes (slope(1), FILES) ----------
# (run from the tree, with the PREFIX the build was made for, so nothing is rebuilt)
if [ -f Makefile ] && [ -x "$SLOPE" ] && command -v make >/dev/null; then
	root=$tmp/root
	if make -s --no-print-directory install DESTDIR="$root" >"$tmp/out" 2>&1; then
		for f in "bin/slope 755" "share/man/man1/slope.1 644" "share/locale/zh_CN/LC_MESSAGES/slope.mo 644"; do
			set -- $f
			if [ -f "$root/usr/local/$1" ] && [ "$(stat -c %a "$root/usr/local/$1")" = "$2" ]; then ok; else
				bad "make install: no $1 of mode $2 under DESTDIR/usr/local"; fi
		done
		make -s --no-print-directory uninstall DESTDIR="$root" >"$tmp/out" 2>&1
		left=$(find "$root" -type f | wc -l)
		[ "$left" -eq 0 ] && ok || bad "make uninstall left $left files"
	else
		bad "make install DESTDIR=... failed: $(head -3 "$tmp/out")"
	fi
fi

echo "doc: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
