#!/bin/sh
# The dashboard over a terminal: bytes sent per descent step at 120x40
# (braille, color), CPU while idle, and draw time per frame at 200x60.
set -u
SLOPE=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
T="tmux -L slope-bench-$$ -f /dev/null"
tmp=$(mktemp -d)
trap '$T kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
$T new-session -d -s keep -x 80 -y 24 "sleep 600"

wait_for() {
	tries=0
	while [ $tries -lt 100 ]; do
		$T capture-pane -p -t b | grep -qE "$1" && return 0
		sleep 0.05; tries=$((tries + 1))
	done
	echo "timed out waiting for $1" >&2
	return 1
}

# step_through N: presses n N times from iteration 0, each time waiting
# until the strip shows the new iteration.
step_through() {
	i=1
	while [ $i -le "$1" ]; do
		$T send-keys -t b n
		wait_for "iter $i/100" || break
		i=$((i + 1))
	done
}

size() { wc -c <"$1" | tr -d ' '; }

# The first frame, captured from the start (with the few bytes of the
# shell's echo of the command).
$T new-session -d -s b -x 120 -y 40 "env LANG=C.UTF-8 TERM=tmux-256color SLOPE_LOG=$tmp/log120 sh"
$T pipe-pane -t b -o "cat > $tmp/frame"
$T send-keys -t b "exec $SLOPE" Enter
wait_for "iter 0/100"
sleep 0.3
$T pipe-pane -t b
full=$(size "$tmp/frame")
$T pipe-pane -t b -o "cat > $tmp/steps"
step_through 20
sleep 0.3
$T pipe-pane -t b
steps=$(size "$tmp/steps")
echo "120x40 braille color: $((steps / 20)) bytes per step over 20 steps (a full frame: $full bytes; aim: at most 600)"

pid=$($T display-message -p -t b '#{pane_pid}')
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
before=$(ticks "$pid"); sleep 5; after=$(ticks "$pid")
echo "CPU while idle for 5 s: $((after - before)) clock ticks (aim: 0)"
$T kill-session -t b

$T new-session -d -s b -x 200 -y 60 "env LANG=C.UTF-8 TERM=tmux-256color SLOPE_LOG=$tmp/log200 $SLOPE"
wait_for "iter 0/100"
step_through 30
$T kill-session -t b
# every frame after the first: one per step
awk -F'draw_ms=' '/^frame/ && ++n > 1 { split($2, a, " "); print a[1] * 1000 }' "$tmp/log200" | sort -n |
	awk '{ v[NR] = $1 } END { if (NR) printf "compose and draw per step at 200x60: median %.1f us over %d frames (aim: under 1000)\n", v[int((NR + 1) / 2)], NR }'
awk -F'draw_ms=' '/^frame/ && ++n == 1 { split($2, a, " "); printf "first frame at 200x60 (contours computed): %.1f us\n", a[1] * 1000 }' "$tmp/log200"
