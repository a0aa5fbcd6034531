#include "engine/Suppressions.h"

#include <fmt/format.h>
#include <fnmatch.h>
#include <re2/re2.h>

#include "engine/Registry.h"
#include "engine/Runner.h"

namespace faaslint::engine {
namespace {

using document::Node;

std::string trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

std::vector<std::string> splitCodes(std::string_view list) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= list.size(); ++i) {
    if (i == list.size() || list[i] == ',') {
      std::string c = trim(list.substr(start, i - start));
      if (!c.empty()) out.push_back(std::move(c));
      start = i + 1;
    }
  }
  return out;
}

/// `code: SEC005`, `codes: [SEC005, SEC007]` or `id: SEC005` in a suppression entry.
std::vector<std::string> codesOf(const Node* entry) {
  std::vector<std::string> out;
  for (std::string_view key : {"code", "codes", "id", "rule", "rules"}) {
    const Node* n = entry->get(key);
    if (!n) continue;
    if (n->isScalar())
      for (auto& c : splitCodes(n->text)) out.push_back(std::move(c));
    for (const Node* i : n->items)
      if (i->isScalar()) out.push_back(i->text);
  }
  return out;
}

std::string reasonOf(const Node* entry, std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys)
    if (const Node* n = entry->get(k); n && n->isScalar()) return trim(n->text);
  return "";
}

void addForeign(std::vector<Suppression>& out, const Node* list, const AnchorMap& map, const std::string& id, const std::string& origin,
                std::initializer_list<std::string_view> reasonKeys) {
  if (!list || !list->isSeq()) return;
  for (const Node* e : list->items) {
    std::string anchor = e->isScalar() ? e->text : e->isMap() && e->get("id") && e->get("id")->isScalar() ? e->get("id")->text : "";
    auto it = map.find(anchor);
    if (it == map.end()) continue;  // no rule of ours corresponds
    Suppression s;
    s.scope = SuppressionScope::Resource;
    s.codes = it->second;
    s.reason = e->isMap() ? reasonOf(e, reasonKeys) : "";
    if (s.reason.empty()) s.reason = fmt::format("{} {}", origin, anchor);  // cfn-lint has no reason field
    s.range = e->range;
    s.target = id;
    s.origin = origin;
    s.foreign = true;
    out.push_back(std::move(s));
  }
}

}  // namespace

bool unsuppressible(std::string_view code) { return code == "FL000" || code == "FL001" || code == "FL006" || code == "FL007"; }

std::vector<Suppression> inlineSuppressions(const core::SourceFile& file, core::FileId id) {
  std::vector<Suppression> out;
  std::string_view text = file.text();
  if (text.find("faaslint:") == std::string_view::npos) return out;  // the common case, cheaply
  // `#` in YAML, `//` or `/* */` in C and C++ sources.
  static const RE2 re(R"((^|\s)(#|//|/\*)\s*faaslint:\s*ignore\[([^\]]*)\]\s*(.*)$)");
  std::uint32_t line = 1;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(start, end - start);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    re2::StringPiece pre, marker, codes, reason;
    if (l.find("faaslint:") != std::string_view::npos && RE2::PartialMatch(l, re, &pre, &marker, &codes, &reason)) {
      Suppression s;
      s.scope = SuppressionScope::Line;
      s.codes = splitCodes(std::string_view(codes.data(), codes.size()));
      std::string_view why(reason.data(), reason.size());
      if (marker == "/*" && why.find("*/") != std::string_view::npos) why = why.substr(0, why.find("*/"));
      s.reason = trim(why);
      const std::size_t hash = static_cast<std::size_t>(marker.data() - l.data());
      s.range = {id, static_cast<std::uint32_t>(start + hash), static_cast<std::uint32_t>(start + l.size())};
      // A comment alone on its line covers the next line; a trailing comment covers its own.
      bool alone = trim(l.substr(0, hash)).empty();
      s.line = alone ? line + 1 : line;
      s.origin = "inline comment";
      out.push_back(std::move(s));
    }
    if (end == text.size()) break;
    start = end + 1;
    ++line;
  }
  return out;
}

