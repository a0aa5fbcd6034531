#include "rules/security/TlsVerificationDisabledRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

TlsVerificationDisabledRule::TlsVerificationDisabledRule(engine::RuleOptions&) {}

void TlsVerificationDisabledRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner) {
    for (const auto& c : facts.calls) {
      if (c.callee != "curl_easy_setopt" || c.args.size() < 3) continue;
      const std::string& option = c.args[1];
      const std::string& value = c.args[2];
      if (option != "CURLOPT_SSL_VERIFYPEER" && option != "CURLOPT_SSL_VERIFYHOST") continue;
      if (value != "0" && value != "0L" && value != "false") continue;
      reportInSource(ctx, owner, c.range,
                     fmt::format("{} is set to {}: TLS certificates are not checked, so anyone on the path can read and change the "
                                 "traffic; remove the option (libcurl verifies by default) or give a CA bundle with CURLOPT_CAINFO",
                                 option, value));
    }
  });
}

}  // namespace faaslint::rules
