#!/bin/sh
# src/base/numfmt_table.h must be what tools/gen-numfmt-table.py writes: the
# table is generated, never edited by hand.
set -u
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
# Debian's python3 where there is one: a python3 first on PATH may be a
# version manager's shim, slower to start than the generator runs.
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
if ! "$PY" tools/gen-numfmt-table.py >"$tmp"; then
	echo "numfmt-table: FAIL: tools/gen-numfmt-table.py did not run"
	exit 1
fi
if cmp -s "$tmp" src/base/numfmt_table.h; then
	echo "numfmt-table: src/base/numfmt_table.h equals what its generator writes"
else
	echo "numfmt-table: FAIL: src/base/numfmt_table.h differs from tools/gen-numfmt-table.py's output"
	diff src/base/numfmt_table.h "$tmp" | head -5
	exit 1
fi
