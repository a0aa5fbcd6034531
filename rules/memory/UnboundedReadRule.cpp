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
    // Python and JavaScript: calls that read a whole object into memory (s3 get_object's
    // Body.read(), Body.transformToString()), unless a size is given (read(n)); a request for a
    // byte range is named differently by the analyzers (aws.s3.GetObject(Range)).
    for (const auto& c : facts.calls) {
      if (!path.count(c.function) || !anyMatches(ctx.catalogs().languageOf(facts.language).wholeReads, c.callee)) continue;
      if (c.callee.ends_with(".read") && c.positional() > 0) continue;
      reportInSource(ctx, owner, c.range,
                     fmt::format("In {}, the code reads a whole object into memory ({}) with no size bound{}; stream it in chunks, "
                                 "ask for a byte range or check the size first",
                                 handlerPhrase(program, c.function), c.callee,
                                 memoryMb ? fmt::format(": a large object exhausts the function's {} MB", *memoryMb) : ""));
    }
    for (const auto& a : facts.allocations) {
      // File-scope storage is taken at start-up; the rest matters on the handler's path.
      if (!a.function.empty() && !path.count(a.function)) continue;
      std::string where = a.function.empty() ? "At file scope" : "In " + handlerPhrase(program, a.function);
      if (a.bytes == 0) {
        reportInSource(ctx, owner, a.range,
                       fmt::format("{}, the code reads {} into memory with no size bound{}; stream it in chunks or check the size first",
                                   where, a.what,
                                   memoryMb ? fmt::format(": a large object exhausts the function's {} MB", *memoryMb) : ""));
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
