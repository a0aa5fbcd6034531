#include <nlohmann/json.hpp>
#include <variant>

#include "core/Hash.h"
#include "output/Writers.h"

namespace faaslint::output {

namespace {
nlohmann::json location(const engine::ScanResult& r, const core::Range& range) {
  const auto& f = r.sources.file(range.file);
  auto b = f.position(range.begin), e = f.position(range.end);
  return {{"file", f.path()}, {"line", b.line}, {"column", b.column}, {"endLine", e.line}, {"endColumn", e.column}};
}
}  // namespace

nlohmann::json propertiesJson(const core::Diagnostic& d) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [key, value] : d.properties) std::visit([&, k = key](const auto& v) { out[k] = v; }, value);
  return out;
}

void writeJson(std::ostream& out, const engine::ScanResult& r, const WriteOptions&) {
  nlohmann::json diags = nlohmann::json::array();
  for (const auto& d : r.diagnostics) {
    if (!reported(d)) continue;
    nlohmann::json j = {{"code", d.code},         {"severity", core::severityName(d.severity)},
                        {"message", d.message},   {"logicalPath", d.logicalPath},
                        {"function", d.function}, {"fingerprint", engine::fingerprint(r, d)}};
    if (d.range.valid())
      j["location"] = location(r, d.range);
    else
      j["location"] = {{"file", d.file}};
    nlohmann::json notes = nlohmann::json::array();
    for (const auto& n : d.notes)
      if (n.range.valid()) notes.push_back({{"message", n.message}, {"location", location(r, n.range)}});
    j["notes"] = notes;
    if (!d.properties.empty()) j["properties"] = propertiesJson(d);
    diags.push_back(std::move(j));
  }
  nlohmann::json errors = nlohmann::json::array();
  for (const auto& e : r.errors) errors.push_back({{"path", e.path}, {"message", e.message}});
  nlohmann::json skipped = nlohmann::json::array();
  for (const auto& s : r.skipped) skipped.push_back({{"path", s.path}, {"reason", s.message}});
  nlohmann::json doc = {{"tool", "faaslint"},   {"version", FAASLINT_VERSION},
                        {"diagnostics", diags}, {"errors", errors},
                        {"skipped", skipped},   {"summary", {{"manifests", r.manifests}, {"functions", r.functions}}}};
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace faaslint::output
