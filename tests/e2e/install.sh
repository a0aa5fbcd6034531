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
check "catalog schema installed" "[ -f '$prefix/share/faaslint/policies/schema/provider.schema.json' ]"
check "rule docs installed" "[ -f '$prefix/share/doc/faaslint/rules/security/public-function-url.md' ]"
check "docs index installed" "[ -f '$prefix/share/doc/faaslint/rules/README.md' ]"
plugin=$(ls "$prefix"/lib*/faaslint/libfaaslint_clang.so 2>/dev/null | head -1)
check "C/C++ analyzer library installed" "[ -n '$plugin' ]"
check "--version" "'$prefix/bin/faaslint' --version | grep -q '^faaslint '"
# From another directory, with the data embedded: the example still gives its findings.
out=$(cd / && "$prefix/bin/faaslint" check -q --date 2026-11-27 "$src/examples/sam-orders/template.yaml"); rc=$?
check "installed binary scans the example (exit 1 with findings)" "[ $rc -eq 1 ] && grep -q 'SEC005' <<<\"\$out\""
# The installed binary finds its C/C++ analyzer (../lib/faaslint) and reports in handler code.
# (SEC012 is a warning there: the function's API route requires IAM authentication.)
out=$(cd / && "$prefix/bin/faaslint" check -q --no-cache "$src/examples/sam-orders/src/resize/main.cpp"); rc=$?
check "installed binary analyses C++ (SEC012 reported)" "[ $rc -eq 0 ] && grep -q 'warning: .*SEC012' <<<\"\$out\""
# ... in a worker process that loads the library from its own prefix, not from the build tree;
# the scanning process itself never maps Clang. ld.so writes one trace per process.
trace=$(mktemp -d); trap 'rm -rf "$prefix" "$trace"' EXIT
parent=$(cd / && LD_DEBUG=libs LD_DEBUG_OUTPUT="$trace/ld" bash -c 'echo $$ >&2; exec "$0" check -q --no-cache --exit-zero "$1" >/dev/null' \
  "$prefix/bin/faaslint" "$src/examples/sam-orders/src/resize/main.cpp" 2>&1)
loaded=$(cat "$trace"/ld.* | grep -o "[^ ]*libfaaslint_clang.so" | head -1)
check "the C/C++ analyzer is loaded from the install prefix ($loaded)" "[[ '$loaded' == '$prefix'/* ]]"
check "the scanning process ($parent) does not load Clang" "grep -q 'libstdc++' '$trace/ld.$parent' && ! grep -q 'libclang-cpp' '$trace/ld.$parent'"
exit $fail
