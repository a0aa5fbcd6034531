#include "languages/javascript/JavaScriptLanguage.h"

#include <algorithm>
#include <array>
#include <mutex>
#include <nlohmann/json.hpp>

#include "languages/treesitter/ScriptFacts.h"

extern "C" const TSLanguage* tree_sitter_javascript();
extern "C" const TSLanguage* tree_sitter_typescript();
extern "C" const TSLanguage* tree_sitter_tsx();

namespace faaslint::languages {
namespace {

constexpr std::array<std::string_view, 8> kExtensions = {".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"};

}  // namespace

JavaScriptLanguage::Dialect JavaScriptLanguage::dialectOf(std::string_view path) {
  if (path.ends_with(".tsx")) return Dialect::Tsx;
  if (path.ends_with(".ts") || path.ends_with(".mts") || path.ends_with(".cts")) return Dialect::TypeScript;
  return Dialect::JavaScript;
}

const TSLanguage* JavaScriptLanguage::grammar(Dialect d) {
  switch (d) {
    case Dialect::JavaScript: return tree_sitter_javascript();
    case Dialect::TypeScript: return tree_sitter_typescript();
    case Dialect::Tsx: return tree_sitter_tsx();
  }
  return nullptr;
}

/// The facts query compiled for one grammar (the same file serves all three), on first use: a
/// scan of JavaScript only never compiles it for TypeScript.
const ts::Query& JavaScriptLanguage::query(Dialect d) {
  static std::once_flag once[3];
  static std::unique_ptr<ts::Query> queries[3];
  const int i = static_cast<int>(d);
  std::call_once(once[i], [&] { queries[i] = compileQuery(grammar(d), "analyzer/languages/javascript/facts.scm"); });
  return *queries[i];
}

bool JavaScriptLanguage::claims(std::string_view path, bool) const {
  if (path.ends_with(".d.ts")) return false;  // declarations
  for (auto ext : kExtensions)
    if (path.ends_with(ext)) return true;
  return false;
}

model::SourceFacts JavaScriptLanguage::analyze(const SourceRequest& request) const {
  const Dialect d = dialectOf(request.path);
  ts::ScriptGrammar g{ts::Script::JavaScript, d == Dialect::JavaScript ? "javascript" : "typescript", grammar(d), &query(d)};
  return ts::analyzeScript(g, request);
}

std::optional<HandlerTarget> JavaScriptLanguage::handlerTarget(std::string_view handler) const {
  // "index.handler", "src/handlers/users.get": the file without its extension, then the export.
  const auto slash = handler.rfind('/');
  auto dot = handler.find('.', slash == std::string_view::npos ? 0 : slash + 1);
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == handler.size()) return std::nullopt;
  const std::string base(handler.substr(0, dot));
  HandlerTarget t;
  t.exportName = std::string(handler.substr(dot + 1));
  for (auto ext : kExtensions) t.files.push_back(base + std::string(ext));
  return t;
}

std::vector<ImportCandidate> JavaScriptLanguage::importCandidates(std::string_view import) const {
  // Only relative specifiers name local files: "./lib/db" is lib/db.js, lib/db.ts, lib/db/index.js, ...
  if (!import.starts_with("./") && !import.starts_with("../")) return {};
  std::string base(import);
  std::vector<ImportCandidate> out;
  out.push_back({base, true});
  // TypeScript sources import their siblings by the compiled name: "./db.js" is db.ts.
  for (std::string_view js : {".js", ".mjs", ".cjs"})
    if (base.ends_with(js)) {
      const std::string stem = base.substr(0, base.size() - js.size());
      out.push_back({stem + (js == ".js" ? ".ts" : js == ".mjs" ? ".mts" : ".cts"), true});
      out.push_back({stem + ".tsx", true});
      return out;
    }
  for (auto ext : kExtensions) out.push_back({base + std::string(ext), true});
  for (auto ext : kExtensions) out.push_back({base + "/index" + std::string(ext), true});
  return out;
}

