#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC019 server-side-request-forgery: see docs/rules/security/server-side-request-forgery.md.
class ServerSideRequestForgeryRule final : public engine::Rule {
 public:
  explicit ServerSideRequestForgeryRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
