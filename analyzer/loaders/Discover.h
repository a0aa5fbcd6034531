#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/FileSystem.h"

namespace faaslint::loaders {

/// A file found by walking the input paths.
struct Candidate {
  std::string path;  ///< path to open
  bool explicitArg = false;  ///< named on the command line (report even if it does not look like a manifest)
};

/// Problems found while walking (missing path, symlink loop); they make the exit code 2.
struct DiscoverError {
  std::string path;
  std::string message;
};

struct DiscoverResult {
  std::vector<Candidate> files;
  std::vector<DiscoverError> errors;
};

/// Walks the given paths, skipping VCS and build folders, symlinked directories and anything
/// matching an exclude glob; keeps files whose names could be manifests.
DiscoverResult discover(const core::FileSystem& fs, const std::vector<std::string>& paths, const std::vector<std::string>& excludes);

/// Manifests that own the given non-manifest files (handlers): the nearest template.* or
/// serverless.* in each file's folder or the folders above it, up to the scan root. This lets a
/// pre-commit batch that holds only a handler still see the function that runs it.
std::vector<Candidate> owningManifests(const core::FileSystem& fs, const std::vector<Candidate>& files);

enum class ManifestKind {
  None,
  CloudFormation,  ///< SAM or CloudFormation template
  Serverless,  ///< serverless.yml / .yaml / .json
  ServerlessScript  ///< serverless.ts / .js: code, which faaslint never runs
};
enum class Syntax { Yaml, Json };

/// Decides from the name and content whether a file is a manifest we read, and its syntax.
ManifestKind classify(std::string_view path, std::string_view text);
Syntax syntaxOf(std::string_view path, std::string_view text);

/// True for C and C++ sources the Clang analyzer reads (.c, .cc, .cpp, .cxx; headers only when
/// named on the command line).
bool isCxxSource(std::string_view path);

/// Display form of a path: no leading "./", '/' separators.
std::string displayPath(std::string_view path);

}  // namespace faaslint::loaders
