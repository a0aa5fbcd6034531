#include "rules/cost/DenialOfWalletRule.h"

#include <cmath>
#include <fmt/format.h>

#include "rules/RuleSupport.h"
#include "rules/cost/Pricing.h"

namespace faaslint::rules {

DenialOfWalletRule::DenialOfWalletRule(engine::RuleOptions& o) : concurrency_(o.integer("account-concurrency", 1, 1'000'000)) {}

void DenialOfWalletRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    // A function URL with AuthType NONE takes requests from anyone, and a URL has no throttling
    // of its own: only the function's reserved concurrency caps how many copies run (and bill)
    // at once. (API routes are not judged here yet: their stage throttling and usage plans are
    // not read, and would cap them.)
    if (f.generatedByFramework || !f.aws.url || !f.aws.url->authType.known() || f.aws.url->authType.value != "NONE") continue;
    if (f.reservedConcurrency.present()) continue;  // capped, or known only at deploy time
    const auto* profile = ctx.provider(f);
    const auto timeout = profile ? effectiveTimeout(f, profile) : std::nullopt;
    if (!timeout || *timeout <= 0) continue;
    // One copy busy for an hour: memory × 3,600 s, plus a request each time it starts again.
    const auto hour = cost::invocationCost(f, *profile, 3600.0);
    if (!hour) continue;
    const auto& prices = *hour->prices;
    const double perHour = static_cast<double>(concurrency_) *
                           (hour->gbSeconds * hour->ratePerGbSecond + hour->request * (3600.0 / static_cast<double>(*timeout)));
    auto& d = ctx.report(
        &f, f.aws.url->authType,
        fmt::format("Anyone can invoke {} through its URL (AuthType NONE) and no reserved concurrency caps it: at {} copies at once "
                    "(the account's concurrency) it can be run up to about {} an hour ({} × {} MB × 3,600 s at {} per GB-s, {} list "
                    "prices, {}). Set ReservedConcurrentExecutions (Serverless Framework: reservedConcurrency) to the most the function "
                    "needs, or require AWS_IAM",
                    fn(f), cost::grouped(concurrency_), cost::money(perHour, prices.currency), cost::grouped(concurrency_),
                    cost::grouped(hour->memoryMb), cost::listed(hour->ratePerGbSecond, prices.currency), profile->name, prices.region));
    d.notes.push_back({"no ReservedConcurrentExecutions on the function", f.range});
    d.properties.emplace_back("cost-per-hour-micros", static_cast<std::int64_t>(std::llround(perHour * 1e6)));
    d.properties.emplace_back("currency", prices.currency);
    d.properties.emplace_back("concurrency", concurrency_);
  }
}

}  // namespace faaslint::rules
