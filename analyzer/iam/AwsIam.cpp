#include "iam/AwsIam.h"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "core/Embedded.h"
#include "document/Document.h"
#include "model/Model.h"

namespace faaslint::iam {
namespace {

constexpr std::string_view kActionsFile = "policies/catalogs/aws-iam/actions.json";
constexpr std::string_view kManagedFile = "policies/catalogs/aws-iam/managed-policies.yaml";

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool globMatch(std::string_view p, std::string_view s) {
  // Iterative '*'/'?' matching, case-insensitive (both sides are lowered by the caller).
  std::size_t pi = 0, si = 0, star = std::string_view::npos, mark = 0;
  while (si < s.size()) {
    if (pi < p.size() && (p[pi] == '?' || p[pi] == s[si])) {
      ++pi;
      ++si;
    } else if (pi < p.size() && p[pi] == '*') {
      star = pi++;
      mark = si;
    } else if (star != std::string_view::npos) {
      pi = star + 1;
      si = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

std::vector<std::string> strings(const document::Node* n) {
  std::vector<std::string> out;
  if (!n) return out;
  if (n->isScalar()) out.push_back(n->text);
  if (n->isSeq())
    for (const auto* i : n->items)
      if (i->isScalar()) out.push_back(i->text);
  return out;
}

}  // namespace

bool actionMatches(std::string_view pattern, std::string_view action) { return globMatch(lower(pattern), lower(action)); }

/// The generated catalog holds one service per line. Only the lines of the services a scan asks
/// about are parsed (a template names a handful of services; all 456 cost tens of milliseconds).
struct AwsIam::Actions {
  struct Service {
    std::vector<ActionInfo> actions;
    std::unordered_map<std::string, std::size_t> byLowerName;  ///< "putobject" -> index
  };
  std::unordered_map<std::string, std::pair<std::string, std::string_view>> lines;  ///< lowered prefix -> (prefix, its JSON)
  std::mutex mutex;
  std::unordered_map<std::string, std::unique_ptr<Service>> parsed;

  const Service* service(const std::string& lowered) {
    std::lock_guard lock(mutex);
    if (auto it = parsed.find(lowered); it != parsed.end()) return it->second.get();
    auto line = lines.find(lowered);
    if (line == lines.end()) return nullptr;
    auto svc = std::make_unique<Service>();
    auto json = nlohmann::json::parse(line->second.second, nullptr, false);
    if (json.is_object() && json.contains("actions") && json["actions"].is_object()) {
      for (const auto& [name, code] : json["actions"].items()) {
        const std::string c = code.is_string() ? code.get<std::string>() : "";
        ActionInfo a;
        a.name = line->second.first;
        a.name += ':';
        a.name += name;
        a.lowerName = lower(a.name);
        switch (c.empty() ? 'r' : c[0]) {
          case 'l': a.access = Access::List; break;
          case 'w': a.access = Access::Write; break;
          case 't': a.access = Access::Tagging; break;
          case 'p': a.access = Access::PermissionsManagement; break;
          default: a.access = Access::Read;
        }
        a.anyResourceOnly = c.find('*') != std::string::npos;
        svc->byLowerName.emplace(a.lowerName.substr(a.lowerName.find(':') + 1), svc->actions.size());
        svc->actions.push_back(std::move(a));
      }
    }
    return parsed.emplace(lowered, std::move(svc)).first->second.get();
  }
};

AwsIam::AwsIam() = default;
AwsIam::~AwsIam() = default;

std::shared_ptr<const AwsIam> AwsIam::load(std::vector<std::string>& errors) {
  auto iam = std::make_shared<AwsIam>();
  if (auto text = embedded::find(kActionsFile))
    iam->actionsText_ = *text;
  else
    errors.push_back(std::string(kActionsFile) + ": not embedded in this build");
  auto text = embedded::find(kManagedFile);
  if (!text) {
    errors.push_back(std::string(kManagedFile) + ": not embedded in this build");
    return iam;
  }
  auto doc = document::parseYaml(0, *text);
  for (const auto& e : doc.errors()) errors.push_back(fmt::format("{}: {}", kManagedFile, e.message));
  const document::Node* root = doc.root();
  const document::Node* policies = root && root->isMap() ? root->get("policies") : nullptr;
  if (!root || !root->isMap() || !root->get("source") || !root->get("as-of") || !policies || !policies->isMap()) {
    errors.push_back(fmt::format("{}: needs 'source', 'as-of' and a 'policies' mapping", kManagedFile));
    return iam;
  }
  for (const auto& [k, v] : policies->entries) {
    ManagedPolicyDoc p;
    p.name = k->text;
    p.executionRole = v->isMap() && v->get("execution-role") && v->get("execution-role")->text == "true";
    p.abridged = v->isMap() && v->get("abridged") && v->get("abridged")->text == "true";
    const document::Node* sts = v->isMap() ? v->get("statements") : nullptr;
    if (!sts || !sts->isSeq() || sts->items.empty()) {
      errors.push_back(fmt::format("{}: policy '{}' needs a list of statements", kManagedFile, p.name));
      continue;
    }
    for (const auto* s : sts->items) {
      PolicyStatement st;
      st.notAction = s->isMap() && s->get("not-actions");
      st.actions = strings(s->isMap() ? s->get(st.notAction ? "not-actions" : "actions") : nullptr);
      st.resources = strings(s->isMap() ? s->get("resources") : nullptr);
      if (st.actions.empty() || st.resources.empty())
        errors.push_back(fmt::format("{}: a statement of '{}' needs actions (or not-actions) and resources", kManagedFile, p.name));
      if (p.executionRole && !st.notAction && st.resources == std::vector<std::string>{"*"})
        for (const auto& a : st.actions) iam->executionActions_.insert(lower(a));
      p.statements.push_back(std::move(st));
    }
    iam->managed_.emplace(p.name, std::move(p));
  }
  if (const document::Node* list = root->get("any-resource-only"); list && list->isSeq())
    for (const auto* e : list->items) {
      const document::Node* a = e->isMap() ? e->get("action") : nullptr;
      const document::Node* why = e->isMap() ? e->get("why") : nullptr;
      if (!a || !why || why->text.empty())
        errors.push_back(fmt::format("{}: each any-resource-only entry needs an action and why", kManagedFile));
      else
        iam->anyResourceOnly_.push_back(lower(a->text));
    }
  return iam;
}

AwsIam::Actions& AwsIam::actions() const {
  std::call_once(parsed_, [this] {
    actions_ = std::make_unique<Actions>();
    std::string_view text = actionsText_;
    bool first = true;
    for (std::size_t at = 0; at < text.size();) {
      auto nl = text.find('\n', at);
      std::string_view line = text.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
      at = nl == std::string_view::npos ? text.size() : nl + 1;
      if (first) {  // {"source": ..., "as-of": ..., "codes": ...,"services":{
        first = false;
        continue;
      }
      if (line.size() < 3 || line[0] != '"') continue;  // the closing "}}"
      auto close = line.find('"', 1);
      if (close == std::string_view::npos || close + 2 > line.size()) continue;
      if (line.back() == ',') line.remove_suffix(1);
      std::string prefix(line.substr(1, close - 1));
      actions_->lines.emplace(lower(prefix), std::pair{prefix, line.substr(close + 2)});  // after "prefix":
    }
  });
  return *actions_;
}

const ActionInfo* AwsIam::action(std::string_view qualified) const {
  const std::string q = lower(qualified);
  const auto colon = q.find(':');
  if (colon == std::string::npos) return nullptr;
  const auto* svc = actions().service(q.substr(0, colon));
  if (!svc) return nullptr;
  auto it = svc->byLowerName.find(q.substr(colon + 1));
  return it == svc->byLowerName.end() ? nullptr : &svc->actions[it->second];
}

bool AwsIam::knowsService(std::string_view prefix) const { return actions().lines.count(lower(prefix)) > 0; }

std::vector<const ActionInfo*> AwsIam::expand(std::string_view pattern) const {
  std::vector<const ActionInfo*> out;
  auto& a = actions();
  const std::string p = lower(pattern);
  const auto colon = p.find(':');
  auto collect = [&](const std::string& prefix) {
    if (const auto* svc = a.service(prefix))
      for (const auto& info : svc->actions)
        if (globMatch(p, info.lowerName)) out.push_back(&info);
  };
  if (colon == std::string::npos && p != "*") return out;
  const std::string service = colon == std::string::npos ? p : p.substr(0, colon);
  if (service.find_first_of("*?") != std::string::npos) {  // every service: rare, and parses them all
    std::vector<std::string> prefixes;
    for (const auto& [prefix, line] : a.lines)
      if (globMatch(service, prefix)) prefixes.push_back(prefix);
    for (const auto& prefix : prefixes) collect(prefix);
    return out;
  }
  collect(service);
  return out;
}

const ManagedPolicyDoc* AwsIam::managedPolicy(std::string_view name) const {
  auto it = managed_.find(name);
  return it == managed_.end() ? nullptr : &it->second;
}

bool AwsIam::basicExecution(std::string_view action) const {
  const std::string a = lower(action);
  // A pattern is basic only when each action it expands to is: callers expand it.
  return a.find_first_of("*?") == std::string::npos && executionActions_.count(a) > 0;
}

bool AwsIam::onlyOnAnyResource(std::string_view action) const {
  if (basicExecution(action)) return true;
  const std::string a = lower(action);
  if (std::any_of(anyResourceOnly_.begin(), anyResourceOnly_.end(), [&](const auto& p) { return globMatch(p, a); })) return true;
  const ActionInfo* info = this->action(action);
  return info && info->anyResourceOnly;
}

void readManagedPolicies(model::Project& project, const AwsIam& iam) {
  for (auto& role : project.roles)
    for (auto& mp : role.managedPolicies) {
      if (!mp.name.known() || mp.customer) continue;
      const ManagedPolicyDoc* doc = iam.managedPolicy(mp.name.value);
      if (!doc) continue;
      mp.read = true;
      auto at = [&](const std::string& text) {
        core::Located<std::string> v = mp.name;
        v.value = text;
        return v;
      };
      for (const auto& st : doc->statements) {
        model::IamStatement m;
        m.effect = at("Allow");
        for (const auto& a : st.actions) m.actions.push_back(at(a));
        for (const auto& r : st.resources) m.resources.push_back(at(r));
        m.notAction = st.notAction;
        m.range = mp.name.range;
        m.path = mp.name.path;
        m.managedPolicy = doc->name;
        role.statements.push_back(std::move(m));
      }
    }
}

}  // namespace faaslint::iam
