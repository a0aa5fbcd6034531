#include "rules/security/SharedFunctionRoleRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

SharedFunctionRoleRule::SharedFunctionRoleRule(engine::RuleOptions& o) : maxFunctions_(o.integer("max-functions-per-role", 1, 10000)) {}

void SharedFunctionRoleRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  std::vector<std::vector<const model::Function*>> users(p.roles.size());
  for (const auto& f : p.functions)
    if (f.role) users[*f.role].push_back(&f);
  for (std::size_t i = 0; i < p.roles.size(); ++i) {
    if (static_cast<std::int64_t>(users[i].size()) <= maxFunctions_) continue;
    std::vector<std::string> names;
    for (const auto* f : users[i]) names.push_back("'" + f->name + "'");
    if (p.roles[i].generated) {  // the framework's one role for the whole service: one finding, at the role
      ctx.report(users[i][0], p.roles[i].range, p.roles[i].path,
                 fmt::format("The role the framework generates ('{}') is shared by {} functions ({}); give each function its own role "
                             "(e.g. the serverless-iam-roles-per-function plugin) so each has only the permissions it needs",
                             p.roles[i].id, users[i].size(), fmt::join(names, ", ")));
      continue;
    }
    for (std::size_t k = 1; k < users[i].size(); ++k) {
      const auto* f = users[i][k];
      ctx.report(
             f, f->roleRef,
             fmt::format("Role '{}' is shared by {} functions ({}); give {} a role of its own so each has only the permissions it needs",
                         p.roles[i].id, users[i].size(), fmt::join(names, ", "), fn(*f)))
          .notes.push_back({fmt::format("role '{}' is defined here", p.roles[i].id), p.roles[i].range});
    }
  }
}

}  // namespace faaslint::rules
