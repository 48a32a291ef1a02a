#!/bin/sh
# The catalogues: each po/LANG.po compiles with msgfmt --check (formats that
# match their English, a sound header), translates every message (no
# untranslated, no fuzzy one), and is up to date with the code: the strings
# marked in src/ now, extracted afresh, must each have a translation, and
# po/slope.pot must hold exactly them. A new _("...") without a Chinese
# translation fails here.
# usage: tests/po.sh
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; [ -z "${TESTS_FAIL_FAST:-}" ] || exit 1; }

# The same extraction as make pot.
xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --add-comments=TRANSLATORS: \
	--package-name=slope --no-location --sort-output -o "$tmp/fresh.pot" src/*/*.c ||
	{ echo "po: xgettext failed"; exit 1; }

for po in po/*.po; do
	[ -f "$po" ] || continue
	if LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" >"$tmp/stats" 2>&1; then
		if grep -qE 'untranslated|fuzzy' "$tmp/stats"; then
			bad "$po: not every message is translated: $(cat "$tmp/stats")"
		else
			ok
		fi
	else
		bad "$po: msgfmt --check fails"; sed 's/^/    | /' "$tmp/stats" | head -10
	fi
	# every string marked in the code has a translation here
	if LC_ALL=C msgcmp "$po" "$tmp/fresh.pot" >"$tmp/cmp" 2>&1; then ok; else
		bad "$po: strings of src/ without a translation (run make pot, then msgmerge -U $po po/slope.pot)"
		sed 's/^/    | /' "$tmp/cmp" | head -20
	fi
	# and no translation of a string the code no longer has
	if LC_ALL=C msgcmp --use-untranslated "$tmp/fresh.pot" "$po" >"$tmp/cmp" 2>&1; then ok; else
		bad "$po: translations of strings src/ no longer has (msgmerge -U $po po/slope.pot)"
		sed 's/^/    | /' "$tmp/cmp" | head -20
	fi
done
# po/slope.pot is the code's
if LC_ALL=C msgcmp --use-untranslated po/slope.pot "$tmp/fresh.pot" >"$tmp/cmp" 2>&1 &&
   LC_ALL=C msgcmp --use-untranslated "$tmp/fresh.pot" po/slope.pot >>"$tmp/cmp" 2>&1; then ok; else
	bad "po/slope.pot is not the strings of src/ (make pot)"; sed 's/^/    | /' "$tmp/cmp" | head -20
fi
echo "po: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
