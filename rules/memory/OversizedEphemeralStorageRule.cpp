#include "rules/memory/OversizedEphemeralStorageRule.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

OversizedEphemeralStorageRule::OversizedEphemeralStorageRule(engine::RuleOptions& o)
    : capMb_(o.integer("max-ephemeral-storage-mb", 2048, 1, 1'000'000)) {}

void OversizedEphemeralStorageRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  const auto& lim = ctx.catalogs().aws;
  for (const auto& f : p.functions) {
    if (!f.ephemeralStorageMb.known()) continue;
    std::int64_t s = f.ephemeralStorageMb.value;
    if (s < lim.ephemeralMinMb || s > lim.ephemeralMaxMb) {
      ctx.report(&f, f.ephemeralStorageMb,
                 fmt::format("Ephemeral storage of {} is {} MB; AWS Lambda accepts {} to {} MB, so the deployment will fail", fn(f), s,
                             lim.ephemeralMinMb, lim.ephemeralMaxMb))
          .severity = core::Severity::Error;
    } else if (s > capMb_) {
      ctx.report(&f, f.ephemeralStorageMb,
                 fmt::format(
                     "Ephemeral storage (/tmp) of {} is {} MB, above the policy cap of {} MB; stream large objects instead of staging them",
                     fn(f), s, capMb_));
    }
  }
}

}  // namespace faaslint::rules
