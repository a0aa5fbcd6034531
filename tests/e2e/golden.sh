#!/usr/bin/env bash
# Golden outputs of the example project; regenerate with scripts/update-golden.sh and review the diff.
set -u
bin=$1; src=$2
cd "$src"
fail=0
for fmt in text sarif gitlab junit; do
  case $fmt in text) ext=txt ;; sarif) ext=sarif ;; gitlab) ext=gitlab.json ;; junit) ext=junit.xml ;; esac
  "$bin" check -q --date 2026-11-27 --format $fmt examples/ > /tmp/golden.$$.$ext
  if ! diff -u tests/golden/examples.$ext /tmp/golden.$$.$ext; then echo "FAIL: $fmt differs from tests/golden/examples.$ext"; fail=1; fi
  rm -f /tmp/golden.$$.$ext
done
# `faaslint cost` on the examples: the table and its JSON.
for fmt in text json; do
  "$bin" cost --format $fmt --duration 800 examples/ > /tmp/golden.$$.cost 2>/dev/null
  if ! diff -u tests/golden/examples.cost.$fmt /tmp/golden.$$.cost; then echo "FAIL: cost $fmt differs from tests/golden/examples.cost.$fmt"; fail=1; fi
  rm -f /tmp/golden.$$.cost
done
# GitLab and JUnit goldens are also checked for what their consumers require.
/usr/bin/python3 - <<'PY' || { echo "FAIL: gitlab/junit structure"; fail=1; }
import json, xml.etree.ElementTree as ET
issues = json.load(open("tests/golden/examples.gitlab.json"))
assert issues and all({"description", "check_name", "fingerprint", "severity", "location"} <= set(i) for i in issues)
assert len({i["fingerprint"] for i in issues}) == len(issues), "fingerprints must be unique"
assert all(i["severity"] in ("info", "minor", "major", "critical", "blocker") for i in issues)
assert all(i["location"]["lines"]["begin"] >= 1 for i in issues)
root = ET.parse("tests/golden/examples.junit.xml").getroot()
assert int(root.get("failures")) == len(root.findall(".//failure")) == len(issues)
PY
# The docs index is generated from the registry; fail when it drifts.
"$bin" rules --format markdown > /tmp/golden.$$.md
if ! diff -u docs/rules/README.md /tmp/golden.$$.md; then echo "FAIL: docs/rules/README.md is stale; run scripts/update-golden.sh"; fail=1; fi
rm -f /tmp/golden.$$.md
[ $fail -eq 0 ] && echo "7 passed, 0 failed" || echo "some failed"
exit $fail
