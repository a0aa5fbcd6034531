#pragma once
#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/Clock.h"
#include "core/Diagnostic.h"
#include "core/FileSystem.h"
#include "core/SourceManager.h"

namespace faaslint::engine {

/// What to scan and how.
struct ScanRequest {
  std::vector<std::string> paths;
  std::string configPath;  ///< explicit --config; empty: ".faaslint.yaml" if present
  std::vector<std::string> select;  ///< codes or prefixes to keep (empty: all)
  std::vector<std::string> ignore;  ///< codes or prefixes to drop
  unsigned jobs = 0;  ///< worker threads; 0 = hardware concurrency
  /// Values for Serverless Framework variables (--var name=value): `${opt:name}`,
  /// `${param:name}`, and `stage` for `${sls:stage}`.
  std::map<std::string, std::string, std::less<>> variables;
  /// Where source facts of unchanged files are kept between runs; empty: no cache.
  std::string cacheDir;
  /// Folder holding the build's flags (-p; C/C++: compile_commands.json); empty: look next to
  /// each file and in the folders above it.
  std::string compileCommandsDir;
  /// The command that starts an analysis worker process (the faaslint binary with "__worker"),
  /// for the languages that run isolated (C/C++); each such file is then analysed within
  /// `sources.max-file-seconds`, and a crash in its parser costs only that file. Empty: analyse
  /// in this process, without a time limit.
  std::vector<std::string> worker;
  /// Called after each file is analysed, from worker threads (so it must be thread-safe), with
  /// the number of files done and the total. Empty: no progress reporting.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

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
  std::size_t manifests = 0;
  std::size_t functions = 0;
  std::chrono::milliseconds elapsed{0};
};

/// Runs the whole pipeline: discover, read, parse, load, apply rules, filter, sort.
ScanResult scan(const core::FileSystem& fs, const core::Clock& clock, const ScanRequest& request);

}  // namespace faaslint::engine
