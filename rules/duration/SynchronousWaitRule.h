#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// DUR006 synchronous-wait: see docs/rules/duration/synchronous-wait.md.
class SynchronousWaitRule final : public engine::Rule {
 public:
  explicit SynchronousWaitRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

 private:
  std::vector<std::string> waits_;  ///< blocking waits on threads, futures, condition variables
  std::vector<std::string> sdkWaits_;  ///< SDK operations that wait for another service's work
  std::vector<std::string> asyncNames_;  ///< names that, used in the same function, make them asynchronous
  std::vector<std::string> waitOnDrop_;  ///< calls whose result waits when it is dropped (std::async's future)
  std::vector<std::string> mountSyncCalls_;  ///< synchronous file calls, slow on a network file system
};

}  // namespace faaslint::rules
