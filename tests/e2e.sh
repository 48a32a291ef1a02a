#!/bin/sh
# End-to-end tests: the real dashboard in a private tmux server of fixed size,
# driven with send-keys and read with capture-pane, as a person would.
# usage: tests/e2e.sh ./slope
set -u
SLOPE=$(cd "$(dirname "${1:-./slope}")" && pwd)/$(basename "${1:-./slope}")
SOCK="slope-e2e-$$"
T="tmux -L $SOCK -f /dev/null"
tmp=$(mktemp -d)
passed=0
failed=0
cleanup() { $T kill-server 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT INT TERM

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; }

screen() { $T capture-pane -p -t e2e 2>/dev/null; }

# wait_for PATTERN [SECONDS]: until the screen matches the extended regex.
wait_for() {
	tries=0
	limit=$((${2:-5} * 20))
	while [ $tries -lt $limit ]; do
		if screen | grep -qE -- "$1"; then return 0; fi
		sleep 0.05
		tries=$((tries + 1))
	done
	return 1
}

# check "what" PATTERN: the screen shows PATTERN (waiting up to 5 s).
check() {
	if wait_for "$2"; then ok; else
		bad "$1: screen lacks /$2/"; screen | sed 's/^/    | /'
	fi
}

# start "ENV..." "ARGS": slope in a fresh 120x40 session, run by a shell so
# that the shell's prompt shows what slope left behind.
start() {
	$T kill-session -t e2e 2>/dev/null
	$T new-session -d -s e2e -x 120 -y 40 "env PS1='$ ' $1 sh"
	$T set-option -t e2e window-size manual >/dev/null 2>&1
	$T send-keys -t e2e "$SLOPE $2 2>$tmp/stderr; echo \"exit=\$?\"" Enter
}

keys() { $T send-keys -t e2e "$@"; }

# A session that outlives the others, so the server never exits between tests.
$T new-session -d -s keep -x 80 -y 24 "sleep 600"

# ---- stepping ---------------------------------------------------------------
start "LANG=C.UTF-8 TERM=tmux-256color" ""
check "start shows iteration 0" "iter 0/100"
check "start shows the start point" "x = \[-3\.  4\.\]"
check "both panes" "tangent.*descent|descent.*tangent"
keys n
check "n steps once" "iter 1/100"
check "n shows the book's first step" "x = \[-2\.4  3\.2\]"
keys g
check "g runs to N" "iter 100/100"
check "g ends at the book's point" "x = \[-6\.11110793e-10  8\.14814391e-10\]"
keys +
check "+ raises lr on the ladder" "lr = 0\.3"
keys Tab Right
check "Tab Right moves a" "a = 10\.[0-9]+"
keys Tab p
check "p steps back" "iter 99/100"
keys '?'
check "? opens the help" "learning rate up"
keys Escape

# ---- resizing ---------------------------------------------------------------
$T resize-window -t e2e -x 40 -y 12
check "too small shows the size needed" "needs 60x20"
$T resize-window -t e2e -x 120 -y 40
check "back to 120x40 shows both panes again" "iter 99/100"
check "and the tangent pane" "a = 10\.[0-9]+"

# ---- quitting leaves a sane terminal ---------------------------------------------
keys q
check "q returns to the shell" "exit=0"
keys "stty -a > $tmp/stty" Enter
sleep 0.3
if grep -qE '(^| )echo( |$)' "$tmp/stty" && grep -qE '(^| )icanon( |$)' "$tmp/stty"; then ok; else
	bad "terminal not sane after q: $(cat "$tmp/stty")"; fi
[ -s "$tmp/stderr" ] && bad "stderr not empty: $(cat "$tmp/stderr")" || ok

