#pragma once
#include "engine/Registry.h"

namespace faaslint::rules {

/// Every rule and tool code of rules/Rules.def, with the factories of the rule classes: what the
/// CLI (and a language server) hands to engine::Session.
const engine::RuleTable& table();

}  // namespace faaslint::rules
