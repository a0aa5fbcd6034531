#pragma once
#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <fmt/format.h>

#include "engine/RuleContext.h"
#include "model/Model.h"
#include "policy/Catalogs.h"

/// Small helpers shared by rules. Rules see only the model.
namespace faaslint::rules {

/// The phrase naming the function a finding is reported for ("function 'A'"): a placeholder that
/// the engine renders from the diagnostic's subjects, so findings that many functions share
/// (an inherited value) merge into one that names them all. Use it only for the function passed
/// to ctx.report; name other functions in words.
inline std::string fn(const model::Function& /*reported*/) { return std::string(core::kSubject); }

/// The role a function runs with, when the manifest shows it.
inline const model::Role* roleOf(const model::Project& p, const model::Function& f) { return f.role ? &p.roles[*f.role] : nullptr; }

/// True when an IAM action string grants everything of a service ("s3:*") or of AWS ("*").
inline bool isServiceWildcard(std::string_view a) { return a == "*" || (a.size() > 2 && a.ends_with(":*")); }

/// Effective timeout in seconds: the value, the plan's default when absent, or nullopt when
/// unknown (or the provider has no profile).
inline std::optional<std::int64_t> effectiveTimeout(const model::Function& f, const providers::Profile* profile) {
  if (f.timeoutS.known()) return f.timeoutS.value;
  if (f.timeoutS.absent() && profile)
    if (const auto& t = profile->plan(f).timeoutS; t && t->defaultValue) return *t->defaultValue;
  return std::nullopt;
}

/// Effective memory in MB: the value, the plan's default when absent, or nullopt.
inline std::optional<std::int64_t> effectiveMemory(const model::Function& f, const providers::Profile* profile) {
  if (f.memoryMb.known()) return f.memoryMb.value;
  if (f.memoryMb.absent() && profile)
    if (const auto& m = profile->plan(f).memoryMb; m && m->defaultValue) return *m->defaultValue;
  return std::nullopt;
}

/// "128 to 10240" for a range, "128, 256 or 512" for tiers: what a plan accepts, for messages.
inline std::string acceptedValues(const providers::Bounds& b, const std::vector<std::int64_t>& tiers) {
  if (!tiers.empty()) {
    std::string out;
    for (std::size_t i = 0; i < tiers.size(); ++i) out += (i == 0 ? "" : i + 1 == tiers.size() ? " or " : ", ") + std::to_string(tiers[i]);
    return out;
  }
  return b.max ? std::to_string(b.min) + " to " + std::to_string(*b.max) : "at least " + std::to_string(b.min);
}

/// The platform-range check MEM002 and DUR002 share: a known value outside what the function's
/// plan accepts (a range, or a list of tiers) is reported with the plan's name and `note`, e.g.
/// "Memory of function 'F' is 99999 MB; AWS Lambda accepts 128 to 10240 MB, so the deployment will fail".
inline void reportOutsidePlatformRange(engine::RuleContext& ctx, const model::Function& f, const core::Located<std::int64_t>& value,
                                       const providers::Plan& plan, const std::optional<providers::Bounds>& bounds,
                                       const std::vector<std::int64_t>& tiers, std::string_view what, std::string_view unit,
                                       const std::string& note = {}) {
  if (!value.known() || !bounds) return;
  const std::int64_t v = value.value;
  const bool ok = tiers.empty() ? bounds->contains(v) : std::find(tiers.begin(), tiers.end(), v) != tiers.end();
  if (ok) return;
  ctx.report(&f, value,
             std::string(what) + " of " + fn(f) + " is " + std::to_string(v) + " " + std::string(unit) + "; " + plan.name + " accepts " +
                 acceptedValues(*bounds, tiers) + " " + std::string(unit) + (note.empty() ? "" : " " + note) +
                 ", so the deployment will fail");
}

/// Visits every source file's facts with the function that runs it (null for a file analysed on
/// its own, without a manifest), and, when the visitor takes it, the program the file is part of
/// (every file that function runs).
template <class Visit> void forEachSource(const model::Project& p, Visit visit) {
  auto each = [&](const std::vector<std::shared_ptr<const model::SourceFacts>>& sources, const model::Function* owner,
                  const model::SourceProgram* built) {
    if constexpr (std::is_invocable_v<Visit, const model::SourceFacts&, const model::Function*, const model::SourceProgram&>) {
      std::optional<model::SourceProgram> local;  // a project the engine did not prepare (buildPrograms)
      if (!built) {
        std::vector<const model::SourceFacts*> files;
        files.reserve(sources.size());
        for (const auto& facts : sources) files.push_back(facts.get());
        built = &local.emplace(std::move(files), owner ? owner->codeHandlers : std::vector<model::HandlerFact>{});
      }
      for (const auto& facts : sources) visit(*facts, owner, *built);
    } else {
      for (const auto& facts : sources) visit(*facts, owner);
    }
  };
  for (std::size_t i = 0; i < p.sources.size(); ++i)
    each({p.sources[i]}, nullptr, i < p.sourcePrograms.size() ? p.sourcePrograms[i].get() : nullptr);
  for (const auto& f : p.functions) each(f.sourceFacts, &f, f.program.get());
}

/// The program of a function's code (null when it has none), the engine's when it built one.
template <class Visit> void withProgram(const model::Function& f, Visit visit) {
  if (f.sourceFacts.empty()) return;
  if (f.program) {
    visit(*f.program);
    return;
  }
  std::vector<const model::SourceFacts*> files;
  for (const auto& s : f.sourceFacts) files.push_back(s.get());
  visit(model::SourceProgram(std::move(files), f.codeHandlers));
}

/// Reports a finding in source code; when a manifest function runs the code, a note points at
/// the function, so both places are in the finding.
inline core::Diagnostic& reportInSource(engine::RuleContext& ctx, const model::Function* owner, const core::Range& at,
                                        std::string message) {
  auto& d = ctx.report(owner, at, "", std::move(message));
  if (owner) d.notes.push_back({"function '" + owner->name + "' in the manifest runs this code", owner->range});
  return d;
}

/// For findings in handler code: what the manifest lets the function do about it, e.g. "; the
/// manifest lets function 'Cpp' run for 600 s, and the caller of its API trigger 'Get' gives up
/// after 29 s".
inline std::string ownerContext(const model::Function* owner, const engine::RuleContext& ctx) {
  if (!owner) return "";
  const providers::Profile* profile = ctx.provider(*owner);
  std::string out;
  if (auto t = effectiveTimeout(*owner, profile))
    out = "; the manifest lets function '" + owner->name + "' run for " + std::to_string(*t) + " s";
  for (const auto& t : owner->triggers) {
    const providers::TriggerProfile* tp = profile ? profile->trigger(t.kind) : nullptr;
    if (!model::isHttp(t.kind) || !tp || !tp->callerTimeoutS) continue;
    out += out.empty() ? "; the caller" : ", and the caller";
    out += std::string(t.kind == model::TriggerKind::Http ? " of its HTTP trigger '" : " of its API trigger '") + t.name +
           "' gives up after " + std::to_string(*tp->callerTimeoutS) + " s";
    break;
  }
  return out;
}

/// Where a language-data option's default comes from, for the option table.
inline constexpr const char* kLanguageCatalogs = "policies/catalogs/languages/<id>.yaml";

/// `s` in ASCII lower case (header names, content types, keys).
inline std::string asciiLower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

/// True when a name from the code matches a catalog entry: equal, or, when the entry holds `*`,
/// each `*` standing for any run of characters ("*.GetWaiter.wait", "requests.*").
inline bool nameMatches(std::string_view pattern, std::string_view name) {
  const auto star = pattern.find('*');
  if (star == std::string_view::npos) return pattern == name;
  if (!name.starts_with(pattern.substr(0, star))) return false;
  // The text after the last `*` must end the name: most names fail here, without the search below.
  if (const std::string_view tail = pattern.substr(pattern.rfind('*') + 1); !name.ends_with(tail) || name.size() < star + tail.size())
    return false;
  std::string_view rest = pattern.substr(star + 1);
  for (std::size_t at = star; at <= name.size(); ++at)
    if (nameMatches(rest, name.substr(at))) return true;
  return false;
}

/// True when a name matches one of the entries of a list.
inline bool anyMatches(const std::vector<std::string>& patterns, std::string_view name) {
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& p) { return nameMatches(p, name); });
}

