#include "rules/lockin/ProviderEventShapeRule.h"

#include <fmt/format.h>

#include "rules/RuleSupport.h"
#include "rules/lockin/LockinUses.h"

namespace faaslint::rules {

ProviderEventShapeRule::ProviderEventShapeRule(engine::RuleOptions&) {}

void ProviderEventShapeRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner, const model::SourceProgram& program) {
    const auto profiles = lockin::shapeProfiles(ctx.catalogs(), owner ? ctx.provider(*owner) : nullptr, owner != nullptr);
    for (const auto& s : lockin::eventShapes(facts, program, profiles)) {
      const std::string who = handlerSubject(program, s.function);
      const std::string more = s.count > 1 ? fmt::format(" (and {} more read{} of it)", s.count - 1, s.count == 2 ? "" : "s") : "";
      reportInSource(
          ctx, owner, s.at,
          fmt::format("{} reads {}{}, a field of {} ({}); portable alternative: {}", who, s.name, more, s.what, s.vendor, s.alternative));
    }
  });
}

}  // namespace faaslint::rules
