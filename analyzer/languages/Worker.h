#pragma once
#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

#include "languages/Language.h"
#include "model/SourceFacts.h"

/// Source analysis in worker processes, for every language whose analyzer is `isolated()`.
/// Clang 14 cannot be interrupted once it parses a file, so a file that runs away (macro bombs,
/// template or constexpr abuse inside the depth limits) is stopped by killing the process that
/// analyses it; a crash inside a parser on hostile code likewise costs that one file, not the
/// scan. The scanning process itself never loads Clang.
namespace faaslint::languages {

/// What analysing one file in a worker gave.
struct WorkerOutcome {
  enum class Status {
    Done,  ///< `facts` holds the result
    TimedOut,  ///< stopped at the time limit
    OutOfMemory,  ///< stopped at the memory limit
    Crashed,  ///< the worker died; `error` says how ("signal SIGSEGV", "exit status 1")
    Failed,  ///< the worker answered with an error (`error`), e.g. the analyzer is not installed
  };
  Status status = Status::Failed;
  std::optional<model::SourceFacts> facts;
  std::string error;
};

/// A set of worker processes, each `command` (e.g. {"/usr/bin/faaslint", "__worker"}) with
/// a socket on file descriptor 3. Workers start on first use, analyse one file at a time and are
/// reused; one that times out or dies is replaced. Thread-safe: each calling thread gets its own
/// worker, so `jobs` threads run at most `jobs` workers.
class WorkerPool {
 public:
  WorkerPool(std::vector<std::string> command, std::chrono::milliseconds timeout);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  WorkerOutcome analyze(const SourceRequest& request);

 private:
  struct Worker {
    pid_t pid = -1;
    int fd = -1;
  };
  std::optional<Worker> spawn(std::string& error) const;
  static void kill(Worker& w);  ///< stops a worker at once, whatever it is doing

  std::vector<std::string> command_;
  std::chrono::milliseconds timeout_;
  std::mutex mutex_;
  std::vector<Worker> idle_;
};

/// How a worker ends when it reaches its memory limit.
inline constexpr int kWorkerOutOfMemoryExit = 86;

/// The worker's side: answers requests on `fd` until the scanning process closes it, analysing
/// each file with the language the request names, in this process, within `maxMemoryMb` of address space (0: no limit).
/// It ends as soon as `parent` (the scanning process; 0: not watched) is gone. Returns the exit
/// code.
int serveWorker(int fd, std::size_t maxMemoryMb, pid_t parent);

/// The command that starts a worker from this process's own binary ("/path/faaslint __worker"),
/// empty when the binary cannot be found (then files are analysed in this process).
std::vector<std::string> ownWorkerCommand();

}  // namespace faaslint::languages
