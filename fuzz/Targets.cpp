#include "fuzz/Targets.h"

#include <nlohmann/json.hpp>
#include <sstream>

#include "core/Clock.h"
#include "core/FileSystem.h"
#include "document/Document.h"
#include "engine/Runner.h"
#include "formats/serverless/ServerlessVariables.h"
#include "languages/Language.h"
#include "languages/cxx/CompileCommands.h"
#include "output/Writers.h"
#include "rules/RuleTable.h"

namespace faaslint::fuzz {
namespace {

std::string_view bytes(const std::uint8_t* data, std::size_t size) { return {reinterpret_cast<const char*>(data), size}; }

int yaml(const std::uint8_t* data, std::size_t size) {
  core::SourceManager sm;
  const auto id = sm.add("f.yaml", std::string(bytes(data, size)));
  (void)document::parseYaml(id, sm.file(id).text());
  return 0;
}

int json(const std::uint8_t* data, std::size_t size) {
  core::SourceManager sm;
  const auto id = sm.add("f.json", std::string(bytes(data, size)));
  (void)document::parseJson(id, sm.file(id).text());
  return 0;
}

int compileDb(const std::uint8_t* data, std::size_t size) {
  std::string error;
  if (auto db = languages::CompileCommands::parse(std::string(bytes(data, size)), "/src", error)) (void)db->flagsFor("/src/a.cpp");
  return 0;
}

int serverlessVars(const std::uint8_t* data, std::size_t size) {
  core::SourceManager sm;
  const auto id = sm.add("serverless.yml", std::string(bytes(data, size)));
  const auto doc = document::parseYaml(id, sm.file(id).text());
  std::vector<core::Diagnostic> diagnostics;
  const formats::VariableValues values{{"stage", "prod"}};
  // A ${file(...)} source reads from a small project of its own.
  formats::VariableResolver resolver(doc.root(), values, diagnostics, {}, [](const std::string& path) -> std::optional<std::string> {
    if (path == "config.yml") return std::string("memory: 1024\nlist: [a, '${self:custom.x}']\n");
    return std::nullopt;
  });
  document::Document out(id);
  (void)resolver.resolveTree(out);
  return 0;
}

int source(std::string_view language, std::string_view path, const std::uint8_t* data, std::size_t size) {
  const auto* analyzer = languages::findLanguage(language);
  if (!analyzer) return 0;
  languages::SourceRequest req;
  req.language = std::string(language);
  req.path = std::string(path);
  req.text = std::string(bytes(data, size));
  req.file = 0;
  try {
    (void)analyzer->analyze(req);
  } catch (const languages::AnalysisTimedOut&) {  // a bound that held: the scan reports it as FL008
  }
  return 0;
}
int python(const std::uint8_t* data, std::size_t size) { return source("python", "handler.py", data, size); }
int javascript(const std::uint8_t* data, std::size_t size) { return source("javascript", "handler.ts", data, size); }

/// Bytes -> findings -> every writer. The first byte chooses the file's name, and so the format or
/// language that reads it; the rest is the file. The session (catalogs, policy, rules) is built
/// once, as the language server builds it, so the pipeline is fast enough to fuzz.
int pipeline(const std::uint8_t* data, std::size_t size) {
  static const char* const kNames[] = {"template.yaml", "template.json", "serverless.yml", "serverless.json",
                                       "app.py",        "index.js",      "index.ts",       ".faaslint.yaml"};
  if (size == 0) return 0;
  const char* name = kNames[data[0] % (sizeof kNames / sizeof kNames[0])];
  core::InMemoryFileSystem fs;
  fs.add(name, std::string(bytes(data + 1, size - 1)));
  // A handler beside every manifest, so linking and the code rules run too.
  fs.add("src/app.py", "import os\ndef handler(event, context):\n    os.system(event['cmd'])\n");
  static const engine::Session session(rules::table(), core::InMemoryFileSystem(), "");
  const core::FixedClock clock({2026, 11, 27});
  engine::ScanRequest req;
  req.paths = {"."};
  req.jobs = 1;
  req.variables = {{"stage", "prod"}};
  auto result = session.scan(fs, clock, req);
  std::ostringstream out;
  const output::WriteOptions options;
  output::writeText(out, result, options);
  output::writeJson(out, result, options);
  output::writeSarif(out, result, options);
  output::writeGitLab(out, result, options);
  output::writeJUnit(out, result, options);
  return 0;
}

}  // namespace

const std::vector<Target>& targets() {
  static const std::vector<Target> all = {
      {"yaml", "YAML document (tags, ranges, aliases, limits)", yaml},
      {"json", "JSON document (positions, escapes, limits)", json},
      {"compile-db", "compile_commands.json parsing and flag filtering", compileDb},
      {"serverless-vars", "Serverless Framework variable resolution", serverlessVars},
      {"python", "the Python analyzer", python},
      {"javascript", "the JavaScript/TypeScript analyzer", javascript},
      {"pipeline", "the whole scan, bytes to every writer, for each format and language", pipeline},
  };
  return all;
}

const Target* findTarget(std::string_view name) {
  for (const auto& t : targets())
    if (t.name == name) return &t;
  return nullptr;
}

}  // namespace faaslint::fuzz
