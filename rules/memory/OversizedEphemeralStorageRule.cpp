#include "rules/memory/OversizedEphemeralStorageRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

OversizedEphemeralStorageRule::OversizedEphemeralStorageRule(engine::RuleOptions& o)
    : capMb_(o.integer("max-ephemeral-storage-mb", 1, 1'000'000)) {}

void OversizedEphemeralStorageRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    if (!f.ephemeralStorageMb.known()) continue;
    const auto* profile = ctx.provider(f);
    const std::int64_t s = f.ephemeralStorageMb.value;
    if (profile && profile->ephemeralStorageMb && !profile->ephemeralStorageMb->contains(s)) {
      ctx.report(&f, f.ephemeralStorageMb,
                 fmt::format("Ephemeral storage of {} is {} MB; {} accepts {} MB, so the deployment will fail", fn(f), s, profile->name,
                             acceptedValues(*profile->ephemeralStorageMb, {})))
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
