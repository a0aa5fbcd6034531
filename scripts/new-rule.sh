#!/usr/bin/env bash
# Scaffolds a rule: the Rules.def line, the class pair, the docs page and a fixture folder with
# one positive and one negative case to fill in. Everything else (the factory, the SARIF rules
# table, the docs index, the build) comes from rules/Rules.def.
#
#   scripts/new-rule.sh CODE family kebab-name Severity "One sentence summary." [applies]
#   scripts/new-rule.sh DUR007 duration recursive-invocation Warning "A function triggers itself." aws
#
# family: security, lockin, memory, duration, operations, cost; Severity: Note, Warning, Error;
# applies: the providers the rule means something for ("*" by default). Afterwards write the
# check, the docs and the fixtures (ConsistencyTest and the fixture harness fail until both the
# positive and the negative case are real), then run scripts/update-golden.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 5 ] || { sed -n '2,13p' "$0" >&2; exit 2; }
code=$1 family=$2 name=$3 severity=$4 summary=$5 applies=${6:-*}
[[ $code =~ ^(SEC|LCK|MEM|DUR|OPS|COST)[0-9]{3}$ ]] || { echo "new-rule.sh: '$code' is not a rule code (e.g. DUR007)" >&2; exit 2; }
[[ $name =~ ^[a-z][a-z0-9-]*$ ]] || { echo "new-rule.sh: '$name' must be kebab-case" >&2; exit 2; }
case $family in security | lockin | memory | duration | operations | cost) ;; *) echo "new-rule.sh: unknown family '$family'" >&2; exit 2 ;; esac
case $severity in Note | Warning | Error) ;; *) echo "new-rule.sh: severity must be Note, Warning or Error" >&2; exit 2 ;; esac
if grep -q "($code," rules/Rules.def || grep -q "\"$name\"" rules/Rules.def; then
  echo "new-rule.sh: $code or $name is in rules/Rules.def already (codes are never reused)" >&2; exit 2
fi
cls=$(echo "$name" | sed -E 's/(^|-)([a-z])/\U\2/g')Rule
secsev='""'; [ "$family" = security ] && secsev='"5.0"'
mkdir -p "rules/$family" "docs/rules/$family" "tests/rules/$family/$name"
printf 'FAASLINT_RULE(%s, %s, "%s", %s, %s, %s, "medium", "", "%s", "%s")\n' \
  "$code" "$cls" "$name" "$family" "$severity" "$secsev" "$summary" "$applies" >> rules/Rules.def
cat > "rules/$family/$cls.h" <<H
#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// $code $name: see docs/rules/$family/$name.md.
class $cls final : public engine::Rule {
 public:
  explicit $cls(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
H
cat > "rules/$family/$cls.cpp" <<C
#include "rules/$family/$cls.h"

#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

$cls::$cls(engine::RuleOptions&) {}

void $cls::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    // Ask the provider's profile for limits and vocabulary (ctx.provider(f)); report at the
    // narrowest located value, with the observed value and the limit.
    (void)f;
    (void)ctx;
  }
}

}  // namespace faaslint::rules
C
cat > "docs/rules/$family/$name.md" <<D
# $code $name

$summary

**Family:** $family · **Default severity:** $(echo "$severity" | tr 'A-Z' 'a-z')

## What it flags

## Why it matters

## How to fix

## Options

None.

## Anchor

-
D
cat > "tests/rules/$family/$name/cases.yaml" <<F
# $code $name: one case that must be reported and one that must not.
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Flagged:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler  # expect: $code "write the words the finding must say"
  Fine:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler  # ok: $code
F
echo "new-rule.sh: added $code ($cls): rules/Rules.def, rules/$family/$cls.{h,cpp}, docs/rules/$family/$name.md, tests/rules/$family/$name/"
echo "Now write the check, the docs and the fixtures; then scripts/update-golden.sh and scripts/test.sh."
