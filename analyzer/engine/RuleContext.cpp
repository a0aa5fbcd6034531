#include "engine/RuleContext.h"

#include <fmt/format.h>

#include "engine/Registry.h"
#include "engine/Rule.h"
#include "policy/Catalogs.h"

namespace faaslint::engine {

core::Diagnostic& RuleContext::report(const model::Function* f, core::Range range, std::string path, std::string message) {
  core::Diagnostic d;
  d.code = std::string(rule_.code);
  d.severity = severity_;
  d.message = std::move(message);
  if (!d.message.empty() && d.message.back() != '.') d.message += '.';
  if (!d.message.empty() && d.message[0] >= 'a' && d.message[0] <= 'z') d.message[0] = static_cast<char>(d.message[0] - 'a' + 'A');
  d.range = range;
  d.logicalPath = std::move(path);
  if (f) {
    d.function = f->name;
    d.subjects = {f->name};
  }
  out_.push_back(std::move(d));
  return out_.back();
}

void RuleContext::offerReplacement(core::Diagnostic& d, const core::Located<std::string>& value, std::string_view replacement,
                                   std::string description) const {
  if (!sources_ || !value.known() || !value.range.valid() || value.range.file >= sources_->size()) return;
  const std::string_view text = sources_->file(value.range.file).text();
  if (value.range.end > text.size() || value.range.begin >= value.range.end) return;
  const std::string_view written = text.substr(value.range.begin, value.range.end - value.range.begin);
  std::string edit;
  if (written == value.value)
    edit = std::string(replacement);
  else if (written.size() == value.value.size() + 2 && (written.front() == '"' || written.front() == '\'') &&
           written.back() == written.front() && written.substr(1, value.value.size()) == value.value)
    edit = std::string(1, written.front()) + std::string(replacement) + written.front();
  else
    return;
  d.fixes.push_back({std::move(description), {{value.range, std::move(edit)}}});
}

const providers::Profile* RuleContext::provider(const model::Function& f) const { return catalogs_.provider(f.provider); }

}  // namespace faaslint::engine
