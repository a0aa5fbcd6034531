#include "cli/Check.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <functional>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <unistd.h>

#include "core/Clock.h"
#include "core/FileSystem.h"
#include "core/Text.h"
#include "engine/Baseline.h"
#include "engine/Registry.h"
#include "engine/Runner.h"
#include "languages/FactsCache.h"
#include "languages/Worker.h"
#include "output/Writers.h"
#include "rules/RuleTable.h"

namespace faaslint::cli {
namespace {

/// Writes a report to `path` (stdout for "" or "-"); "" when it worked, else why not, with the
/// system's reason ("cannot write out/r.sarif: No such file or directory").
std::string writeTo(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path.empty() || path == "-") {
    write(std::cout);
    return std::cout ? "" : "cannot write to standard output";
  }
  errno = 0;
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) return fmt::format("cannot write {}: {}", path, errno ? std::strerror(errno) : "it cannot be opened");
  write(f);
  f.flush();
  if (!f) return fmt::format("cannot write {}: {}", path, errno ? std::strerror(errno) : "the write failed");
  return "";
}

/// "faaslint: 120/500 files" on stderr, redrawn at most every 100 ms, erased at the end.
class ProgressLine {
 public:
  void update(std::size_t done, std::size_t total) {
    std::lock_guard lock(mutex_);
    auto now = std::chrono::steady_clock::now();
    if (done < total && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    shown_ = true;
    std::cerr << fmt::format("\r\x1b[Kfaaslint: {}/{} files", done, total) << std::flush;
  }
  void clear() {
    std::lock_guard lock(mutex_);
    if (shown_) std::cerr << "\r\x1b[K" << std::flush;
    shown_ = false;
  }

 private:
  std::mutex mutex_;
  std::chrono::steady_clock::time_point last_{};
  bool shown_ = false;
};

/// --select/--ignore patterns as the registry spells them; an unknown one is a usage error (it
/// would silently select nothing), with the nearest code or name.
std::optional<std::vector<std::string>> selectors(const std::vector<std::string>& patterns, std::string_view flag) {
  const auto& table = rules::table();
  std::vector<std::string> out;
  for (const auto& p : patterns) {
    if (p.empty()) continue;  // `--select SEC,` leaves an empty item
    std::string normal = engine::normalPattern(table, p);
    if (!engine::knownPattern(table, normal)) {
      const std::string near = engine::nearestPattern(table, normal);
      std::cerr << fmt::format("faaslint: {} '{}' is no rule code, code prefix or rule name{}; `faaslint rules` lists them\n", flag, p,
                               near.empty() ? "" : fmt::format(" (did you mean '{}'?)", near));
      return std::nullopt;
    }
    out.push_back(std::move(normal));
  }
  return out;
}

}  // namespace

bool readVariables(const std::vector<std::string>& vars, std::map<std::string, std::string, std::less<>>& out) {
  for (const auto& v : vars) {
    const auto eq = v.find('=');
    if (eq == std::string::npos || eq == 0) {
      std::cerr << fmt::format("faaslint: --var takes name=value, not '{}'\n", v);
      return false;
    }
    out[v.substr(0, eq)] = v.substr(eq + 1);
  }
  return true;
}

