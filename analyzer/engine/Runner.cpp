#include "engine/Runner.h"

#include <algorithm>
#include <any>
#include <atomic>
#include <fmt/format.h>
#include <map>
#include <set>
#include <thread>
#include <unistd.h>

#include <filesystem>

#include "engine/FileLoading.h"
#include "engine/Parallel.h"
#include "engine/Registry.h"
#include "engine/RuleContext.h"
#include "engine/Suppressions.h"
#include "formats/Discover.h"
#include "formats/Format.h"
#include "languages/Language.h"
#include "languages/Worker.h"
#include "policy/Catalogs.h"
#include "policy/Policy.h"

namespace faaslint::engine {
namespace {

constexpr std::uint64_t kMaxFileBytes = 16u << 20;  // an I/O guard; the per-language limits are policy

/// The configured rules, built once per scan and shared read-only by the workers.
struct ActiveRule {
  const RuleInfo* info;
  core::Severity severity;
  std::unique_ptr<Rule> rule;
};

/// Why faaslint itself failed on a file, from what escaped its reading or checking: a finding
/// at the file, so the rest of the scan is kept and the file is not reported clean.
core::Diagnostic failedOn(core::FileId file, std::string_view what, std::string_view stage) {
  return fileProblem(file, fmt::format("faaslint failed while {} this file ({}); its findings are missing, the rest of the scan was "
                                       "done. Please report this with the file.",
                                       stage, what));
}

/// The text of what a task threw.
std::string thrownText() {
  try {
    throw;
  } catch (const std::bad_alloc&) { return "out of memory"; } catch (const std::exception& e) {
    return e.what();
  } catch (...) { return "an unknown error"; }
}

/// What checking one project (a manifest with its linked sources, or one source file) gave.
struct CheckOutcome {
  std::vector<core::Diagnostic> diagnostics;
  std::vector<core::Diagnostic> suppressed;
};

using CodeChecked = std::function<bool(std::string_view)>;

/// A value written once and inherited by many functions (provider.runtime, Globals.Function.
/// MemorySize) gives one finding per function at the same place with the same words. Those
/// become one finding naming every function, keeping each function's note. Then the subject
/// placeholder of every message is rendered from the subjects ("function 'A'", "functions 'A', 'B'").
void mergeSharedFindings(std::vector<core::Diagnostic>& diags) {
  auto shape = [](const core::Diagnostic& d) {
    return std::make_tuple(d.code, d.range.file, d.range.begin, d.range.end, d.logicalPath, d.message);
  };
  std::map<decltype(shape(diags.front())), std::size_t> first;
  std::vector<bool> drop(diags.size(), false);
  for (std::size_t i = 0; i < diags.size(); ++i) {
    auto& d = diags[i];
    if (d.function.empty() || !d.range.valid()) continue;
    auto [it, inserted] = first.emplace(shape(d), i);
    if (inserted) continue;
    drop[i] = true;
    auto& kept = diags[it->second];
    for (auto& s : d.subjects) kept.subjects.push_back(std::move(s));
    for (auto& n : d.notes) kept.notes.push_back(std::move(n));
  }
  std::vector<core::Diagnostic> out;
  for (std::size_t i = 0; i < diags.size(); ++i) {
    if (drop[i]) continue;
    auto& d = diags[i];
    if (d.message.find(core::kSubject) != std::string::npos) {
      const std::string phrase = core::subjectPhrase(d.subjects.empty() ? std::vector<std::string>{d.function} : d.subjects);
      const bool leading = d.message.starts_with(core::kSubject);
      // Only a sentence that starts with the functions has them as its subject.
      const bool plural = d.subjects.size() > 1 && d.message.starts_with(core::kSubject);
      for (auto at = d.message.find(core::kSubject); at != std::string::npos; at = d.message.find(core::kSubject, at + phrase.size())) {
        d.message.replace(at, core::kSubject.size(), phrase);
        // "Functions 'A', 'B' has no tracing" -> "have": the verb that follows the subject agrees with it.
        if (!plural || at != 0) continue;
        for (const auto& [one, many] :
             {std::pair<std::string_view, std::string_view>{" is ", " are "}, {" has ", " have "}, {" was ", " were "}})
          if (d.message.compare(at + phrase.size(), one.size(), one) == 0) {
            d.message.replace(at + phrase.size(), one.size(), many);
            break;
          }
      }
      if (leading) d.message[0] = 'F';  // a sentence that starts with the function: "Function 'A' is ..."
    }
    out.push_back(std::move(d));
  }
  diags = std::move(out);
}

/// The scan's source files by path, with the language that read each.
struct SourceIndex {
  std::map<std::string, std::size_t> byPath;
  const std::vector<const languages::LanguageAnalyzer*>& languageOf;
};

using core::folderOf;

/// Links a function of an interpreted runtime (Python, Node.js) to its handler: the file the
/// manifest's handler names under the code folder, the function exported under that name (the
/// entry of the handler path), and the local modules that file imports, transitively. False when
/// no such file was scanned.
bool linkHandler(model::Function& f, const std::string& codeDir, std::vector<LoadedFile>& files, const SourceIndex& index,
                 const core::SourceManager& sources, const std::vector<core::FileId>& ids, const std::string& languageId,
                 std::vector<bool>& linked, const core::FileSystem& fs) {
  for (const auto* lang : languages::allLanguages()) {
    if (!languageId.empty() && lang->id() != languageId) continue;
    auto target = lang->handlerTarget(f.handler.value);
    if (!target) continue;
    // The first file found that exports the handler's name, else the first file found.
    std::optional<std::size_t> entry, fallback;
    auto exports = [&](std::size_t i) {
      return std::any_of(files[i].facts->functions.begin(), files[i].facts->functions.end(), [&](const model::FunctionFact& fn) {
        return std::find(fn.exportedAs.begin(), fn.exportedAs.end(), target->exportName) != fn.exportedAs.end();
      });
    };
    auto find = [&](const std::string& path) {
      auto it = index.byPath.find(path);
      if (entry || it == index.byPath.end() || !files[it->second].facts || index.languageOf[it->second] != lang) return;
      if (exports(it->second))
        entry = it->second;
      else if (!fallback)
        fallback = it->second;
    };
    for (const auto& rel : target->files) find(core::joinNormal(codeDir, rel));
    // A built file (TypeScript compiled to dist/): its sources.
    for (const auto& rel : target->files)
      if (!entry && !fallback)
        for (const auto& source : lang->sourcesOf(core::joinNormal(codeDir, rel), codeDir, fs)) find(source);
    if (!entry) entry = fallback;
    if (!entry) continue;
    // The handler function: exported under the handler's name.
    const model::SourceFacts& facts = *files[*entry].facts;
    for (const auto& fn : facts.functions)
      if (std::find(fn.exportedAs.begin(), fn.exportedAs.end(), target->exportName) != fn.exportedAs.end()) {
        model::HandlerFact h;
        h.name = fn.name;
        h.framework = "manifest";
        h.range = fn.range;
        h.registeredAt = f.handler.range;
        if (!fn.params.empty()) {
          h.eventParam = fn.params.front();
          h.eventIndex = 0;
        }
        f.codeHandlers.push_back(std::move(h));
        break;
      }
    // The handler's file and the local modules it imports.
    std::vector<std::size_t> todo{*entry};
    std::set<std::size_t> seen;
    while (!todo.empty()) {
      const std::size_t i = todo.back();
      todo.pop_back();
      if (!seen.insert(i).second || seen.size() > 4096) continue;
      f.sourceFacts.push_back(files[i].facts);
      linked[i] = true;
      const std::string importer = folderOf(sources.file(ids[i]).path());
      for (const auto& inc : files[i].facts->includes)
        for (const auto& c : lang->importCandidates(inc.name)) {
          auto it = index.byPath.find(core::joinNormal(c.fromImporter ? importer : codeDir, c.path));
          if (it == index.byPath.end() || !files[it->second].facts || index.languageOf[it->second] != lang) continue;
          todo.push_back(it->second);
          break;
        }
    }
    return true;
  }
  return false;
}

/// The folder of a manifest (with its trailing slash; "" at the top).
std::string manifestBase(const core::SourceManager& sources, const model::Project& project) {
  const std::string& manifest = sources.file(project.manifest).path();
  auto slash = manifest.rfind('/');
  return slash == std::string::npos ? "" : manifest.substr(0, slash + 1);
}

/// A function's code folder as the scan names paths: its code folder relative to the manifest, or
/// the manifest's own folder when none is given ("" is the scan root: every source file); nullopt
/// when an intrinsic hides it.
std::optional<std::string> codeDirOf(const std::string& base, const model::Function& f, const core::FileSystem& fs) {
  if (f.codeDir.present() && !f.codeDir.known()) return std::nullopt;
  std::string dir = core::joinNormal(base, f.codeDir.known() ? f.codeDir.value : std::string("."));
  // A CodeUri may name the handler's one file (`CodeUri: src/orders/new_order.py`, which the
  // SAM CLI packages alone): its folder holds the code.
  if (!dir.empty() && fs.kind(dir) == core::FileKind::Regular) dir = folderOf(dir);
  return dir;
}

/// Where the source files are that linkSources may give a function of the loaded manifests,
/// known before any source is read: every file a handler may name (for every language, built
/// files' sources too), the folders native builds own, and the code folders that package imports
/// are looked for in (the scan follows the imports of what it read from these, in rounds). A
/// superset: what it holds, linkSources decides about; what it leaves out is surely no
/// function's, and can be checked on its own as soon as it is read.
struct LinkCandidates {
  std::set<std::string> entries;  ///< files a handler may name
  std::vector<std::string> nativeDirs;  ///< folders whose native sources a build owns ("": all)
  std::vector<std::string> codeDirs;  ///< where a package import is looked for

