#include "formats/Intrinsics.h"

#include <charconv>
#include <fmt/format.h>

namespace faaslint::formats {

std::optional<Intrinsic> intrinsicOf(const Node* n) {
  if (!n) return std::nullopt;
  if (!n->tag.empty() && n->tag[0] == '!' && n->tag.size() > 1 && n->tag[1] != '!') { return Intrinsic{n->tag.substr(1), n, true}; }
  if (n->isMap() && n->entries.size() == 1 && n->entries[0].first->isScalar()) {
    const std::string& k = n->entries[0].first->text;
    if (k == "Ref" || k == "Condition") return Intrinsic{k, n->entries[0].second, false};
    if (k.starts_with("Fn::")) return Intrinsic{k.substr(4), n->entries[0].second, false};
  }
  return std::nullopt;
}

namespace {
std::optional<std::string> wholeSubVariable(std::string_view s) {
  if (s.size() < 4 || !s.starts_with("${") || s.back() != '}') return std::nullopt;
  std::string_view inner = s.substr(2, s.size() - 3);
  if (inner.find_first_of("${} ") != std::string_view::npos) return std::nullopt;
  auto dot = inner.find('.');
  return std::string(inner.substr(0, dot));
}
}  // namespace

std::optional<std::string> referencedId(const Node* n) {
  auto in = intrinsicOf(n);
  if (!in || !in->arg) return std::nullopt;
  const Node* a = in->arg;
  if (in->name == "Ref" && a->isScalar()) return a->text;
  if (in->name == "GetAtt") {
    if (a->isScalar()) return a->text.substr(0, a->text.find('.'));
    if (a->isSeq() && !a->items.empty() && a->items[0]->isScalar()) return a->items[0]->text;
  }
  if (in->name == "Sub") {
    const Node* s = a->isSeq() && !a->items.empty() ? a->items[0] : a;
    if (s->isScalar()) return wholeSubVariable(s->text);
  }
  return std::nullopt;
}

void collectReferences(const Node* n, std::vector<std::string>& out, unsigned depth) {
  if (!n || depth > 64) return;
  if (auto in = intrinsicOf(n)) {
    if (auto id = referencedId(n)) out.push_back(*id);
    if (in->name == "Sub") {
      const Node* s = in->arg && in->arg->isSeq() && !in->arg->items.empty() ? in->arg->items[0] : in->arg;
      if (s && s->isScalar()) {
        std::string_view t = s->text;
        for (std::size_t p = t.find("${"); p != std::string_view::npos; p = t.find("${", p + 2)) {
          auto e = t.find('}', p);
          if (e == std::string_view::npos) break;
          std::string_view v = t.substr(p + 2, e - p - 2);
          if (!v.empty() && v[0] != '!') out.emplace_back(v.substr(0, v.find('.')));
        }
      }
    }
    if (in->shortForm) {
      for (const Node* i : n->items) collectReferences(i, out, depth + 1);
      for (const auto& [k, v] : n->entries) collectReferences(v, out, depth + 1);
      return;
    }
    collectReferences(in->arg, out, depth + 1);
    return;
  }
  for (const Node* i : n->items) collectReferences(i, out, depth + 1);
  for (const auto& [k, v] : n->entries) collectReferences(v, out, depth + 1);
}

std::string ValueReader::describe(const Node* n) {
  if (!n) return "";
  auto in = intrinsicOf(n);
  if (in && in->name == "Variable") return n->text;  // an unresolved Serverless variable, as written
  if (in) {
    std::string arg = in->arg && in->arg->isScalar() ? " " + in->arg->text : " ...";
    return "!" + in->name + arg;
  }
  if (n->isScalar()) return n->text;
  return n->isMap() ? "a mapping" : n->isSeq() ? "a list" : "null";
}

void ValueReader::invalid(const Node* n, const std::string& path, std::string message) const {
  core::Diagnostic d;
  d.code = "FL002";
  d.severity = core::Severity::Error;
  d.message = std::move(message);
  if (n) d.range = n->range;
  d.logicalPath = path;
  diagnostics_.push_back(std::move(d));
}

const Node* ValueReader::resolve(const Node* n, std::optional<core::Origin>& origin) const {
  auto in = intrinsicOf(n);
  if (!in || in->name != "Ref" || !in->arg || !in->arg->isScalar() || !parameters_ || !parameters_->isMap()) return n;
  const Node* param = parameters_->get(in->arg->text);
  const Node* def = param && param->isMap() ? param->get("Default") : nullptr;
  if (!def || !def->isScalar() || intrinsicOf(def)) return n;
  // An SSM-typed parameter's default is the name of the SSM parameter, not its value.
  if (const Node* type = param->get("Type"); type && type->isScalar() && type->text.starts_with("AWS::SSM::Parameter::Value")) return n;
  origin = core::Origin{def->range, fmt::format("the default of parameter '{}'; a deployment may override it", in->arg->text)};
  return def;
}

core::Located<std::string> ValueReader::str(const Node* n, const std::string& path) const {
  core::Located<std::string> out;
  out.path = path;
  if (!n || n->isNull()) return out;
  out.range = n->range;
  const Node* v = resolve(n, out.origin);
  if (v->isScalar() && !intrinsicOf(v) && v->text.starts_with("{{resolve:")) {
    out.state = core::ValueState::Unknown;  // a dynamic reference, resolved at deploy time
    out.unresolved = v->text;
  } else if (v->isScalar() && !intrinsicOf(v)) {
    out.state = core::ValueState::Known;
    out.value = v->text;
  } else if (auto in = intrinsicOf(v);
             in && in->name == "Sub" && in->arg && in->arg->isScalar() && in->arg->text.find("${") == std::string::npos) {
    out.state = core::ValueState::Known;  // !Sub without variables is a literal
    out.value = in->arg->text;
  } else {
    out.state = core::ValueState::Unknown;
    out.unresolved = describe(v);
  }
  return out;
}

core::Located<std::int64_t> ValueReader::integer(const Node* n, const std::string& path) const {
  core::Located<std::int64_t> out;
  auto s = str(n, path);
  out.path = s.path;
  out.range = s.range;
  out.origin = s.origin;
  out.state = s.state;
  out.unresolved = s.unresolved;
  if (!s.known()) return out;
  std::string_view t = s.value;
  std::int64_t v = 0;
  auto r = std::from_chars(t.data(), t.data() + t.size(), v);
  if (t.empty() || r.ec != std::errc() || r.ptr != t.data() + t.size()) {
    out.state = core::ValueState::Unknown;
    out.unresolved = s.value;
    invalid(n, path,
            r.ec == std::errc::result_out_of_range ? fmt::format("'{}' is out of range for {}.", s.value, path)
                                                   : fmt::format("{} must be an integer, found '{}'.", path, s.value));
    return out;
  }
  out.value = v;
  return out;
}

core::Located<bool> ValueReader::boolean(const Node* n, const std::string& path) const {
  core::Located<bool> out;
  auto s = str(n, path);
  out.path = s.path;
  out.range = s.range;
  out.origin = s.origin;
  out.state = s.state;
  out.unresolved = s.unresolved;
  if (!s.known()) return out;
  if (s.value == "true" || s.value == "True" || s.value == "TRUE")
    out.value = true;
  else if (s.value == "false" || s.value == "False" || s.value == "FALSE")
    out.value = false;
  else {
    out.state = core::ValueState::Unknown;
    invalid(n, path, fmt::format("{} must be true or false, found '{}'.", path, s.value));
  }
  return out;
}

std::vector<core::Located<std::string>> ValueReader::strList(const Node* n, const std::string& path) const {
  std::vector<core::Located<std::string>> out;
  if (!n || n->isNull()) return out;
  if (n->isSeq() && !intrinsicOf(n)) {
    for (std::size_t i = 0; i < n->items.size(); ++i) out.push_back(str(n->items[i], fmt::format("{}[{}]", path, i)));
  } else {
    out.push_back(str(n, path));
  }
  return out;
}

}  // namespace faaslint::formats