/// The argument of `c` that a catalog entry reads: its keyword argument when the call has one,
/// else its positional argument; nullopt when the call has neither.
inline std::optional<std::size_t> argumentAt(const model::CallFact& c, const policy::CallArgument& spot) {
  if (!spot.keyword.empty())
    if (const auto at = c.namedIndex(spot.keyword)) return at;
  return spot.position < c.positional() ? std::optional<std::size_t>(spot.position) : std::nullopt;
}

/// Visits each call of the sources (manifest-linked and alone) with the first entry of
/// `entries(catalog)` whose `calls` name it, for the file's language catalog.
template <class Entries, class Visit>
void forEachCatalogCall(const model::Project& p, const engine::RuleContext& ctx, Entries entries, Visit visit) {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner, const model::SourceProgram& program) {
    const auto& list = entries(ctx.catalogs().languageOf(facts.language));
    if (list.empty()) return;
    for (const auto& c : facts.calls) {
      const auto entry = std::find_if(list.begin(), list.end(), [&](const auto& e) { return anyMatches(e.calls, c.callee); });
      if (entry != list.end()) visit(program, owner, c, *entry);
    }
  });
}

/// A list a rule looks for in code: the option's value when the policy sets it (for every
/// language), else the list in the file's language catalog.
inline const std::vector<std::string>& languageList(const std::vector<std::string>& option, const std::vector<std::string>& catalog) {
  return option.empty() ? catalog : option;
}

