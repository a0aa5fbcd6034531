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

struct AwsIam::Actions {
  std::string source;
  std::unordered_map<std::string, std::vector<ActionInfo>> byService;  ///< lowered prefix -> actions
  std::unordered_map<std::string, const ActionInfo*> byName;  ///< lowered "s3:putobject"
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
        iam->executionActions_.insert(iam->executionActions_.end(), st.actions.begin(), st.actions.end());
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
        iam->anyResourceOnly_.push_back(a->text);
    }
  return iam;
}

const AwsIam::Actions& AwsIam::actions() const {
  std::call_once(parsed_, [this] {
    actions_ = std::make_unique<Actions>();
    auto json = nlohmann::json::parse(actionsText_.begin(), actionsText_.end(), nullptr, false);
    if (!json.is_object() || !json.contains("services")) return;  // the schema test reports a broken file
    actions_->source = json.value("source", "");
    for (const auto& [prefix, svc] : json["services"].items()) {
      auto& list = actions_->byService[lower(prefix)];
      for (const auto& [name, code] : svc["actions"].items()) {
        const std::string c = code.get<std::string>();
        ActionInfo a;
        a.name = prefix;
        a.name += ':';
        a.name += name;
        switch (c.empty() ? 'r' : c[0]) {
          case 'l': a.access = Access::List; break;
          case 'w': a.access = Access::Write; break;
          case 't': a.access = Access::Tagging; break;
          case 'p': a.access = Access::PermissionsManagement; break;
          default: a.access = Access::Read;
        }
        a.anyResourceOnly = c.find('*') != std::string::npos;
        list.push_back(std::move(a));
      }
    }
    for (const auto& [prefix, list] : actions_->byService)
      for (const auto& a : list) actions_->byName.emplace(lower(a.name), &a);
  });
  return *actions_;
}

const ActionInfo* AwsIam::action(std::string_view qualified) const {
  const auto& a = actions();
  auto it = a.byName.find(lower(qualified));
  return it == a.byName.end() ? nullptr : it->second;
}

bool AwsIam::knowsService(std::string_view prefix) const { return actions().byService.count(lower(prefix)) > 0; }

std::vector<const ActionInfo*> AwsIam::expand(std::string_view pattern) const {
  std::vector<const ActionInfo*> out;
  const auto& a = actions();
  const std::string p = lower(pattern);
  const auto colon = p.find(':');
  auto collect = [&](const std::vector<ActionInfo>& list) {
    for (const auto& info : list)
      if (globMatch(p, lower(info.name))) out.push_back(&info);
  };
  if (colon == std::string::npos) {
    if (p == "*")
      for (const auto& [prefix, list] : a.byService) collect(list);
    return out;
  }
  const std::string service = p.substr(0, colon);
  if (service.find_first_of("*?") != std::string::npos) {
    for (const auto& [prefix, list] : a.byService)
      if (globMatch(service, prefix)) collect(list);
    return out;
  }
  if (auto it = a.byService.find(service); it != a.byService.end()) collect(it->second);
  return out;
}

const ManagedPolicyDoc* AwsIam::managedPolicy(std::string_view name) const {
  auto it = managed_.find(name);
  return it == managed_.end() ? nullptr : &it->second;
}

bool AwsIam::basicExecution(std::string_view action) const {
  return std::any_of(executionActions_.begin(), executionActions_.end(), [&](const auto& p) { return actionMatches(p, action); });
}

bool AwsIam::onlyOnAnyResource(std::string_view action) const {
  if (basicExecution(action)) return true;
  if (std::any_of(anyResourceOnly_.begin(), anyResourceOnly_.end(), [&](const auto& p) { return actionMatches(p, action); })) return true;
  const ActionInfo* info = this->action(action);
  return info && info->anyResourceOnly;
}

std::string AwsIam::actionsSource() const { return actions().source; }

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
