#include "rules/security/EnvironmentNotEncryptedRule.h"

#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

EnvironmentNotEncryptedRule::EnvironmentNotEncryptedRule(engine::RuleOptions&) {}

void EnvironmentNotEncryptedRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  // Functions sharing one Variables map (SAM Globals, provider.environment) report at the same
  // place with the same words; the engine merges those into one finding naming them all.
  for (const auto& f : p.functions) {
    if (f.environment.empty() && !f.environmentUnknown) continue;  // nothing to encrypt
    if (f.encryptionKey.present()) continue;
    const auto* profile = ctx.provider(f);
    if (!profile || profile->customerManagedKey.empty()) continue;  // no such setting there
    ctx.report(&f, f.environmentRange, f.environmentPath,
               fmt::format("Environment variables of {} have no {}: they are encrypted only with the {}-managed key", fn(f),
                           profile->customerManagedKey, profile->vendor));
  }
}

}  // namespace faaslint::rules
