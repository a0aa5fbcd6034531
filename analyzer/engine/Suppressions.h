#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/Diagnostic.h"
#include "core/SourceManager.h"
#include "engine/Registry.h"
#include "model/Suppression.h"

namespace faaslint::engine {

using model::AnchorMap;
using model::Suppression;
using model::SuppressionScope;

/// True when the suppression covers the finding (its scope and one of its codes).
bool covers(const RuleTable& rules, const Suppression& s, const core::Diagnostic& d, const core::SourceManager& sources);

/// Applies suppressions to one batch of findings: covered findings move to `suppressed`; each
/// suppression without a reason adds FL006, and (when `reportUnused`) each own suppression that
/// covered nothing and whose codes were all checked in this run adds FL007.
void applySuppressions(const RuleTable& rules, std::vector<Suppression>& sups, std::vector<core::Diagnostic>& diagnostics,
                       std::vector<core::Diagnostic>& suppressed, const core::SourceManager& sources, bool reportUnused,
                       const std::function<bool(std::string_view code)>& codeChecked);

/// Codes that can never be suppressed: the tool's own errors and the suppression findings.
bool unsuppressible(std::string_view code);

}  // namespace faaslint::engine
