#include "rules/security/SecretInEnvironmentRule.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

SecretInEnvironmentRule::SecretInEnvironmentRule(engine::RuleOptions& o)
    : patterns_(o.catalogs()), minLength_(o.integer("min-length", 1, 4096)),
      minEntropy_(static_cast<double>(o.integer("min-entropy-centibits", 0, 800)) / 100.0) {}

namespace {
double shannonEntropy(std::string_view s) {
  std::array<int, 256> counts{};
  for (unsigned char c : s) ++counts[c];
  double h = 0;
  for (int c : counts) {
    if (!c) continue;
    double p = static_cast<double>(c) / static_cast<double>(s.size());
    h -= p * std::log2(p);
  }
  return h;
}
std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), ::tolower);
  return s;
}
}  // namespace

void SecretInEnvironmentRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  // One report per function; a provider/Globals value many functions inherit becomes one finding
  // in the engine's merge of shared findings.
  const auto& cat = ctx.catalogs();
  auto report = [&](const model::Function& f, const model::EnvVar& e, const std::string& what) {
    ctx.report(
        &f, e.value,
        fmt::format("Environment variable '{}' of {} holds {}; store it in a secrets manager and pass its name", e.key.value, fn(f), what));
  };
  for (const auto& f : p.functions)
    for (const auto& e : f.environment) {
      if (!e.value.known() || e.value.value.empty()) continue;  // references and intrinsics are not secrets
      const std::string& v = e.value.value;
      if (const auto* pat = patterns_.match(v)) {
        report(f, e, fmt::format("what looks like a {}", pat->description));
        continue;
      }
      std::string key = lower(e.key.value);
      bool secretKey = false;
      for (const auto& w : cat.secretKeyWords) secretKey |= key.find(w) != std::string::npos;
      if (!secretKey) continue;
      bool reference = false;
      for (const auto& pre : cat.notSecretValuePrefixes) reference |= v.starts_with(pre);
      if (reference || v.find(' ') != std::string::npos || static_cast<std::int64_t>(v.size()) < minLength_) continue;
      if (shannonEntropy(v) < minEntropy_) continue;
      report(f, e, fmt::format("a literal that looks like a secret ({} characters)", v.size()));
    }
}

}  // namespace faaslint::rules
