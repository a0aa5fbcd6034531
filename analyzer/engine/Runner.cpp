#include "engine/Runner.h"

#include <algorithm>
#include <atomic>
#include <fmt/format.h>
#include <map>
#include <set>
#include <thread>
#include <unistd.h>

#include "document/Document.h"
#include "engine/Registry.h"
#include "engine/RuleContext.h"
#include "engine/Suppressions.h"
#include "loaders/CloudFormationLoader.h"
#include "loaders/Discover.h"
#include "loaders/ServerlessLoader.h"
#include "policy/Catalogs.h"
#include "policy/Policy.h"
#include "source/CompileCommands.h"
#include "source/CxxAnalyzer.h"
#include "source/CxxWorker.h"
#include "source/FactsCache.h"

#include <filesystem>

namespace faaslint::engine {
namespace {

constexpr std::uint64_t kMaxManifestBytes = 16u << 20;

core::Diagnostic fileProblem(core::FileId file, std::string message) {
  core::Diagnostic d;
  d.code = "FL000";
  d.severity = core::Severity::Error;
  d.message = std::move(message);
  d.range = {file, 0, 0};
  return d;
}

/// The configured rules, built once per scan and shared read-only by the workers.
struct ActiveRule {
  const RuleInfo* info;
  core::Severity severity;
  std::unique_ptr<Rule> rule;
};

/// Runs `work(i)` for i in [0, n) on up to `jobs` threads. Each index is handled by exactly one
/// thread, and results go to per-index slots, so output does not depend on the thread count.
template <class Work> void parallelFor(std::size_t n, unsigned jobs, Work work) {
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(n)));
  if (jobs <= 1) {
    for (std::size_t i = 0; i < n; ++i) work(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t)
    threads.emplace_back([&] {
      for (std::size_t i = next++; i < n; i = next++) work(i);
    });
  for (auto& t : threads) t.join();
}

/// What reading one file gave: a manifest's project, a source file's facts, the file's own
/// problems, and the suppressions written in it.
struct LoadedFile {
  std::vector<core::Diagnostic> diagnostics;
  std::optional<model::Project> project;
  std::shared_ptr<const model::SourceFacts> facts;
  std::vector<Suppression> suppressions;
  bool manifest = false;
};

/// What checking one project (a manifest with its linked sources, or one source file) gave.
struct CheckOutcome {
  std::vector<core::Diagnostic> diagnostics;
  std::vector<core::Diagnostic> suppressed;
};

using CodeChecked = std::function<bool(std::string_view)>;

/// A value written once and inherited by many functions (provider.runtime, Globals.Function.
/// MemorySize) gives one finding per function at the same place with the same words. Those
/// become one finding naming every function, keeping each function's note.
void mergeSharedFindings(std::vector<core::Diagnostic>& diags) {
  auto shape = [](const core::Diagnostic& d) {
    std::string m = d.message;
    const std::string named = "function '" + d.function + "'";  // as rules write it (RuleSupport fn())
    if (!d.function.empty())
      if (auto at = m.find(named); at != std::string::npos) m.replace(at, named.size(), "\x01");
    return std::make_tuple(d.code, d.range.file, d.range.begin, d.range.end, d.logicalPath, m);
  };
  std::map<decltype(shape(diags.front())), std::size_t> first;
  std::vector<std::vector<std::string>> names(diags.size());
  std::vector<bool> drop(diags.size(), false);
  for (std::size_t i = 0; i < diags.size(); ++i) {
    const auto& d = diags[i];
    if (d.function.empty() || !d.range.valid()) continue;
    auto [it, inserted] = first.emplace(shape(d), i);
    names[it->second].push_back(d.function);
    if (inserted) continue;
    drop[i] = true;
    for (auto& n : diags[i].notes) diags[it->second].notes.push_back(std::move(n));
  }
  std::vector<core::Diagnostic> out;
  for (std::size_t i = 0; i < diags.size(); ++i) {
    if (drop[i]) continue;
    auto& d = diags[i];
    if (names[i].size() > 1) {
      std::string list = "functions ";
      for (std::size_t k = 0; k < names[i].size(); ++k) list += (k ? ", '" : "'") + names[i][k] + "'";
      const std::string named = "function '" + d.function + "'";
      d.message.replace(d.message.find(named), named.size(), list);
    }
    out.push_back(std::move(d));
  }
  diags = std::move(out);
}

/// Reads `${file(...)}` targets for a serverless.yml: only regular files inside its folder, with
/// no symbolic link on the way (a link could lead outside the project).
loaders::ProjectFileReader projectReader(const core::FileSystem& fs, const std::string& manifestPath) {
  auto slash = manifestPath.rfind('/');
  std::string root = slash == std::string::npos ? "." : manifestPath.substr(0, slash);
  return [&fs, root](const std::string& rel) -> std::optional<std::string> {
    std::string dir = root;
    std::size_t start = 0;
    while (true) {
      auto next = rel.find('/', start);
      std::string part = rel.substr(start, next == std::string::npos ? std::string::npos : next - start);
      bool ok = false;
      for (const auto& e : fs.list(dir))
        if (e.name == part) ok = !e.symlink;
      if (!ok) return std::nullopt;
      dir = core::joinPath(dir, part);
      if (next == std::string::npos) break;
      start = next + 1;
    }
    if (fs.kind(dir) != core::FileKind::Regular) return std::nullopt;
    auto r = fs.read(dir, 4u << 20);
    return r.text ? std::optional<std::string>(std::move(*r.text)) : std::nullopt;
  };
}

LoadedFile load(const core::FileSystem& fs, const core::SourceManager& sources, core::FileId id, const policy::Catalogs& catalogs,
                const ScanRequest& req, const policy::SourceLimits& limits, const std::string& openPath,
                const std::vector<std::string>& compileFlags, source::CxxWorkerPool* workers) {
  const core::SourceFile& file = sources.file(id);
  LoadedFile out;
  std::string_view text = file.text();
  if (loaders::isCxxSource(file.path())) {
    const std::size_t maxSourceBytes = limits.maxFileKb * 1024;
    if (text.size() > maxSourceBytes || text.find('\0') != std::string_view::npos) {
      core::Diagnostic d = fileProblem(
          id,
          text.size() > maxSourceBytes
              ? fmt::format("This source file was not analysed: {} KB is above the limit of {} KB (sources.max-file-kb; generated code?).",
                            text.size() / 1024, maxSourceBytes / 1024)
              : std::string("This source file was not analysed: it holds NUL bytes, so it is not C or C++ text."));
      d.code = "FL008";
      d.severity = core::Severity::Note;
      out.diagnostics.push_back(std::move(d));
      return out;
    }
    source::CxxRequest creq;
    creq.path = openPath;
    creq.file = id;
    creq.extraArgs = compileFlags;
    const source::FactsCache cache(req.cacheDir);
    const std::string key = cache.enabled() ? source::FactsCache::key(text, creq.extraArgs) : "";
    auto notePartial = [&](const model::SourceFacts& facts) {
      // Headers that are not installed (an SDK) leave names undeclared: those errors are expected,
      // and calls into the SDK are still recognised by name. Other errors mean lost code.
      const unsigned expected = facts.missingIncludes ? std::min(facts.unknownNameErrors, facts.errors) : 0;
      const unsigned other = facts.errors - expected;
      if (other < limits.partialAnalysisErrors) return;
      core::Diagnostic d = fileProblem(
          id, fmt::format("The analysis of this file is partial: the compiler reported {} errors{}, so "
                          "findings may be missing. Give faaslint the build's flags with -p DIR "
                          "(compile_commands.json).",
                          other,
                          facts.missingIncludes ? fmt::format(" besides {} about names that {} missing include{} would declare", expected,
                                                              facts.missingIncludes, facts.missingIncludes == 1 ? "" : "s")
                                                : std::string()));
      d.code = "FL008";
      d.severity = core::Severity::Note;
      out.diagnostics.push_back(std::move(d));
    };
    if (auto hit = cache.enabled() ? cache.load(key, id) : std::nullopt) {  // unchanged: Clang is not even loaded
      notePartial(*hit);
      out.facts = std::make_shared<model::SourceFacts>(std::move(*hit));
      out.suppressions = inlineSuppressions(file, id);
      return out;
    }
    auto notAnalysed = [&](const std::string& code, std::string why) {
      core::Diagnostic d = fileProblem(id, fmt::format("This source file was not analysed: {}.", why));
      d.code = code;
      d.severity = core::Severity::Note;
      out.diagnostics.push_back(std::move(d));
      return out;
    };
    creq.text = std::string(text);
    model::SourceFacts facts;
    if (workers) {  // in a worker process, stopped at the time limit
      auto outcome = workers->analyze(creq);
      using Status = source::WorkerOutcome::Status;
      if (outcome.status == Status::TimedOut)
        return notAnalysed("FL008", fmt::format("its analysis took longer than {} s (sources.max-file-seconds) and was stopped; "
                                                "heavy macro, template or constexpr use can cause this",
                                                limits.maxFileSeconds));
      if (outcome.status == Status::OutOfMemory)
        return notAnalysed("FL008", fmt::format("its analysis needed more than {} MB of memory (sources.max-file-memory-mb) and "
                                                "was stopped; heavy macro or template use can cause this",
                                                limits.maxFileMemoryMb));
      if (outcome.status == Status::Crashed)
        return notAnalysed("FL008", fmt::format("the C/C++ analyzer stopped on it ({})", outcome.error));
      if (outcome.status == Status::Failed) return notAnalysed("FL000", outcome.error);
      facts = std::move(*outcome.facts);
    } else {
      std::string error;
      source::CxxAnalyzer* cxx = source::cxxAnalyzer(error);
      if (!cxx) return notAnalysed("FL000", error);
      facts = cxx->analyze(creq);
    }
    cache.store(key, facts);
    notePartial(facts);
    out.facts = std::make_shared<model::SourceFacts>(std::move(facts));
    out.suppressions = inlineSuppressions(file, id);
    return out;
  }
  const loaders::ManifestKind kind = loaders::classify(file.path(), text);
  if (kind == loaders::ManifestKind::None) return out;
  out.manifest = true;
  if (kind == loaders::ManifestKind::ServerlessScript) {
    core::Diagnostic d = fileProblem(id, "This Serverless Framework configuration is a program; faaslint never runs code from the "
                                         "repository it scans, so this file was not checked. Scan the output of `serverless print` "
                                         "instead.");
    d.code = "FL005";
    d.severity = core::Severity::Note;
    out.diagnostics.push_back(std::move(d));
    return out;
  }
  const char* what = kind == loaders::ManifestKind::Serverless ? "Serverless Framework file" : "template";
  if (text.find('\0') != std::string_view::npos) {
    out.diagnostics.push_back(fileProblem(id, fmt::format("This is a binary file, not a {}; it was not scanned.", what)));
    return out;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    out.diagnostics.push_back(fileProblem(id, fmt::format("The {} is empty.", what)));
    return out;
  }
  auto doc = loaders::syntaxOf(file.path(), text) == loaders::Syntax::Json ? document::parseJson(id, text) : document::parseYaml(id, text);
  for (const auto& e : doc.errors()) {
    core::Diagnostic d = fileProblem(id, fmt::format("Cannot parse the {}: {}.", what, e.message));
    d.range = e.range;
    out.diagnostics.push_back(std::move(d));
  }
  if (!doc.errors().empty()) return out;
  loaders::LoadResult loaded;
  if (kind == loaders::ManifestKind::Serverless) {
    loaders::ServerlessOptions so;
    so.variables = req.variables;
    so.defaultMemoryMb = catalogs.serverless.memoryMb;
    so.defaultTimeoutS = catalogs.serverless.timeoutS;
    so.readFile = projectReader(fs, openPath);
    loaded = loaders::loadServerless(doc, so);
  } else {
    loaded = loaders::loadCloudFormation(doc);
  }
  out.project = std::move(loaded.project);
  out.diagnostics = std::move(loaded.diagnostics);
  // Suppressions written in this file: inline comments, resource Metadata, custom.faaslint.
  out.suppressions = inlineSuppressions(file, id);
  const document::Node* templateRoot = doc.root();
  if (kind == loaders::ManifestKind::Serverless) {
    auto own = serverlessSuppressions(doc.root());
    out.suppressions.insert(out.suppressions.end(), own.begin(), own.end());
    templateRoot = doc.root() && doc.root()->isMap() ? doc.root()->get("resources") : nullptr;
  }
  auto meta = metadataSuppressions(templateRoot, catalogs.checkovCodes, catalogs.cfnNagCodes, catalogs.cfnLintCodes);
  out.suppressions.insert(out.suppressions.end(), meta.begin(), meta.end());
  return out;
}

/// Gives each function with a custom runtime (provided.*) the C/C++ sources under its code
/// folder (CodeUri, relative to the manifest). Returns, per file, whether its facts were linked.
std::vector<bool> linkSources(std::vector<LoadedFile>& files, const std::vector<core::FileId>& ids, const core::SourceManager& sources,
                              const policy::Catalogs& catalogs) {
  std::vector<bool> linked(files.size(), false);
  for (auto& m : files) {
    if (!m.project) continue;
    std::string manifest = sources.file(m.project->manifest).path();
    auto slash = manifest.rfind('/');
    std::string base = slash == std::string::npos ? "" : manifest.substr(0, slash + 1);
    for (auto& f : m.project->functions) {
      // Native code runs on a custom runtime (provided.*) or is built by a makefile/CMake.
      const auto* profile = catalogs.provider(f.provider);
      if (!profile || !profile->runsNativeCode(f)) continue;
      if (f.codeDir.present() && !f.codeDir.known()) continue;  // an intrinsic: the folder is unknown
      // The code folder: CodeUri relative to the manifest, or the manifest's folder (serverless.yml).
      std::string dir =
          std::filesystem::path(base + (f.codeDir.known() ? f.codeDir.value : std::string("."))).lexically_normal().generic_string();
      while (dir.ends_with("/")) dir.pop_back();
      if (dir == ".") dir.clear();  // the scan root: every source file
      for (std::size_t j = 0; j < files.size(); ++j) {
        if (!files[j].facts) continue;
        const std::string& path = sources.file(ids[j]).path();
        if (!dir.empty() && !path.starts_with(dir + "/")) continue;
        f.sourceFacts.push_back(files[j].facts);
        linked[j] = true;
      }
    }
  }
  return linked;
}

CheckOutcome check(const model::Project& project, std::vector<core::Diagnostic> diagnostics, std::vector<Suppression> sups,
                   const std::vector<ActiveRule>& rules, const core::Clock& clock, const policy::Catalogs& catalogs,
                   const core::SourceManager& sources, const CodeChecked& codeChecked) {
  CheckOutcome out;
  out.diagnostics = std::move(diagnostics);
  const std::string& provider = project.provider.value;
  if (!project.functions.empty() && !provider.empty() && !catalogs.provider(provider)) {
    core::Diagnostic d;
    d.code = "FL009";
    d.severity = core::Severity::Note;
    d.message = fmt::format("faaslint has no profile for provider '{}', so only provider-neutral rules were applied (secrets, "
                            "handler code); memory, timeout, runtime, trigger and permission checks were skipped.",
                            provider);
    d.range = project.provider.range.valid() ? project.provider.range : core::Range{project.manifest, 0, 0};
    d.logicalPath = project.provider.path;
    out.diagnostics.push_back(std::move(d));
  }
  for (const auto& r : rules) {
    if (!r.info->appliesTo(provider)) continue;
    RuleContext ctx(*r.info, r.severity, clock, catalogs, out.diagnostics);
    r.rule->check(project, ctx);
  }
  mergeSharedFindings(out.diagnostics);
  for (auto& d : out.diagnostics)
    if (d.range.file == core::kNoFile) d.range = {project.manifest, 0, 0};
  applySuppressions(sups, out.diagnostics, out.suppressed, sources, true, codeChecked);
  return out;
}

}  // namespace

