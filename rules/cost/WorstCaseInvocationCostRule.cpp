#include "rules/cost/WorstCaseInvocationCostRule.h"

#include <cmath>
#include <fmt/format.h>

#include "rules/RuleSupport.h"
#include "rules/cost/Pricing.h"

namespace faaslint::rules {

WorstCaseInvocationCostRule::WorstCaseInvocationCostRule(engine::RuleOptions& o) : cap_(o.number("max-invocation-cost", 0, 1000)) {}

void WorstCaseInvocationCostRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    const auto* profile = ctx.provider(f);
    if (!profile || f.generatedByFramework) continue;
    // The function is billed until it returns or its timeout stops it: a synchronous caller that
    // gives up earlier (API Gateway after 29 s) does not stop it.
    const auto timeout = effectiveTimeout(f, profile);
    if (!timeout) continue;
    const auto c = cost::invocationCost(f, *profile, static_cast<double>(*timeout));
    if (!c || c->total <= cap_) continue;
    const auto& prices = *c->prices;
    const std::string arithmetic =
        fmt::format("{} MB × {} s = {} GB-s at {} per GB-s ({}{}) + {} per request", cost::grouped(c->memoryMb), cost::grouped(*timeout),
                    cost::grouped(static_cast<std::int64_t>(std::llround(c->gbSeconds))), cost::listed(c->ratePerGbSecond, prices.currency),
                    c->architecture, c->architectureGuessed ? ", the dearer architecture: the manifest's is not known" : "",
                    cost::listed(c->request, prices.currency));
    const std::string message = fmt::format(
        "An invocation of {} that runs until its timeout costs about {}: {}, at {}'s {} list prices read {}; above the policy cap "
        "of {}. Lower the timeout or the memory to what the work needs, or move long work to a queue or a state machine",
        fn(f), cost::money(c->total, prices.currency), arithmetic, profile->name, prices.region, prices.read.str(),
        cost::listed(cap_, prices.currency));
    // At the timeout when it is written (it is what lets the cost run), else at the memory, else
    // at the function; the other value is a note.
    core::Diagnostic* d = nullptr;
    if (f.timeoutS.known())
      d = &ctx.report(&f, f.timeoutS, message);
    else if (f.memoryMb.known())
      d = &ctx.report(&f, f.memoryMb, message);
    else
      d = &ctx.report(&f, f.range, f.path, message);
    if (f.timeoutS.known() && f.memoryMb.known())
      d->notes.push_back({fmt::format("memory: {} MB", cost::grouped(f.memoryMb.value)), f.memoryMb.range});
    d->properties.emplace_back("worst-case-cost-micros", static_cast<std::int64_t>(std::llround(c->total * 1e6)));
    d->properties.emplace_back("currency", prices.currency);
    d->properties.emplace_back("gb-seconds", static_cast<std::int64_t>(std::llround(c->gbSeconds)));
    d->properties.emplace_back("price-source", fmt::format("{} (read {})", prices.source, prices.read.str()));
  }
}

}  // namespace faaslint::rules
