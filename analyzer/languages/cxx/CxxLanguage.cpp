#include "languages/cxx/CxxLanguage.h"

#include <filesystem>
#include <stdexcept>

#include "languages/cxx/CompileCommands.h"
#include "languages/cxx/CxxAnalyzer.h"

#ifndef FAASLINT_ANALYZER_ID
#error "FAASLINT_ANALYZER_ID comes from CMakeLists.txt"
#endif

namespace faaslint::languages {
namespace {

bool endsWithAny(std::string_view path, std::initializer_list<std::string_view> exts) {
  for (std::string_view ext : exts)
    if (path.ends_with(ext)) return true;
  return false;
}

}  // namespace

bool CxxLanguage::claims(std::string_view path, bool named) const {
  return endsWithAny(path, {".c", ".cc", ".cpp", ".cxx"}) || (named && endsWithAny(path, {".h", ".hh", ".hpp", ".hxx"}));
}

std::string CxxLanguage::version() const { return FAASLINT_ANALYZER_ID; }

model::SourceFacts CxxLanguage::analyze(const SourceRequest& request) const {
  std::string error;
  CxxAnalyzer* cxx = cxxAnalyzer(error);
  if (!cxx) throw std::runtime_error(error);
  CxxRequest r;
  r.path = request.path;
  r.text = request.text;
  r.file = request.file;
  r.extraArgs = request.extraArgs;
  return cxx->analyze(r);
}

void CxxLanguage::prepareWorker(int outOfMemoryCode) const {
  std::string error;
  if (CxxAnalyzer* cxx = cxxAnalyzer(error)) cxx->exitOnOutOfMemory(outOfMemoryCode);
}

std::vector<std::string> CxxLanguage::buildFlags(const BuildContext& context, const std::string& openPath) const {
  namespace stdfs = std::filesystem;
  // What the analysis may read besides the system's headers: the scanned paths and the working
  // directory, and what a database the user named (-p) points at. An `#include "/etc/shadow"` or
  // an include folder from a database found in the tree (the stranger's input) is not opened.
  std::vector<stdfs::path> roots = {stdfs::absolute(".").lexically_normal()};
  for (const auto& p : context.scanPaths.empty() ? std::vector<std::string>{"."} : context.scanPaths) {
    stdfs::path a = stdfs::absolute(p).lexically_normal();
    roots.push_back(context.fs.kind(p) == core::FileKind::Directory ? a : a.parent_path());
  }
  // The flags each file was built with, from a compile_commands.json (-p DIR, or the nearest one
  // next to the file or above it, but never above the scanned paths or the working directory:
  // nothing outside the scanned tree is read).
  std::string dbPath;
  if (!context.flagsDir.empty()) {
    dbPath = core::joinPath(context.flagsDir, "compile_commands.json");
  } else {
    auto inside = [&](const stdfs::path& d) {
      for (const auto& r : roots) {
        auto rel = d.lexically_relative(r);
        if (!rel.empty() && *rel.begin() != "..") return true;
      }
      return false;
    };
    stdfs::path dir = stdfs::absolute(openPath).lexically_normal().parent_path();
    for (unsigned depth = 0; depth < 64 && inside(dir); ++depth) {
      std::string candidate = (dir / "compile_commands.json").string();
      if (context.fs.kind(candidate) == core::FileKind::Regular) {
        dbPath = candidate;
        break;
      }
      if (dir == dir.parent_path()) break;
      dir = dir.parent_path();
    }
  }
  std::vector<std::string> flags;
  if (!dbPath.empty()) {
    auto [it, fresh] = context.memo.try_emplace("cxx:" + dbPath);
    if (fresh) {  // read and parse each database once per scan
      std::optional<CompileCommands> db;
      if (auto r = context.fs.read(dbPath, 64u << 20); r.text) {
        std::string error;
        auto slash = dbPath.rfind('/');
        db = CompileCommands::parse(*r.text, stdfs::absolute(slash == std::string::npos ? "." : dbPath.substr(0, slash)).string(), error);
        if (!db) context.error(dbPath, error);
      } else if (!context.flagsDir.empty()) {
        context.error(dbPath, "cannot read the compilation database: " + r.error);
      }
      it->second = std::move(db);
    }
    if (const auto& db = std::any_cast<const std::optional<CompileCommands>&>(it->second))
      flags = db->flagsFor(stdfs::absolute(openPath).lexically_normal().string()).value_or(std::vector<std::string>{});
  }
  if (!context.flagsDir.empty()) {  // the user's own build: its folders are theirs to read
    roots.push_back(stdfs::absolute(context.flagsDir).lexically_normal());
    for (const auto& folder : CompileCommands::includeFolders(flags)) roots.emplace_back(folder);
  }
  for (const auto& r : roots) flags.push_back(std::string(kReadableFlag) + r.string());
  return flags;
}

}  // namespace faaslint::languages
