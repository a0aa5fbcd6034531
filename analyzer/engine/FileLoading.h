#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/Diagnostic.h"
#include "core/FileSystem.h"
#include "core/SourceManager.h"
#include "engine/Runner.h"
#include "formats/Format.h"
#include "languages/Language.h"
#include "languages/Worker.h"
#include "model/Model.h"
#include "model/Suppression.h"
#include "policy/Catalogs.h"
#include "policy/Policy.h"

/// Reading one file of a scan: a manifest through the format that claimed it, or a handler
/// source through its language (with the result cache, the worker processes and the per-file
/// limits). Every language and every format goes through these two functions alike.
namespace faaslint::engine {

/// What reading one file gave: a manifest's project, a source file's facts, the file's own
/// problems, and the suppressions written in it.
struct LoadedFile {
  std::vector<core::Diagnostic> diagnostics;
  std::optional<model::Project> project;
  std::shared_ptr<const model::SourceFacts> facts;
  std::vector<model::Suppression> suppressions;
  bool manifest = false;
};

/// A file-level problem (FL000 unless changed) at the start of the file.
core::Diagnostic fileProblem(core::FileId file, std::string message);

/// Analyses one handler source file with its language: within the size limit, from the result
/// cache when unchanged, in a worker process when the language is isolated (and a pool runs),
/// with an FL008 note when the facts are partial or the file was skipped or stopped.
LoadedFile analyzeSource(const languages::LanguageAnalyzer& language, const core::SourceFile& file, core::FileId id, const ScanRequest& req,
                         const policy::SourceLimits& limits, const std::string& openPath, const std::vector<std::string>& buildFlags,
                         languages::WorkerPool* workers);

/// Loads one manifest with the format that claimed it: FL005 for a manifest written as code,
/// FL000 for a binary, empty or unparsable file, else the format's model and suppressions.
LoadedFile loadManifest(const formats::ManifestFormat& format, const formats::Claim& claim, const core::FileSystem& fs,
                        const core::SourceFile& file, core::FileId id, const policy::Catalogs& catalogs, const ScanRequest& req,
                        const std::string& openPath);

}  // namespace faaslint::engine
