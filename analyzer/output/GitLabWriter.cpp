// GitLab Code Quality report: a JSON array of Code Climate issues.
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>

#include "core/Hash.h"
#include "output/Writers.h"

namespace faaslint::output {

void writeGitLab(std::ostream& out, const engine::ScanResult& r, const WriteOptions&) {
  auto severity = [](core::Severity s) {
    switch (s) {
      case core::Severity::Error: return "critical";
      case core::Severity::Warning: return "major";
      case core::Severity::Note: return "info";
    }
    return "info";
  };
  nlohmann::json issues = nlohmann::json::array();
  std::map<std::string, int> seen;  // GitLab keeps one issue per fingerprint: number repeats
  for (const auto& d : r.diagnostics) {
    if (!reported(d)) continue;
    std::string fp = engine::fingerprint(r, d);
    if (int n = seen[fp]++; n > 0) fp = core::hashHex(fmt::format("{}#{}", fp, n));
    std::string path = d.range.valid() ? r.sources.file(d.range.file).path() : d.file;
    std::uint32_t line = d.range.valid() ? r.sources.begin(d.range).line : 1;
    issues.push_back({{"type", "issue"},
                      {"check_name", d.code},
                      {"description", d.message + " [" + d.code + "]"},
                      {"categories", {d.code.starts_with("SEC") ? "Security" : "Bug Risk"}},
                      {"fingerprint", fp},
                      {"severity", severity(d.severity)},
                      {"location", {{"path", path}, {"lines", {{"begin", line}}}}}});
  }
  out << issues.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace faaslint::output