/// Visits every call to one of the callees `list(catalog)` names for the file's language (or
/// `option`, when set) made on a handler's path, with the program it is in and the function that
/// runs it.
template <class List, class Visit>
void forEachHandlerCall(const model::Project& p, const engine::RuleContext& ctx, const std::vector<std::string>& option, List list,
                        Visit visit) {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner, const model::SourceProgram& program) {
    const auto& callees = languageList(option, list(ctx.catalogs().languageOf(facts.language)));
    const auto& path = program.handlerPath();
    for (const auto& c : facts.calls)
      if (path.count(c.function) && anyMatches(callees, c.callee)) visit(program, owner, c);
  });
}

/// The most specific lock-in entry for a name: the longest `match` that `matches(entry)` accepts
/// (an empty `what` shields a path from a broader entry). Null when none matches.
template <class Matches> const policy::LockinEntry* mostSpecific(const std::vector<policy::LockinEntry>& entries, Matches matches) {
  const policy::LockinEntry* best = nullptr;
  for (const auto& e : entries)
    if (matches(e) && (!best || e.match.size() > best->match.size())) best = &e;
  return best;
}

/// Following event data through the helpers of a program. `seen` holds the (function, parameter)
/// pairs already followed, so recursion ends; data that went through a sanitizer for `cleanFor`
/// (CleanFor bits: shlex.quote for a shell, int() for anything) does not count, at the sink or
/// at any call on the way.
struct SeenParams {
  std::set<std::pair<std::string, unsigned>> seen;
  std::uint8_t cleanFor = 0;
};
inline const model::CallFact* eventSource(const model::SourceProgram& program, const model::CallFact& call, std::size_t arg,
                                          SeenParams& seen);

/// A call that passes event data into parameter `param` of `function`, directly or through the
/// parameters of its own callers, in any file of the program; null when none does.
inline const model::CallFact* eventIntoParam(const model::SourceProgram& program, const std::string& function, unsigned param,
                                             SeenParams& seen) {
  if (!seen.seen.emplace(function, param).second) return nullptr;
  for (const auto* facts : program.files())
    for (const auto& caller : facts->calls)
      if (caller.callee == function && param < caller.positional())
        if (const auto* source = eventSource(program, caller, param, seen)) return source;
  return nullptr;
}

