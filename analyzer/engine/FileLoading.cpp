#include "engine/FileLoading.h"

#include <algorithm>
#include <fmt/format.h>

#include "core/Text.h"
#include "document/Document.h"
#include "formats/SuppressionReaders.h"
#include "languages/FactsCache.h"

namespace faaslint::engine {

core::Diagnostic fileProblem(core::FileId file, std::string message) {
  core::Diagnostic d;
  d.code = "FL000";
  d.severity = core::Severity::Error;
  d.message = std::move(message);
  d.range = {file, 0, 0};
  return d;
}

namespace {

/// Reads the files a manifest includes (e.g. `${file(...)}`): only regular files inside its folder, with
/// no symbolic link on the way (a link could lead outside the project).
formats::ProjectFileReader projectReader(const core::FileSystem& fs, const std::string& manifestPath) {
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

/// Why a file of a language with minified bundles is one, by the policy's limits; "" when not.
/// Minified code has no names to resolve and a finding's line would be the whole file: its source
/// is what to read. Hand-written code, even with some long lines, has short lines on average.
std::string minified(std::string_view path, std::string_view text, const policy::SourceLimits& limits) {
  for (std::string_view ext : {".min.js", ".min.mjs", ".min.cjs"})
    if (path.ends_with(ext)) return "it is minified (the .min.js name); read its source instead";
  if (text.size() < limits.minifiedMinBytes) return "";
  std::size_t lines = 0, longest = 0, start = 0;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n' || i + 1 == text.size()) {
      longest = std::max(longest, i + 1 - start);
      start = i + 1;
      ++lines;
    }
  const std::size_t average = text.size() / lines;
  if (longest < limits.minifiedLongestLineBytes && average < limits.minifiedAverageLineBytes) return "";
  return fmt::format("it looks minified or bundled ({} lines of {} bytes on average, the longest {} bytes); read its source instead", lines,
                     average, longest);
}

core::Diagnostic notAnalysed(core::FileId id, const std::string& code, std::string why) {
  core::Diagnostic d = fileProblem(id, fmt::format("This source file was not analysed: {}.", why));
  d.code = code;
  if (code == "FL008") d.severity = core::Severity::Note;
  return d;
}

}  // namespace

LoadedFile analyzeSource(const languages::LanguageAnalyzer& language, const core::SourceFile& file, core::FileId id, const ScanRequest& req,
                         const policy::SourceLimits& limits, const std::string& openPath, const std::vector<std::string>& buildFlags,
                         languages::WorkerPool* workers) {
  LoadedFile out;
  std::string_view text = file.text();
  const std::size_t maxSourceBytes = limits.maxFileKb * 1024;
  if (text.size() > maxSourceBytes) {
    out.diagnostics.push_back(notAnalysed(id, "FL008",
                                          fmt::format("{} KB is above the limit of {} KB (sources.max-file-kb; generated code?)",
                                                      text.size() / 1024, maxSourceBytes / 1024)));
    return out;
  }
  if (const auto encoding = core::nonUtf8Encoding(text); !encoding.empty()) {
    out.diagnostics.push_back(notAnalysed(id, "FL008", fmt::format("it is {} text, not UTF-8; save it as UTF-8 to analyse it", encoding)));
    return out;
  }
  if (text.find('\0') != std::string_view::npos) {
    out.diagnostics.push_back(notAnalysed(id, "FL008", fmt::format("it holds NUL bytes, so it is not {} text", language.name())));
    return out;
  }
  if (std::string why = language.minifiable() ? minified(openPath, text, limits) : ""; !why.empty()) {
    out.diagnostics.push_back(notAnalysed(id, "FL008", std::move(why)));
    return out;
  }
  languages::SourceRequest sreq;
  sreq.language = std::string(language.id());
  sreq.path = openPath;
  sreq.file = id;
  sreq.extraArgs = buildFlags;
  const languages::FactsCache cache(req.cacheDir);
  const std::string key = cache.enabled() ? languages::FactsCache::key(language, text, sreq.extraArgs) : "";
  auto notePartial = [&](const model::SourceFacts& facts) {
    // Headers or modules that are not installed (an SDK) leave names undeclared: those errors are
    // expected, and calls into the SDK are still recognised by name. Other errors mean lost code.
    const unsigned expected = facts.missingIncludes ? std::min(facts.unknownNameErrors, facts.errors) : 0;
    const unsigned other = facts.errors - expected;
    if (other == 0 || other < (language.errorsAreSyntax() ? 1 : limits.partialAnalysisErrors)) return;
    const std::string where = facts.firstError.valid() ? fmt::format(" (the first at line {})", file.lineOf(facts.firstError.begin)) : "";
    core::Diagnostic d = fileProblem(
        id, fmt::format("The analysis of this file is partial: {} reported {} error{}{}{}, so findings may be missing.{}",
                        language.parser(), other, other == 1 ? "" : "s", where,
                        facts.missingIncludes ? fmt::format(" besides {} about names that {} missing include{} would declare", expected,
                                                            facts.missingIncludes, facts.missingIncludes == 1 ? "" : "s")
                                              : std::string(),
                        language.partialAdvice().empty() ? "" : " " + language.partialAdvice()));
    d.code = "FL008";
    d.severity = core::Severity::Note;
    if (facts.firstError.valid()) d.range = {id, facts.firstError.begin, facts.firstError.begin};
    out.diagnostics.push_back(std::move(d));
  };
  if (auto hit = cache.enabled() ? cache.load(key, id, text.size()) : std::nullopt) {  // unchanged: the analyzer is not even loaded
    notePartial(*hit);
    hit->compact();
    out.facts = std::make_shared<model::SourceFacts>(std::move(*hit));
    out.suppressions = formats::inlineSuppressions(file, id);
    return out;
  }
  sreq.text = std::string(text);
  model::SourceFacts facts;
  if (workers && language.isolated()) {  // in a worker process, stopped at the limits
    auto outcome = workers->analyze(sreq);
    using Status = languages::WorkerOutcome::Status;
    auto stop = [&](const std::string& code, std::string why) {
      out.diagnostics.push_back(notAnalysed(id, code, std::move(why)));
      return out;
    };
    if (outcome.status == Status::TimedOut)
      return stop("FL008", fmt::format("its analysis took longer than {} s (sources.max-file-seconds) and was stopped; "
                                       "heavy macro, template or constexpr use can cause this",
                                       limits.maxFileSeconds));
    if (outcome.status == Status::OutOfMemory)
      return stop("FL008", fmt::format("its analysis needed more than {} MB of memory (sources.max-file-memory-mb) and "
                                       "was stopped; heavy macro or template use can cause this",
                                       limits.maxFileMemoryMb));
    if (outcome.status == Status::Crashed)
      return stop("FL008", fmt::format("the {} analyzer stopped on it ({})", language.name(), outcome.error));
    if (outcome.status == Status::Failed) return stop("FL000", outcome.error);
    facts = std::move(*outcome.facts);
  } else {
    try {
      sreq.timeBudget = std::chrono::seconds(limits.maxFileSeconds);
      facts = language.analyze(sreq);
    } catch (const languages::AnalysisTimedOut& e) {
      out.diagnostics.push_back(notAnalysed(id, "FL008", e.what()));
      return out;
    } catch (const std::exception& e) {
      out.diagnostics.push_back(notAnalysed(id, "FL000", e.what()));
      return out;
    }
  }
  cache.store(key, facts);
  notePartial(facts);
  facts.compact();
  out.facts = std::make_shared<model::SourceFacts>(std::move(facts));
  out.suppressions = formats::inlineSuppressions(file, id);
  return out;
}

LoadedFile loadManifest(const formats::ManifestFormat& format, const formats::Claim& claim, const core::FileSystem& fs,
                        const core::SourceFile& file, core::FileId id, const policy::Catalogs& catalogs, const ScanRequest& req,
                        const std::string& openPath) {
  LoadedFile out;
  out.manifest = true;
  std::string_view text = file.text();
  if (!claim.unevaluated.empty()) {
    core::Diagnostic d = fileProblem(id, claim.unevaluated);
    d.code = "FL005";
    d.severity = core::Severity::Note;
    out.diagnostics.push_back(std::move(d));
    return out;
  }
  const std::string_view what = format.noun();
  if (const auto encoding = core::nonUtf8Encoding(text); !encoding.empty()) {
    out.diagnostics.push_back(
        fileProblem(id, fmt::format("This {} is {} text, not UTF-8; it was not scanned. Save it as UTF-8 to scan it.", what, encoding)));
    return out;
  }
  if (text.find('\0') != std::string_view::npos) {
    out.diagnostics.push_back(fileProblem(id, fmt::format("This is a binary file, not a {}; it was not scanned.", what)));
    return out;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    out.diagnostics.push_back(fileProblem(id, fmt::format("The {} is empty.", what)));
    return out;
  }
  auto doc = claim.syntax == formats::Syntax::Json ? document::parseJson(id, text) : document::parseYaml(id, text);
  for (const auto& e : doc.errors()) {
    core::Diagnostic d = fileProblem(id, fmt::format("Cannot parse the {}: {}.", what, e.message));
    d.range = e.range;
    out.diagnostics.push_back(std::move(d));
  }
  if (!doc.errors().empty()) return out;
  // A key written twice: the mapping keeps the later one, which is what the rules read.
  std::vector<core::Diagnostic> duplicates;
  for (const auto& dup : doc.duplicateKeys()) {
    core::Diagnostic d;
    d.code = "FL010";
    d.severity = core::Severity::Error;
    d.range = dup.second;
    d.message = fmt::format("'{}' is defined twice in this mapping; only this one is read, the earlier one is ignored. Remove one of "
                            "them (deployment tools differ: some take the last, some reject the file).",
                            dup.key);
    d.notes.push_back({fmt::format("the earlier '{}' is here", dup.key), dup.first});
    duplicates.push_back(std::move(d));
  }
  const formats::LoadContext context{catalogs, req.variables, projectReader(fs, openPath)};
  formats::LoadResult loaded = format.load(doc, context);
  iam::readManagedPolicies(loaded.project, *catalogs.awsIam);
  out.project = std::move(loaded.project);
  out.diagnostics = std::move(duplicates);
  out.diagnostics.insert(out.diagnostics.end(), loaded.diagnostics.begin(), loaded.diagnostics.end());
  // Suppressions written in this file: inline comments, and the format's own (Metadata, custom).
  out.suppressions = formats::inlineSuppressions(file, id);
  out.suppressions.insert(out.suppressions.end(), loaded.suppressions.begin(), loaded.suppressions.end());
  return out;
}

}  // namespace faaslint::engine
