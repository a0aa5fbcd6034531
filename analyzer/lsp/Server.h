#pragma once
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/Clock.h"
#include "core/FileSystem.h"
#include "engine/Registry.h"
#include "lsp/Transport.h"

namespace faaslint::lsp {

/// How the server scans; the CLI fills it as `faaslint check` would.
struct ServerOptions {
  /// The command that starts an analysis worker (the binary with "__worker"), as for `check`.
  std::vector<std::string> worker;
  /// Where source facts of unchanged files are kept between scans; empty: no cache.
  std::string cacheDir;
  unsigned jobs = 0;  ///< threads per scan; 0 = one per core
  /// Edits closer together than this are a burst: its scan starts once the burst pauses for this
  /// long, so a burst is one scan. An edit after a pause is scanned at once.
  std::chrono::milliseconds debounce{20};
  /// Tests: scan on the thread that handles the message, right after it, instead of on the
  /// server's scan thread; then every reply and diagnostic has been written when handle() returns.
  bool synchronous = false;
  /// Makes the workspace folder the working directory (the scan's paths and `.faaslint.yaml` are
  /// relative to it); "" when that worked, else why not. Empty: the folder is only remembered.
  std::function<std::string(const std::string& folder)> enterFolder;
  /// The working directory at the start, as an absolute path: the root when the client names none.
  std::string workingDirectory = "/";
};

/// `faaslint lsp`: a Language Server Protocol 3.17 server. It keeps one engine session (policy,
/// configuration, rules) and scans the editor's unsaved buffers through an overlay on the file
/// system: an edited manifest together with the handler files it links, an edited handler file
/// together with the manifest that owns it. Diagnostics are published for the open documents a
/// scan covers; a quick fix adds a suppression comment or applies a rule's certain fix; hover on a
/// finding shows its rule's page.
class Server {
 public:
  Server(const engine::RuleTable& rules, const core::FileSystem& disk, const core::Clock& clock, Transport& transport,
         ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Reads and handles messages until `exit` or the end of the input; returns the process's exit
  /// code (0 only after `shutdown`).
  int run();
  /// Handles one message's JSON text.
  void handle(std::string_view body);
  /// True once `exit` was received.
  bool exited() const;
  int exitCode() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace faaslint::lsp
