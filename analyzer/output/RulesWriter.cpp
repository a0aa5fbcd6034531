// The rule list, for `faaslint rules` and for the generated docs index (docs/rules/README.md).
#include <algorithm>
#include <fmt/format.h>
#include <vector>

#include "engine/Registry.h"
#include "output/Writers.h"

namespace faaslint::output {

void writeRulesTable(std::ostream& out, const engine::RuleTable& rules) {
  out << fmt::format("{:<7} {:<30} {:<11} {:<8} {}\n", "CODE", "NAME", "FAMILY", "DEFAULT", "SUMMARY");
  for (const auto& r : rules)
    out << fmt::format("{:<7} {:<30} {:<11} {:<8} {}\n", r.code, r.name, r.family, core::severityName(r.defaultSeverity), r.summary);
}

void writeRulesIndex(std::ostream& out, const engine::RuleTable& rules) {
  out << "# Rules\n\n"
         "<!-- Generated from rules/Rules.def by `faaslint rules --format markdown`; a test fails when it\n"
         "     drifts. Regenerate with scripts/update-golden.sh. -->\n\n"
         "Every rule can be switched off, given another severity or tuned in `.faaslint.yaml`\n"
         "(see [configuration](../configuration.md)). `faaslint explain CODE` prints a rule's page.\n";
  auto title = [](std::string_view family) -> std::string_view {
    if (family == "security") return "Security misconfiguration";
    if (family == "lockin") return "Vendor lock-in";
    if (family == "memory") return "Oversized memory";
    if (family == "duration") return "Long-running work and timeouts";
    if (family == "operations") return "Operational hygiene";
    if (family == "cost") return "Cost";
    if (family == "tool") return "faaslint's own findings";
    return family;  // a new family still gets listed, under its id
  };
  // Families in the order Rules.def first names them, so no rule can be left out.
  std::vector<std::string_view> families;
  for (const auto& r : rules)
    if (std::find(families.begin(), families.end(), r.family) == families.end()) families.push_back(r.family);
  for (auto family : families) {
    out << fmt::format("\n## {}\n\n| Code | Name | Default | Checks |\n|---|---|---|---|\n", title(family));
    for (const auto& r : rules) {
      if (r.family != family) continue;
      std::string doc = r.docPath().substr(std::string_view("docs/rules/").size());
      out << fmt::format("| {} | [{}]({}) | {} | {} |\n", r.code, r.name, doc, core::severityName(r.defaultSeverity), r.summary);
    }
  }
}

}  // namespace faaslint::output
