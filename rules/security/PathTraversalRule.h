#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC018 path-traversal: see docs/rules/security/path-traversal.md.
class PathTraversalRule final : public engine::Rule {
 public:
  explicit PathTraversalRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
