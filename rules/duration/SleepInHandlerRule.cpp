#include "rules/duration/SleepInHandlerRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

SleepInHandlerRule::SleepInHandlerRule(engine::RuleOptions& o) : sleeps_(o.stringList("sleep-functions", {}, kLanguageCatalogs)) {}

void SleepInHandlerRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  auto sleeps = [](const policy::LanguageCatalog& l) -> const auto& { return l.sleeps; };
  forEachHandlerCall(
      p, ctx, sleeps_, sleeps, [&](const model::SourceProgram& program, const model::Function* owner, const model::CallFact& c) {
        reportInSource(ctx, owner, c.range,
                       fmt::format("{} sleeps ({}) on the handler's path: the function is billed while it waits{}; wait in a queue "
                                   "delay, a state machine Wait state or a scheduled retry instead",
                                   handlerSubject(program, c.function), c.callee, ownerContext(owner, ctx)));
      });
}

}  // namespace faaslint::rules
