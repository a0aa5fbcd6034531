#include "languages/Worker.h"

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <new>
#include <nlohmann/json.hpp>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <system_error>
#include <thread>
#include <unistd.h>

#include "languages/FactsJson.h"

extern char** environ;  // NOLINT(readability-redundant-declaration): POSIX declares it nowhere

namespace faaslint::languages {
namespace {

using Clock = std::chrono::steady_clock;

// The protocol: a request is three frames (the path, the file's bytes, the flags separated by
// NUL); the reply is one frame, 'F' and the facts as JSON, or 'E' and an error message. A frame
// is a 4-byte little-endian length and that many bytes. Raw bytes, so that files that are not
// UTF-8 travel unchanged.
constexpr std::uint32_t kMaxFrame = 0x7fffffffu;

std::string frame(std::string_view body) {
  const auto n = static_cast<std::uint32_t>(body.size());
  std::string out = {static_cast<char>(n & 0xff), static_cast<char>((n >> 8) & 0xff), static_cast<char>((n >> 16) & 0xff),
                     static_cast<char>((n >> 24) & 0xff)};
  out += body;
  return out;
}

std::uint32_t frameLength(const char* h) {
  auto b = [&](int i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(h[i])); };
  return b(0) | b(1) << 8 | b(2) << 16 | b(3) << 24;
}

// The scanning side waits at most until a deadline.
enum class Io { Ok, Timeout, Closed };

Io waitFor(int fd, short events, Clock::time_point deadline) {
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return Io::Timeout;
    pollfd p{fd, events, 0};
    const int r = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, INT_MAX)));
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) return Io::Closed;
    if (r == 0) return Io::Timeout;
    return Io::Ok;  // ready, or hung up: the next send/recv tells which
  }
}

Io sendAll(int fd, std::string_view data, Clock::time_point deadline) {
  while (!data.empty()) {
    const ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n > 0) {
      data.remove_prefix(static_cast<std::size_t>(n));
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      if (auto w = waitFor(fd, POLLOUT, deadline); w != Io::Ok) return w;
      continue;
    }
    return Io::Closed;
  }
  return Io::Ok;
}

Io recvAll(int fd, char* out, std::size_t size, Clock::time_point deadline) {
  while (size) {
    const ssize_t n = ::recv(fd, out, size, MSG_DONTWAIT);
    if (n > 0) {
      out += n;
      size -= static_cast<std::size_t>(n);
      continue;
    }
    if (n == 0) return Io::Closed;
    if (errno == EINTR) continue;
    if (errno == EAGAIN || errno == EWOULDBLOCK) {
      if (auto w = waitFor(fd, POLLIN, deadline); w != Io::Ok) return w;
      continue;
    }
    return Io::Closed;
  }
  return Io::Ok;
}

