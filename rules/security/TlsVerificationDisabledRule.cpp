#include "rules/security/TlsVerificationDisabledRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

TlsVerificationDisabledRule::TlsVerificationDisabledRule(engine::RuleOptions&) {}

void TlsVerificationDisabledRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner) {
    const auto& switches = ctx.catalogs().languageOf(facts.language).tlsSwitches;
    for (const auto& c : facts.calls)
      for (const auto& sw : switches) {
        if (c.callee != sw.call || c.args.size() <= std::max(sw.optionArg, sw.valueArg)) continue;
        const std::string& option = c.args[sw.optionArg];
        const std::string& value = c.args[sw.valueArg];
        auto in = [](const std::vector<std::string>& list, const std::string& v) {
          return std::find(list.begin(), list.end(), v) != list.end();
        };
        if (!in(sw.options, option) || !in(sw.offValues, value)) continue;
        reportInSource(ctx, owner, c.range,
                       fmt::format("{} is set to {}: TLS certificates are not checked, so anyone on the path can read and change the "
                                   "traffic; {}",
                                   option, value, sw.advice));
      }
  });
}

}  // namespace faaslint::rules
