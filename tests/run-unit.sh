#!/bin/sh
# Runs each unit test program in DIR; fails if any fails.
dir=$1; shift
failed=0
for t in "$@"; do
	"$dir/$t" || { echo "FAILED: $dir/$t"; failed=1; }
done
exit $failed
