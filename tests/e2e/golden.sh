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
[ $fail -eq 0 ] && echo "2 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
