#include "rules/security/HtmlInjectionRule.h"

#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

HtmlInjectionRule::HtmlInjectionRule(engine::RuleOptions&) {}

namespace {

bool isHtmlType(const std::string& type) { return asciiLower(type).starts_with("text/html"); }

/// True when function `function` of the program names the HTML content type in a string of its
/// own (`headers = {'Content-Type': 'text/html'}` built apart from the response, `res.set(...)`).
bool namesHtml(const model::SourceProgram& program, const std::string& function) {
  for (const auto* facts : program.files())
    for (const auto& s : facts->strings)
      if (s.function == function && isHtmlType(s.text)) return true;
  return false;
}

}  // namespace

void HtmlInjectionRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachResponse(p, ctx, [&](const model::SourceProgram& program, const model::Function* owner, const Response& r) {
    if (!r.body) return;
    const model::CallFact* source = eventSource(program, r.fact, *r.body, model::kCleanHtml);
    if (!source) return;
    // HTML when the code says so, or when the framework sends a string as HTML and the body is one
    // (built from a literal, or a field of the request such as req.query.name).
    const bool string = !r.fact.start(*r.body).empty() || r.fact.field(*r.body).has_value();
    // A returned response written out with no headers goes out as JSON, whatever else the function
    // returns elsewhere; one whose headers are built apart may be the HTML its function names.
    const bool withoutHeaders = r.returned() && !r.fact.argNames.empty() && !r.fact.namedIndex("headers");
    const bool html = !r.contentType.empty() ? isHtmlType(r.contentType)
                                             : (r.stringsAreHtml && string) || (!withoutHeaders && namesHtml(program, r.fact.function));
    if (!html) return;
    reportEventFlow(ctx, owner, r.fact, *source,
                    fmt::format("In {}, data from the event is put into the HTML page it {}, unescaped: a crafted link runs script "
                                "in the browser of whoever opens it (cross-site scripting), with their session",
                                handlerPhrase(program, r.fact.function), r.how()),
                    "escape it for HTML (html.escape, markupsafe.escape, escape-html) or render the page with a template engine that "
                    "escapes by default");
  });
}

}  // namespace faaslint::rules