inline const model::CallFact* eventIntoParam(const model::SourceProgram& program, const std::string& function, unsigned param) {
  SeenParams seen;
  return eventIntoParam(program, function, param, seen);
}

/// The same for any of the parameters in `params` (bit i: parameter i).
inline const model::CallFact* eventIntoParams(const model::SourceProgram& program, const std::string& function, std::uint32_t params,
                                              SeenParams& seen) {
  for (unsigned p = 0; p < 32; ++p)
    if (params >> p & 1u)
      if (const auto* source = eventIntoParam(program, function, p, seen)) return source;
  return nullptr;
}
inline const model::CallFact* eventIntoParams(const model::SourceProgram& program, const std::string& function, std::uint32_t params) {
  SeenParams seen;
  return eventIntoParams(program, function, params, seen);
}

/// True when one of the parameters in `params` (bit i: parameter i) of `function` is a handler's
/// event parameter.
inline bool isEventParam(const model::SourceProgram& program, const std::string& function, std::uint32_t params) {
  for (unsigned p = 0; p < 32; ++p)
    if (params >> p & 1u && program.eventParam(function, p)) return true;
  return false;
}

/// Where event data enters argument `arg` of `call`: the call itself when the argument is computed
/// from the event in its own function (or from the event parameter of the handler it is in), or a
/// call that passes event data down into the function holding `call` through its parameters. Null
/// when no event data reaches the argument.
inline const model::CallFact* eventSource(const model::SourceProgram& program, const model::CallFact& call, std::size_t arg,
                                          SeenParams& seen) {
  if (call.cleanFor(arg, seen.cleanFor)) return nullptr;
  if (arg < call.argFromEvent.size() && call.argFromEvent[arg]) return &call;
  if (arg >= call.argParams.size()) return nullptr;
  if (isEventParam(program, call.function, call.argParams[arg])) return &call;
  return eventIntoParams(program, call.function, call.argParams[arg], seen);
}
inline const model::CallFact* eventSource(const model::SourceProgram& program, const model::CallFact& call, std::size_t arg,
                                          std::uint8_t cleanFor = 0) {
  SeenParams seen;
  seen.cleanFor = cleanFor;
  return eventSource(program, call, arg, seen);
}

/// The handler a function of a program serves ("handler 'my_handler'", or "'helper', called from
/// handler 'my_handler'"), for messages.
inline std::string handlerPhrase(const model::SourceProgram& program, const std::string& function) {
  const auto handlers = program.handlers();
  auto isHandler = [&](std::string_view name) -> const model::HandlerFact* {
    for (const auto* h : handlers)
      if (h->name == name) return h;
    return nullptr;
  };
  if (isHandler(function)) return "handler '" + function + "'";
  if (handlers.empty()) return "'" + function + "'";
  // The handler nearest to it through its callers (a callback nests in its function, which the call
  // graph holds too); the first handler when none calls it.
  std::multimap<std::string_view, std::string_view> callers;
  for (const auto* f : program.files())
    for (const auto& [caller, callee] : f->callGraph) callers.emplace(callee, caller);
  const model::HandlerFact* nearest = nullptr;
  std::set<std::string_view> seen{function};
  std::deque<std::string_view> todo{function};
  while (!todo.empty() && !nearest) {
    const std::string_view fn = todo.front();
    todo.pop_front();
    for (auto [it, end] = callers.equal_range(fn); it != end && !nearest; ++it) {
      nearest = isHandler(it->second);
      if (seen.insert(it->second).second) todo.push_back(it->second);
    }
  }
  return "'" + function + "', called from handler '" + (nearest ? nearest : handlers.front())->name + "'";
}

