#include "rules/security/ErrorDetailsToCallerRule.h"

#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

ErrorDetailsToCallerRule::ErrorDetailsToCallerRule(engine::RuleOptions&) {}

void ErrorDetailsToCallerRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachResponse(p, ctx, [&](const model::SourceProgram& program, const model::Function* owner, const Response& r) {
    if (!r.body) return;
    const std::uint8_t details = r.fact.errors(*r.body);
    if (details == 0) return;
    const bool stack = details & model::kErrorStack;
    // A stack trace maps the code for an attacker; an error's text (a database's message, botocore's
    // "User: arn:aws:sts::123456789012:assumed-role/..." ) gives less, so it weighs one step less.
    reportExposed(ctx, owner, r.fact.range,
                  fmt::format("{} {} {} of a caught error to its caller: {}", handlerSubject(program, r.fact.function), r.how(),
                              stack ? "the stack trace" : "the text",
                              stack ? "file paths, code and library versions help an attacker aim the next request"
                                    : "an error's message can hold table names, queries, paths, account ids and role names"),
                  "log the error (it goes to the function's logs) and answer with a generic message and an id to find it by", !stack);
  });
}

}  // namespace faaslint::rules
