#include "formats/Discover.h"

#include <algorithm>
#include <fmt/format.h>
#include <fnmatch.h>

namespace faaslint::formats {
namespace {

constexpr unsigned kMaxDepth = 64;
const char* const kSkippedDirs[] = {".git",        ".hg",   ".svn", "node_modules", ".aws-sam", "cdk.out", ".serverless",
                                    "__pycache__", ".venv", "venv", ".terraform",   ".tox",     ".idea",   ".vscode"};

/// True when `real` (a path with its links resolved) is `root` or lies below it; false when
/// either could not be resolved.
bool below(const std::string& real, const std::string& root) {
  return !real.empty() && !root.empty() && (root == "/" || real == root || real.starts_with(root + "/"));
}

bool excluded(const std::string& path, const std::vector<std::string>& excludes) {
  std::string p = displayPath(path);
  for (const auto& g : excludes)
    if (fnmatch(g.c_str(), p.c_str(), 0) == 0 || fnmatch((g + "/*").c_str(), p.c_str(), 0) == 0) return true;
  return false;
}

/// One walk from a root the user named.
struct Walk {
  const core::FileSystem& fs;
  const std::vector<std::string>& excludes;
  const NameFilter& wanted;
  std::string rootReal;  ///< the root with its links resolved: a file link must stay below it
  DiscoverResult& out;

  bool insideTree(const std::string& path) const {
    const std::string real = fs.realPath(path);
    return below(real, rootReal);
  }

  void dir(const std::string& path, unsigned depth) {
    if (depth > kMaxDepth) {
      out.skipped.push_back({path, fmt::format("a folder nested more than {} levels deep; not read", kMaxDepth)});
      return;
    }
    std::string error;
    const auto entries = fs.list(path, &error);
    if (!error.empty() && depth == 0)  // a folder the user named: the scan cannot do what was asked
      out.errors.push_back({path, "cannot list this folder: " + error});
    else if (!error.empty())
      out.skipped.push_back({path, fmt::format("a folder that cannot be listed ({}); not read", error)});
    for (const auto& e : entries) entry(core::joinPath(path, e.name), e, depth);
  }

  void entry(const std::string& path, const core::DirEntry& e, unsigned depth) {
    if (excluded(path, excludes)) return;
    switch (e.kind) {
      case core::FileKind::Directory:
        if (std::find(std::begin(kSkippedDirs), std::end(kSkippedDirs), e.name) != std::end(kSkippedDirs)) return;
        // Never follow folder links: no loops, nothing outside the tree.
        if (e.symlink)
          out.skipped.push_back({path, "a symbolic link to a folder; not followed (name the folder itself to scan it)"});
        else
          dir(path, depth + 1);
        return;
      case core::FileKind::Regular:
        if (!wanted(e.name)) {
          if (const auto dot = e.name.rfind('.'); dot != std::string::npos && dot > 0) ++out.passedOver[e.name.substr(dot)];
          return;
        }
        // A link may lead anywhere (`template.yaml -> /etc/passwd`): read only what stays in the tree.
        if (e.symlink && !insideTree(path)) {
          out.skipped.push_back({path, "a symbolic link that leads outside the scanned folder; not read (name its target to scan it)"});
          return;
        }
        out.files.push_back({path, false});
        return;
      case core::FileKind::Other:
        if (wanted(e.name))
          out.skipped.push_back({path, e.symlink ? "a symbolic link that leads nowhere readable (a loop?); not read"
                                                 : "not a regular file (a FIFO, a device or a socket); not read"});
        return;
      case core::FileKind::Missing:
        if (e.symlink && wanted(e.name)) out.skipped.push_back({path, "a symbolic link whose target does not exist; not read"});
        return;
    }
  }
};

}  // namespace

std::string displayPath(std::string_view p) {
  std::string s(p);
  while (s.starts_with("./")) s.erase(0, 2);
  std::replace(s.begin(), s.end(), '\\', '/');
  return s;
}

DiscoverResult discover(const core::FileSystem& fs, const std::vector<std::string>& paths, const std::vector<std::string>& excludes,
                        const NameFilter& wanted) {
  DiscoverResult out;
  for (const auto& p : paths) {
    switch (fs.kind(p)) {
      case core::FileKind::Directory: Walk{fs, excludes, wanted, fs.realPath(p), out}.dir(p, 0); break;
      case core::FileKind::Regular: out.files.push_back({p, true}); break;
      case core::FileKind::Missing: out.errors.push_back({p, "no such file or directory"}); break;
      case core::FileKind::Other:
        out.errors.push_back({p, "not a regular file or directory (a device, a socket, or a symbolic link loop)"});
        break;
    }
  }
  // One file named twice (or found twice) is scanned once.
  std::sort(out.files.begin(), out.files.end(),
            [](const Candidate& a, const Candidate& b) { return displayPath(a.path) < displayPath(b.path); });
  out.files.erase(std::unique(out.files.begin(), out.files.end(),
                              [](const Candidate& a, const Candidate& b) { return displayPath(a.path) == displayPath(b.path); }),
                  out.files.end());
  return out;
}

std::vector<Candidate> owningManifests(const core::FileSystem& fs, const std::vector<Candidate>& files,
                                       const std::vector<std::string_view>& ownerNames, const NameFilter& manifest) {
  std::vector<Candidate> out;
  // An owner found by walking up that is a link is read like a link met in a walk: only while it
  // stays in the tree (the working directory) once resolved. (`serverless.yml -> /etc/passwd`.)
  const std::string treeReal = fs.realPath(".");
  auto readable = [&](const std::string& dir, std::string_view name) {
    const std::string real = fs.realPath(core::joinPath(dir, std::string(name)));
    if (real.empty()) return false;
    if (real == core::joinPath(fs.realPath(dir), std::string(name))) return true;  // not a link
    return below(real, treeReal);
  };
  for (const auto& c : files) {
    std::string p = displayPath(c.path);
    auto slash = p.rfind('/');
    if (manifest(slash == std::string::npos ? p : p.substr(slash + 1))) continue;
    // Walk up: "a/b/app.py" looks in "a/b", "a", then ".". Absolute or ../ paths stop at their root.
    std::string dir = slash == std::string::npos ? "." : p.substr(0, slash);
    for (unsigned depth = 0; depth < kMaxDepth; ++depth) {
      bool found = false;
      for (std::string_view name : ownerNames) {
        std::string candidate = dir == "." ? std::string(name) : core::joinPath(dir, std::string(name));
        if (fs.kind(candidate) == core::FileKind::Regular && readable(dir, name)) {
          out.push_back({candidate, false});
          found = true;
        }
      }
      if (found || dir == "." || dir == "/" || dir.empty()) break;
      auto up = dir.rfind('/');
      dir = up == std::string::npos ? "." : (up == 0 ? "/" : dir.substr(0, up));
    }
  }
  return out;
}

}  // namespace faaslint::formats
