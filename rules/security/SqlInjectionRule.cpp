#include "rules/security/SqlInjectionRule.h"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

SqlInjectionRule::SqlInjectionRule(engine::RuleOptions&) {}

namespace {

/// The text starts with an SQL statement's first word ("SELECT * FROM ..."), as far as it is known.
bool looksLikeSql(std::string_view text, const std::vector<std::string>& keywords) {
  while (!text.empty() && (std::isspace(static_cast<unsigned char>(text.front())) || text.front() == '(')) text.remove_prefix(1);
  std::string word;
  while (!text.empty() && std::isalpha(static_cast<unsigned char>(text.front()))) {
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(text.front())));
    text.remove_prefix(1);
  }
  return !word.empty() && (text.empty() || !std::isalnum(static_cast<unsigned char>(text.front()))) &&
         std::find(keywords.begin(), keywords.end(), word) != keywords.end();
}

}  // namespace

void SqlInjectionRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner, const model::SourceProgram& program) {
    const auto& lang = ctx.catalogs().languageOf(facts.language);
    if (lang.sqlExecutors.empty() && lang.noSqlRequests.empty()) return;
    for (const auto& c : facts.calls) {
      // SQL: event data in the text of the query (its parameters may carry anything).
      const auto sql = std::find_if(lang.sqlExecutors.begin(), lang.sqlExecutors.end(),
                                    [&](const policy::SqlExecutor& x) { return anyMatches(x.calls, c.callee); });
      if (sql != lang.sqlExecutors.end()) {
        const std::optional<std::size_t> at = argumentAt(c, *sql);
        if (at && (!sql->generic || looksLikeSql(c.start(*at), lang.sqlKeywords)))
          if (const auto* source = eventSource(program, c, *at, model::kCleanSql)) {
            reportEventFlow(ctx, owner, c, *source,
                            fmt::format("In {}, data from the event is built into the SQL query that {}() runs: a crafted request changes "
                                        "the query (to read, change or delete other rows)",
                                        handlerPhrase(program, c.function), c.callee),
                            "keep the query constant and pass the values as its parameters (placeholders such as %s, ? or $1, and the "
                            "values beside it)");
            continue;
          }
      }
      // NoSQL: event data in a DynamoDB expression, or the event's own object as a condition.
      for (const auto& req : lang.noSqlRequests) {
        if (!anyMatches(req.calls, c.callee)) continue;
        for (std::size_t i = 0; i < c.argNames.size() && i < c.args.size(); ++i) {
          const std::string& name = c.argNames[i];
          const bool expression =
              std::find(req.expressionKeywords.begin(), req.expressionKeywords.end(), name) != req.expressionKeywords.end();
          const bool condition = std::find(req.conditionKeywords.begin(), req.conditionKeywords.end(), name) != req.conditionKeywords.end();
          if (!expression && !condition) continue;
          if (!c.binding(i).empty() && anyMatches(req.safeBindings, c.binding(i))) continue;  // Key('id').eq(value)
          // A condition object built in the code (values from the event are fine there); an object
          // read from the event (`body['filter']` after json.loads) is not built here.
          if (condition && !c.field(i) && c.binding(i).empty()) continue;
          const auto* source = eventSource(program, c, i, model::kCleanSql);
          if (!source) continue;
          if (expression)
            reportEventFlow(ctx, owner, c, *source,
                            fmt::format("In {}, data from the event is built into the {} of {}: a crafted request changes what the "
                                        "request reads or writes",
                                        handlerPhrase(program, c.function), name, c.callee),
                            "keep the expression constant and pass the values through ExpressionAttributeValues (and names through "
                            "ExpressionAttributeNames)");
          else
            reportEventFlow(ctx, owner, c, *source,
                            fmt::format("In {}, the event's own object is the {} of {}: a crafted request chooses the comparison "
                                        "operators",
                                        handlerPhrase(program, c.function), name, c.callee),
                            "build the condition in the code and take only values from the event");
          break;
        }
      }
    }
  });
}

}  // namespace faaslint::rules
