#include "rules/duration/RecursiveInvocationRule.h"

#include <algorithm>
#include <fmt/format.h>
#include <optional>

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

/// The argument of `c` that names where `w` writes, and where its value comes from: a literal,
/// an environment variable of `f` (with what the manifest sets it to), or a field of the event
/// that names the trigger's own source. Nullopt when the call has no such argument.
std::optional<Target> targetOf(const model::CallFact& c, const providers::SourceWrite& w, const model::Function& f,
                               const model::SourceProgram& program) {
  std::optional<std::size_t> i;
  for (const auto& a : w.arguments)
    if (!i) i = c.namedIndex(a);
  if (!i && w.position && *w.position < c.positional()) i = w.position;
  if (!i) return std::nullopt;
  Target t;
  t.argument = *i < c.argNames.size() && !c.argNames[*i].empty() ? c.argNames[*i]
               : w.arguments.empty()                             ? "the target"
                                                                 : w.arguments.front();
  t.literal = c.args[*i];
  t.env = std::string(c.env(*i));
  for (const auto& e : f.environment)
    if (!t.env.empty() && e.key.known() && e.key.value == t.env) {
      t.var = &e;
      if (e.value.known()) t.literal = e.value.value;
    }
  // The target is read from the event itself: the very resource whose event this is.
  if (const auto field = c.field(*i); field &&
                                      std::find(w.eventFields.begin(), w.eventFields.end(), field->second) != w.eventFields.end() &&
                                      (program.eventParam(c.function, field->first) || eventIntoParam(program, c.function, field->first)))
    t.eventField = std::string(field->second);
  return t;
}

/// True when the target is the function itself (a Lambda Invoke of its own name).
bool isSelf(const Target& t, const model::Function& f, const providers::Profile& profile) {
  const auto& own = profile.ownNameVariables;
  return t.env == model::kOwnFunctionName || std::find(own.begin(), own.end(), t.env) != own.end() || (t.var && t.var->refersTo == f.name);
}

/// The trigger of `f` that a write to the target fires, or null.
const model::Trigger* firedTrigger(const Target& t, const providers::SourceWrite& w, const model::Function& f) {
  const std::string refersTo = t.var ? t.var->refersTo : "";
  for (const auto& trig : f.triggers) {
    if (std::find(w.triggers.begin(), w.triggers.end(), model::triggerKindId(trig.kind)) == w.triggers.end()) continue;
    // A filtered S3 trigger fires on some keys only: the function may write the others.
    if (trig.sourceFiltered) continue;
    if (!t.eventField.empty() || (!refersTo.empty() && refersTo == trig.sourceId) ||
        (!t.literal.empty() && !trig.sourceName.empty() && lastPart(t.literal) == trig.sourceName))
      return &trig;
  }
  return nullptr;
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
        for (const auto& c : facts->calls)
          for (const auto& w : profile->sourceWrites) {
            if (!path.count(c.function) || !anyMatches(w.operations, c.callee)) continue;
            const auto t = targetOf(c, w, f, program);
            if (!t) continue;
            const bool self = std::find(w.triggers.begin(), w.triggers.end(), "self") != w.triggers.end();
            const model::Trigger* trig = self ? nullptr : firedTrigger(*t, w, f);
            if (self ? !isSelf(*t, f, *profile) : !trig) continue;
            core::Diagnostic* d = nullptr;
            if (self) {
              d = &reportInSource(ctx, &f, c.range,
                                  fmt::format("{} invokes {} itself ({}, {}): each run starts another, a loop that runs and bills "
                                              "until something breaks it; carry a depth counter in the payload and stop at a "
                                              "limit, or hand the remaining work to a queue or a state machine",
                                              handlerSubject(program, c.function), fn(f), c.callee, t->describe()));
            } else {
              std::string source = trig->sourceId.empty() ? trig->sourceName : trig->sourceId;
              if (source.empty()) source = fmt::format("the {} source", model::triggerKindName(trig->kind));
              d = &reportInSource(ctx, &f, c.range,
                                  fmt::format("{} writes to '{}' ({}, {}), which invokes {} again through its {} trigger '{}': "
                                              "each write runs the function once more, a loop that runs and bills until something "
                                              "breaks it; write somewhere else, or filter the trigger so the function's own "
                                              "writes do not fire it",
                                              handlerSubject(program, c.function), source, c.callee, t->describe(), fn(f),
                                              model::triggerKindName(trig->kind), trig->name));
              d->notes.push_back(
                  {fmt::format("the {} trigger '{}' of function '{}'", model::triggerKindName(trig->kind), trig->name, f.name),
                   trig->range});
            }
            if (t->var) d->notes.push_back({fmt::format("environment variable {} is set here", t->env), t->var->value.range});
          }
    });
  }
}

}  // namespace faaslint::rules
