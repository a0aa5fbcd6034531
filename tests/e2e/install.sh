#!/usr/bin/env bash
# `cmake --install` puts the binary, the policy data and the docs where users expect them, and
# the installed binary works from any directory.
set -u
build=$1; src=$2
prefix=$(mktemp -d); trap 'rm -rf "$prefix"' EXIT
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; fail=1; fi; }
cmake --install "$build" --prefix "$prefix" >/dev/null || { echo "FAIL: cmake --install"; exit 1; }
check "binary installed" "[ -x '$prefix/bin/faaslint' ]"
check "default pack installed" "[ -f '$prefix/share/faaslint/policies/packs/default.yaml' ]"
check "catalog schema installed" "[ -f '$prefix/share/faaslint/policies/schema/aws-runtimes.schema.json' ]"
check "rule docs installed" "[ -f '$prefix/share/doc/faaslint/rules/security/public-function-url.md' ]"
check "docs index installed" "[ -f '$prefix/share/doc/faaslint/rules/README.md' ]"
check "--version" "'$prefix/bin/faaslint' --version | grep -q '^faaslint '"
# From another directory, with the data embedded: the example still gives its findings.
out=$(cd / && "$prefix/bin/faaslint" check -q --date 2026-11-27 "$src/examples/sam-orders/template.yaml"); rc=$?
check "installed binary scans the example (exit 1 with findings)" "[ $rc -eq 1 ] && grep -q 'SEC005' <<<\"\$out\""
exit $fail
