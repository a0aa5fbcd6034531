#include "rules/security/UnverifiedTokenRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

UnverifiedTokenRule::UnverifiedTokenRule(engine::RuleOptions&) {}

namespace {

/// The argument that switches verification off in a call of `d` ("options.verify_signature is
/// False", "algorithm 'none'"), "" when none does.
std::string switchedOff(const policy::TokenDecoder& d, const model::CallFact& c) {
  for (const auto& [argument, values] : d.unverifiedWhen)
    for (std::size_t i = 0; i < c.argNames.size() && i < c.args.size(); ++i)
      if (c.argNames[i] == argument && std::find(values.begin(), values.end(), c.args[i]) != values.end())
        return argument.ends_with("[]") ? fmt::format("{}() accepts algorithm '{}', a token without a signature", c.callee, c.args[i])
                                        : fmt::format("{}() is called with {} {}", c.callee, argument, c.args[i]);
  return "";
}

/// Why a decoder's call does not verify the token ("" when it does): the decoder never does and
/// the program verifies no token elsewhere (with a verifier that verification is not switched off
/// in), or an argument switches verification off.
std::string unverified(const policy::TokenDecoder& d, const model::CallFact& c, const model::SourceProgram& program,
                       const policy::Catalogs& catalogs) {
  if (!d.always) return switchedOff(d, c);
  for (const auto* facts : program.files())
    for (const auto& other : facts->calls) {
      const auto& all = catalogs.languageOf(facts->language).tokenDecoders;
      if (!anyMatches(d.verifiers, other.callee)) continue;
      const bool off = std::any_of(all.begin(), all.end(), [&](const policy::TokenDecoder& v) {
        return !v.always && anyMatches(v.calls, other.callee) && !switchedOff(v, other).empty();
      });
      if (!off) return "";  // decoded to read it (its key id), verified elsewhere
    }
  return fmt::format("{}() reads the claims without checking the signature", c.callee);
}

}  // namespace

void UnverifiedTokenRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  auto decoders = [](const policy::LanguageCatalog& l) -> const auto& { return l.tokenDecoders; };
  forEachCatalogCall(
      p, ctx, decoders,
      [&](const model::SourceProgram& program, const model::Function* owner, const model::CallFact& c, const policy::TokenDecoder& d) {
        const std::optional<std::size_t> at = argumentAt(c, d);
        if (!at) return;
        // A token the caller sends (an Authorization header, an authorizer's token), not one the
        // function fetched for itself.
        const model::CallFact* source = eventSource(program, c, *at);
        if (!source) return;
        const std::string why = unverified(d, c, program, ctx.catalogs());
        if (why.empty()) return;
        reportEventFlow(ctx, owner, c, *source,
                        fmt::format("In {}, the token from the event is not verified: {}, so anyone can forge the claims the "
                                    "function trusts (its user, its groups)",
                                    handlerPhrase(program, c.function), why),
                        d.advice);
      });
}

}  // namespace faaslint::rules
