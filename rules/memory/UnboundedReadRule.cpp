#include "rules/memory/UnboundedReadRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

UnboundedReadRule::UnboundedReadRule(engine::RuleOptions& o) : capMb_(o.integer("max-allocation-mb", 1, 10240)) {}

void UnboundedReadRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner, const model::SourceProgram& program) {
    const auto& path = program.handlerPath();
    // The function's memory, when the manifest says (or its platform default).
    const std::optional<std::int64_t> memoryMb = owner ? effectiveMemory(*owner, ctx.provider(*owner)) : std::nullopt;
    const std::string exhausts = memoryMb ? fmt::format("a large object exhausts the function's {} MB", *memoryMb) : "";
    // Python and JavaScript: calls that read a whole object into memory (s3 get_object's
    // Body.read(), Body.transformToString()), unless a size is given (read(n)); a request for a
    // byte range is named differently by the analyzers (aws.s3.GetObject(Range)).
    for (const auto& c : facts.calls) {
      if (!path.count(c.function) || !anyMatches(ctx.catalogs().languageOf(facts.language).wholeReads, c.callee)) continue;
      if (c.callee.ends_with(".read") && c.positional() > 0) continue;
      reportInSource(ctx, owner, c.range,
                     fmt::format("In {}, the code reads a whole object into memory ({}) with no size bound{}; stream it in chunks, "
                                 "ask for a byte range or check the size first",
                                 handlerPhrase(program, c.function), c.callee, exhausts.empty() ? "" : ": " + exhausts));
    }
    const auto& catalog = ctx.catalogs().languageOf(facts.language);
    // A whole object handed to a reader that keeps all of it (pandas.read_csv(obj['Body'])).
    for (const auto& c : facts.calls) {
      if (!path.count(c.function)) continue;
      for (const auto& reader : catalog.wholeReaders) {
        if (!anyMatches(reader.calls, c.callee)) continue;
        if (std::any_of(reader.unless.begin(), reader.unless.end(), [&](const std::string& k) { return c.named(k).has_value(); })) continue;
        for (std::size_t i = 0; i < c.args.size(); ++i) {
          const std::string_view what = c.binding(i);
          if (what.empty() || !anyMatches(reader.of, what)) continue;
          reportInSource(ctx, owner, c.range,
                         fmt::format("In {}, {} reads the whole of {} into memory{}; {}, ask for a byte range or check the "
                                     "object's size first",
                                     handlerPhrase(program, c.function), c.callee, what, exhausts.empty() ? "" : ": " + exhausts,
                                     reader.advice));
          break;
        }
      }
    }
    // A download of a URL the event names, held whole in memory: its sender chooses the size.
    for (const auto& c : facts.calls) {
      if (!path.count(c.function)) continue;
      for (const auto& d : catalog.eagerDownloads) {
        if (!anyMatches(d.calls, c.callee)) continue;
        if (!d.streamKeyword.empty())
          if (const auto v = c.named(d.streamKeyword);
              v && std::find(d.streamValues.begin(), d.streamValues.end(), *v) != d.streamValues.end())
            break;
        // The URL: a `url` option (`axios({ url })`, `requests.get(url=...)`), else the positional
        // argument the catalog names; the body sent and other options are not the URL.
        const std::optional<std::size_t> at = argumentAt(c, d);
        if (!at || !eventSource(program, c, *at, model::kCleanUrl)) break;
        const std::string how = d.streamKeyword.empty() || d.streamValues.empty()
                                    ? ""
                                    : fmt::format(" ({} is not {})", d.streamKeyword, d.streamValues.front());
        reportInSource(ctx, owner, c.range,
                       fmt::format("In {}, {} downloads a URL taken from the event and holds the whole response in memory{}{}: the "
                                   "sender chooses its size; stream the body with a size limit, or check Content-Length first",
                                   handlerPhrase(program, c.function), c.callee, how, exhausts.empty() ? "" : ", and " + exhausts));
        break;
      }
    }
    for (const auto& a : facts.allocations) {
      // File-scope storage is taken at start-up; the rest matters on the handler's path.
      if (!a.function.empty() && !path.count(a.function)) continue;
      std::string where = a.function.empty() ? "At file scope" : "In " + handlerPhrase(program, a.function);
      if (a.bytes == 0) {
        reportInSource(ctx, owner, a.range,
                       fmt::format("{}, the code reads {} into memory with no size bound{}; stream it in chunks or check the size first",
                                   where, a.what, exhausts.empty() ? "" : ": " + exhausts));
        continue;
      }
      const std::int64_t mb = static_cast<std::int64_t>((a.bytes + (1u << 20) - 1) >> 20);
      if (mb < capMb_) continue;
      std::string context;
      if (memoryMb && mb >= *memoryMb)
        context = fmt::format(", more than the {} MB function '{}' has: it fails with out-of-memory", *memoryMb, owner->name);
      else if (memoryMb)
        context = fmt::format(" of the {} MB function '{}' has", *memoryMb, owner->name);
      reportInSource(ctx, owner, a.range,
                     fmt::format("{}, {} takes {} MB up front{} (policy cap {} MB); size buffers to the input or stream it", where, a.what,
                                 mb, context, capMb_));
    }
  });
}

}  // namespace faaslint::rules
