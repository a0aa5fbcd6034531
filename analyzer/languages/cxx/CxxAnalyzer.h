#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/SourceFacts.h"

/// The C/C++ analyzer lives in a separate library (libfaaslint_clang.so) that links Clang and
/// LLVM. It is opened only when a scan has C/C++ files, so manifest-only scans never pay the
/// ~20 ms and the memory of loading Clang. This header has no Clang types.
namespace faaslint::languages {

/// One file to analyse.
struct CxxRequest {
  std::string path;  ///< path to open (relative includes are searched next to it)
  std::string text;  ///< the file's bytes, as read for this scan
  core::FileId file = core::kNoFile;
  std::vector<std::string> extraArgs;  ///< compiler flags (from compile_commands.json when known)
};

/// A folder the analysis may open files in, passed among the flags (`--faaslint-readable=DIR`,
/// once per folder) so that it travels to the worker and into the cache key with them; the
/// analyzer takes these out before Clang sees the flags. Without any, nothing is bounded.
inline constexpr std::string_view kReadableFlag = "--faaslint-readable=";

/// Builds language-neutral facts from a C or C++ file.
class CxxAnalyzer {
 public:
  virtual ~CxxAnalyzer() = default;
  virtual model::SourceFacts analyze(const CxxRequest& request) = 0;
  /// For a worker process under a memory limit: when Clang's own allocator fails, end the
  /// process with `code` (instead of an abort that looks like a crash).
  virtual void exitOnOutOfMemory(int code) = 0;
};

/// Opens the Clang analyzer library once (thread-safe) and returns it, or null with `error` set
/// when it is not installed next to the binary.
CxxAnalyzer* cxxAnalyzer(std::string& error);

/// True once the Clang library has been opened in this process (for tests and benchmarks).
bool cxxAnalyzerLoaded();

}  // namespace faaslint::languages

/// The library's one entry point.
extern "C" faaslint::languages::CxxAnalyzer* faaslint_create_cxx_analyzer();