// The worker's side blocks: it has nothing else to do.
bool readExact(int fd, char* out, std::size_t size) {
  while (size) {
    const ssize_t n = ::read(fd, out, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    out += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

bool readFrame(int fd, std::string& out) {
  char h[4];
  if (!readExact(fd, h, sizeof h)) return false;
  const std::uint32_t n = frameLength(h);
  if (n > kMaxFrame) return false;
  out.resize(n);
  return readExact(fd, out.data(), n);
}

bool writeAll(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

/// Reaps a worker whose socket closed and says how it ended; -1 in `exitCode` when a signal
/// ended it.
std::string howItEnded(pid_t pid, int& exitCode) {
  exitCode = -1;
  int status = 0;
  pid_t r = 0;
  // The socket closes as the process exits; give it a moment to become a zombie.
  for (int i = 0; i < 100 && (r = ::waitpid(pid, &status, WNOHANG)) == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  if (r == 0) {
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    return "it closed its connection";
  }
  if (r < 0) return "it ended";
  if (WIFSIGNALED(status)) {
    const char* name = sigabbrev_np(WTERMSIG(status));
    return name ? fmt::format("signal SIG{}", name) : fmt::format("signal {}", WTERMSIG(status));
  }
  exitCode = WEXITSTATUS(status);
  return fmt::format("exit status {}", exitCode);
}

}  // namespace

WorkerPool::WorkerPool(std::vector<std::string> command, std::chrono::milliseconds timeout)
    : command_(std::move(command)), timeout_(timeout) {}

WorkerPool::~WorkerPool() {
  // Close every socket first: the workers then exit (and free their memory) side by side.
  for (auto& w : idle_) ::close(w.fd);
  for (auto& w : idle_) ::waitpid(w.pid, nullptr, 0);
}

std::optional<WorkerPool::Worker> WorkerPool::spawn(std::string& error) const {
  if (command_.empty()) {
    error = "no analysis worker is configured";
    return std::nullopt;
  }
  int sv[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
    error = "cannot create a socket for the analysis worker: " + std::generic_category().message(errno);
    return std::nullopt;
  }
  // Move the worker's end above 3, so that it is always duplicated onto 3 (which clears
  // close-on-exec); every other descriptor, other workers' sockets included, closes at exec.
  const int child = ::fcntl(sv[1], F_DUPFD_CLOEXEC, 10);
  ::close(sv[1]);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, child, 3);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);  // Clang's own crash reports
  // A clean environment: what the worker reads from it must not change results behind the
  // cache's back (CPATH, CPLUS_INCLUDE_PATH add include folders to Clang's search). Only what
  // runs the binary itself is kept: the dynamic loader's settings (LD_*), a temporary folder, the
  // sanitizers' options.
  static const std::vector<std::string> kEnvironment = [] {
    std::vector<std::string> env{"PATH=/usr/bin:/bin"};
    for (char** e = environ; *e; ++e) {
      const std::string_view entry(*e);
      for (std::string_view keep : {"LD_", "TMPDIR=", "ASAN_OPTIONS=", "UBSAN_OPTIONS=", "LSAN_OPTIONS="})
        if (entry.starts_with(keep)) env.emplace_back(entry);
    }
    return env;
  }();
  std::vector<char*> envp;
  for (const auto& e : kEnvironment) envp.push_back(const_cast<char*>(e.c_str()));  // NOLINT: posix_spawn's signature
  envp.push_back(nullptr);
  std::vector<char*> argv;
  argv.reserve(command_.size() + 1);
  for (const auto& a : command_) argv.push_back(const_cast<char*>(a.c_str()));  // NOLINT: posix_spawn's signature
  argv.push_back(nullptr);
  pid_t pid = -1;
  const int rc = child < 0 ? errno : ::posix_spawn(&pid, command_[0].c_str(), &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (child >= 0) ::close(child);
  if (rc != 0) {
    ::close(sv[0]);
    error = fmt::format("cannot start the analysis worker {}: {}", command_[0], std::generic_category().message(rc));
    return std::nullopt;
  }
  return Worker{pid, sv[0]};
}

void WorkerPool::kill(Worker& w) {
  ::close(w.fd);
  ::kill(w.pid, SIGKILL);
  ::waitpid(w.pid, nullptr, 0);
}

WorkerOutcome WorkerPool::analyze(const SourceRequest& request) {
  WorkerOutcome out;
  std::optional<Worker> w;
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      w = idle_.back();
      idle_.pop_back();
    }
  }
  if (!w && !(w = spawn(out.error))) return out;  // Failed, with the reason

  const auto deadline = Clock::now() + timeout_;
  std::string args;
  for (const auto& a : request.extraArgs) args += a + '\0';
  Io io = sendAll(w->fd, frame(request.language) + frame(request.path) + frame(request.text) + frame(args), deadline);
  std::string body;
  if (io == Io::Ok) {
    char h[4];
    io = recvAll(w->fd, h, sizeof h, deadline);
    if (io == Io::Ok) {
      body.resize(frameLength(h));
      io = body.empty() || body.size() > kMaxFrame ? Io::Closed : recvAll(w->fd, body.data(), body.size(), deadline);
    }
  }
  if (io == Io::Timeout) {
    kill(*w);
    out.status = WorkerOutcome::Status::TimedOut;
    return out;
  }
  if (io == Io::Closed) {
    ::close(w->fd);
    int exitCode = -1;
    out.error = howItEnded(w->pid, exitCode);
    out.status = exitCode == kWorkerOutOfMemoryExit ? WorkerOutcome::Status::OutOfMemory : WorkerOutcome::Status::Crashed;
    return out;
  }
  if (body[0] == 'E') {
    out.status = WorkerOutcome::Status::Failed;
    out.error = body.substr(1);
  } else {
    auto j = nlohmann::json::parse(std::string_view(body).substr(1), nullptr, false);
    out.facts = body[0] == 'F' && !j.is_discarded() ? factsFromJson(j, request.file) : std::nullopt;
    if (!out.facts) {  // a worker that says nonsense is not trusted with the next file
      kill(*w);
      out.status = WorkerOutcome::Status::Crashed;
      out.error = "an unreadable reply";
      return out;
    }
    out.status = WorkerOutcome::Status::Done;
  }
  std::lock_guard lock(mutex_);
  idle_.push_back(*w);
  return out;
}

#ifdef FAASLINT_SANITIZED
#include <sanitizer/asan_interface.h>

namespace {
/// The process's address space now (/proc/self/statm's first field, in pages).
rlim_t mappedBytes() {
  std::ifstream statm("/proc/self/statm");
  rlim_t pages = 0;
  statm >> pages;
  return pages * static_cast<rlim_t>(::sysconf(_SC_PAGESIZE));
}
}  // namespace
#endif

int serveWorker(int fd, std::size_t maxMemoryMb, pid_t parent) {
  if (parent > 0) {
    // A worker must not outlive the scan: if the scanning process is killed (a CI timeout, an
    // editor that crashed) while this one is deep in a runaway file, nobody would stop it.
    if (::getppid() != parent) return 0;
    std::thread([parent] {
      while (::getppid() == parent) std::this_thread::sleep_for(std::chrono::milliseconds(250));
      std::_Exit(0);
    }).detach();
  }
  if (maxMemoryMb) {
    // Hostile code (a macro that expands to billions of tokens) must not take the machine's
    // memory: past the limit, allocations fail and the worker ends with a code that says so.
    rlim_t bytes = static_cast<rlim_t>(maxMemoryMb) << 20;
#ifdef FAASLINT_SANITIZED
    // AddressSanitizer maps terabytes of shadow at start and its allocator keeps red zones and a
    // quarantine: the limit counts from what is mapped now, with room for that overhead.
    bytes = bytes * 3 + mappedBytes();
#endif
    const rlimit limit{bytes, bytes};
    ::setrlimit(RLIMIT_AS, &limit);
    std::set_new_handler([] { std::_Exit(kWorkerOutOfMemoryExit); });
#ifdef FAASLINT_SANITIZED
    // Under AddressSanitizer a failed allocation is its report and exit status 1, not bad_alloc:
    // its out-of-memory reports end the worker with the code that says so, like the new handler.
    __asan_set_error_report_callback([](const char* report) {
      const std::string_view text(report);
      for (std::string_view oom : {"out of memory", "allocation-size-too-big", "requested allocation size"})
        if (text.find(oom) != std::string_view::npos) std::_Exit(kWorkerOutOfMemoryExit);
    });
#endif
    for (const auto* l : allLanguages())
      if (l->isolated()) l->prepareWorker(kWorkerOutOfMemoryExit);
  }
  for (;;) {
    std::string language, path, text, args;
    if (!readFrame(fd, language)) return 0;  // the scan is over
    if (!readFrame(fd, path) || !readFrame(fd, text) || !readFrame(fd, args)) return 1;
    SourceRequest request;
    request.language = std::move(language);
    request.path = std::move(path);
    request.text = std::move(text);
    request.file = 0;  // any valid id: the scanning process puts its own back
    for (std::size_t start = 0; start < args.size();) {
      const auto end = args.find('\0', start);
      request.extraArgs.push_back(args.substr(start, end - start));
      start = end == std::string::npos ? args.size() : end + 1;
    }
    std::string reply;
    if (const auto* analyzer = findLanguage(request.language)) {
      try {
        reply = "F" + factsToJson(analyzer->analyze(request)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      } catch (const std::exception& e) { reply = std::string("E") + e.what(); }
    } else {
      reply = "E" + std::string("no analyzer for language '") + request.language + "'";
    }
    if (!writeAll(fd, frame(reply))) return 1;
  }
}

std::vector<std::string> ownWorkerCommand() {
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  return {self.string(), "__worker"};
}

}  // namespace faaslint::languages
