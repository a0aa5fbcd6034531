#include "rules/duration/TimeoutExceedsTriggerRule.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

TimeoutExceedsTriggerRule::TimeoutExceedsTriggerRule(engine::RuleOptions& o)
    : restApiS_(o.integer("rest-api-timeout-seconds", o.catalogs().aws.restApiTimeoutS, 1, 900)),
      httpApiS_(o.integer("http-api-timeout-seconds", o.catalogs().aws.httpApiTimeoutS, 1, 900)) {}

void TimeoutExceedsTriggerRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    auto timeout = effectiveTimeout(f, ctx.catalogs());
    if (!timeout) continue;
    std::string timeoutText = f.timeoutS.known() ? fmt::format("{} s", *timeout) : fmt::format("{} s (the default)", *timeout);
    auto at = [&](std::string msg) -> core::Diagnostic& {
      if (f.timeoutS.known()) return ctx.report(&f, f.timeoutS, std::move(msg));
      return ctx.report(&f, f.range, f.path, std::move(msg));
    };
    // API triggers that cut the request off at the same limit share one finding (one per limit,
    // not one per route), with a note at each trigger.
    struct ApiCap {
      model::TriggerKind kind;
      std::int64_t capMs;
      std::string source;
      std::vector<const model::Trigger*> triggers;
    };
    std::vector<ApiCap> caps;
    for (const auto& t : f.triggers) {
      if (t.kind != model::TriggerKind::RestApi && t.kind != model::TriggerKind::HttpApi) continue;
      std::int64_t capMs = (t.kind == model::TriggerKind::RestApi ? restApiS_ : httpApiS_) * 1000;
      std::string source = t.kind == model::TriggerKind::RestApi ? "the REST API integration limit" : "the HTTP API integration limit";
      if (t.integrationTimeoutMs.known() && t.integrationTimeoutMs.value < capMs) {
        capMs = t.integrationTimeoutMs.value;
        source = "its TimeoutInMillis";
      }
      if (*timeout * 1000 <= capMs) continue;
      auto same = std::find_if(caps.begin(), caps.end(),
                               [&](const ApiCap& c) { return c.kind == t.kind && c.capMs == capMs && c.source == source; });
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
      if (t.kind == model::TriggerKind::Sqs && !t.queueId.empty()) {
        // A queue defined in this manifest without VisibilityTimeout has the platform default.
        const bool isDefault = t.visibilityTimeoutS.absent();
        if (!isDefault && !t.visibilityTimeoutS.known()) continue;
        const std::int64_t visibility = isDefault ? ctx.catalogs().aws.sqsVisibilityDefaultS : t.visibilityTimeoutS.value;
        if (visibility >= *timeout) continue;
        auto& d = at(fmt::format("Timeout of {} is {}, longer than the visibility timeout of queue '{}' ({} s{}); Lambda rejects the "
                                 "mapping, or messages are delivered twice. AWS recommends at least 6x the function timeout",
                                 fn(f), timeoutText, t.queueId, visibility, isDefault ? ", the SQS default" : ""));
        d.notes.push_back({fmt::format("visibility timeout of queue '{}'{}", t.queueId,
                                       isDefault ? fmt::format(" is the default of {} seconds", visibility) : std::string()),
                           t.visibilityTimeoutS.range});
      }
    }
  }
}

}  // namespace faaslint::rules
