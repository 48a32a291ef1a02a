#!/bin/sh
# Runs each unit test program in DIR; fails if any fails.
# usage: tests/run-unit.sh LABEL DIR TEST...
label=$1
dir=$2
shift 2
failed=0
for t in "$@"; do
	echo "---- $label: $t"
	"$dir/$t" || { echo "FAILED: $dir/$t"; failed=$((failed + 1)); }
done
echo "$label: $(($# - failed)) of $# programs passed"
[ "$failed" -eq 0 ]
