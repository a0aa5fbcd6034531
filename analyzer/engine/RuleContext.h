#pragma once
#include <string>
#include <vector>

#include "core/Clock.h"
#include "core/Diagnostic.h"
#include "core/Located.h"
#include "model/Model.h"

namespace faaslint::policy {
struct Catalogs;
}
namespace faaslint::providers {
struct Profile;
}

namespace faaslint::engine {

struct RuleInfo;

/// What a rule reports through: builds Diagnostics with the rule's code and configured
/// severity, and gives access to the clock and the policy catalogs.
class RuleContext {
 public:
  RuleContext(const RuleInfo& rule, core::Severity severity, const core::Clock& clock, const policy::Catalogs& catalogs,
              std::vector<core::Diagnostic>& out, const core::SourceManager* sources = nullptr)
      : rule_(rule), severity_(severity), clock_(clock), catalogs_(catalogs), out_(out), sources_(sources) {}

  /// Reports a finding at a range with a logical path; returns it so notes can be added.
  core::Diagnostic& report(const model::Function* f, core::Range range, std::string path, std::string message);
  /// Reports at a located value; its origin (inherited default, parameter) becomes a note.
  template <class T> core::Diagnostic& report(const model::Function* f, const core::Located<T>& v, std::string message) {
    auto& d = report(f, v.range, v.path, std::move(message));
    if (v.origin) d.notes.push_back({v.origin->what, v.origin->range});
    return d;
  }

  /// Offers the fix that writes `replacement` in place of a value, when the text at the value's
  /// range is that value as the model holds it (plain, or in the same quotes): then the edit lands
  /// on exactly what the message names. A value the loader derived (a boolean read as a mode, an
  /// inherited default written elsewhere in another form) gets no fix.
  void offerReplacement(core::Diagnostic& d, const core::Located<std::string>& value, std::string_view replacement,
                        std::string description) const;

  /// The severity the policy gives this rule; a rule that grades its findings lowers from it.
  core::Severity severity() const { return severity_; }
  /// One step below the configured severity (error -> warning -> note).
  core::Severity lowerSeverity() const { return core::lowered(severity_); }
  const core::Clock& clock() const { return clock_; }
  const policy::Catalogs& catalogs() const { return catalogs_; }
  /// The profile of the function's provider, or null when faaslint has none: then only
  /// provider-neutral checks apply to it.
  const providers::Profile* provider(const model::Function& f) const;

 private:
  const RuleInfo& rule_;
  core::Severity severity_;
  const core::Clock& clock_;
  const policy::Catalogs& catalogs_;
  std::vector<core::Diagnostic>& out_;
  const core::SourceManager* sources_;
};

}  // namespace faaslint::engine