  bool holds(const std::string& path, const languages::LanguageAnalyzer& lang) const {
    if (entries.count(path)) return true;
    if (lang.linksByFolder())
      for (const auto& d : nativeDirs)
        if (d.empty() || path.starts_with(d + "/")) return true;
    return false;
  }
};
LinkCandidates linkCandidates(const std::vector<LoadedFile>& files, const core::SourceManager& sources, const core::FileSystem& fs,
                              const policy::Catalogs& catalogs) {
  LinkCandidates out;
  for (const auto& m : files) {
    if (!m.project) continue;
    const std::string base = manifestBase(sources, *m.project);
    for (const auto& f : m.project->functions) {
      const auto dir = codeDirOf(base, f, fs);
      if (!dir) continue;
      out.codeDirs.push_back(*dir);
      const auto* profile = catalogs.provider(f.provider);
      if (profile && profile->runsNativeCode(f)) {
        out.nativeDirs.push_back(*dir);
        continue;
      }
      if (!f.handler.known()) continue;
      for (const auto* lang : languages::allLanguages())
        if (auto target = lang->handlerTarget(f.handler.value))
          for (const auto& rel : target->files) {
            const std::string path = core::joinNormal(*dir, rel);
            out.entries.insert(path);
            for (const auto& source : lang->sourcesOf(path, *dir, fs)) out.entries.insert(source);
          }
    }
  }
  std::sort(out.codeDirs.begin(), out.codeDirs.end());
  out.codeDirs.erase(std::unique(out.codeDirs.begin(), out.codeDirs.end()), out.codeDirs.end());
  return out;
}

/// Gives each function the source files it runs: for an interpreted runtime the handler the
/// manifest names and what it imports (linkHandler); for native code (its provider profile says
/// how: on AWS a custom runtime, provided.*, or a makefile/CMake build) the source files under its
/// code folder (relative to the manifest). Returns, per file, whether its facts were linked.
std::vector<bool> linkSources(std::vector<LoadedFile>& files, const std::vector<core::FileId>& ids, const core::SourceManager& sources,
                              const core::FileSystem& fs, const policy::Catalogs& catalogs,
                              const std::vector<const languages::LanguageAnalyzer*>& languageOf) {
  std::vector<bool> linked(files.size(), false);
  SourceIndex index{{}, languageOf};
  for (std::size_t j = 0; j < files.size(); ++j)
    if (files[j].facts) index.byPath.emplace(sources.file(ids[j]).path(), j);
  for (auto& m : files) {
    if (!m.project) continue;
    const std::string base = manifestBase(sources, *m.project);
    for (auto& f : m.project->functions) {
      const auto codeDir = codeDirOf(base, f, fs);
      if (!codeDir) continue;  // an intrinsic: the folder is unknown
      const std::string& dir = *codeDir;
      const auto* profile = catalogs.provider(f.provider);
      if (!profile || !profile->runsNativeCode(f)) {
        if (f.handler.known()) linkHandler(f, dir, files, index, sources, ids, profile ? profile->handlerLanguage(f) : "", linked, fs);
        continue;
      }
      // Native code runs on a custom runtime (provided.*) or is built by a makefile/CMake.
      for (std::size_t j = 0; j < files.size(); ++j) {
        if (!files[j].facts || !languageOf[j] || !languageOf[j]->linksByFolder()) continue;
        const std::string& path = sources.file(ids[j]).path();
        if (!dir.empty() && !path.starts_with(dir + "/")) continue;
        f.sourceFacts.push_back(files[j].facts);
        linked[j] = true;
      }
    }
  }
  return linked;
}

CheckOutcome check(const RuleTable& table, const model::Project& project, std::vector<core::Diagnostic> diagnostics,
                   std::vector<Suppression> sups, const std::vector<ActiveRule>& rules, const core::Clock& clock,
                   const policy::Catalogs& catalogs, const core::SourceManager& sources, const CodeChecked& codeChecked) {
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
    RuleContext ctx(*r.info, r.severity, clock, catalogs, out.diagnostics, &sources);
    try {
      r.rule->check(project, ctx);
    } catch (...) {
      out.diagnostics.push_back(failedOn(project.manifest, thrownText(), fmt::format("checking {} ({}) on", r.info->code, r.info->name)));
    }
  }
  mergeSharedFindings(out.diagnostics);
  for (auto& d : out.diagnostics)
    if (d.range.file == core::kNoFile) d.range = {project.manifest, 0, 0};
  applySuppressions(table, sups, out.diagnostics, out.suppressed, sources, true, codeChecked);
  return out;
}

}  // namespace