/// The phrase with its first letter upper case, to start a sentence ("Handler 'h' ...").
inline std::string capitalized(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

/// handlerPhrase as the subject of a sentence: "Handler 'h'", or "Function 'helper', called from
/// handler 'h',".
inline std::string handlerSubject(const model::SourceProgram& program, const std::string& function) {
  const std::string who = handlerPhrase(program, function);
  return who.starts_with("handler ") ? capitalized(who) : "Function " + who + ",";
}

/// How exposed a function's event is, from its manifest, for the injection rules: who can send
/// the data that reaches a sink decides how urgent the finding is.
struct Exposure {
  core::Severity severity;
  std::string phrase;  ///< where the event comes from, for the message ("" when no manifest says)
  core::Range at;  ///< the trigger (or function URL) it comes from, for a note
};

/// A public unauthenticated trigger (a function URL with auth NONE, an HTTP route the provider's
/// profile calls open), or an HTTP trigger whose authentication the manifest does not show, keeps
/// the rule's configured severity; an authenticated HTTP trigger one step
/// lower; events from the team's own resources (queues, buckets, streams, schedules) a note, since
/// only those who can write there can craft them. Code that no manifest owns keeps the configured
/// severity.
inline Exposure exposureOf(const model::Function* owner, const engine::RuleContext& ctx) {
  if (!owner) return {ctx.severity(), "", {}};
  const providers::Profile* profile = ctx.provider(*owner);
  if (const auto& url = owner->aws.url; url && url->authType.known() && url->authType.value == "NONE")
    return {ctx.severity(), "the function's public URL (AuthType NONE) takes requests from anyone", url->authType.range};
  const model::Trigger* authenticated = nullptr;
  const model::Trigger* unseen = nullptr;
  const model::Trigger* other = nullptr;
  for (const auto& t : owner->triggers) {
    if (!model::isHttp(t.kind)) {
      if (!other) other = &t;
      continue;
    }
    if (t.method == "OPTIONS") continue;
    if (t.authorizer.state == core::ValueState::Unknown || !profile || profile->openHttpAuth.empty()) {
      if (!unseen) unseen = &t;  // an API or OpenAPI body the manifest does not show: it may be open
      continue;
    }
    const auto& open = profile->openHttpAuth;
    if (!t.authorizer.known() || std::find(open.begin(), open.end(), t.authorizer.value) != open.end())
      return {ctx.severity(),
              fmt::format("its {} trigger '{}' takes requests from anyone (no authentication)", model::triggerKindName(t.kind), t.name),
              t.range};
    if (!authenticated) authenticated = &t;
  }
  if (unseen)
    return {ctx.severity(),
            fmt::format("its {} trigger '{}' may take requests from anyone: its authentication is set where faaslint cannot see it "
                        "(the API's definition)",
                        model::triggerKindName(unseen->kind), unseen->name),
            unseen->range};
  if (authenticated)
    return {ctx.lowerSeverity(),
            fmt::format("its {} trigger '{}' requires authentication{}", model::triggerKindName(authenticated->kind), authenticated->name,
                        authenticated->authorizer.known() ? " (" + authenticated->authorizer.value + ")" : ""),
            authenticated->range};
  if (other)
    return {core::Severity::Note,
            fmt::format("its event comes from {} '{}', so only those who can write there can craft it", model::triggerKindName(other->kind),
                        other->name),
            other->range};
  return {ctx.lowerSeverity(), "the manifest gives it no trigger: only callers allowed to invoke it directly send its events",
          owner->range};
}

/// Reports event data reaching a sink in handler code (the injection rules): "<what>; <where the
/// event comes from>; <advice>", with the severity of exposureOf, a note at the call where the data
/// enters a helper (when `source` is another call than `sink`) and one at the trigger.
/// Reports a finding in handler code whose weight depends on who sends the event: "<what>; <where
/// the event comes from>; <advice>", with the severity of exposureOf (one step lower with `lower`)
/// and a note at the trigger (after `note`, when given).
inline core::Diagnostic& reportExposed(engine::RuleContext& ctx, const model::Function* owner, const core::Range& at,
                                       const std::string& what, const std::string& advice, bool lower = false,
                                       std::optional<core::DiagnosticNote> note = std::nullopt) {
  const Exposure exposure = exposureOf(owner, ctx);
  auto& d = reportInSource(ctx, owner, at, fmt::format("{}{}; {}", what, exposure.phrase.empty() ? "" : "; " + exposure.phrase, advice));
  d.severity = lower ? core::lowered(exposure.severity) : exposure.severity;
  if (note) d.notes.push_back(std::move(*note));
  if (exposure.at.valid()) d.notes.push_back({"the event comes from here", exposure.at});
  return d;
}

inline core::Diagnostic& reportEventFlow(engine::RuleContext& ctx, const model::Function* owner, const model::CallFact& sink,
                                         const model::CallFact& source, const std::string& what, const std::string& advice) {
  std::optional<core::DiagnosticNote> passed;
  if (&source != &sink) passed = core::DiagnosticNote{fmt::format("the event's data is passed to '{}' here", source.callee), source.range};
  return reportExposed(ctx, owner, sink.range, what, advice, false, std::move(passed));
}

/// True when the caller of a function can read what it answers: it has an HTTP trigger or a function
/// URL, or no manifest says (code analysed alone). A queue's or a schedule's function answers no one.
inline bool answersHttp(const model::Function* owner) {
  if (!owner || owner->aws.url) return true;
  return std::any_of(owner->triggers.begin(), owner->triggers.end(), [](const model::Trigger& t) { return model::isHttp(t.kind); });
}

/// A response a handler sends (SEC020, SEC022): a call of the language's response-calls made on a
/// handler's path, or a `return` of a handler whose framework answers with its return value.
struct Response {
  const model::CallFact& fact;
  std::optional<std::size_t> body;  ///< the body's argument, when the fact has it
  std::string contentType;  ///< the content type the code names for it (a header or mimetype=), "" when none
  bool stringsAreHtml = false;  ///< a string body goes out as text/html unless a content type says otherwise

  bool returned() const { return fact.callee == "return"; }
  /// How the handler answers with it, for messages: "returns", "sends with res.send()".
  std::string how() const { return returned() ? "returns" : fmt::format("sends with {}()", fact.callee); }
};

/// The content type a call or return names: a `contentTypeKeywords` argument, or (for a proxy
/// response) its `headers.Content-Type` in any case.
inline std::string namedContentType(const model::CallFact& c, const std::vector<std::string>& keywords, bool proxy) {
  for (const auto& k : keywords)
    if (auto v = c.named(k); v && !v->empty()) return *v;
  if (proxy)
    for (std::size_t i = 0; i < c.argNames.size() && i < c.args.size(); ++i)
      if (!c.args[i].empty() && asciiLower(c.argNames[i]) == "headers.content-type") return c.args[i];
  return "";
}

/// Visits each response of the sources whose caller can read it (answersHttp), with the program
/// and the function that runs it.
template <class Visit> void forEachResponse(const model::Project& p, const engine::RuleContext& ctx, Visit visit) {
  // The functions whose return value is a handler's answer, with the handler's framework: the
  // handlers, and helpers whose result a handler returns (`return get_data(event)`); worked out
  // once per program (the files of one function share it).
  const model::SourceProgram* answered = nullptr;
  std::map<std::string, std::string, std::less<>> answering;
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner, const model::SourceProgram& program) {
    if (!answersHttp(owner)) return;
    const auto& catalog = ctx.catalogs().languageOf(facts.language);
    const auto& path = program.handlerPath();
    for (const auto& c : facts.calls) {
      if (catalog.responseCalls.empty() || !path.count(c.function)) continue;
      const auto entry = std::find_if(catalog.responseCalls.begin(), catalog.responseCalls.end(),
                                      [&](const policy::ResponseCall& e) { return anyMatches(e.calls, c.callee); });
      if (entry == catalog.responseCalls.end()) continue;
      std::optional<std::size_t> body = entry->proxyResponse ? c.namedIndex("body") : std::nullopt;
      if (!body) body = argumentAt(c, *entry);
      visit(program, owner, Response{c, body, namedContentType(c, entry->contentTypeKeywords, entry->proxyResponse), entry->html});
    }
    if (facts.returns.empty()) return;
    if (answered != &program) {
      answered = &program;
      answering.clear();
      for (const auto* h : program.handlers()) answering.emplace(h->name, h->framework);
    }
    for (bool grew = true; grew;) {
      grew = false;
      for (const auto* file : program.files())
        for (const auto& r : file->returns)
          if (auto a = answering.find(r.function); a != answering.end() && !r.binding(0).empty())
            grew |= answering.emplace(std::string(r.binding(0)), a->second).second;
    }
    for (const auto& r : facts.returns) {
      const auto h = answering.find(r.function);
      if (h == answering.end()) continue;
      const auto& fw = h->second;
      if (std::find(catalog.returnsIgnoredBy.begin(), catalog.returnsIgnoredBy.end(), fw) != catalog.returnsIgnoredBy.end()) continue;
      // `return Response(...)`: the call is the response, visited above.
      if (!r.binding(0).empty() && std::any_of(catalog.responseCalls.begin(), catalog.responseCalls.end(),
                                               [&](const policy::ResponseCall& e) { return anyMatches(e.calls, r.binding(0)); }))
        continue;
      const bool html =
          std::find(catalog.htmlStringReturns.begin(), catalog.htmlStringReturns.end(), fw) != catalog.htmlStringReturns.end();
      std::optional<std::size_t> body = r.namedIndex("body");
      if (!body && !r.args.empty()) body = 0;
      visit(program, owner, Response{r, body, namedContentType(r, {}, true), html});
    }
  });
}

