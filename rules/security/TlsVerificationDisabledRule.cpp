#include "rules/security/TlsVerificationDisabledRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

TlsVerificationDisabledRule::TlsVerificationDisabledRule(engine::RuleOptions&) {}

void TlsVerificationDisabledRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner) {
    const auto& switches = ctx.catalogs().languageOf(facts.language).tlsSwitches;
    auto in = [](const std::vector<std::string>& list, const std::string& v) {
      return std::find(list.begin(), list.end(), v) != list.end();
    };
    for (const auto& c : facts.calls)
      for (const auto& sw : switches) {
        if (!nameMatches(sw.call, c.callee)) continue;
        std::string what;
        if (!sw.keyword.empty()) {  // requests.get(url, verify=False), { rejectUnauthorized: false }
          auto v = c.named(sw.keyword);
          if (!v || !in(sw.offValues, *v)) continue;
          what = fmt::format("{}={} is passed to {}", sw.keyword, *v, c.callee);
        } else if (sw.optionArg) {  // curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L)
          if (c.args.size() <= std::max(*sw.optionArg, *sw.valueArg)) continue;
          const std::string& option = c.args[*sw.optionArg];
          const std::string& value = c.args[*sw.valueArg];
          if (!in(sw.options, option) || !in(sw.offValues, value)) continue;
          what = fmt::format("{} is set to {}", option, value);
        } else if (sw.valueArg) {  // process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'
          if (c.args.size() <= *sw.valueArg || !in(sw.offValues, c.args[*sw.valueArg])) continue;
          std::string name = c.callee.substr(0, c.callee.size() - (c.callee.ends_with("=") ? 1 : 0));
          what = fmt::format("{} is set to {}", name, c.args[*sw.valueArg]);
        } else {  // ssl._create_unverified_context()
          what = fmt::format("{}() makes a context that does not verify", c.callee);
        }
        reportInSource(ctx, owner, c.range,
                       fmt::format("TLS certificates are not checked ({}), so anyone on the path can read and change the traffic; {}", what,
                                   sw.advice));
        break;
      }
  });
}

}  // namespace faaslint::rules
