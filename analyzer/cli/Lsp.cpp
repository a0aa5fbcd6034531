#include "cli/Lsp.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <unistd.h>

#include "core/Clock.h"
#include "core/FileSystem.h"
#include "languages/FactsCache.h"
#include "languages/Worker.h"
#include "lsp/Server.h"
#include "lsp/Transport.h"
#include "rules/RuleTable.h"

namespace faaslint::cli {

int runLsp() {
  // Standard output carries the protocol and nothing else: messages go to a private copy of it,
  // and descriptor 1 is pointed at standard error, so nothing printed by mistake can break a frame.
  const int protocol = ::dup(STDOUT_FILENO);
  if (protocol < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
    std::cerr << "faaslint lsp: cannot set up standard output: " << std::strerror(errno) << '\n';
    return 2;
  }
  std::signal(SIGPIPE, SIG_IGN);  // a client that went away is a failed write, not a killed server
  std::ios::sync_with_stdio(false);
  lsp::Transport transport(std::cin, [protocol](std::string_view framed) {
    while (!framed.empty()) {
      const ssize_t n = ::write(protocol, framed.data(), framed.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      framed.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
  });
  lsp::ServerOptions options;
  options.worker = languages::ownWorkerCommand();
  options.cacheDir = languages::FactsCache::defaultDir();
  std::error_code ec;
  options.workingDirectory = std::filesystem::current_path(ec).string();
  options.enterFolder = [](const std::string& folder) -> std::string { return ::chdir(folder.c_str()) == 0 ? "" : std::strerror(errno); };
  core::RealFileSystem disk;
  core::SystemClock clock;
  lsp::Server server(rules::table(), disk, clock, transport, std::move(options));
  return server.run();
}

}  // namespace faaslint::cli
