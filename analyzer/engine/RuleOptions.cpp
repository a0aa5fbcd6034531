#include "engine/RuleOptions.h"

#include <charconv>
#include <fmt/format.h>

namespace faaslint::engine {

void RuleOptions::bad(const document::Node* n, const std::string& name, const std::string& expected) {
  core::Diagnostic d;
  d.code = "FL001";
  d.severity = core::Severity::Error;
  d.message = fmt::format("Option '{}' must be {}; the default is used.", name, expected);
  d.range = n->range;
  d.logicalPath = "options." + name;
  errors_.push_back(std::move(d));
}

std::int64_t RuleOptions::integer(const std::string& name, std::int64_t def, std::int64_t min, std::int64_t max, std::string defaultFrom) {
  specs_.push_back({name, "integer", std::to_string(def), std::move(defaultFrom)});
  auto it = values_.find(name);
  if (it == values_.end()) return def;
  const auto* n = it->second;
  std::int64_t v = 0;
  if (n->isScalar()) {
    auto r = std::from_chars(n->text.data(), n->text.data() + n->text.size(), v);
    if (r.ec == std::errc() && r.ptr == n->text.data() + n->text.size() && v >= min && v <= max) return v;
  }
  bad(n, name, fmt::format("an integer from {} to {}", min, max));
  return def;
}

std::string RuleOptions::string(const std::string& name, const std::string& def) {
  specs_.push_back({name, "string", def, ""});
  auto it = values_.find(name);
  if (it == values_.end()) return def;
  if (it->second->isScalar()) return it->second->text;
  bad(it->second, name, "a string");
  return def;
}

std::vector<std::string> RuleOptions::stringList(const std::string& name, const std::vector<std::string>& def,
                                                 const std::string& defaultFrom) {
  specs_.push_back(
      {name, "string list", defaultFrom.empty() ? fmt::format("[{}]", fmt::join(def, ", ")) : "from " + defaultFrom, defaultFrom});
  auto it = values_.find(name);
  if (it == values_.end()) return def;
  std::vector<std::string> out;
  if (it->second->isSeq()) {
    for (const auto* i : it->second->items) {
      if (!i->isScalar()) {
        bad(i, name, "a list of strings");
        return def;
      }
      out.push_back(i->text);
    }
    return out;
  }
  bad(it->second, name, "a list of strings");
  return def;
}

void RuleOptions::missingDefault(const std::string& name, std::string_view what) {
  core::Diagnostic d;
  d.code = "FL001";
  d.severity = core::Severity::Error;
  d.message = fmt::format("The default pack has no {} for option '{}'; this build of faaslint is broken.", what, name);
  errors_.push_back(std::move(d));
}

std::int64_t RuleOptions::integer(const std::string& name, std::int64_t min, std::int64_t max) {
  std::int64_t def = min;
  auto it = defaults_.find(name);
  const document::Node* n = it == defaults_.end() ? nullptr : it->second;
  if (!n || !n->isScalar() || std::from_chars(n->text.data(), n->text.data() + n->text.size(), def).ec != std::errc())
    missingDefault(name, "an integer value");
  return integer(name, def, min, max);
}

double RuleOptions::number(const std::string& name, double min, double max) {
  auto parse = [](const document::Node* n, double& out) {
    if (!n || !n->isScalar()) return false;
    const auto r = std::from_chars(n->text.data(), n->text.data() + n->text.size(), out);
    return r.ec == std::errc() && r.ptr == n->text.data() + n->text.size();
  };
  double def = min;
  auto d = defaults_.find(name);
  const document::Node* dn = d == defaults_.end() ? nullptr : d->second;
  if (!parse(dn, def)) missingDefault(name, "a number");
  specs_.push_back({name, "number", dn ? dn->text : "", ""});
  auto it = values_.find(name);
  if (it == values_.end()) return def;
  double v = 0;
  if (parse(it->second, v) && v >= min && v <= max) return v;
  bad(it->second, name, fmt::format("a number from {} to {}", min, max));
  return def;
}

std::vector<std::string> RuleOptions::stringList(const std::string& name) {
  std::vector<std::string> def;
  auto it = defaults_.find(name);
  const document::Node* n = it == defaults_.end() ? nullptr : it->second;
  if (n && n->isSeq())
    for (const auto* i : n->items) def.push_back(i->text);
  else
    missingDefault(name, "a list");
  return stringList(name, def);
}

bool RuleOptions::boolean(const std::string& name, bool def) {
  specs_.push_back({name, "boolean", def ? "true" : "false", ""});
  auto it = values_.find(name);
  if (it == values_.end()) return def;
  if (it->second->isScalar() && (it->second->text == "true" || it->second->text == "false")) return it->second->text == "true";
  bad(it->second, name, "true or false");
  return def;
}

std::vector<core::Diagnostic> RuleOptions::finish(const std::string& ruleCode) {
  std::vector<core::Diagnostic> out = std::move(errors_);
  for (const auto& [name, node] : values_) {
    bool known = false;
    for (const auto& s : specs_) known |= s.name == name;
    if (known) continue;
    core::Diagnostic d;
    d.code = "FL001";
    d.severity = core::Severity::Error;
    d.message = fmt::format("Rule {} has no option '{}'.", ruleCode, name);
    d.range = node->range;
    d.logicalPath = fmt::format("rules.{}.options.{}", ruleCode, name);
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace faaslint::engine
