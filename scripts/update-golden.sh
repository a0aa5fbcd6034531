#!/usr/bin/env bash
# Regenerates the generated files: golden outputs of the example project and the docs index (review the diff before committing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh --target faaslint
build/faaslint check -q --date 2026-11-27 --format text examples/ > tests/golden/examples.txt || true
build/faaslint check -q --date 2026-11-27 --format sarif examples/ > tests/golden/examples.sarif || true
build/faaslint check -q --date 2026-11-27 --format gitlab examples/ > tests/golden/examples.gitlab.json || true
build/faaslint check -q --date 2026-11-27 --format junit examples/ > tests/golden/examples.junit.xml || true
build/faaslint cost --format text --duration 800 examples/ > tests/golden/examples.cost.text
build/faaslint cost --format json --duration 800 examples/ > tests/golden/examples.cost.json
build/faaslint rules --format markdown > docs/rules/README.md
