#pragma once
#include <ostream>
#include <string>

#include "engine/Runner.h"

namespace faaslint::output {

/// Options shared by the writers.
struct WriteOptions {
  bool color = false;  ///< ANSI colour (text only; only on a terminal)
  std::string category;  ///< SARIF automationDetails.id
};

/// Compiler-style text: `path:line:col: severity: message [CODE]`, the source line, a caret.
void writeText(std::ostream& out, const engine::ScanResult& r, const WriteOptions& o);
/// One-line summary: files, functions, findings by severity, time.
std::string summaryLine(const engine::ScanResult& r);
/// A JSON document with every diagnostic (1-based lines, UTF-16 columns).
void writeJson(std::ostream& out, const engine::ScanResult& r, const WriteOptions& o);
/// SARIF 2.1.0 as GitHub code scanning reads it.
void writeSarif(std::ostream& out, const engine::ScanResult& r, const WriteOptions& o);

/// `faaslint rules`: one line per rule from the registry.
void writeRulesTable(std::ostream& out);
/// The docs index (docs/rules/README.md) in Markdown, from the registry.
void writeRulesIndex(std::ostream& out);

/// Stable fingerprint of a finding: rule, file and logical path (not the line), so it survives
/// inserted lines and reordered resources.
std::string fingerprint(const engine::ScanResult& r, const core::Diagnostic& d);

}  // namespace faaslint::output