int runCheck(const CheckOptions& opt) {
  engine::ScanRequest req;
  req.paths = opt.paths;
  req.configPath = opt.config;
  auto select = selectors(opt.select, "--select"), ignore = selectors(opt.ignore, "--ignore");
  if (!select || !ignore) return 2;
  req.select = std::move(*select);
  req.ignore = std::move(*ignore);
  req.jobs = opt.jobs;
  req.compileCommandsDir = opt.compileCommands;
  // C/C++ files are analysed by this same binary in worker processes, under a time limit.
  req.worker = languages::ownWorkerCommand();
  req.cacheDir = opt.noCache ? "" : (opt.cacheDir.empty() ? languages::FactsCache::defaultDir() : opt.cacheDir);
  if (!readVariables(opt.vars, req.variables)) return 2;
  if (!opt.filesFrom.empty()) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (opt.filesFrom != "-") {
      file.open(opt.filesFrom);
      if (!file) {
        std::cerr << fmt::format("faaslint: cannot read --files-from {}\n", opt.filesFrom);
        return 2;
      }
      in = &file;
    }
    for (std::string line; std::getline(*in, line);)
      if (!line.empty()) req.paths.push_back(line);
    if (req.paths.empty()) {  // an empty list means nothing to check, not the whole directory
      std::cerr << "faaslint: --files-from named no files\n";
      return 0;
    }
  }

  std::unique_ptr<core::Clock> clock = std::make_unique<core::SystemClock>();
  if (!opt.date.empty()) {
    core::Date d;
    if (!core::Date::parse(opt.date, d)) {
      std::cerr << fmt::format("faaslint: --date must be YYYY-MM-DD, not '{}'\n", opt.date);
      return 2;
    }
    clock = std::make_unique<core::FixedClock>(d);
  }
  core::Severity threshold = core::Severity::Error;
  bool failNever = opt.failOn == "none";
  if (!failNever && !core::parseSeverity(opt.failOn, threshold)) {
    std::cerr << fmt::format("faaslint: --fail-on must be error, warning, note or none, not '{}'\n", opt.failOn);
    return 2;
  }

  // A progress line only for people watching a terminal, never in logs or pipes.
  ProgressLine progress;
  if (!opt.quiet && isatty(STDERR_FILENO) && !getenv("CI"))
    req.progress = [&progress](std::size_t done, std::size_t total) { progress.update(done, total); };
  core::RealFileSystem fs;
  engine::ScanResult result = engine::scan(rules::table(), fs, *clock, req);
  progress.clear();
  if (!opt.baseline.empty()) {
    std::string error;
    auto b = engine::readBaseline(opt.baseline, error);
    if (!b) {
      std::cerr << "faaslint: " << error << '\n';
      return 2;
    }
    engine::applyBaseline(*b, result);
  }
  if (!opt.writeBaseline.empty()) {
    std::string error;
    if (!engine::writeBaseline(opt.writeBaseline, result, error)) {
      std::cerr << "faaslint: " << error << '\n';
      return 2;
    }
  }

  output::WriteOptions wo;
  wo.category = opt.category;
  wo.color = opt.output.empty() && isatty(STDOUT_FILENO) && !getenv("NO_COLOR") && opt.format == "text";
  auto write = [&](const std::string& format, std::ostream& out) {
    if (format == "json")
      output::writeJson(out, result, wo);
    else if (format == "sarif")
      output::writeSarif(out, result, wo);
    else if (format == "gitlab")
      output::writeGitLab(out, result, wo);
    else if (format == "junit")
      output::writeJUnit(out, result, wo);
    else
      output::writeText(out, result, wo);
  };
  bool ok = true;
  auto report = [&](const std::string& path, const std::string& format) {
    if (const std::string error = writeTo(path, [&](std::ostream& out) { write(format, out); }); !error.empty()) {
      std::cerr << "faaslint: " << error << '\n';
      ok = false;
    }
  };
  report(opt.output, opt.format);
  if (!opt.sarifOutput.empty()) report(opt.sarifOutput, "sarif");
  // Input problems go to stderr when stdout carries a machine format.
  if (opt.format != "text" || !opt.output.empty()) {
    for (const auto& e : result.errors) std::cerr << fmt::format("{}: error: {}\n", core::printable(e.path), core::printable(e.message));
    for (const auto& s : result.skipped)
      std::cerr << fmt::format("{}: note: skipped: {}\n", core::printable(s.path), core::printable(s.message));
  }
  std::cout.flush();  // the report before the summary, also when both go to one terminal
  if (!opt.quiet) std::cerr << output::summaryLine(result) << '\n';
  if (!result.notAnalysed.empty() && !opt.quiet) {
    std::string list;
    std::size_t k = 0;
    for (const auto& [language, n] : result.notAnalysed)
      list += fmt::format("{}{} ({} file{})",
                          k++ == 0                         ? ""
                          : k == result.notAnalysed.size() ? " and "
                                                           : ", ",
                          language, n, n == 1 ? "" : "s");
    std::cerr << fmt::format("faaslint: note: handler code in {} is not analysed yet; the manifest rules still check their functions\n",
                             list);
  }
  // Nothing to scan is never a silent success: a wrong path, a CDK app before `cdk synth`.
  const bool empty = result.manifests == 0 && result.sourceFiles == 0 && result.errors.empty();
  if (empty) {
    std::string hint;
    for (const auto& p : opt.paths.empty() ? std::vector<std::string>{"."} : opt.paths) {
      std::error_code ec;
      if (std::filesystem::is_regular_file(std::filesystem::path(p) / "cdk.json", ec))
        hint = fmt::format("; {} is a CDK app: run `cdk synth` and scan {}", p, (std::filesystem::path(p) / "cdk.out").string());
    }
    std::cerr << fmt::format("faaslint: {}: nothing to scan: no manifest (template.yaml, serverless.yml, ...) and no handler source{}{}\n",
                             opt.failOnEmpty ? "error" : "warning", hint, opt.failOnEmpty ? "" : " (--fail-on-empty makes this exit 2)");
    if (opt.failOnEmpty) return 2;
  }

  bool configError = false;
  bool failing = false;
  for (const auto& d : result.diagnostics) {
    configError |= d.code == "FL001";
    failing |= !failNever && d.severity >= threshold && output::reported(d);
  }
  if (!ok || configError || !result.errors.empty()) return 2;
  if (failing && !opt.exitZero && opt.writeBaseline.empty()) return 1;  // a baseline was just recorded: nothing is new
  return 0;
}

}  // namespace faaslint::cli
