#!/usr/bin/env bash
# The pre-commit hooks as users run them: Debian's pre-commit, a throwaway git repository whose
# .pre-commit-config.yaml points at this repository's .pre-commit-hooks.yaml, the built binary
# on PATH. Checks exit codes and output for a clean and a failing case, and that a batch holding
# only a handler reports nothing about its manifest.
set -u
bin=$1; src=$2
command -v pre-commit >/dev/null || { echo "FAIL: pre-commit is not installed (scripts/setup.sh --with-test-tools)"; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export PATH="$(dirname "$bin"):$PATH" PRE_COMMIT_HOME="$work/cache" GIT_CONFIG_NOSYSTEM=1 HOME="$work"
git config --global user.email t@example.com; git config --global user.name t; git config --global init.defaultBranch main
pass=0; fail=0
check() { if [ "$2" = "$3" ]; then pass=$((pass+1)); else echo "FAIL: $1: expected exit $2, got $3"; fail=$((fail+1)); fi; }

# The hook definitions from the working tree, as a repository pre-commit can clone.
mkdir "$work/hooks" && cp "$src/.pre-commit-hooks.yaml" "$work/hooks/" && git -C "$work/hooks" init -q && git -C "$work/hooks" add . &&
  git -C "$work/hooks" commit -qm hooks
rev=$(git -C "$work/hooks" rev-parse HEAD)

mkdir -p "$work/app/src" && cd "$work/app" && git init -q
cat > .pre-commit-config.yaml <<Y
repos:
  - repo: $work/hooks
    rev: $rev
    hooks:
      - id: faaslint
Y
cat > template.yaml <<'Y'
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: {Runtime: python3.13, Handler: app.handler, CodeUri: src/, Tracing: Active}
Y
printf 'def handler(event, context):\n    return {"ok": True}\n' > src/app.py
git add . && git commit -qm init

pre-commit run --all-files >out.txt 2>&1; check clean 0 $?
grep -q "faaslint.*Passed" out.txt || { echo "FAIL: clean run output"; cat out.txt; fail=$((fail+1)); }

# A public function URL: the hook fails and names the finding at its line.
sed -i 's/Tracing: Active}/Tracing: Active, FunctionUrlConfig: {AuthType: NONE}}/' template.yaml
git add template.yaml
pre-commit run --all-files >out.txt 2>&1; check failing 1 $?
grep -q "template.yaml:5:.*SEC005" out.txt || { echo "FAIL: failing run output"; cat out.txt; fail=$((fail+1)); }

# Only the handler changed: its manifest is loaded, but findings about the manifest are not this
# batch's, so the hook passes.
pre-commit run --files src/app.py >out.txt 2>&1; check handler-only 0 $?

# The whole-repository hook (pass_filenames: false) sees the manifest.
sed -i 's/id: faaslint$/id: faaslint-repo/' .pre-commit-config.yaml
pre-commit run --files src/app.py >out.txt 2>&1; check repo-hook 1 $?
grep -q "SEC005" out.txt || { echo "FAIL: repo hook output"; cat out.txt; fail=$((fail+1)); }

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
