#include "rules/lockin/PortabilitySummaryRule.h"

#include <algorithm>
#include <fmt/format.h>
#include <set>

#include "rules/RuleSupport.h"
#include "rules/lockin/LockinUses.h"

namespace faaslint::rules {
namespace {

/// Frameworks whose handlers run on any platform (the open-source Functions Framework runs in any
/// container; web framework routes run behind any HTTP front end).
bool portableFramework(const std::string& framework) {
  return framework == "functions-framework" || framework == "express" || framework == "flask" || framework == "fastapi";
}

struct Part {
  std::string label;  ///< "provider SDKs"
  PortabilitySummaryRule::Weight weight;
  std::vector<std::string> items;  ///< distinct, in order found
  std::int64_t penalty() const { return std::min<std::int64_t>(weight.most, weight.each * static_cast<std::int64_t>(items.size())); }
  void add(const std::string& item) {
    if (std::find(items.begin(), items.end(), item) == items.end()) items.push_back(item);
  }
};

}  // namespace

PortabilitySummaryRule::PortabilitySummaryRule(engine::RuleOptions& options) {
  const std::int64_t signature = options.integer("signature-points", 0, 100);
  signature_ = {signature, signature};
  sdk_ = {options.integer("sdk-points", 0, 100), options.integer("sdk-points-max", 0, 100)};
  service_ = {options.integer("service-points", 0, 100), options.integer("service-points-max", 0, 100)};
  shape_ = {options.integer("event-shape-points", 0, 100), options.integer("event-shape-points-max", 0, 100)};
  runtimeApi_ = {options.integer("runtime-api-points", 0, 100), options.integer("runtime-api-points-max", 0, 100)};
}

void PortabilitySummaryRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  // One summary per manifest function whose code was read: code analysed on its own has no
  // function to summarize (LCK001 to LCK004 still report it).
  for (const auto& f : p.functions)
    withProgram(f, [&](const model::SourceProgram& program) {
      const auto& files = program.files();
      const auto handlers = program.handlers();
      if (handlers.empty()) return;
      const providers::Profile* profile = ctx.provider(f);
      Part signature{"handler signature", signature_, {}}, sdks{"provider SDKs", sdk_, {}},
          services{"provider-only services", service_, {}}, shapes{"provider event fields", shape_, {}},
          apis{"runtime APIs", runtimeApi_, {}};
      // The entry's signature: the framework the files register it with, else the platform's own
      // (event, context) convention that the manifest names.
      const model::HandlerFact* entry = handlers.front();
      std::string framework = entry->framework;
      for (const auto* h : handlers)
        if (h->name == entry->name && h->framework != "manifest") framework = h->framework;
      if (!portableFramework(framework)) {
        signature.add(framework == "powertools" ? "Powertools event handler"
                      : profile                 ? profile->name + " handler"
                                                : f.provider + " handler");
      }
      const auto profiles = lockin::shapeProfiles(ctx.catalogs(), profile, true);
      for (const auto* facts : files) {
        const auto& catalog = ctx.catalogs().languageOf(facts->language);
        for (const auto& u : lockin::sdkImports(*facts, catalog)) sdks.add(u.what);
        for (const auto& u : lockin::serviceCalls(*facts, catalog)) services.add(u.what);
        for (const auto& u : lockin::eventShapes(*facts, program, profiles)) shapes.add(u.what);
        for (const auto& u : lockin::runtimeApis(*facts, catalog)) apis.add(u.what);
      }
      std::int64_t score = 100;
      std::string parts;
      for (const Part* part : {&signature, &sdks, &services, &shapes, &apis}) {
        if (part->items.empty()) continue;
        score -= part->penalty();
        std::string items;
        for (const auto& i : part->items) items += (items.empty() ? "" : ", ") + i;
        parts += fmt::format("{}{}: {} (-{})", parts.empty() ? "" : "; ", part->label, items, part->penalty());
      }
      score = std::max<std::int64_t>(score, 0);
      const std::string message = parts.empty()
                                      ? fmt::format("Portability of {}: {}/100; nothing in its code binds it to one provider", fn(f), score)
                                      : fmt::format("Portability of {}: {}/100 ({})", fn(f), score, parts);
      core::Diagnostic& d = ctx.report(&f, f.range, f.path, message);
      d.properties.emplace_back("portabilityScore", score);
      d.properties.emplace_back("handlerSignature", signature.items.empty() ? std::string("portable") : signature.items.front());
      d.properties.emplace_back("providerSdks", sdks.items);
      d.properties.emplace_back("providerServices", services.items);
      d.properties.emplace_back("providerEventFields", shapes.items);
      d.properties.emplace_back("runtimeApis", apis.items);
    });
}

}  // namespace faaslint::rules
