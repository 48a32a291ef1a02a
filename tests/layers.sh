#!/bin/sh
# make layers: every #include "..." in src/ runs down the layers or stays in
# its own folder, as src/README.md draws them; every header's name is found
# in exactly one folder; no file sits outside a layer; and no header
# includes itself through others (an include circle).
#
# The rule, a line a layer: the layer, then the layers below it that its
# files may include (its own folder always).
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

# header name -> its layer, once each
headers=$(for h in src/*/*.h; do l=${h#src/}; echo "${h##*/} ${l%%/*}"; done | sort)
dups=$(echo "$headers" | awk '{print $1}' | uniq -d)
[ -z "$dups" ] || bad "headers named alike in two layers: $dups"

arrows=0
for f in src/*/*.c src/*/*.h; do
	layer=${f#src/}; layer=${layer%%/*}
	allowed=$(echo "$rules" | awk -v l="$layer" '$1 == l { $1 = ""; print l $0 }')
	for inc in $(sed -n 's/^[ \t]*#[ \t]*include[ \t]*"\([^"]*\)".*/\1/p' "$f"); do
		to=$(echo "$headers" | awk -v h="$inc" '$1 == h { print $2 }')
		if [ -z "$to" ]; then bad "$f includes \"$inc\", which is in no layer"; continue; fi
		arrows=$((arrows + 1))
		case " $allowed " in
		*" $to "*) ;;
		*) bad "$f ($layer) includes $inc ($to): $layer may include only $allowed" ;;
		esac
	done
done

# Include circles among headers: follow each header's includes depth first.
circle=$(for h in src/*/*.h; do
	for inc in $(sed -n 's/^[ \t]*#[ \t]*include[ \t]*"\([^"]*\)".*/\1/p' "$h"); do
		echo "${h##*/} $inc"
	done
done | awk '
	{ edge[$1] = edge[$1] " " $2; node[$1]; node[$2] }
	function visit(n, path,   k, m, parts) {
		if (state[n] == 1) { print path " " n; found = 1; return }
		if (state[n] == 2) return
		state[n] = 1
		m = split(edge[n], parts, " ")
		for (k = 1; k <= m && !found; k++) visit(parts[k], path " " n)
		state[n] = 2
	}
	END { for (n in node) if (!found) visit(n, "") }')
[ -z "$circle" ] || bad "include circle:$circle"

[ $fail = 0 ] || exit 1
echo "layers: $(ls src/*/*.c src/*/*.h | wc -l) files in $(ls -d src/*/ | wc -l) layers, $arrows includes, every one down or within its layer, no circle"
