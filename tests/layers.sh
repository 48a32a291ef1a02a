#!/bin/sh
# make layers: every #include "..." in src/ runs down the layers or stays in
# its own folder, as src/README.md draws them; every header's name is found
# in exactly one folder; no file sits outside a layer; and no header
# includes itself through others (an include circle).
#
# The rule, a line a layer: the layer, then the layers below it that its
# files may include (its own folder always). One awk reads every file once
# (make check runs this; a process per include cost seconds).
set -u
cd "$(dirname "$0")/.." || exit 2
rules='base
num base
draw base
fig draw num base
tables num base
dash fig draw tables num base
term dash fig draw tables num base
cmd term dash fig draw tables num base'

fail=0
bad() { echo "layers: FAIL: $*"; fail=1; }

for f in src/*; do
	[ "$f" = src/README.md ] && continue
	[ -d "$f" ] || bad "$f is outside every layer: move it into the folder of its layer"
done
for d in src/*/; do
	d=${d#src/}; d=${d%/}
	echo "$rules" | grep -q "^$d\( \|\$\)" || bad "src/$d/ is not a layer of tests/layers.sh: add it to the rules and to src/README.md"
done

# Reads the rules (RULES), then every header's name (one pass over the file
# names), then every file's includes.
out=$(RULES=$rules awk '
function layer_of(path,   p) { p = substr(path, 5); return substr(p, 1, index(p, "/") - 1) }
function base_of(path) { sub(/.*\//, "", path); return path }
function visit(n, path,   k, m, parts) {
	if (state[n] == 1) { circle = path " " n; return 1 }
	if (state[n] == 2) return 0
	state[n] = 1
	m = split(edge[n], parts, " ")
	for (k = 1; k <= m; k++) if (visit(parts[k], path " " n)) return 1
	state[n] = 2
	return 0
}
BEGIN {
	nr = split(ENVIRON["RULES"], lines, "\n")
	for (i = 1; i <= nr; i++) {
		m = split(lines[i], w, " ")
		allowed[w[1]] = w[1]
		for (k = 2; k <= m; k++) allowed[w[1]] = allowed[w[1]] " " w[k]
	}
	for (i = 1; i < ARGC; i++) {
		f = ARGV[i]
		if (f !~ /\.h$/) continue
		h = base_of(f)
		if (h in home) dups = dups " " h
		else home[h] = layer_of(f)
	}
	if (dups != "") print "layers: FAIL: headers named alike in two layers:" dups
}
FNR == 1 { files++ }
/^[ \t]*#[ \t]*include[ \t]*"/ {
	inc = $0
	sub(/^[ \t]*#[ \t]*include[ \t]*"/, "", inc)
	sub(/".*/, "", inc)
	from = layer_of(FILENAME)
	if (!(inc in home)) { print "layers: FAIL: " FILENAME " includes \"" inc "\", which is in no layer"; next }
	arrows++
	if (index(" " allowed[from] " ", " " home[inc] " ") == 0)
		print "layers: FAIL: " FILENAME " (" from ") includes " inc " (" home[inc] "): " from " may include only " allowed[from]
	if (FILENAME ~ /\.h$/) { edge[base_of(FILENAME)] = edge[base_of(FILENAME)] " " inc; node[inc] }
}
FILENAME ~ /\.h$/ { node[base_of(FILENAME)] }
END {
	for (n in node) if (visit(n, "")) { print "layers: FAIL: include circle:" circle; break }
	print "counted " files " " arrows
}' src/*/*.c src/*/*.h)
echo "$out" | grep '^layers: FAIL' && fail=1

[ $fail = 0 ] || exit 1
set -- $(echo "$out" | sed -n 's/^counted //p')
echo "layers: $1 files in $(ls -d src/*/ | wc -l) layers, $2 includes, every one down or within its layer, no circle"
