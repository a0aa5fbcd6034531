#include "rules/duration/SynchronousWaitRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {
namespace {

/// "Aws::Lambda::LambdaClient::Invoke" -> "Aws::Lambda::" (the service's namespace).
std::string serviceNamespace(const std::string& op) {
  auto last = op.rfind("::");
  auto cls = last == std::string::npos || last == 0 ? std::string::npos : op.rfind("::", last - 1);
  return cls == std::string::npos ? "" : op.substr(0, cls + 2);
}

/// `b` names `a` as written in the code: equal, or its tail at a `::` (`InvocationType::Event`
/// for `Aws::Lambda::Model::InvocationType::Event`), with at least two components.
bool namesTail(const std::string& full, const std::string& written) {
  if (written.find("::") == std::string::npos) return false;
  return full == written || (full.size() > written.size() + 2 && full.ends_with("::" + written));
}

}  // namespace

SynchronousWaitRule::SynchronousWaitRule(engine::RuleOptions& o)
    : waits_(o.stringList("wait-functions", {}, kLanguageCatalogs)), sdkWaits_(o.stringList("sdk-waits", {}, kLanguageCatalogs)),
      asyncNames_(o.stringList("async-names", {}, kLanguageCatalogs)), waitOnDrop_(o.stringList("wait-on-drop", {}, kLanguageCatalogs)),
      mountSyncCalls_(o.stringList("mount-sync-calls", {}, kLanguageCatalogs)) {}

void SynchronousWaitRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  auto waits = [](const policy::LanguageCatalog& l) -> const auto& { return l.waits; };
  auto waitOnDrop = [](const policy::LanguageCatalog& l) -> const auto& { return l.waitOnDrop; };
  forEachHandlerCall(
      p, ctx, waits_, waits, [&](const model::SourceProgram& program, const model::Function* owner, const model::CallFact& c) {
        reportInSource(ctx, owner, c.range,
                       fmt::format("{} blocks on {} while the invocation is billed{}; hand the long part to a queue, a state machine or a "
                                   "durable function and return",
                                   handlerSubject(program, c.function), c.callee, ownerContext(owner, ctx)));
      });
  // std::async(...) as a statement of its own: the future it returns is destroyed at once, and
  // that destructor waits for the task; "fire and forget" blocks the handler instead.
  forEachHandlerCall(
      p, ctx, waitOnDrop_, waitOnDrop, [&](const model::SourceProgram& program, const model::Function* owner, const model::CallFact& c) {
        if (!c.resultDiscarded || (!c.args.empty() && c.args[0] == "deferred")) return;
        reportInSource(
            ctx, owner, c.range,
            fmt::format("{} drops the future that {} returns, and its destructor waits for the task: the call blocks until the "
                        "task ends, while the invocation is billed{}; do the work in the request, or hand it to a queue and return",
                        handlerSubject(program, c.function), c.callee, ownerContext(owner, ctx)));
      });
  // A synchronous file call on a network file system mounted into the function (EFS): the
  // process stops for every round trip to it. Only a manifest says where such a mount is.
  auto mountSyncCalls = [](const policy::LanguageCatalog& l) -> const auto& { return l.mountSyncCalls; };
  forEachHandlerCall(p, ctx, mountSyncCalls_, mountSyncCalls,
                     [&](const model::SourceProgram& program, const model::Function* owner, const model::CallFact& c) {
                       if (!owner || c.positional() == 0) return;
                       const std::string_view file = c.start(0);
                       for (const auto& mount : owner->networkMounts) {
                         if (!mount.known() || mount.value.empty()) continue;
                         std::string_view root = mount.value;
                         while (root.size() > 1 && root.ends_with('/')) root.remove_suffix(1);
                         if (!file.starts_with(root) || (file.size() > root.size() && file[root.size()] != '/')) continue;
                         reportInSource(
                             ctx, owner, c.range,
                             fmt::format("{} calls {} on {}'{}', under the network file system mounted at {}: the whole process stops "
                                         "for each round trip to it, so nothing else of the invocation runs meanwhile{}; use the "
                                         "asynchronous call (fs.promises) or a stream",
                                         handlerSubject(program, c.function), c.callee, c.args[0].empty() ? "a path starting " : "",
                                         file.size() > 120 ? file.substr(0, 120) : file, mount.value, ownerContext(owner, ctx)));
                         return;
                       }
                     });
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner, const model::SourceProgram& program) {
    const auto& path = program.handlerPath();
    const auto& lang = ctx.catalogs().languageOf(facts.language);
    const auto& sdkWaits = languageList(sdkWaits_, lang.sdkWaits);
    const auto& asyncNames = languageList(asyncNames_, lang.asyncNames);
    for (const auto& c : facts.calls) {
      if (!path.count(c.function)) continue;
      // The operation: by its qualified name, or, when the SDK's headers are missing, by the
      // member name in a file that uses the service's namespace.
      auto op = std::find_if(sdkWaits.begin(), sdkWaits.end(), [&](const std::string& w) {
        if (c.resolved) return nameMatches(w, c.callee);
        const std::string ns = serviceNamespace(w);
        return c.callee.find("::") == std::string::npos && w.ends_with("::" + c.callee) && !ns.empty() &&
               std::any_of(facts.names.begin(), facts.names.end(), [&](const model::NameFact& n) { return n.name.starts_with(ns); });
      });
      if (op == sdkWaits.end()) continue;
      // Asked for asynchronously in the same function (InvocationType::Event): no wait.
      const bool async = std::any_of(facts.names.begin(), facts.names.end(), [&](const model::NameFact& n) {
        return n.function == c.function &&
               std::any_of(asyncNames.begin(), asyncNames.end(), [&](const std::string& a) { return namesTail(a, n.name); });
      });
      if (async) continue;
      // ... or by a named argument of the call itself (InvocationType='Event').
      const bool asyncArgument = std::any_of(lang.asyncArguments.begin(), lang.asyncArguments.end(), [&](const std::string& a) {
        const auto eq = a.find('=');
        const auto value = eq == std::string::npos ? std::nullopt : c.named(a.substr(0, eq));
        return value && *value == a.substr(eq + 1);
      });
      if (asyncArgument) continue;
      reportInSource(ctx, owner, c.range,
                     fmt::format("{} calls {}, which waits for another service's work to finish while the invocation is billed{}; "
                                 "start the work asynchronously, or hand it to a queue or a state machine and return",
                                 handlerSubject(program, c.function), *op, ownerContext(owner, ctx)));
    }
  });
}

}  // namespace faaslint::rules
