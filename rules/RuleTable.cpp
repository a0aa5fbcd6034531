#include "rules/RuleTable.h"

#include "AllRules.h"  // generated from rules/Rules.def by cmake/Registries.cmake

namespace faaslint::rules {
namespace {
template <class R> std::unique_ptr<engine::Rule> make(engine::RuleOptions& o) { return std::make_unique<R>(o); }
}  // namespace

const engine::RuleTable& table() {
  using core::Severity;
  static const engine::RuleTable rules = {
#define FAASLINT_RULE(code, cls, name, family, sev, secsev, precision, cwe, summary, applies)                                              \
  {#code, name, #family, Severity::sev, secsev, precision, cwe, summary, applies, &make<cls>},
#define FAASLINT_TOOL_CODE(code, name, sev, summary) {#code, name, "tool", Severity::sev, "", "very-high", "", summary, "*", nullptr},
#include "rules/Rules.def"
#undef FAASLINT_RULE
#undef FAASLINT_TOOL_CODE
  };
  return rules;
}

}  // namespace faaslint::rules
