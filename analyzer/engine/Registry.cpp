#include "engine/Registry.h"

namespace faaslint::engine {

std::string RuleInfo::docPath() const { return "docs/rules/" + std::string(family) + "/" + std::string(name) + ".md"; }

bool RuleInfo::appliesTo(std::string_view provider) const {
  if (providers == "*") return true;
  std::string_view rest = providers;
  while (!rest.empty()) {
    auto comma = rest.find(',');
    if (rest.substr(0, comma) == provider) return true;
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  return false;
}

std::string RuleInfo::helpUri() const { return "https://github.com/faaslint/faaslint/blob/main/" + docPath(); }

const RuleInfo* findRule(const RuleTable& rules, std::string_view key) {
  for (const auto& r : rules)
    if (r.code == key || r.name == key) return &r;
  return nullptr;
}

bool codeMatches(const RuleTable& rules, std::string_view code, std::string_view pattern) {
  if (pattern.empty()) return false;
  if (const auto* r = findRule(rules, pattern); r && r->name == pattern) return code == r->code;
  return code.starts_with(pattern);
}

std::unique_ptr<Rule> createRule(const RuleInfo& info, const policy::Policy& policy, const policy::Catalogs& catalogs,
                                 std::vector<core::Diagnostic>& diagnostics, std::vector<OptionSpec>* specs) {
  RuleOptions options(catalogs);
  if (const auto* pack = policy.packSetting(info.code))
    for (const auto& [k, v] : pack->options) options.setDefault(k, v);
  if (const auto* s = policy.setting(info.code))
    for (const auto& [k, v] : s->options) options.set(k, v);
  auto rule = info.create(options);
  for (auto& d : options.finish(std::string(info.code))) diagnostics.push_back(std::move(d));
  if (specs) *specs = options.specs();
  return rule;
}

}  // namespace faaslint::engine
