#include "engine/Suppressions.h"

#include <fmt/format.h>
#include <fnmatch.h>
#include <map>
#include <optional>
#include <re2/re2.h>

#include "engine/Registry.h"

namespace faaslint::engine {

bool unsuppressible(std::string_view code) { return code == "FL000" || code == "FL001" || code == "FL006" || code == "FL007"; }

bool covers(const RuleTable& rules, const Suppression& s, const core::Diagnostic& d, const core::SourceManager& sources) {
  if (unsuppressible(d.code)) return false;
  bool codeOk = false;
  for (const auto& c : s.codes) codeOk = codeOk || codeMatches(rules, d.code, c);
  if (!codeOk) return false;
  switch (s.scope) {
    case SuppressionScope::Line: return d.range.valid() && d.range.file == s.range.file && sources.begin(d.range).line == s.line;
    case SuppressionScope::Resource: {
      if (d.range.file != s.range.file) return false;
      const std::string prefix = "Resources." + s.target;
      return d.function == s.target || d.logicalPath == prefix || d.logicalPath.starts_with(prefix + ".");
    }
    case SuppressionScope::Function: return d.range.file == s.range.file && (s.target.empty() || d.function == s.target);
    case SuppressionScope::Path: {
      std::string path = d.range.valid() ? sources.file(d.range.file).path() : d.file;
      return fnmatch(s.target.c_str(), path.c_str(), 0) == 0 || fnmatch((s.target + "/*").c_str(), path.c_str(), 0) == 0;
    }
  }
  return false;
}

namespace {

/// The edit that deletes an inline suppression comment: its whole line when the comment stands
/// alone, else the comment and the blanks before it. Nothing for the other kinds (an entry in
/// Metadata or in `.faaslint.yaml` is part of a structure the edit could break).
std::optional<core::Edit> removal(const Suppression& s, const core::SourceManager& sources) {
  if (s.scope != SuppressionScope::Line || !s.range.valid() || s.range.file >= sources.size()) return std::nullopt;
  const std::string_view text = sources.file(s.range.file).text();
  if (s.range.end > text.size() || s.range.begin >= s.range.end) return std::nullopt;
  std::size_t lineStart = s.range.begin;
  while (lineStart > 0 && text[lineStart - 1] != '\n') --lineStart;
  std::size_t lineEnd = text.find('\n', s.range.begin);
  lineEnd = lineEnd == std::string_view::npos ? text.size() : lineEnd;
  if (s.range.end != lineEnd && !(s.range.end + 1 == lineEnd && text[s.range.end] == '\r'))
    return std::nullopt;  // a /* */ with code after it
  std::size_t from = s.range.begin;
  while (from > lineStart && (text[from - 1] == ' ' || text[from - 1] == '\t')) --from;
  if (from == lineStart) {  // alone on its line: the line goes, with its terminator
    const std::size_t to = lineEnd < text.size() ? lineEnd + 1 : lineEnd;
    return core::Edit{{s.range.file, static_cast<std::uint32_t>(lineStart), static_cast<std::uint32_t>(to)}, ""};
  }
  return core::Edit{{s.range.file, static_cast<std::uint32_t>(from), s.range.end}, ""};
}

}  // namespace

void applySuppressions(const RuleTable& rules, std::vector<Suppression>& sups, std::vector<core::Diagnostic>& diagnostics,
                       std::vector<core::Diagnostic>& suppressed, const core::SourceManager& sources, bool reportUnused,
                       const std::function<bool(std::string_view)>& codeChecked) {
  if (sups.empty()) return;
  // Line suppressions are looked up by their file and line, the others (a few per manifest) tried
  // on every finding: findings x suppressions took 90 s for a file of 100,000 comments.
  std::map<std::pair<core::FileId, std::uint32_t>, std::vector<std::size_t>> byLine;
  std::vector<std::size_t> wide;
  for (std::size_t i = 0; i < sups.size(); ++i) {
    if (sups[i].scope == SuppressionScope::Line)
      byLine[{sups[i].range.file, sups[i].line}].push_back(i);
    else
      wide.push_back(i);
  }
  std::vector<core::Diagnostic> kept;
  kept.reserve(diagnostics.size());
  for (auto& d : diagnostics) {
    bool hit = false;
    auto tryOne = [&](std::size_t i) {
      if (!covers(rules, sups[i], d, sources)) return;
      ++sups[i].uses;
      hit = true;
    };
    if (d.range.valid())
      if (auto it = byLine.find({d.range.file, sources.file(d.range.file).lineOf(d.range.begin)}); it != byLine.end())
        for (const std::size_t i : it->second) tryOne(i);
    for (const std::size_t i : wide) tryOne(i);
    (hit ? suppressed : kept).push_back(std::move(d));
  }
  diagnostics = std::move(kept);
  auto add = [&](const Suppression& s, const char* code, core::Severity sev, std::string msg) -> core::Diagnostic& {
    core::Diagnostic d;
    d.code = code;
    d.severity = sev;
    d.message = std::move(msg);
    d.range = s.range;
    d.logicalPath = s.logicalPath;
    diagnostics.push_back(std::move(d));
    return diagnostics.back();
  };
  for (const auto& s : sups) {
    std::string codes = fmt::format("{}", fmt::join(s.codes, ", "));
    if (s.reason.empty() && !s.foreign)
      add(s, "FL006", core::Severity::Warning,
          fmt::format("Suppression of {} ({}) gives no reason; say why the finding does not apply.", codes.empty() ? "nothing" : codes,
                      s.origin));
    if (!reportUnused || s.foreign || s.uses > 0) continue;
    bool allChecked = !s.codes.empty();
    for (const auto& c : s.codes) allChecked = allChecked && codeChecked(c);
    if (s.codes.empty())
      add(s, "FL007", core::Severity::Warning, fmt::format("Suppression ({}) names no code; write ignore[CODE] with a reason.", s.origin));
    else if (allChecked) {
      auto& d =
          add(s, "FL007", core::Severity::Warning,
              fmt::format("Suppression of {} ({}) matched no finding; remove it, or move it to the finding's line.", codes, s.origin));
      if (auto edit = removal(s, sources)) d.fixes.push_back({"Remove the unused suppression comment", {std::move(*edit)}});
    }
  }
}

}  // namespace faaslint::engine
