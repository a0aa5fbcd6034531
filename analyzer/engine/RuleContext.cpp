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

const providers::Profile* RuleContext::provider(const model::Function& f) const { return catalogs_.provider(f.provider); }

}  // namespace faaslint::engine
