#include "rules/duration/TimeoutExceedsTriggerRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

namespace {
constexpr const char* kAwsProfile = "policies/catalogs/providers/aws.yaml";
/// The synchronous caller's cap of a trigger kind on AWS, for the options' defaults. Without the
/// AWS profile the catalogs already failed to load (exit 2), so the option's lower bound stands in.
std::int64_t awsCallerTimeout(const engine::RuleOptions& o, model::TriggerKind k) {
  const auto* aws = o.catalogs().provider("aws");
  const auto* t = aws ? aws->trigger(k) : nullptr;
  return t && t->callerTimeoutS ? *t->callerTimeoutS : 1;
}
}  // namespace

TimeoutExceedsTriggerRule::TimeoutExceedsTriggerRule(engine::RuleOptions& o)
    : restApiS_(o.integer("rest-api-timeout-seconds", awsCallerTimeout(o, model::TriggerKind::RestApi), 1, 900, kAwsProfile)),
      httpApiS_(o.integer("http-api-timeout-seconds", awsCallerTimeout(o, model::TriggerKind::HttpApi), 1, 900, kAwsProfile)) {}

void TimeoutExceedsTriggerRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    const auto* profile = ctx.provider(f);
    if (!profile) continue;
    auto timeout = effectiveTimeout(f, profile);
    if (!timeout) continue;
    std::string timeoutText = f.timeoutS.known() ? fmt::format("{} s", *timeout) : fmt::format("{} s (the default)", *timeout);
    auto at = [&](std::string msg) -> core::Diagnostic& {
      if (f.timeoutS.known()) return ctx.report(&f, f.timeoutS, std::move(msg));
      return ctx.report(&f, f.range, f.path, std::move(msg));
    };
    // Triggers that cut the request off at the same limit share one finding (one per limit, not
    // one per route), with a note at each trigger.
    struct CallerCap {
      model::TriggerKind kind;
      std::int64_t capMs;
      std::string source;
      std::vector<const model::Trigger*> triggers;
    };
    std::vector<CallerCap> caps;
    for (const auto& t : f.triggers) {
      const providers::TriggerProfile* tp = profile->trigger(t.kind);
      if (!tp || tp->invocation != model::Invocation::Synchronous || !tp->callerTimeoutS) continue;
      if (!t.callerDoesNotWait.empty()) continue;  // streaming or asynchronous: the cap does not cut the run off
      std::int64_t capMs = (t.kind == model::TriggerKind::RestApi   ? restApiS_
                            : t.kind == model::TriggerKind::HttpApi ? httpApiS_
                                                                    : *tp->callerTimeoutS) *
                           1000;
      std::string source = tp->limit;
      if (t.integrationTimeoutMs.known() && t.integrationTimeoutMs.value < capMs) {
        capMs = t.integrationTimeoutMs.value;
        source = "its TimeoutInMillis";
      }
      if (*timeout * 1000 <= capMs) continue;
      // The platform's own default timeout is not a choice the manifest made (Azure's 5 minutes
      // against its 230 s HTTP limit): only a timeout that was set is reported.
      if (!f.timeoutS.known() && !t.integrationTimeoutMs.known()) continue;
      auto same = std::find_if(caps.begin(), caps.end(),
                               [&](const CallerCap& c) { return c.kind == t.kind && c.capMs == capMs && c.source == source; });
      if (same == caps.end())
        caps.push_back({t.kind, capMs, source, {&t}});
      else
        same->triggers.push_back(&t);
    }
    for (const auto& c : caps) {
      std::string names;
      for (const auto* t : c.triggers) names += fmt::format("{}'{}'", names.empty() ? "" : ", ", t->name);
      const bool many = c.triggers.size() > 1;
      auto& d = at(fmt::format(
          "Timeout of {} is {}, but {} trigger{} {} give{} up after {} ({}); callers get an error while the function keeps running", fn(f),
          timeoutText, model::triggerKindName(c.kind), many ? "s" : "", names, many ? "" : "s",
          c.capMs % 1000 == 0 ? fmt::format("{} s", c.capMs / 1000) : fmt::format("{} ms", c.capMs), c.source));
      for (const auto* t : c.triggers) d.notes.push_back({fmt::format("trigger '{}' is defined here", t->name), t->range});
    }
    for (const auto& t : f.triggers) {
      if (t.kind == model::TriggerKind::Sqs && !t.sourceId.empty()) {
        // A queue defined in this manifest without VisibilityTimeout has the platform default.
        const bool isDefault = t.visibilityTimeoutS.absent();
        if (!isDefault && !t.visibilityTimeoutS.known()) continue;
        if (isDefault && !profile->queueVisibilityDefaultS) continue;
        const std::int64_t visibility = isDefault ? *profile->queueVisibilityDefaultS : t.visibilityTimeoutS.value;
        if (visibility >= *timeout) continue;
        auto& d = at(fmt::format("Timeout of {} is {}, longer than the visibility timeout of queue '{}' ({} s{}); Lambda rejects the "
                                 "mapping, or messages are delivered twice. AWS recommends at least 6x the function timeout",
                                 fn(f), timeoutText, t.sourceId, visibility, isDefault ? ", the SQS default" : ""));
        d.notes.push_back({fmt::format("visibility timeout of queue '{}'{}", t.sourceId,
                                       isDefault ? fmt::format(" is the default of {} seconds", visibility) : std::string()),
                           t.visibilityTimeoutS.range});
      }
    }
  }
}

}  // namespace faaslint::rules
