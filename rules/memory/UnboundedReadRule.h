#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// MEM004 unbounded-read: see docs/rules/memory/unbounded-read.md.
class UnboundedReadRule final : public engine::Rule {
 public:
  explicit UnboundedReadRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

 private:
  std::int64_t capMb_;
};

}  // namespace faaslint::rules
