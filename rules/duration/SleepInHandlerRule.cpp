#include "rules/duration/SleepInHandlerRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

SleepInHandlerRule::SleepInHandlerRule(engine::RuleOptions& o)
    : sleeps_(o.stringList("sleep-functions", {"std::this_thread::sleep_for", "std::this_thread::sleep_until", "sleep", "usleep",
                                               "nanosleep", "clock_nanosleep", "Sleep"})) {}

void SleepInHandlerRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner) {
    const auto path = facts.handlerPath();
    for (const auto& c : facts.calls) {
      if (std::find(sleeps_.begin(), sleeps_.end(), c.callee) == sleeps_.end() || !path.count(c.function)) continue;
      reportInSource(ctx, owner, c.range,
                     fmt::format("{} sleeps ({}) on the handler's path: the function is billed while it waits{}; wait in a queue "
                                 "delay, a state machine Wait state or a scheduled retry instead",
                                 handlerPhrase(facts, c.function), c.callee, ownerContext(owner, ctx.catalogs())));
    }
  });
}

}  // namespace faaslint::rules