# ---- Ctrl-C and SIGTERM end it through the same cleanup -----------------------------
sane_after() {
	keys "stty -a > $tmp/stty" Enter
	sleep 0.3
	if grep -qE '(^| )echo( |$)' "$tmp/stty" && grep -qE '(^| )icanon( |$)' "$tmp/stty"; then ok; else
		bad "$1: terminal not sane: $(cat "$tmp/stty")"; fi
}
start "LANG=C.UTF-8 TERM=tmux-256color" ""
check "before Ctrl-C" "iter 0/100"
keys C-c
check "Ctrl-C quits: exit 0" "exit=0"
sane_after "Ctrl-C"
start "LANG=C.UTF-8 TERM=tmux-256color" "--lr 0.3"
check "before SIGTERM" "lr = 0\.3"
keys a
check "autoplay runs" "playing every"
pkill -TERM -f "$SLOPE --lr 0.3" 2>/dev/null || kill -TERM $(pgrep -f "$SLOPE --lr 0.3")
check "SIGTERM ends it: exit 143" "exit=143"
sane_after "SIGTERM"

# ---- editing a function on the prompt ---------------------------------------------
start "LANG=C.UTF-8 TERM=tmux-256color" ""
check "before editing" "iter 0/100"
keys e C-u 'x0**2 + ' Enter
check "a parse error shows inline with its column" "expected a number, variable, function or '\(' at column 9"
keys C-u 'x0**2/20 + x1**2' Enter
check "the new surface is applied" "descent: f\(x0, x1\) = x0\*\*2/20 \+ x1\*\*2"
check "and the run starts again" "loss = 16\.45"
keys q
check "quits after editing" "exit=0"

# ---- ASCII only under LANG=C -------------------------------------------------
start "LANG=C LC_ALL=C TERM=tmux-256color" ""
$T pipe-pane -t e2e -o "cat > $tmp/raw-c"
check "LANG=C starts" "iter 0/100"
keys n g
check "LANG=C steps" "iter 100/100"
keys q
check "LANG=C quits" "exit=0"
$T pipe-pane -t e2e
if LC_ALL=C grep -q "$(printf '[\200-\377]')" "$tmp/raw-c"; then bad "LANG=C: a byte above 0x7F reached the terminal"; else ok; fi
if screen | LC_ALL=C grep -q "$(printf '[\200-\377]')"; then bad "LANG=C: non-ASCII on screen"; else ok; fi

# ---- no color, --canvas ascii -----------------------------------------------------
start "LANG=C.UTF-8 NO_COLOR=1 TERM=tmux-256color" "--canvas ascii"
$T pipe-pane -t e2e -o "cat > $tmp/raw-nc"
check "--canvas ascii starts" "iter 0/100"
keys n
check "--canvas ascii steps" "iter 1/100"
keys q
check "--canvas ascii quits" "exit=0"
$T pipe-pane -t e2e
if LC_ALL=C grep -q "$(printf '[\200-\377]')" "$tmp/raw-nc"; then bad "--canvas ascii: a byte above 0x7F"; else ok; fi
if grep -qE "$(printf '\033')\[[0-9;]*3[0-7]m" "$tmp/raw-nc"; then bad "NO_COLOR: a color sequence was sent"; else ok; fi

# ---- a dropped connection ends slope ---------------------------------------------
$T kill-session -t e2e 2>/dev/null
$T new-session -d -s e2e -x 120 -y 40 "env LANG=C.UTF-8 TERM=tmux-256color $SLOPE"
check "direct start" "iter 0/100"
pid=$($T display-message -p -t e2e '#{pane_pid}')
$T kill-session -t e2e
i=0
while kill -0 "$pid" 2>/dev/null && [ $i -lt 20 ]; do sleep 0.05; i=$((i + 1)); done
if kill -0 "$pid" 2>/dev/null; then bad "slope still runs 1 s after kill-session"; kill -9 "$pid"; else ok; fi

# ---- refusing what is not a terminal ---------------------------------------------------
start "LANG=C.UTF-8 TERM=nosuchterminal" ""
check "unknown TERM exits 2" "exit=2"
if grep -q "slope plot" "$tmp/stderr" && [ "$(wc -l <"$tmp/stderr")" -eq 1 ]; then ok; else bad "unknown TERM message: $(cat "$tmp/stderr")"; fi
"$SLOPE" </dev/null >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc -eq 2 ] && [ ! -s "$tmp/out" ] && grep -q "slope descend" "$tmp/err"; then ok; else bad "no terminal: exit $rc, $(cat "$tmp/err")"; fi

echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