std::vector<Suppression> metadataSuppressions(const Node* root, const AnchorMap& checkov, const AnchorMap& cfnNag,
                                              const AnchorMap& cfnLint) {
  std::vector<Suppression> out;
  const Node* resources = root && root->isMap() ? root->get("Resources") : nullptr;
  if (!resources || !resources->isMap()) return out;
  for (const auto& [k, v] : resources->entries) {
    const Node* meta = v->isMap() ? v->get("Metadata") : nullptr;
    if (!meta || !meta->isMap()) continue;
    const std::string& id = k->text;
    if (const Node* list = meta->at({"faaslint", "ignore"}); list && list->isSeq()) {
      for (const Node* e : list->items) {
        Suppression s;
        s.scope = SuppressionScope::Resource;
        s.range = e->range;
        s.logicalPath = fmt::format("Resources.{}.Metadata.faaslint.ignore", id);
        s.target = id;
        s.origin = "Metadata.faaslint";
        if (e->isMap()) {
          s.codes = codesOf(e);
          s.reason = reasonOf(e, {"reason", "justification"});
        } else if (e->isScalar()) {
          s.codes = splitCodes(e->text);
        }
        out.push_back(std::move(s));
      }
    }
    addForeign(out, meta->at({"checkov", "skip"}), checkov, id, "Metadata.checkov", {"comment", "reason"});
    addForeign(out, meta->at({"cfn_nag", "rules_to_suppress"}), cfnNag, id, "Metadata.cfn_nag", {"reason"});
    addForeign(out, meta->at({"cfn-lint", "config", "ignore_checks"}), cfnLint, id, "Metadata.cfn-lint", {});
  }
  return out;
}

std::vector<Suppression> serverlessSuppressions(const Node* root) {
  std::vector<Suppression> out;
  const Node* list = root && root->isMap() ? root->at({"custom", "faaslint", "ignore"}) : nullptr;
  if (!list || !list->isSeq()) return out;
  for (const Node* e : list->items) {
    if (!e->isMap()) continue;
    Suppression s;
    s.scope = SuppressionScope::Function;
    s.codes = codesOf(e);
    s.reason = reasonOf(e, {"reason", "justification"});
    if (const Node* f = e->get("function"); f && f->isScalar()) s.target = f->text;
    s.range = e->range;
    s.logicalPath = "custom.faaslint.ignore";
    s.origin = "custom.faaslint.ignore";
    out.push_back(std::move(s));
  }
  return out;
}

bool covers(const Suppression& s, const core::Diagnostic& d, const core::SourceManager& sources) {
  if (unsuppressible(d.code)) return false;
  bool codeOk = false;
  for (const auto& c : s.codes) codeOk = codeOk || codeMatches(d.code, c);
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

void applySuppressions(std::vector<Suppression>& sups, std::vector<core::Diagnostic>& diagnostics,
                       std::vector<core::Diagnostic>& suppressed, const core::SourceManager& sources, bool reportUnused,
                       const std::function<bool(std::string_view)>& codeChecked) {
  if (sups.empty()) return;
  std::vector<core::Diagnostic> kept;
  kept.reserve(diagnostics.size());
  for (auto& d : diagnostics) {
    bool hit = false;
    for (auto& s : sups)
      if (covers(s, d, sources)) {
        ++s.uses;
        hit = true;
      }
    (hit ? suppressed : kept).push_back(std::move(d));
  }
  diagnostics = std::move(kept);
  auto add = [&](const Suppression& s, const char* code, core::Severity sev, std::string msg) {
    core::Diagnostic d;
    d.code = code;
    d.severity = sev;
    d.message = std::move(msg);
    d.range = s.range;
    d.logicalPath = s.logicalPath;
    diagnostics.push_back(std::move(d));
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
    else if (allChecked)
      add(s, "FL007", core::Severity::Warning,
          fmt::format("Suppression of {} ({}) matched no finding; remove it, or move it to the finding's line.", codes, s.origin));
  }
}

}  // namespace faaslint::engine
