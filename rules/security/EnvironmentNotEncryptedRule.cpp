#include "rules/security/EnvironmentNotEncryptedRule.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

EnvironmentNotEncryptedRule::EnvironmentNotEncryptedRule(engine::RuleOptions&) {}

void EnvironmentNotEncryptedRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  // Functions sharing one Variables map (SAM Globals) get one finding there, naming them all.
  std::vector<std::pair<core::Range, std::vector<const model::Function*>>> groups;
  for (const auto& f : p.functions) {
    if (f.environment.empty() && !f.environmentUnknown) continue;  // nothing to encrypt
    if (f.kmsKeyArn.present()) continue;
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == f.environmentRange; });
    if (it == groups.end())
      groups.push_back({f.environmentRange, {&f}});
    else
      it->second.push_back(&f);
  }
  for (const auto& [range, fns] : groups) {
    std::vector<std::string> names;
    for (const auto* f : fns) names.push_back("'" + f->name + "'");
    ctx.report(fns.front(), range, fns.front()->environmentPath,
               fmt::format("Environment variables of function {} have no KmsKeyArn: they are encrypted only with the AWS-managed key",
                           fmt::join(names, ", ")));
  }
}

}  // namespace faaslint::rules
