#include "rules/duration/SynchronousWaitRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

SynchronousWaitRule::SynchronousWaitRule(engine::RuleOptions& o)
    : waits_(
          o.stringList("wait-functions", {"std::future::get", "std::future::wait", "std::future::wait_for", "std::future::wait_until",
                                          "std::__basic_future::wait", "std::__basic_future::wait_for", "std::__basic_future::wait_until",
                                          "std::shared_future::get", "std::thread::join", "std::condition_variable::wait",
                                          "std::condition_variable::wait_for", "std::condition_variable::wait_until", "pthread_join"})) {}

void SynchronousWaitRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachHandlerCall(p, waits_, [&](const model::SourceProgram& program, const model::Function* owner, const model::CallFact& c) {
    reportInSource(ctx, owner, c.range,
                   fmt::format("{} blocks on {} while the invocation is billed{}; hand the long part to a queue, a state machine or a "
                               "durable function and return",
                               handlerPhrase(program, c.function), c.callee, ownerContext(owner, ctx.catalogs())));
  });
}

}  // namespace faaslint::rules
