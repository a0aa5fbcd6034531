#include "formats/SuppressionReaders.h"

#include <cctype>
#include <fmt/format.h>
#include <re2/re2.h>

namespace faaslint::formats {

using document::Node;
using model::AnchorMap;
using model::Suppression;
using model::SuppressionScope;

namespace {
std::string trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

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

}  // namespace faaslint::formats
