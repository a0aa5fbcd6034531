#include "formats/Discover.h"

#include <algorithm>
#include <fnmatch.h>

namespace faaslint::formats {
namespace {

constexpr unsigned kMaxDepth = 64;
const char* const kSkippedDirs[] = {".git",        ".hg",   ".svn", "node_modules", ".aws-sam", "cdk.out", ".serverless",
                                    "__pycache__", ".venv", "venv", ".terraform",   ".tox",     ".idea",   ".vscode"};

bool excluded(const std::string& path, const std::vector<std::string>& excludes) {
  std::string p = displayPath(path);
  for (const auto& g : excludes)
    if (fnmatch(g.c_str(), p.c_str(), 0) == 0 || fnmatch((g + "/*").c_str(), p.c_str(), 0) == 0) return true;
  return false;
}

void walk(const core::FileSystem& fs, const std::string& dir, const std::vector<std::string>& excludes, const NameFilter& wanted,
          unsigned depth, DiscoverResult& out) {
  if (depth > kMaxDepth) return;
  for (const auto& e : fs.list(dir)) {
    std::string path = core::joinPath(dir, e.name);
    if (excluded(path, excludes)) continue;
    if (e.kind == core::FileKind::Directory) {
      if (e.symlink) continue;  // never follow directory links: no loops, nothing outside the tree
      if (std::find(std::begin(kSkippedDirs), std::end(kSkippedDirs), e.name) != std::end(kSkippedDirs)) continue;
      walk(fs, path, excludes, wanted, depth + 1, out);
    } else if (e.kind == core::FileKind::Regular && wanted(e.name)) {
      out.files.push_back({path, false});
    } else if (e.kind == core::FileKind::Regular) {
      if (const auto dot = e.name.rfind('.'); dot != std::string::npos && dot > 0) ++out.passedOver[e.name.substr(dot)];
    }
  }
}

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
      case core::FileKind::Directory: walk(fs, p, excludes, wanted, 0, out); break;
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
        if (fs.kind(candidate) == core::FileKind::Regular) {
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
