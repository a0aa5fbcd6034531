#include "rules/security/SecretInSourceRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

SecretInSourceRule::SecretInSourceRule(engine::RuleOptions& o) : patterns_(o.catalogs()) {}

void SecretInSourceRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner) {
    for (const auto& s : facts.strings) {
      const auto* pat = patterns_.match(s.text);
      if (!pat) continue;
      reportInSource(ctx, owner, s.range,
                     fmt::format("This string literal looks like a {}: anyone with the code or the deployment package has it; read it "
                                 "from a secrets manager at start-up and rotate the exposed one",
                                 pat->description));
    }
  });
}

}  // namespace faaslint::rules