/// What a session builds once.
struct Session::State {
  const RuleTable& table;
  policy::Catalogs catalogs;
  core::SourceManager sources;  ///< the default pack and the configuration, re-added first in every scan
  std::optional<policy::Policy> policy;
  std::vector<ActiveRule> rules;
  std::vector<core::Diagnostic> configDiagnostics;
  std::vector<ScanError> errors;
  explicit State(const RuleTable& t) : table(t) {}
};

Session::Session(const RuleTable& table, const core::FileSystem& fs, const std::string& explicitConfig)
    : state_(std::make_unique<State>(table)) {
  State& st = *state_;
  // Catalogs are compiled into the binary; a problem there is a broken build, reported as exit 2.
  std::vector<std::string> catalogErrors;
  st.catalogs = policy::Catalogs::load(catalogErrors);
  for (auto& e : catalogErrors) st.errors.push_back({"<policy catalogs>", e});

  // Configuration: explicit --config must exist; otherwise .faaslint.yaml when present.
  core::FileId configId = core::kNoFile;
  std::string configPath = explicitConfig.empty() ? ".faaslint.yaml" : explicitConfig;
  if (!explicitConfig.empty() || fs.kind(configPath) == core::FileKind::Regular) {
    auto r = fs.read(configPath, 1u << 20);
    if (!r.text)
      st.errors.push_back({configPath, "cannot read the configuration: " + r.error});
    else
      configId = st.sources.add(formats::displayPath(configPath), std::move(*r.text));
  }
  const policy::KnownCodes codes{[&table](std::string_view key) -> std::optional<std::string> {
                                   const auto* info = findRule(table, key);
                                   return info ? std::optional<std::string>(info->code) : std::nullopt;
                                 },
                                 [&table](std::string_view pattern) { return knownPattern(table, pattern); }};
  st.policy.emplace(policy::Policy::load(st.sources, configId, codes, st.configDiagnostics));

  for (const auto& info : table) {
    if (!info.create) continue;
    const auto* s = st.policy->setting(info.code);
    if (s && !s->enabled) continue;
    auto rule = createRule(info, *st.policy, st.catalogs, st.configDiagnostics);
    st.rules.push_back({&info, s && s->severity ? *s->severity : info.defaultSeverity, std::move(rule)});
  }
}

