#pragma once
#include <nlohmann/json_fwd.hpp>
#include <ostream>
#include <string>

#include "engine/Baseline.h"
#include "engine/ScanResult.h"

namespace faaslint::output {

/// Options shared by the writers.
struct WriteOptions {
  bool color = false;  ///< ANSI colour (text only; only on a terminal)
  std::string category;  ///< SARIF automationDetails.id
};

/// False for findings already recorded in the baseline: only SARIF shows those (as unchanged).
inline bool reported(const core::Diagnostic& d) { return d.baseline != core::BaselineState::Unchanged; }

/// A finding's properties as a JSON object (SARIF result `properties`, JSON `properties`).
nlohmann::json propertiesJson(const core::Diagnostic& d);

/// Compiler-style text: `path:line:col: severity: message [CODE]`, the source line, a caret.
void writeText(std::ostream& out, const engine::ScanResult& r, const WriteOptions& o);
/// One-line summary: files, functions, findings by severity, time.
std::string summaryLine(const engine::ScanResult& r);
/// A JSON document with every diagnostic (1-based lines, UTF-16 columns).
void writeJson(std::ostream& out, const engine::ScanResult& r, const WriteOptions& o);
/// SARIF 2.1.0 as GitHub code scanning reads it.
void writeSarif(std::ostream& out, const engine::ScanResult& r, const WriteOptions& o);

/// GitLab Code Quality (Code Climate issues as a JSON array).
void writeGitLab(std::ostream& out, const engine::ScanResult& r, const WriteOptions& o);
/// JUnit XML, one failing test case per finding.
void writeJUnit(std::ostream& out, const engine::ScanResult& r, const WriteOptions& o);

/// `faaslint rules`: one line per rule from the registry.
void writeRulesTable(std::ostream& out, const engine::RuleTable& rules);
/// The docs index (docs/rules/README.md) in Markdown, from the registry.
void writeRulesIndex(std::ostream& out, const engine::RuleTable& rules);

}  // namespace faaslint::output
