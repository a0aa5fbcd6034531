#!/usr/bin/env bash
# Golden outputs of the example project; regenerate with scripts/update-golden.sh and review the diff.
set -u
bin=$1; src=$2
cd "$src"
fail=0
for fmt in text sarif; do
  ext=$([ $fmt = text ] && echo txt || echo sarif)
  "$bin" check -q --date 2026-11-27 --format $fmt examples/ > /tmp/golden.$$.$ext
  if ! diff -u tests/golden/examples.$ext /tmp/golden.$$.$ext; then echo "FAIL: $fmt differs from tests/golden/examples.$ext"; fail=1; fi
  rm -f /tmp/golden.$$.$ext
done
# The docs index is generated from the registry; fail when it drifts.
"$bin" rules --format markdown > /tmp/golden.$$.md
if ! diff -u docs/rules/README.md /tmp/golden.$$.md; then echo "FAIL: docs/rules/README.md is stale; run scripts/update-golden.sh"; fail=1; fi
rm -f /tmp/golden.$$.md
[ $fail -eq 0 ] && echo "3 passed, 0 failed" || echo "some failed"
exit $fail
