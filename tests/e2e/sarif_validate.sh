#!/usr/bin/env bash
# Validates faaslint's SARIF with Microsoft's SARIF multitool (the reference validator) and the
# GitHub rule kinds; fails on any error. `validate` exits 0 even for invalid files, so a query
# over its output gates.
set -u
bin=$1; src=$2
mt="$src/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
[ -f "$mt" ] && [ ! -x "$mt" ] && chmod +x "$mt"  # npm --ignore-scripts leaves it without the x bit
if [ ! -x "$mt" ]; then echo "FAIL: $mt missing: run scripts/setup.sh --with-test-tools"; exit 1; fi
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0; n=0
cp "$src/tests/golden/examples.sarif" "$tmp/golden.sarif"
(cd "$src" && "$bin" check -q --format sarif -o "$tmp/live.sarif" examples/ tests/rules/ ; true)
for f in "$tmp"/golden.sarif "$tmp"/live.sarif; do
  n=$((n+1))
  "$mt" validate "$f" --rule-kind "Sarif;Gh;Ghas" -c default --level "Error;Warning" -o "$tmp/v.sarif" --log ForceOverwrite --quiet true >/dev/null 2>&1
  if ! "$mt" query "$tmp/v.sarif" -e "Level == 'Error'" --non-zero-exit-code-if-count-over 0 -w true >"$tmp/q.txt" 2>&1; then
    echo "FAIL: $(basename "$f") has SARIF errors:"; cat "$tmp/q.txt"; fail=$((fail+1))
  fi
done
echo "$((n-fail)) passed, $fail failed"
[ $fail -eq 0 ]
