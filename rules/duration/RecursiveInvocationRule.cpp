#include "rules/duration/RecursiveInvocationRule.h"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {
namespace {

/// The name in a queue URL, topic or bucket ARN ("https://sqs.../123/jobs" -> "jobs").
std::string lastPart(const std::string& s) { return s.substr(s.find_last_of(":/") + 1); }

/// Where the target argument's value comes from, for messages and matching.
struct Target {
  std::string argument;  ///< "Bucket"
  std::string literal;  ///< the literal value, or the environment variable's literal value
  std::string env;  ///< the environment variable read, "" when none
  const model::EnvVar* var = nullptr;  ///< that variable in the manifest
  std::string eventField;  ///< the event field it is read from, when it names the trigger's own source
  std::string describe() const {
    if (!eventField.empty()) return fmt::format("{} from the event's {}, the resource that sent it", argument, eventField);
    if (env == model::kOwnFunctionName) return argument + " from the handler's context";
    if (!env.empty()) {
      std::string v = var ? (var->value.known() ? "'" + var->value.value + "'" : var->value.unresolved) : "";
      return fmt::format("{} from environment variable {}{}", argument, env, v.empty() ? "" : " = " + v);
    }
    return fmt::format("{} '{}'", argument, literal);
  }
};

std::optional<std::size_t> targetIndex(const model::CallFact& c, const providers::SourceWrite& w) {
  for (const auto& a : w.arguments)
    if (auto i = c.namedIndex(a)) return i;
  if (w.position && *w.position < c.positional()) return w.position;
  return std::nullopt;
}

}  // namespace

RecursiveInvocationRule::RecursiveInvocationRule(engine::RuleOptions&) {}

void RecursiveInvocationRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    const providers::Profile* profile = ctx.provider(f);
    if (!profile || profile->sourceWrites.empty()) continue;
    withProgram(f, [&](const model::SourceProgram& program) {
      const auto& path = program.handlerPath();
      for (const auto* facts : program.files())
        for (const auto& c : facts->calls) {
          if (!path.count(c.function)) continue;
          for (const auto& w : profile->sourceWrites) {
            if (!anyMatches(w.operations, c.callee)) continue;
            const auto i = targetIndex(c, w);
            if (!i) continue;
            Target t{c.argNames.size() > *i && !c.argNames[*i].empty() ? c.argNames[*i]
                     : w.arguments.empty()                             ? "the target"
                                                                       : w.arguments.front(),
                     c.args[*i], std::string(c.env(*i))};
            if (!t.env.empty())
              for (const auto& e : f.environment)
                if (e.key.known() && e.key.value == t.env) {
                  t.var = &e;
                  if (e.value.known()) t.literal = e.value.value;
                }
            const std::string refersTo = t.var ? t.var->refersTo : "";
            // The target is read from the event itself: the very resource whose event this is.
            if (const auto fieldOf = c.field(*i);
                fieldOf && std::find(w.eventFields.begin(), w.eventFields.end(), fieldOf->second) != w.eventFields.end() &&
                (program.eventParam(c.function, fieldOf->first) || eventIntoParam(program, c.function, fieldOf->first)))
              t.eventField = std::string(fieldOf->second);
            auto noteVar = [&](core::Diagnostic& d) {
              if (t.var) d.notes.push_back({fmt::format("environment variable {} is set here", t.env), t.var->value.range});
            };
            if (std::find(w.triggers.begin(), w.triggers.end(), "self") != w.triggers.end()) {
              const bool own =
                  t.env == model::kOwnFunctionName ||
                  std::find(profile->ownNameVariables.begin(), profile->ownNameVariables.end(), t.env) != profile->ownNameVariables.end() ||
                  refersTo == f.name;
              if (!own) continue;
              auto& d = reportInSource(ctx, &f, c.range,
                                       fmt::format("{} invokes {} itself ({}, {}): each run starts another, a loop that runs and bills "
                                                   "until something breaks it; carry a depth counter in the payload and stop at a "
                                                   "limit, or hand the remaining work to a queue or a state machine",
                                                   handlerSubject(program, c.function), fn(f), c.callee, t.describe()));
              noteVar(d);
              continue;
            }
            for (const auto& trig : f.triggers) {
              if (std::find(w.triggers.begin(), w.triggers.end(), model::triggerKindId(trig.kind)) == w.triggers.end()) continue;
              // A filtered S3 trigger fires on some keys only: the function may write the others.
              if (trig.sourceFiltered) continue;
              const bool same = !t.eventField.empty() || (!refersTo.empty() && refersTo == trig.sourceId) ||
                                (!t.literal.empty() && !trig.sourceName.empty() && lastPart(t.literal) == trig.sourceName);
              if (!same) continue;
              std::string source = trig.sourceId.empty() ? trig.sourceName : trig.sourceId;
              if (source.empty()) source = fmt::format("the {} source", model::triggerKindName(trig.kind));
              auto& d = reportInSource(ctx, &f, c.range,
                                       fmt::format("{} writes to '{}' ({}, {}), which invokes {} again through its {} trigger '{}': "
                                                   "each write runs the function once more, a loop that runs and bills until something "
                                                   "breaks it; write somewhere else, or filter the trigger so the function's own "
                                                   "writes do not fire it",
                                                   handlerSubject(program, c.function), source, c.callee, t.describe(), fn(f),
                                                   model::triggerKindName(trig.kind), trig.name));
              d.notes.push_back(
                  {fmt::format("the {} trigger '{}' of function '{}'", model::triggerKindName(trig.kind), trig.name, f.name), trig.range});
              noteVar(d);
              break;
            }
          }
        }
    });
  }
}

}  // namespace faaslint::rules