/// Visits every Allow statement of the role a function runs with, once per role.
template <class Visit> void forEachAllowStatement(const model::Project& p, Visit visit) {
  for (const auto& role : p.roles)
    for (const auto& st : role.statements)
      if (st.allows()) visit(role, st);
}

/// The known values of a list, in order (unknown ones are left out).
inline std::vector<std::string> knownValues(const std::vector<core::Located<std::string>>& list) {
  std::vector<std::string> out;
  for (const auto& v : list)
    if (v.known()) out.push_back(v.value);
  return out;
}

/// Who grants a statement, for messages: "Allow statement", or "Managed policy 'AmazonS3FullAccess'"
/// when it was read from the AWS managed policy catalog.
inline std::string grantor(const model::IamStatement& st) {
  return st.managedPolicy.empty() ? std::string("Allow statement") : "Managed policy '" + st.managedPolicy + "'";
}

/// True when a Deny statement of the role takes this action away on every resource.
inline bool deniedEverywhere(const model::Role& role, std::string_view action) {
  for (const auto& d : role.statements) {
    if (d.allows() || d.notAction || d.notResource || d.hasCondition) continue;
    bool everywhere = false;
    for (const auto& r : d.resources) everywhere |= r.known() && r.value == "*";
    if (!everywhere) continue;
    for (const auto& a : d.actions)
      if (a.known() && iam::actionMatches(a.value, action)) return true;
  }
  return false;
}

/// The functions that use a role, for messages ("used by function 'A', 'B'").
inline std::string usersOf(const model::Project& p, const model::Role& role) {
  std::string out;
  int count = 0;
  for (const auto& f : p.functions) {
    if (!f.role || &p.roles[*f.role] != &role) continue;
    out += out.empty() ? "'" + f.name + "'" : ", '" + f.name + "'";
    ++count;
  }
  if (count == 0) return "no function in this template";
  return (count == 1 ? "function " : "functions ") + out;
}

/// The first function using a role, for the diagnostic's function field.
inline const model::Function* firstUser(const model::Project& p, const model::Role& role) {
  for (const auto& f : p.functions)
    if (f.role && &p.roles[*f.role] == &role) return &f;
  return nullptr;
}

}  // namespace faaslint::rules
