#include "rules/duration/PollingLoopRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

PollingLoopRule::PollingLoopRule(engine::RuleOptions& o) : sleeps_(o.stringList("sleep-functions", {}, kLanguageCatalogs)) {}

void PollingLoopRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner, const model::SourceProgram& program) {
    const auto& path = program.handlerPath();
    const auto& sleeps = languageList(sleeps_, ctx.catalogs().languageOf(facts.language).sleeps);
    for (const auto& l : facts.loops) {
      if (!path.count(l.function)) continue;
      const model::CallFact* sleep = nullptr;
      for (const auto& c : facts.calls)
        if (c.range.file == l.extent.file && c.range.begin >= l.extent.begin && c.range.begin < l.extent.end &&
            std::find(sleeps.begin(), sleeps.end(), c.callee) != sleeps.end())
          sleep = &c;
      // A count the event chooses: in this function, or passed down into one of its parameters.
      const bool ownEvent = l.countFromEvent || isEventParam(program, l.function, l.countParams);
      const model::CallFact* countSource = ownEvent ? nullptr : eventIntoParams(program, l.function, l.countParams);
      const bool eventCount = ownEvent || countSource;
      if (l.boundedExit && !sleep && !eventCount) continue;
      if (l.boundedExit && !sleep) {
        auto& d = reportInSource(ctx, owner, l.range,
                                 fmt::format("A loop in {} runs as many times as a number in the event says, so any caller can "
                                             "keep the invocation busy until its timeout{}; check the number against a limit "
                                             "(or clamp it) before the loop",
                                             handlerPhrase(program, l.function), ownerContext(owner, ctx)));
        if (countSource)
          d.notes.push_back({fmt::format("the number from the event is passed to '{}' here", countSource->callee), countSource->range});
        continue;
      }
      std::string what = !l.boundedExit ? "has no bounded exit (no condition that can end it, no break or return)"
                                        : fmt::format("polls: it sleeps ({}) between attempts", sleep->callee);
      auto& d = reportInSource(ctx, owner, l.range,
                               fmt::format("A loop in {} {}, so the invocation can run until its timeout{}; let an event, a queue "
                                           "or a state machine drive the waiting",
                                           handlerPhrase(program, l.function), what, ownerContext(owner, ctx)));
      if (sleep) d.notes.push_back({"the sleep is here", sleep->range});
    }
  });
}

}  // namespace faaslint::rules
