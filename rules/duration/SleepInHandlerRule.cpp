#include "rules/duration/SleepInHandlerRule.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fmt/format.h>

#include "rules/RuleSupport.h"
#include "rules/cost/Pricing.h"

namespace faaslint::rules {
namespace {

/// The seconds a sleep call waits when its duration is a literal the language's catalog says how
/// to read (`time.sleep(30)`, `setTimeout(r, 5000)`); nullopt otherwise.
std::optional<double> sleepSeconds(const policy::LanguageCatalog& lang, const model::CallFact& c) {
  for (const auto& d : lang.sleepDurations) {
    if (!anyMatches(d.calls, c.callee) || d.argument >= c.args.size()) continue;
    std::string text = c.args[d.argument];
    text.erase(std::remove(text.begin(), text.end(), '_'), text.end());  // 1_000 (Python, JavaScript)
    double units = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), units);
    if (ec != std::errc() || end != text.data() + text.size() || units <= 0) return std::nullopt;
    return units * d.secondsPerUnit;
  }
  return std::nullopt;
}

/// What the function is billed for sleeping, at its provider's list prices: the phrase for the
/// message ("; this 30 s wait costs about $0.0005 per invocation at 1,024 MB ($500.00 per
/// million invocations, ...)") and the cost per million invocations in micro-units.
struct PaidWait {
  std::string phrase;
  std::int64_t perMillionMicros = 0;
};

std::optional<PaidWait> paidWait(const model::Function* owner, const engine::RuleContext& ctx, double seconds) {
  const auto* profile = owner ? ctx.provider(*owner) : nullptr;
  // A wait longer than the timeout is billed until the timeout stops it.
  const auto timeout = profile ? effectiveTimeout(*owner, profile) : std::nullopt;
  const bool cut = timeout && seconds > static_cast<double>(*timeout);
  const auto c = profile ? cost::invocationCost(*owner, *profile, cut ? static_cast<double>(*timeout) : seconds) : std::nullopt;
  if (!c) return std::nullopt;
  const double wait = c->gbSeconds * c->ratePerGbSecond;  // the sleep itself, without the request
  const std::string duration = seconds >= 1 ? fmt::format("{:g} s", seconds) : fmt::format("{:g} ms", seconds * 1000);
  const std::string stopped = cut ? fmt::format(" (stopped by the {} s timeout)", *timeout) : "";
  return PaidWait{fmt::format("; this {} wait{} costs about {} per invocation at {} MB ({} per million invocations, {} list prices)",
                              duration, stopped, cost::money(wait, c->prices->currency), cost::grouped(c->memoryMb),
                              cost::money(wait * 1e6, c->prices->currency), profile->name),
                  static_cast<std::int64_t>(std::llround(wait * 1e12))};
}

}  // namespace

SleepInHandlerRule::SleepInHandlerRule(engine::RuleOptions& o) : sleeps_(o.stringList("sleep-functions", {}, kLanguageCatalogs)) {}

void SleepInHandlerRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  auto sleeps = [](const policy::LanguageCatalog& l) -> const auto& { return l.sleeps; };
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner, const model::SourceProgram& program) {
    const auto& lang = ctx.catalogs().languageOf(facts.language);
    const auto& callees = languageList(sleeps_, sleeps(lang));
    const auto& path = program.handlerPath();
    for (const auto& c : facts.calls) {
      if (!path.count(c.function) || !anyMatches(callees, c.callee)) continue;
      const auto seconds = sleepSeconds(lang, c);
      const auto price = seconds ? paidWait(owner, ctx, *seconds) : std::nullopt;
      auto& d =
          reportInSource(ctx, owner, c.range,
                         fmt::format("{} sleeps ({}) on the handler's path: the function is billed while it waits{}{}; wait in a "
                                     "queue delay, a state machine Wait state or a scheduled retry instead",
                                     handlerSubject(program, c.function), c.callee, ownerContext(owner, ctx), price ? price->phrase : ""));
      if (price) d.properties.emplace_back("wait-cost-per-million-micros", price->perMillionMicros);
    }
  });
}

}  // namespace faaslint::rules
