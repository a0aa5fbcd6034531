#include "rules/security/SharedFunctionRoleRule.h"

#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

SharedFunctionRoleRule::SharedFunctionRoleRule(engine::RuleOptions& o) : maxFunctions_(o.integer("max-functions-per-role", 1, 10000)) {}

namespace {

/// What a role grants beyond what Lambda's own execution policies give every function (logs,
/// X-Ray, VPC network interfaces, reading its event source), in the words of the manifest, and
/// what could not be read. Sharing a role that grants nothing beyond them widens nothing.
struct Beyond {
  std::vector<std::string> grants;
  std::vector<std::string> unread;
};

Beyond beyondBasicExecution(const model::Role& role, const iam::AwsIam& iam) {
  Beyond out;
  auto add = [](std::vector<std::string>& list, std::string s) {
    if (std::find(list.begin(), list.end(), s) == list.end()) list.push_back(std::move(s));
  };
  for (const auto& st : role.statements) {
    if (!st.allows()) continue;
    if (st.notAction) {
      add(out.grants, "every action but " + fmt::format("{}", fmt::join(knownValues(st.actions), ", ")));
      continue;
    }
    for (const auto& a : st.actions) {
      if (!a.known()) {
        add(out.unread, fmt::format("an action written as {}", a.path.empty() ? "an expression" : a.path));
        continue;
      }
      if (a.value == "*" || a.value.find(':') == std::string::npos ||
          a.value.substr(0, a.value.find(':')).find_first_of("*?") != std::string::npos) {
        add(out.grants, a.value);  // every service: never basic, and not worth expanding
        continue;
      }
      auto expanded = iam.expand(a.value);
      const bool basic = expanded.empty() ? iam.basicExecution(a.value)
                                          : std::all_of(expanded.begin(), expanded.end(),
                                                        [&](const iam::ActionInfo* i) { return iam.basicExecution(i->name); });
      if (!basic) add(out.grants, a.value);
    }
  }
  for (const auto& t : role.policyTemplates)
    if (t.known()) add(out.grants, "the " + t.value + " policy template");
  for (const auto& mp : role.managedPolicies)
    if (!mp.read) add(out.unread, mp.name.known() ? "managed policy '" + mp.name.value + "'" : "a managed policy written as an expression");
  return out;
}

std::string summary(const std::vector<std::string>& list) {
  constexpr std::size_t kShown = 4;
  std::vector<std::string> shown(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(std::min(list.size(), kShown)));
  std::string s = fmt::format("{}", fmt::join(shown, ", "));
  if (list.size() > kShown) s += fmt::format(" and {} more", list.size() - kShown);
  return s;
}

}  // namespace

void SharedFunctionRoleRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  const iam::AwsIam& iam = *ctx.catalogs().awsIam;
  std::vector<std::vector<const model::Function*>> users(p.roles.size());
  for (const auto& f : p.functions)
    if (f.role) users[*f.role].push_back(&f);
  for (std::size_t i = 0; i < p.roles.size(); ++i) {
    if (static_cast<std::int64_t>(users[i].size()) <= maxFunctions_) continue;
    const model::Role& role = p.roles[i];
    std::string widened;
    if (role.external) {
      widened = "its permissions are defined outside this project, so each function may do what any of them needs";
    } else {
      const Beyond beyond = beyondBasicExecution(role, iam);
      if (beyond.grants.empty()) continue;  // nothing beyond basic execution (or nothing at all): sharing widens nothing
      widened = fmt::format("each of them can use what it grants beyond basic execution: {}", summary(beyond.grants));
      if (!beyond.unread.empty()) widened += fmt::format(" (and {}, not read here)", summary(beyond.unread));
    }
    std::vector<std::string> names;
    for (const auto* f : users[i]) names.push_back("'" + f->name + "'");
    if (role.generated) {  // the framework's one role for the whole service: one finding, at the role
      ctx.report(users[i][0], role.range, role.path,
                 fmt::format("The role the framework generates ('{}') is shared by {} functions ({}); {}. Give each function its own "
                             "role (e.g. the serverless-iam-roles-per-function plugin) so each has only the permissions it needs",
                             role.id, users[i].size(), fmt::join(names, ", "), widened));
      continue;
    }
    for (std::size_t k = 1; k < users[i].size(); ++k) {
      const auto* f = users[i][k];
      auto& d = ctx.report(f, f->roleRef,
                           fmt::format("Role '{}' is shared by {} functions ({}); {}. Give {} a role of its own so each has only the "
                                       "permissions it needs",
                                       role.id, users[i].size(), fmt::join(names, ", "), widened, fn(*f)));
      if (!role.external) d.notes.push_back({fmt::format("role '{}' is defined here", role.id), role.range});
    }
  }
}

}  // namespace faaslint::rules
