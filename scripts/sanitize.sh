#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (-DFAASLINT_SANITIZE=ON,
# in build-asan/) and runs the whole suite there, the C/C++ worker path included (the worker's
# address-space limit counts from the sanitizer's own mappings). The style checks are left out:
# they do not depend on the build. Prints the suite's result and how long it took.
#   scripts/sanitize.sh [ctest arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-test-tools
[ -f build-asan/build.ninja ] || cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFAASLINT_SANITIZE=ON >/dev/null
start=$(date +%s)
cmake --build build-asan -j "$(nproc)"
built=$(date +%s)
# Leaks are errors; UBSan stops at the first report (-fno-sanitize-recover) with a stack.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd build-asan
status=0
ctest --output-on-failure -j "$(nproc)" -LE lint "$@" || status=$?
echo "sanitize.sh: build $((built - start)) s, suite $(($(date +%s) - built)) s, ctest exit $status"
exit $status