namespace {

/// The local sources a source map beside `builtFile` names (`sources`, under `sourceRoot`,
/// relative to the map's folder; bundlers' `webpack://name/` prefixes dropped; packages left out),
/// the bundle's entry (listed last by esbuild and webpack) first.
std::vector<std::string> sourceMapSources(const std::string& builtFile, const core::FileSystem& fs) {
  const std::string map = builtFile + ".map";
  if (fs.kind(map) != core::FileKind::Regular) return {};
  auto text = fs.read(map, 16u << 20);
  if (!text.text) return {};
  const auto j = nlohmann::json::parse(*text.text, nullptr, false);
  if (!j.is_object() || !j.contains("sources") || !j["sources"].is_array()) return {};
  const auto slash = builtFile.rfind('/');
  std::string base = slash == std::string::npos ? "" : builtFile.substr(0, slash);
  if (j.contains("sourceRoot") && j["sourceRoot"].is_string() && !j["sourceRoot"].get<std::string>().empty() &&
      j["sourceRoot"].get<std::string>().find("://") == std::string::npos)
    base = core::joinNormal(base, j["sourceRoot"].get<std::string>());
  std::vector<std::string> out;
  for (const auto& e : j["sources"]) {
    if (!e.is_string()) continue;
    std::string src = e.get<std::string>();
    if (auto scheme = src.find("://"); scheme != std::string::npos) {
      // webpack://app/./src/a.ts is relative to webpack's context folder, which the map does not
      // name: the nearest folder above the map's that holds it.
      const auto rest = src.find('/', scheme + 3);
      if (rest == std::string::npos) continue;
      const std::string relative = src.substr(rest + 1);
      src.clear();
      std::string dir = base;
      for (int up = 0; up < 4 && src.empty(); ++up) {
        const auto cut = dir.rfind('/');
        dir = cut == std::string::npos ? "" : dir.substr(0, cut);
        if (const std::string c = core::joinNormal(dir, relative); fs.kind(c) == core::FileKind::Regular) src = c;
        if (dir.empty()) break;
      }
      if (src.empty()) continue;
    } else {
      src = core::joinNormal(base, src);
    }
    if (src.find("node_modules/") != std::string::npos || src.starts_with("webpack/")) continue;
    out.push_back(std::move(src));
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace

std::vector<std::string> JavaScriptLanguage::sourcesOf(const std::string& builtFile, const std::string& codeDir,
                                                       const core::FileSystem& fs) const {
  // Only JavaScript is built (a TypeScript file is a source): no I/O for the others, which the
  // scan asks about for every file.
  if (!builtFile.ends_with(".js") && !builtFile.ends_with(".mjs") && !builtFile.ends_with(".cjs")) return {};
  if (auto mapped = sourceMapSources(builtFile, fs); !mapped.empty()) return mapped;
  // The nearest tsconfig.json from the code folder up: a file under its outDir was compiled from
  // the same path under its rootDir (else its first `include` folder, else its own folder).
  std::string dir = codeDir;
  for (int up = 0; up < 4; ++up) {
    const std::string config = core::joinNormal(dir, "tsconfig.json");
    if (fs.kind(config) == core::FileKind::Regular) {
      auto text = fs.read(config, 1 << 20);
      if (!text.text) return {};
      const auto j = nlohmann::json::parse(*text.text, nullptr, false, true);  // tsconfig allows comments
      if (!j.is_object() || !j.contains("compilerOptions") || !j["compilerOptions"].is_object()) return {};
      const auto& options = j["compilerOptions"];
      if (!options.contains("outDir") || !options["outDir"].is_string()) return {};
      const std::string out = core::joinNormal(dir, options["outDir"].get<std::string>());
      std::string root = dir;
      if (options.contains("rootDir") && options["rootDir"].is_string()) {
        root = core::joinNormal(dir, options["rootDir"].get<std::string>());
      } else if (j.contains("include") && j["include"].is_array() && !j["include"].empty() && j["include"][0].is_string()) {
        const std::string first = j["include"][0].get<std::string>();
        root = core::joinNormal(dir,
                                first.substr(0, first.find_first_of("*/") == std::string::npos ? first.size() : first.find_first_of("*/")));
      }
      if (!builtFile.starts_with(out + "/")) return {};
      std::string rest = builtFile.substr(out.size() + 1);
      std::string stem = rest;
      for (std::string_view js : {".js", ".mjs", ".cjs"})
        if (rest.ends_with(js)) stem = rest.substr(0, rest.size() - js.size());
      if (stem == rest) return {};
      std::vector<std::string> sources;
      for (std::string_view ts : {".ts", ".tsx", ".mts", ".cts"}) sources.push_back(core::joinNormal(root, stem + std::string(ts)));
      return sources;
    }
    if (dir.empty()) break;
    const auto slash = dir.rfind('/');
    dir = slash == std::string::npos ? "" : dir.substr(0, slash);
  }
  return {};
}

}  // namespace faaslint::languages