Session::~Session() = default;
Session::Session(Session&&) noexcept = default;
Session& Session::operator=(Session&&) noexcept = default;

const RuleTable& Session::rules() const { return state_->table; }

ScanResult scan(const RuleTable& rules, const core::FileSystem& fs, const core::Clock& clock, const ScanRequest& request) {
  return Session(rules, fs, request.configPath).scan(fs, clock, request);
}

ScanResult Session::scan(const core::FileSystem& fs, const core::Clock& clock, const ScanRequest& req) const {
  auto start = std::chrono::steady_clock::now();
  const State& st = *state_;
  const RuleTable& table = st.table;
  const policy::Catalogs& catalogs = st.catalogs;
  const policy::Policy& policy = *st.policy;
  const std::vector<ActiveRule>& rules = st.rules;
  ScanResult result;
  result.rules = &table;
  result.errors = st.errors;
  // The session's files come first, with the same ids, so the policy's ranges point at them.
  for (std::size_t i = 0; i < st.sources.size(); ++i) {
    const auto& f = st.sources.file(static_cast<core::FileId>(i));
    result.sources.add(f.path(), std::string(f.text()));
  }
  std::vector<core::Diagnostic> configDiagnostics = st.configDiagnostics;

  // Discover and read serially (the SourceManager is not shared across threads), then analyze
  // in parallel.
  // Discovery keeps the names a format or a language may claim.
  const formats::NameFilter manifestName = formats::manifestName;
  const formats::NameFilter wanted = [&](std::string_view name) { return manifestName(name) || languages::languageFor(name, false); };
  auto found = formats::discover(fs, req.paths.empty() ? std::vector<std::string>{"."} : req.paths, policy.excludes(), wanted);
  for (auto& e : found.errors) result.errors.push_back({e.path, e.message});
  for (auto& s : found.skipped) result.skipped.push_back({formats::displayPath(s.path), s.reason});
  for (const auto& [ext, n] : found.passedOver)
    if (const auto language = languages::notYetAnalysed(ext); !language.empty()) result.notAnalysed[std::string(language)] += n;
  // Only files named (pre-commit passes a batch of changed files): load the manifests that own
  // the named handlers too, but report only on the files named.
  std::set<std::string> reportOnly;
  bool onlyFiles = !req.paths.empty() && std::all_of(req.paths.begin(), req.paths.end(),
                                                     [&](const std::string& p) { return fs.kind(p) == core::FileKind::Regular; });
  if (onlyFiles) {
    for (const auto& c : found.files) reportOnly.insert(formats::displayPath(c.path));
    for (auto& owner : formats::owningManifests(fs, found.files, formats::allOwnerNames(), manifestName))
      if (!reportOnly.count(formats::displayPath(owner.path))) found.files.push_back(std::move(owner));
    std::sort(found.files.begin(), found.files.end(),
              [](const auto& a, const auto& b) { return formats::displayPath(a.path) < formats::displayPath(b.path); });
    found.files.erase(
        std::unique(found.files.begin(), found.files.end(),
                    [](const auto& a, const auto& b) { return formats::displayPath(a.path) == formats::displayPath(b.path); }),
        found.files.end());
  }
  std::vector<core::FileId> ids;
  std::vector<std::string> openPaths;  // as given (may be absolute), for reading files next to a manifest
  for (const auto& c : found.files) {
    auto r = fs.read(c.path, kMaxFileBytes);
    if (!r.text) {
      result.errors.push_back({formats::displayPath(c.path), "cannot read: " + r.error});
      continue;
    }
    ids.push_back(result.sources.add(formats::displayPath(c.path), std::move(*r.text)));
    openPaths.push_back(c.path);
  }
  // --select/--ignore: the configuration's own problems are always reported.
  auto keepCode = [&](std::string_view code) {
    for (const auto& p : req.ignore)
      if (codeMatches(table, code, p)) return false;
    if (req.select.empty() || code.starts_with("FL")) return true;
    for (const auto& p : req.select)
      if (codeMatches(table, code, p)) return true;
    return false;
  };
  // A suppression is "unused" only when its codes were checked in this run (enabled, selected);
  // an unknown code counts as checked, so a typo is reported.
  CodeChecked codeChecked = [&](std::string_view c) {
    bool known = false;
    for (const auto& info : table) {
      if (!codeMatches(table, info.code, c)) continue;
      known = true;
      bool active = !info.create || std::any_of(rules.begin(), rules.end(), [&](const ActiveRule& r) { return r.info == &info; });
      if (active && keepCode(info.code)) return true;
    }
    return !known;
  };
  const unsigned jobs = req.jobs ? req.jobs : std::thread::hardware_concurrency();

  // What claims each file: a language (handler code) or a format (a manifest), and the build
  // flags of each source file, worked out serially (the file system is not shared).
  std::vector<const languages::LanguageAnalyzer*> languageOf(ids.size(), nullptr);
  std::vector<const formats::ManifestFormat*> formatOf(ids.size(), nullptr);
  std::vector<formats::Claim> claims(ids.size());
  std::vector<std::vector<std::string>> buildFlags(ids.size());
  std::map<std::string, std::any> buildMemo;
  const languages::BuildContext build{fs, req.paths, req.compileCommandsDir,
                                      [&](const std::string& path, const std::string& message) {
                                        result.errors.push_back({path, message});
                                      },
                                      buildMemo};
  std::set<std::string_view> scanned;
  for (const auto id : ids) scanned.insert(result.sources.file(id).path());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const std::string& path = result.sources.file(ids[i]).path();
    // A manifest name comes first: serverless.ts is a manifest written as a program, not a handler.
    const auto slash = path.rfind('/');
    const std::string_view name = slash == std::string::npos ? std::string_view(path) : std::string_view(path).substr(slash + 1);
    if (!manifestName(name) && (languageOf[i] = languages::languageFor(path, true))) {
      // A build output (dist/index.js) whose sources are in the scan: the sources are read, and
      // their findings are the ones to fix; a handler naming the built file is linked to them.
      const auto sources = languageOf[i]->sourcesOf(path, folderOf(path), fs);
      if (std::any_of(sources.begin(), sources.end(), [&](const std::string& s) { return s != path && scanned.count(s); })) {
        languageOf[i] = nullptr;
        continue;
      }
      buildFlags[i] = languageOf[i]->buildFlags(build, openPaths[i]);
      continue;
    }
    formatOf[i] = formats::claimFile(path, result.sources.file(ids[i]).text(), claims[i]);
    if (const auto dot = name.rfind('.'); !formatOf[i] && dot != std::string_view::npos)  // named on the command line
      if (const auto language = languages::notYetAnalysed(name.substr(dot)); !language.empty()) ++result.notAnalysed[std::string(language)];
  }

  // 1. Read the manifests into projects (in parallel), then the source files their functions may
  // run into facts.
  std::vector<LoadedFile> files(ids.size());
  std::atomic<std::size_t> done{0};
  std::optional<languages::WorkerPool> workers;  // workers start only when an isolated language needs one
  if (!req.worker.empty()) {
    auto command = req.worker;
    command.push_back(fmt::format("--max-memory-mb={}", policy.sourceLimits().maxFileMemoryMb));
    command.push_back(fmt::format("--parent={}", ::getpid()));
    workers.emplace(std::move(command), std::chrono::seconds(policy.sourceLimits().maxFileSeconds));
  }
  auto cancelled = [&] { return req.cancel && req.cancel->load(std::memory_order_relaxed); };
  auto read = [&](std::size_t i) {
    if (cancelled()) return;
    const core::SourceFile& file = result.sources.file(ids[i]);
    try {
      if (languageOf[i])
        files[i] = analyzeSource(*languageOf[i], file, ids[i], req, policy.sourceLimits(), openPaths[i], buildFlags[i],
                                 workers ? &*workers : nullptr);
      else if (formatOf[i])
        files[i] = loadManifest(*formatOf[i], claims[i], fs, file, ids[i], catalogs, req, openPaths[i]);
    } catch (...) {  // one file's failure is that file's finding, never the whole scan's
      files[i] = LoadedFile{};
      files[i].manifest = formatOf[i] != nullptr;
      files[i].diagnostics.push_back(failedOn(ids[i], thrownText(), languageOf[i] ? "analysing" : "loading"));
    }
    if (req.progress) req.progress(++done, ids.size());
  };
  auto readAll = [&](const std::vector<std::size_t>& which) { parallelFor(which.size(), jobs, [&](std::size_t k) { read(which[k]); }); };
  std::vector<std::size_t> manifestFiles, sourceFiles;
  std::map<std::string_view, std::size_t> sourceByPath;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (formatOf[i]) manifestFiles.push_back(i);
    if (!languageOf[i]) continue;
    sourceFiles.push_back(i);
    sourceByPath.emplace(result.sources.file(ids[i]).path(), i);
  }
  result.sourceFiles = sourceFiles.size();
  readAll(manifestFiles);
  // Then the source files a function may run (its handler's file, its native sources, and what
  // they import, transitively), in rounds; the others wait for step 4.
  const LinkCandidates candidates = linkCandidates(files, result.sources, fs, catalogs);
  std::vector<bool> held(ids.size(), false);
  std::vector<std::size_t> round;
  for (const auto i : sourceFiles)
    if (candidates.holds(result.sources.file(ids[i]).path(), *languageOf[i])) {
      held[i] = true;
      round.push_back(i);
    }
  while (!round.empty()) {
    readAll(round);
    std::vector<std::size_t> next;
    auto hold = [&](const std::string& path) {
      auto it = sourceByPath.find(path);
      if (it == sourceByPath.end() || held[it->second]) return;
      held[it->second] = true;
      next.push_back(it->second);
    };
    for (const auto i : round) {
      if (!files[i].facts) continue;
      const std::string importer = folderOf(result.sources.file(ids[i]).path());
      for (const auto& inc : files[i].facts->includes)
        for (const auto& c : languageOf[i]->importCandidates(inc.name)) {
          if (c.fromImporter) {
            hold(core::joinNormal(importer, c.path));
            continue;
          }
          for (const auto& dir : candidates.codeDirs) hold(core::joinNormal(dir, c.path));
        }
    }
    round = std::move(next);
  }

  // 2. Link handler sources to the functions that run them; the rest stand on their own.
  std::vector<bool> linked = linkSources(files, ids, result.sources, fs, catalogs, languageOf);
  struct Unit {
    model::Project project;
    std::vector<core::Diagnostic> diagnostics;
    std::vector<Suppression> suppressions;
  };
  // A source file no function runs: a project of its own.
  auto standalone = [&](std::size_t i, LoadedFile& f) {
    Unit u;
    u.project.manifest = ids[i];
    u.project.dialect = "source";
    u.project.sources.push_back(f.facts);
    u.diagnostics = std::move(f.diagnostics);
    u.suppressions = std::move(f.suppressions);
    return u;
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
      units.push_back(standalone(i, f));
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
  // A project's programs, its rules and its suppressions; what fails there is the project's
  // finding (each rule's own failure is caught in check()).
  auto checkUnit = [&](Unit& u) {
    if (cancelled()) return CheckOutcome{};
    try {
      model::buildPrograms(u.project);
      if (req.visitProject && !u.project.functions.empty()) req.visitProject(u.project, catalogs, result.sources);
      return check(table, u.project, std::move(u.diagnostics), std::move(u.suppressions), rules, clock, catalogs, result.sources,
                   codeChecked);
    } catch (...) {
      CheckOutcome failed;
      failed.diagnostics.push_back(failedOn(u.project.manifest, thrownText(), "checking"));
      return failed;
    }
  };
  parallelFor(units.size(), jobs, [&](std::size_t i) { outcomes[i] = checkUnit(units[i]); });
  // 4. Every other source file runs in no function of the scan: each is read, checked on its own
  // and let go, so their facts are never all held at once (a scan of 2,000 handler files without
  // a manifest held 230 MB of facts).
  std::vector<std::size_t> alone;
  for (const auto i : sourceFiles)
    if (!held[i]) alone.push_back(i);
  std::vector<CheckOutcome> aloneOutcomes(alone.size());
  parallelFor(alone.size(), jobs, [&](std::size_t k) {
    const std::size_t i = alone[k];
    read(i);
    LoadedFile f = std::move(files[i]);
    files[i] = LoadedFile{};
    if (!f.facts) {
      aloneOutcomes[k].diagnostics = std::move(f.diagnostics);
      return;
    }
    Unit u = standalone(i, f);
    aloneOutcomes[k] = checkUnit(u);
  });
  for (auto* list : {&outcomes, &aloneOutcomes})
    for (auto& o : *list) {
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
  applySuppressions(table, configSups, all, result.suppressed, result.sources, true, codeChecked);
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
  result.cancelled = cancelled();
  result.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  return result;
}

}  // namespace faaslint::engine
