#include "rules/security/ServerSideRequestForgeryRule.h"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

ServerSideRequestForgeryRule::ServerSideRequestForgeryRule(engine::RuleOptions&) {}

namespace {

/// The URL's known start fixes its host: a scheme, "://", a host and then a '/', '?' or '#'
/// ("https://api.example.com/items/" + id). A start that ends inside the host
/// ("https://" + host, "https://api." + region) leaves the host to the data that follows.
bool fixesHost(std::string_view start) {
  const auto scheme = start.find("://");
  if (scheme == std::string_view::npos || scheme == 0) return false;
  for (char ch : start.substr(0, scheme))
    if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '+' && ch != '-' && ch != '.') return false;
  const std::string_view rest = start.substr(scheme + 3);
  const auto end = rest.find_first_of("/?#");
  return end != std::string_view::npos && end > 0 && rest.substr(0, end).find('@') == std::string_view::npos;
}

}  // namespace

void ServerSideRequestForgeryRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  auto requestCalls = [](const policy::LanguageCatalog& l) -> const auto& { return l.requestCalls; };
  forEachCatalogCall(
      p, ctx, requestCalls,
      [&](const model::SourceProgram& program, const model::Function* owner, const model::CallFact& c, const policy::RequestCall& call) {
        // The URL (by `url` or its position), or a host given on its own (http.get({ host }), a base URL).
        std::vector<std::size_t> places;
        if (const auto url = argumentAt(c, call)) places.push_back(*url);
        for (const auto& host : call.hostKeywords)
          if (const auto at = c.namedIndex(host)) places.push_back(*at);
        for (std::size_t at : places) {
          const std::string_view start = c.start(at);
          const bool hostArg = c.argNames.size() > at && !c.argNames[at].empty() && c.argNames[at] != "url";
          if (!hostArg && fixesHost(start)) continue;  // a fixed host with an event-chosen path or query
          const model::CallFact* source = eventSource(program, c, at, model::kCleanUrl);
          if (!source) continue;
          reportEventFlow(ctx, owner, c, *source,
                          fmt::format("In {}, data from the event chooses the host of the request that {}() sends{}: a crafted URL "
                                      "makes the function call internal services of its network and the platform's metadata or identity "
                                      "endpoints, which hand out its credentials",
                                      handlerPhrase(program, c.function), c.callee,
                                      start.empty() ? "" : fmt::format(" (the URL starts '{}')", start.substr(0, 80))),
                          "compare the parsed URL's host with an allow-list of the hosts it may call, and refuse redirects and private "
                          "addresses");
          break;
        }
      });
}

}  // namespace faaslint::rules
