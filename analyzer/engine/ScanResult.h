#pragma once
#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "core/Diagnostic.h"
#include "core/SourceManager.h"
#include "engine/Registry.h"

namespace faaslint::engine {

/// A problem that is not a finding: unreadable input or bad usage. Any of these makes exit 2.
struct ScanError {
  std::string path;
  std::string message;
};

/// Everything a scan produced, sorted and ready for the writers.
struct ScanResult {
  core::SourceManager sources;
  std::vector<core::Diagnostic> diagnostics;
  std::vector<core::Diagnostic> suppressed;  ///< findings a suppression covered (not reported)
  std::vector<ScanError> errors;
  /// Inputs inside the scanned tree that were not read, and why (a link out of the tree, a folder
  /// that cannot be listed, a FIFO): notes, so that a skipped input is never mistaken for a clean one.
  std::vector<ScanError> skipped;
  std::size_t manifests = 0;
  std::size_t functions = 0;
  std::size_t sourceFiles = 0;  ///< handler source files a language claimed (read, or skipped with a note)
  std::map<std::string, std::size_t> notAnalysed;  ///< files of handler languages not read yet, by language ("Go": 12)
  std::chrono::milliseconds elapsed{0};
  bool cancelled = false;  ///< ScanRequest::cancel was set: the result is incomplete and must not be shown
  const RuleTable* rules = nullptr;  ///< the rules the scan ran (for the writers' rule tables)
};

}  // namespace faaslint::engine
