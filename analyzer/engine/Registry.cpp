#include "engine/Registry.h"

#include "AllRules.h"  // generated from rules/Rules.def by cmake/Registries.cmake

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

namespace {
template <class R> std::unique_ptr<Rule> make(RuleOptions& o) { return std::make_unique<R>(o); }
}  // namespace

const std::vector<RuleInfo>& allRules() {
  using core::Severity;
  static const std::vector<RuleInfo> rules = {
#define FAASLINT_RULE(code, cls, name, family, sev, secsev, precision, cwe, summary, applies)                                              \
  {#code, name, #family, Severity::sev, secsev, precision, cwe, summary, applies, &make<rules::cls>},
#define FAASLINT_TOOL_CODE(code, name, sev, summary) {#code, name, "tool", Severity::sev, "", "very-high", "", summary, "*", nullptr},
#include "rules/Rules.def"
#undef FAASLINT_RULE
#undef FAASLINT_TOOL_CODE
  };
  return rules;
}

const RuleInfo* findRule(std::string_view key) {
  for (const auto& r : allRules())
    if (r.code == key || r.name == key) return &r;
  return nullptr;
}

bool codeMatches(std::string_view code, std::string_view pattern) {
  if (pattern.empty()) return false;
  if (const auto* r = findRule(pattern); r && r->name == pattern) return code == r->code;
  return code.starts_with(pattern);
}

}  // namespace faaslint::engine
