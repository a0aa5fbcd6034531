#pragma once
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/FileSystem.h"

namespace faaslint::formats {

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

/// Something inside the walked tree that was not read, and why: a folder that cannot be listed
/// or is nested too deep, a symbolic link that is not followed (to a folder, out of the tree, a
/// loop), a FIFO, device or socket with a name faaslint reads. A scan reports each as a note.
struct Skipped {
  std::string path;
  std::string reason;
};

struct DiscoverResult {
  std::vector<Candidate> files;
  std::vector<DiscoverError> errors;
  std::vector<Skipped> skipped;
  /// Files the walk found that `wanted` passed over, by extension (".go": 12), so a scan can say
  /// which kinds of file it did not read.
  std::map<std::string, std::size_t> passedOver;
};

/// Which file names a scan reads: those a format or a language may claim.
using NameFilter = std::function<bool(std::string_view fileName)>;

/// Walks the given paths, skipping VCS and build folders and anything matching an exclude glob;
/// keeps files whose names pass `wanted`. Files named on the command line are kept whatever their
/// name. Symbolic links to folders are not followed, and links to files only while they stay in
/// the walked tree; what is not read for such a reason is in `skipped`.
DiscoverResult discover(const core::FileSystem& fs, const std::vector<std::string>& paths, const std::vector<std::string>& excludes,
                        const NameFilter& wanted);

/// Manifests that own the given non-manifest files (handlers): the nearest file named one of
/// `ownerNames` in each file's folder or the folders above it, up to the scan root. This lets a
/// pre-commit batch that holds only a handler still see the function that runs it. `manifest`
/// says which names are manifests themselves (they own nothing).
std::vector<Candidate> owningManifests(const core::FileSystem& fs, const std::vector<Candidate>& files,
                                       const std::vector<std::string_view>& ownerNames, const NameFilter& manifest);

/// Display form of a path: no leading "./", '/' separators.
std::string displayPath(std::string_view path);

}  // namespace faaslint::formats
