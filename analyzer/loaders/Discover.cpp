#include "loaders/Discover.h"

#include <algorithm>
#include <fnmatch.h>

namespace faaslint::loaders {
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

bool serverlessScriptName(std::string_view name) {
  for (std::string_view n : {"serverless.ts", "serverless.js", "serverless.mjs", "serverless.cjs"})
    if (name == n) return true;
  return false;
}

bool cxxImplementation(std::string_view name) {
  for (std::string_view ext : {".c", ".cc", ".cpp", ".cxx"})
    if (name.ends_with(ext)) return true;
  return false;
}

bool manifestName(std::string_view name) {
  for (std::string_view ext : {".yaml", ".yml", ".json", ".template"})
    if (name.ends_with(ext)) return true;
  return serverlessScriptName(name);
}

void walk(const core::FileSystem& fs, const std::string& dir, const std::vector<std::string>& excludes, unsigned depth,
          DiscoverResult& out) {
  if (depth > kMaxDepth) return;
  for (const auto& e : fs.list(dir)) {
    std::string path = core::joinPath(dir, e.name);
    if (excluded(path, excludes)) continue;
    if (e.kind == core::FileKind::Directory) {
      if (e.symlink) continue;  // never follow directory links: no loops, nothing outside the tree
      if (std::find(std::begin(kSkippedDirs), std::end(kSkippedDirs), e.name) != std::end(kSkippedDirs)) continue;
      walk(fs, path, excludes, depth + 1, out);
    } else if (e.kind == core::FileKind::Regular && (manifestName(e.name) || cxxImplementation(e.name))) {
      out.files.push_back({path, false});
    }
  }
}

}  // namespace

bool isCxxSource(std::string_view path) {
  for (std::string_view ext : {".h", ".hh", ".hpp", ".hxx"})
    if (path.ends_with(ext)) return true;
  return cxxImplementation(path);
}

std::string displayPath(std::string_view p) {
  std::string s(p);
  while (s.starts_with("./")) s.erase(0, 2);
  std::replace(s.begin(), s.end(), '\\', '/');
  return s;
}

DiscoverResult discover(const core::FileSystem& fs, const std::vector<std::string>& paths, const std::vector<std::string>& excludes) {
  DiscoverResult out;
  for (const auto& p : paths) {
    switch (fs.kind(p)) {
      case core::FileKind::Directory: walk(fs, p, excludes, 0, out); break;
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

std::vector<Candidate> owningManifests(const core::FileSystem& fs, const std::vector<Candidate>& files) {
  static const char* const kOwners[] = {"template.yaml",   "template.yml",    "template.json", "serverless.yml",
                                        "serverless.yaml", "serverless.json", "serverless.ts", "serverless.js"};
  std::vector<Candidate> out;
  for (const auto& c : files) {
    std::string p = displayPath(c.path);
    auto slash = p.rfind('/');
    if (manifestName(slash == std::string::npos ? p : p.substr(slash + 1))) continue;
    // Walk up: "a/b/app.py" looks in "a/b", "a", then ".". Absolute or ../ paths stop at their root.
    std::string dir = slash == std::string::npos ? "." : p.substr(0, slash);
    for (unsigned depth = 0; depth < kMaxDepth; ++depth) {
      bool found = false;
      for (const char* name : kOwners) {
        std::string candidate = dir == "." ? name : core::joinPath(dir, name);
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

Syntax syntaxOf(std::string_view path, std::string_view text) {
  if (path.ends_with(".json")) return Syntax::Json;
  if (path.ends_with(".yaml") || path.ends_with(".yml")) return Syntax::Yaml;
  auto first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && text[first] == '{' ? Syntax::Json : Syntax::Yaml;
}

ManifestKind classify(std::string_view path, std::string_view text) {
  auto slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (name == "serverless.yml" || name == "serverless.yaml" || name == "serverless.json") return ManifestKind::Serverless;
  if (serverlessScriptName(name)) return ManifestKind::ServerlessScript;
  std::string_view head = text.substr(0, 64 * 1024);
  // Other names (`serverless.prod.yml`, passed with `serverless --config`): top-level `service:`
  // and `provider:` keys, and no CloudFormation.
  auto topLevel = [&](std::string_view key) {
    return head.starts_with(key) || head.find("\n" + std::string(key)) != std::string_view::npos;
  };
  if ((name.ends_with(".yml") || name.ends_with(".yaml")) && topLevel("service:") && topLevel("provider:") &&
      head.find("AWSTemplateFormatVersion") == std::string_view::npos)
    return ManifestKind::Serverless;
  if (head.find("AWSTemplateFormatVersion") != std::string_view::npos || head.find("AWS::Serverless") != std::string_view::npos ||
      (head.find("Resources") != std::string_view::npos && head.find("AWS::") != std::string_view::npos))
    return ManifestKind::CloudFormation;
  // A file named like a SAM template is one even when it is empty or broken.
  if (name.starts_with("template.") || name.ends_with(".template")) return ManifestKind::CloudFormation;
  return ManifestKind::None;
}

}  // namespace faaslint::loaders
