#include "formats/IamReader.h"

#include <fmt/format.h>

namespace faaslint::formats {

std::vector<model::IamStatement> readPolicyDocument(const Node* doc, const std::string& path, const ValueReader& values) {
  if (!doc || !doc->isMap() || intrinsicOf(doc)) return {};
  return readStatements(doc->get("Statement"), path + ".Statement", values);
}

std::vector<model::IamStatement> readStatements(const Node* st, const std::string& path, const ValueReader& values) {
  std::vector<model::IamStatement> out;
  if (!st || intrinsicOf(st)) return out;
  std::vector<const Node*> list;
  if (st->isSeq())
    list = st->items;
  else if (st->isMap())
    list.push_back(st);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Node* s = list[i];
    if (!s->isMap() || intrinsicOf(s)) continue;
    std::string sp = st->isSeq() ? fmt::format("{}[{}]", path, i) : path;
    model::IamStatement m;
    m.range = s->range;
    m.path = sp;
    m.effect = values.str(s->get("Effect"), sp + ".Effect");
    const Node* a = s->get("Action");
    if (!a) {
      a = s->get("NotAction");
      m.notAction = a != nullptr;
    }
    m.actions = values.strList(a, sp + (m.notAction ? ".NotAction" : ".Action"));
    const Node* r = s->get("Resource");
    if (!r) {
      r = s->get("NotResource");
      m.notResource = r != nullptr;
    }
    m.resources = values.strList(r, sp + (m.notResource ? ".NotResource" : ".Resource"));
    m.hasCondition = s->get("Condition") != nullptr;
    out.push_back(std::move(m));
  }
  return out;
}

std::string managedPolicyName(const std::string& s) {
  auto slash = s.rfind('/');
  if (s.starts_with("arn:") && slash != std::string::npos) return s.substr(slash + 1);
  return s;
}

std::optional<std::string> awsManagedPolicyName(const Node* n) {
  auto in = intrinsicOf(n);
  if (!in || !in->arg) return std::nullopt;
  std::string text;
  if (in->name == "Sub") {
    const Node* s = in->arg->isSeq() && !in->arg->items.empty() ? in->arg->items[0] : in->arg;
    if (s->isScalar()) text = s->text;
  } else if (in->name == "Join" && in->arg->isSeq() && in->arg->items.size() == 2 && in->arg->items[1]->isSeq()) {
    for (const Node* part : in->arg->items[1]->items) {
      if (part->isScalar())
        text += part->text;
      else if (auto ref = intrinsicOf(part); ref && ref->name == "Ref" && ref->arg && ref->arg->text == "AWS::Partition")
        text += "aws";
      else
        return std::nullopt;
    }
  }
  constexpr std::string_view kPrefix = ":iam::aws:policy/";
  auto at = text.find(kPrefix);
  if (at == std::string::npos || text.find("${", at) != std::string::npos) return std::nullopt;
  return managedPolicyName(text);
}

model::ManagedPolicy readManagedPolicy(const Node* n, const std::string& path, const ValueReader& values) {
  model::ManagedPolicy mp;
  if (auto name = awsManagedPolicyName(n)) {
    mp.name.state = core::ValueState::Known;
    mp.name.value = *name;
    mp.name.range = n->range;
    mp.name.path = path;
  } else {
    mp.name = values.str(n, path);
    if (mp.name.known()) mp.name.value = managedPolicyName(mp.name.value);
  }
  return mp;
}

}  // namespace faaslint::formats
