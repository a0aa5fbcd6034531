#pragma once
#include "engine/RuleOptions.h"
#include "model/Model.h"

namespace faaslint::engine {

class RuleContext;

/// A check over the model. Rules see only the model and report through the context.
class Rule {
 public:
  virtual ~Rule() = default;
  virtual void check(const model::Project& project, RuleContext& ctx) const = 0;
};

}  // namespace faaslint::engine
