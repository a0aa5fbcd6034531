#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>

#include "core/Embedded.h"
#include "engine/Registry.h"
#include "output/Writers.h"

namespace faaslint::output {
namespace {

using nlohmann::json;

const char* level(core::Severity s) {
  switch (s) {
    case core::Severity::Error: return "error";
    case core::Severity::Warning: return "warning";
    case core::Severity::Note: return "note";
  }
  return "note";
}

json region(const engine::ScanResult& r, const core::Range& range) {
  const auto& f = r.sources.file(range.file);
  auto b = f.position(range.begin);
  auto e = f.position(std::max(range.end, range.begin));
  if (e.line == b.line && e.column <= b.column) e.column = b.column + 1;  // never an empty or inverted region
  return {{"startLine", b.line}, {"startColumn", b.column}, {"endLine", e.line}, {"endColumn", e.column}};
}

json physical(const engine::ScanResult& r, const core::Range& range) {
  return {{"artifactLocation", {{"uri", r.sources.file(range.file).path()}, {"uriBaseId", "%SRCROOT%"}}}, {"region", region(r, range)}};
}

/// The exact region of an edit (an insertion is an empty region), as SARIF's replacements take it.
json editRegion(const engine::ScanResult& r, const core::Range& range) {
  const auto& f = r.sources.file(range.file);
  const auto b = f.position(range.begin), e = f.position(std::max(range.end, range.begin));
  return {{"startLine", b.line}, {"startColumn", b.column}, {"endLine", e.line}, {"endColumn", e.column}};
}

/// A rule's certain fixes as SARIF `fixes`: each a set of replacements per file.
json fixesJson(const engine::ScanResult& r, const core::Diagnostic& d) {
  json fixes = json::array();
  for (const auto& fix : d.fixes) {
    std::map<core::FileId, json> byFile;
    for (const auto& e : fix.edits)
      if (e.range.valid())
        byFile[e.range.file].push_back({{"deletedRegion", editRegion(r, e.range)}, {"insertedContent", {{"text", e.replacement}}}});
    if (byFile.empty()) continue;
    json changes = json::array();
    for (auto& [file, replacements] : byFile)
      changes.push_back({{"artifactLocation", {{"uri", r.sources.file(file).path()}, {"uriBaseId", "%SRCROOT%"}}},
                         {"replacements", std::move(replacements)}});
    fixes.push_back({{"description", {{"text", fix.description}}}, {"artifactChanges", std::move(changes)}});
  }
  return fixes;
}

json ruleDescriptor(const engine::RuleInfo& info) {
  std::string doc = std::string(embedded::find(info.docPath()).value_or(""));
  json tags = json::array();
  tags.push_back(std::string(info.family));
  if (!info.cwe.empty()) tags.push_back("external/cwe/cwe-" + std::string(info.cwe.substr(4)));
  json props = {{"tags", tags}, {"precision", std::string(info.precision)}};
  if (!info.securitySeverity.empty()) props["security-severity"] = std::string(info.securitySeverity);
  std::string summary(info.summary);
  return {{"id", std::string(info.code)},
          {"name", std::string(info.name)},
          {"shortDescription", {{"text", summary}}},
          {"fullDescription", {{"text", summary}}},
          {"help", {{"text", fmt::format("{} See {}", summary, info.helpUri())}, {"markdown", doc.empty() ? summary : doc}}},
          {"helpUri", info.helpUri()},
          {"defaultConfiguration", {{"level", level(info.defaultSeverity)}}},
          {"properties", props}};
}

}  // namespace

void writeSarif(std::ostream& out, const engine::ScanResult& r, const WriteOptions& o) {
  json rules = json::array();
  std::map<std::string, int> ruleIndex;
  static const engine::RuleTable kNone;
  for (const auto& info : r.rules ? *r.rules : kNone) {
    ruleIndex[std::string(info.code)] = static_cast<int>(rules.size());
    rules.push_back(ruleDescriptor(info));
  }
  constexpr std::size_t kMaxResults = 25000;  // GitHub's limit per run
  json results = json::array();
  for (const auto& d : r.diagnostics) {
    if (results.size() >= kMaxResults || !d.range.valid()) continue;
    json res = {{"ruleId", d.code},
                {"ruleIndex", ruleIndex.count(d.code) ? ruleIndex[d.code] : 0},
                {"level", level(d.severity)},
                {"message", {{"text", d.message}}},
                {"locations", json::array({{{"physicalLocation", physical(r, d.range)}}})},
                {"partialFingerprints", {{"primaryLocationLineHash", engine::fingerprint(r, d)}}}};
    if (d.baseline != core::BaselineState::None) res["baselineState"] = d.baseline == core::BaselineState::New ? "new" : "unchanged";
    if (!d.logicalPath.empty())
      res["locations"][0]["logicalLocations"] = json::array({{{"fullyQualifiedName", d.logicalPath}, {"kind", "member"}}});
    json related = json::array();
    int id = 1;
    for (const auto& n : d.notes)
      if (n.range.valid())
        related.push_back({{"id", id++}, {"message", {{"text", n.message}}}, {"physicalLocation", physical(r, n.range)}});
    if (!related.empty()) res["relatedLocations"] = related;
    if (!d.properties.empty()) res["properties"] = propertiesJson(d);
    if (json fixes = fixesJson(r, d); !fixes.empty()) res["fixes"] = std::move(fixes);
    results.push_back(std::move(res));
  }
  json run = {{"tool",
               {{"driver",
                 {{"name", "faaslint"},
                  {"version", FAASLINT_VERSION},
                  {"semanticVersion", FAASLINT_VERSION},
                  {"informationUri", "https://github.com/faaslint/faaslint"},
                  {"rules", rules}}}}},
              {"originalUriBaseIds", {{"%SRCROOT%", {{"description", {{"text", "The directory faaslint was run from."}}}}}}},
              {"columnKind", "utf16CodeUnits"},
              {"results", results}};
  // What was not scanned, and why, where a SARIF viewer shows the tool's own notices: input
  // problems as errors (the run did not do all it was asked), skipped inputs as notes.
  json notices = json::array();
  auto notice = [&](const std::string& level, const std::string& path, const std::string& text) {
    notices.push_back({{"level", level},
                       {"message", {{"text", text}}},
                       {"locations", json::array({{{"physicalLocation", {{"artifactLocation", {{"uri", path}}}}}}})}});
  };
  for (const auto& e : r.errors) notice("error", e.path, e.message);
  for (const auto& s : r.skipped) notice("note", s.path, "Skipped: " + s.message + ".");
  run["invocations"] = json::array({{{"executionSuccessful", r.errors.empty()}}});
  if (!notices.empty()) run["invocations"][0]["toolExecutionNotifications"] = notices;
  if (!o.category.empty()) run["automationDetails"] = {{"id", o.category}};
  json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"}, {"runs", json::array({run})}};
  out << log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace faaslint::output
