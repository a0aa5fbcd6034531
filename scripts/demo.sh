#!/usr/bin/env bash
# The main job: scan the bundled example projects (a SAM application, a Serverless Framework
# service for AWS and an Azure Functions app), print findings, write faaslint.sarif.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh --target faaslint
set +e
build/faaslint check --sarif-output faaslint.sarif examples/
rc=$?
set -e
echo "SARIF written to faaslint.sarif (exit code $rc: 1 means findings at or above --fail-on)"
[ "$rc" -le 1 ]
