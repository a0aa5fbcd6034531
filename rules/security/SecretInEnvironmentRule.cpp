#include "rules/security/SecretInEnvironmentRule.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <map>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

SecretInEnvironmentRule::SecretInEnvironmentRule(engine::RuleOptions& o)
    : patterns_(o.catalogs()), minLength_(o.integer("min-length", 12, 1, 4096)),
      minEntropy_(static_cast<double>(o.integer("min-entropy-centibits", 300, 0, 800)) / 100.0) {}

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
  const auto& cat = ctx.catalogs();
  // One finding per written value: a provider/Globals variable inherited by many functions is
  // one secret in one place, reported once with every function that gets it.
  struct Hit {
    const model::Function* f;
    const model::EnvVar* e;
    std::string what;
    std::vector<std::string> functions;
  };
  std::vector<Hit> hits;
  std::map<std::pair<core::FileId, std::uint32_t>, std::size_t> byPlace;
  auto add = [&](const model::Function& f, const model::EnvVar& e, std::string what) {
    auto place = std::make_pair(e.value.range.file, e.value.range.begin);
    if (auto it = byPlace.find(place); it != byPlace.end() && e.value.range.valid()) {
      hits[it->second].functions.push_back(f.name);
      return;
    }
    byPlace[place] = hits.size();
    hits.push_back({&f, &e, std::move(what), {f.name}});
  };
  for (const auto& f : p.functions)
    for (const auto& e : f.environment) {
      if (!e.value.known() || e.value.value.empty()) continue;  // references and intrinsics are not secrets
      const std::string& v = e.value.value;
      if (const auto* pat = patterns_.match(v)) {
        add(f, e, fmt::format("what looks like a {}", pat->description));
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
      add(f, e, fmt::format("a literal that looks like a secret ({} characters)", v.size()));
    }
  for (const auto& h : hits) {
    std::string msg = fmt::format("Environment variable '{}' of {} holds {}; store it in a secrets manager and pass its name",
                                  h.e->key.value, functionList(h.functions), h.what);
    if (h.functions.size() == 1)
      ctx.report(h.f, h.e->value, std::move(msg));  // with the note saying where it was inherited
    else
      ctx.report(h.f, h.e->value.range, h.e->value.path, std::move(msg));
  }
}

}  // namespace faaslint::rules
