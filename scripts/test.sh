#!/usr/bin/env bash
# Builds everything and runs every test (unit, rule fixtures, golden, end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-test-tools
scripts/build.sh
cd build && ctest --output-on-failure -j "$(nproc)"
