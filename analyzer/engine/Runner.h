#pragma once
#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/Clock.h"
#include "core/Diagnostic.h"
#include "core/FileSystem.h"
#include "core/SourceManager.h"
#include "engine/Registry.h"
#include "engine/ScanResult.h"

namespace faaslint::model {
struct Project;
}
namespace faaslint::policy {
struct Catalogs;
}

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
  /// Called with each manifest's project once its functions are linked to their handler code,
  /// before the rules run, from worker threads (so it must be thread-safe): `faaslint cost` reads
  /// the functions through it. Empty: not called.
  std::function<void(const model::Project&, const policy::Catalogs&, const core::SourceManager&)> visitProject;
  /// Set by another thread when the result is no longer wanted (a language server got a newer
  /// edit): the scan stops reading and checking files and returns early with `cancelled` set.
  const std::atomic<bool>* cancel = nullptr;
};

/// What is built once and shared by scans: the policy catalogs, the policy (the default pack and
/// the configuration), and the configured rule instances. The CLI builds one per run; a language
/// server keeps one and re-scans edited buffers through it. A scan is session + inputs -> report.
class Session {
 public:
  /// `configPath`: an explicit --config (it must exist), or empty for ".faaslint.yaml" when present.
  Session(const RuleTable& rules, const core::FileSystem& fs, const std::string& configPath);
  ~Session();
  Session(Session&&) noexcept;
  Session& operator=(Session&&) noexcept;

  /// Runs the pipeline over the request's paths: discover, read, load, link, check, filter, sort.
  /// Thread-compatible: one scan at a time per session.
  ScanResult scan(const core::FileSystem& fs, const core::Clock& clock, const ScanRequest& request) const;
  const RuleTable& rules() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// One session, one scan (its config from `request.configPath`).
ScanResult scan(const RuleTable& rules, const core::FileSystem& fs, const core::Clock& clock, const ScanRequest& request);

}  // namespace faaslint::engine