bool codeMatches(std::string_view code, std::string_view pattern) {
  if (pattern.empty()) return false;
  if (const auto* r = findRule(pattern); r && r->name == pattern) return code == r->code;
  return code.starts_with(pattern);
}

ScanResult scan(const core::FileSystem& fs, const core::Clock& clock, const ScanRequest& req) {
  auto start = std::chrono::steady_clock::now();
  ScanResult result;

  // Catalogs are compiled into the binary; a problem there is a broken build, reported as exit 2.
  std::vector<std::string> catalogErrors;
  policy::Catalogs catalogs = policy::Catalogs::load(catalogErrors);
  for (auto& e : catalogErrors) result.errors.push_back({"<policy catalogs>", e});

  // Configuration: explicit --config must exist; otherwise .faaslint.yaml when present.
  core::FileId configId = core::kNoFile;
  std::string configPath = req.configPath.empty() ? ".faaslint.yaml" : req.configPath;
  if (!req.configPath.empty() || fs.kind(configPath) == core::FileKind::Regular) {
    auto r = fs.read(configPath, 1u << 20);
    if (!r.text)
      result.errors.push_back({configPath, "cannot read the configuration: " + r.error});
    else
      configId = result.sources.add(loaders::displayPath(configPath), std::move(*r.text));
  }
  std::vector<core::Diagnostic> configDiagnostics;
  policy::Policy policy = policy::Policy::load(result.sources, configId, configDiagnostics);

  std::vector<ActiveRule> rules;
  for (const auto& info : allRules()) {
    if (!info.create) continue;
    const auto* s = policy.setting(info.code);
    if (s && !s->enabled) continue;
    RuleOptions options(catalogs);
    if (s)
      for (const auto& [k, v] : s->options) options.set(k, v);
    auto rule = info.create(options);
    for (auto& d : options.finish(std::string(info.code))) configDiagnostics.push_back(std::move(d));
    rules.push_back({&info, s && s->severity ? *s->severity : info.defaultSeverity, std::move(rule)});
  }

  // Discover and read serially (the SourceManager is not shared across threads), then analyze
  // in parallel.
  auto found = loaders::discover(fs, req.paths.empty() ? std::vector<std::string>{"."} : req.paths, policy.excludes());
  for (auto& e : found.errors) result.errors.push_back({e.path, e.message});
  // Only files named (pre-commit passes a batch of changed files): load the manifests that own
  // the named handlers too, but report only on the files named.
  std::set<std::string> reportOnly;
  bool onlyFiles = !req.paths.empty() && std::all_of(req.paths.begin(), req.paths.end(),
                                                     [&](const std::string& p) { return fs.kind(p) == core::FileKind::Regular; });
  if (onlyFiles) {
    for (const auto& c : found.files) reportOnly.insert(loaders::displayPath(c.path));
    for (auto& owner : loaders::owningManifests(fs, found.files))
      if (!reportOnly.count(loaders::displayPath(owner.path))) found.files.push_back(std::move(owner));
    std::sort(found.files.begin(), found.files.end(),
              [](const auto& a, const auto& b) { return loaders::displayPath(a.path) < loaders::displayPath(b.path); });
    found.files.erase(
        std::unique(found.files.begin(), found.files.end(),
                    [](const auto& a, const auto& b) { return loaders::displayPath(a.path) == loaders::displayPath(b.path); }),
        found.files.end());
  }
  std::vector<core::FileId> ids;
  std::vector<std::string> openPaths;  // as given (may be absolute), for reading files next to a manifest
  for (const auto& c : found.files) {
    auto r = fs.read(c.path, kMaxManifestBytes);
    if (!r.text) {
      result.errors.push_back({loaders::displayPath(c.path), "cannot read: " + r.error});
      continue;
    }
    ids.push_back(result.sources.add(loaders::displayPath(c.path), std::move(*r.text)));
    openPaths.push_back(c.path);
  }
  // --select/--ignore: the configuration's own problems are always reported.
  auto keepCode = [&](std::string_view code) {
    for (const auto& p : req.ignore)
      if (codeMatches(code, p)) return false;
    if (req.select.empty() || code.starts_with("FL")) return true;
    for (const auto& p : req.select)
      if (codeMatches(code, p)) return true;
    return false;
  };
  // A suppression is "unused" only when its codes were checked in this run (enabled, selected);
  // an unknown code counts as checked, so a typo is reported.
  CodeChecked codeChecked = [&](std::string_view c) {
    bool known = false;
    for (const auto& info : allRules()) {
      if (!codeMatches(info.code, c)) continue;
      known = true;
      bool active = !info.create || std::any_of(rules.begin(), rules.end(), [&](const ActiveRule& r) { return r.info == &info; });
      if (active && keepCode(info.code)) return true;
    }
    return !known;
  };
  const unsigned jobs = req.jobs ? req.jobs : std::thread::hardware_concurrency();

  // The flags each C/C++ file was built with, from a compile_commands.json (-p DIR, or the
  // nearest one next to the file or above it). Read serially: the file system is not shared.
  std::vector<std::vector<std::string>> compileFlags(ids.size());
  std::map<std::string, std::optional<source::CompileCommands>> databases;
  auto database = [&](const std::string& path) -> const std::optional<source::CompileCommands>& {
    auto it = databases.find(path);
    if (it != databases.end()) return it->second;
    std::optional<source::CompileCommands> db;
    if (auto r = fs.read(path, 64u << 20); r.text) {
      std::string error;
      auto slash = path.rfind('/');
      db = source::CompileCommands::parse(
          *r.text, std::filesystem::absolute(slash == std::string::npos ? "." : path.substr(0, slash)).string(), error);
      if (!db) result.errors.push_back({path, error});
    } else if (!req.compileCommandsDir.empty()) {
      result.errors.push_back({path, "cannot read the compilation database: " + r.error});
    }
    return databases.emplace(path, std::move(db)).first->second;
  };
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (!loaders::isCxxSource(openPaths[i])) continue;
    std::string dbPath;
    if (!req.compileCommandsDir.empty()) {
      dbPath = core::joinPath(req.compileCommandsDir, "compile_commands.json");
    } else {
      // Up from the file, but never above the scanned paths or the working directory: nothing
      // outside the scanned tree is read.
      namespace stdfs = std::filesystem;
      std::vector<stdfs::path> roots = {stdfs::absolute(".").lexically_normal()};
      for (const auto& p : req.paths.empty() ? std::vector<std::string>{"."} : req.paths) {
        stdfs::path a = stdfs::absolute(p).lexically_normal();
        roots.push_back(fs.kind(p) == core::FileKind::Directory ? a : a.parent_path());
      }
      auto inside = [&](const stdfs::path& d) {
        for (const auto& r : roots) {
          auto rel = d.lexically_relative(r);
          if (!rel.empty() && *rel.begin() != "..") return true;
        }
        return false;
      };
      stdfs::path dir = stdfs::absolute(openPaths[i]).lexically_normal().parent_path();
      for (unsigned depth = 0; depth < 64 && inside(dir); ++depth) {
        std::string candidate = (dir / "compile_commands.json").string();
        if (fs.kind(candidate) == core::FileKind::Regular) {
          dbPath = candidate;
          break;
        }
        if (dir == dir.parent_path()) break;
        dir = dir.parent_path();
      }
    }
    if (dbPath.empty()) continue;
    if (const auto& db = database(dbPath))
      if (auto flags = db->flagsFor(std::filesystem::absolute(openPaths[i]).lexically_normal().string())) compileFlags[i] = *flags;
  }

  // 1. Read every file (in parallel): manifests into projects, C/C++ files into facts.
  std::vector<LoadedFile> files(ids.size());
  std::atomic<std::size_t> done{0};
  std::optional<source::CxxWorkerPool> workers;  // workers start only when a file needs Clang
  if (!req.cxxWorker.empty()) {
    auto command = req.cxxWorker;
    command.push_back(fmt::format("--max-memory-mb={}", policy.sourceLimits().maxFileMemoryMb));
    command.push_back(fmt::format("--parent={}", ::getpid()));
    workers.emplace(std::move(command), std::chrono::seconds(policy.sourceLimits().maxFileSeconds));
  }
  parallelFor(ids.size(), jobs, [&](std::size_t i) {
    files[i] = load(fs, result.sources, ids[i], catalogs, req, policy.sourceLimits(), openPaths[i], compileFlags[i],
                    workers ? &*workers : nullptr);
    if (req.progress) req.progress(++done, ids.size());
  });

  // 2. Link handler sources to the functions that run them; the rest stand on their own.
  std::vector<bool> linked = linkSources(files, ids, result.sources, catalogs);
  struct Unit {
    model::Project project;
    std::vector<core::Diagnostic> diagnostics;
    std::vector<Suppression> suppressions;
  };
  std::vector<Unit> units;
  std::vector<core::Diagnostic> all;
  for (std::size_t i = 0; i < files.size(); ++i) {
    auto& f = files[i];
    result.manifests += f.manifest ? 1 : 0;
    if (f.project) {
      result.functions += f.project->functions.size();
      Unit u{std::move(*f.project), std::move(f.diagnostics), std::move(f.suppressions)};
      // Suppressions written in linked source files apply to this project's findings there.
      for (const auto& fn : u.project.functions)
        for (const auto& facts : fn.sourceFacts)
          for (std::size_t j = 0; j < files.size(); ++j)
            if (files[j].facts == facts)
              u.suppressions.insert(u.suppressions.end(), files[j].suppressions.begin(), files[j].suppressions.end());
      units.push_back(std::move(u));
    } else if (f.facts && !linked[i]) {
      Unit u;
      u.project.manifest = ids[i];
      u.project.dialect = "source";
      u.project.sources.push_back(f.facts);
      u.diagnostics = std::move(f.diagnostics);
      u.suppressions = std::move(f.suppressions);
      units.push_back(std::move(u));
    } else {
      for (auto& d : f.diagnostics) all.push_back(std::move(d));
    }
  }
  for (auto& u : units) {  // one suppression seen by two projects (a shared source) is counted once
    std::sort(u.suppressions.begin(), u.suppressions.end(), [](const Suppression& a, const Suppression& b) {
      return std::tie(a.range.file, a.range.begin) < std::tie(b.range.file, b.range.begin);
    });
    u.suppressions.erase(std::unique(u.suppressions.begin(), u.suppressions.end(),
                                     [](const Suppression& a, const Suppression& b) { return a.range == b.range && a.origin == b.origin; }),
                         u.suppressions.end());
  }

  // 3. Apply the rules to each project (in parallel).
  std::vector<CheckOutcome> outcomes(units.size());
  parallelFor(units.size(), jobs, [&](std::size_t i) {
    outcomes[i] = check(units[i].project, std::move(units[i].diagnostics), std::move(units[i].suppressions), rules, clock, catalogs,
                        result.sources, codeChecked);
  });
  for (auto& o : outcomes) {
    for (auto& d : o.diagnostics) all.push_back(std::move(d));
    for (auto& d : o.suppressed) result.suppressed.push_back(std::move(d));
  }
  // `.faaslint.yaml` ignore entries cover every file.
  std::vector<Suppression> configSups;
  for (const auto& ig : policy.ignores()) {
    Suppression s;
    s.scope = SuppressionScope::Path;
    s.codes = ig.codes;
    s.reason = ig.reason;
    s.range = ig.range;
    s.logicalPath = ig.logicalPath;
    s.target = ig.glob;
    s.origin = ".faaslint.yaml ignore";
    configSups.push_back(std::move(s));
  }
  applySuppressions(configSups, all, result.suppressed, result.sources, true, codeChecked);
  result.diagnostics = std::move(configDiagnostics);
  for (auto& d : all) {
    if (!keepCode(d.code)) continue;
    if (!reportOnly.empty() && d.range.valid() && !reportOnly.count(result.sources.file(d.range.file).path())) continue;
    result.diagnostics.push_back(std::move(d));
  }
  // Sorted by file, position, code and message: byte-identical output at any thread count.
  std::sort(result.diagnostics.begin(), result.diagnostics.end(), [&](const core::Diagnostic& a, const core::Diagnostic& b) {
    const std::string pa = a.range.valid() ? result.sources.file(a.range.file).path() : a.file;
    const std::string pb = b.range.valid() ? result.sources.file(b.range.file).path() : b.file;
    return std::tie(pa, a.range.begin, a.code, a.message, a.logicalPath) < std::tie(pb, b.range.begin, b.code, b.message, b.logicalPath);
  });
  result.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  return result;
}

}  // namespace faaslint::engine
