// The Python and JavaScript/TypeScript analyzers on files that are not hand-written source: minified
// bundles and build outputs whose sources are in the scan.
#include <gtest/gtest.h>

#include <map>

#include "../TestSupport.h"

namespace faaslint {
namespace {

/// FL008 messages by file.
std::map<std::string, std::string> notes(const engine::ScanResult& r) {
  std::map<std::string, std::string> out;
  for (const auto& d : r.diagnostics)
    if (d.code == "FL008") out[r.sources.file(d.range.file).path()] = d.message;
  return out;
}

/// Diagnostics of `code` by file.
std::map<std::string, int> count(const engine::ScanResult& r, std::string_view code) {
  std::map<std::string, int> out;
  for (const auto& d : r.diagnostics)
    if (d.code == code) ++out[r.sources.file(d.range.file).path()];
  return out;
}

TEST(ScriptAnalyzer, MinifiedBundlesAreSkippedWithANote) {
  core::InMemoryFileSystem fs;
  const std::string exec = "require('child_process').exec('ls '+process.argv[2]);";
  std::string oneLine;  // a bundle: one long line
  while (oneLine.size() < 9000) oneLine += "var a" + std::to_string(oneLine.size()) + "=function(e){return e+1};";
  fs.add("bundle.js", oneLine + exec + "\n");
  std::string dense;  // short enough lines, but 300 bytes each on average
  for (int i = 0; i < 20; ++i) dense += std::string(300, 'x').replace(0, 6, "var y=") + ";\n";
  fs.add("dense.js", dense);
  fs.add("vendor.min.js", exec + "\n");
  std::string written;  // hand-written, long enough to be judged
  for (int i = 0; i < 100; ++i) written += "const value" + std::to_string(i) + " = compute(" + std::to_string(i) + ");\n";
  fs.add("written.js", written);
  auto r = test::scanMemory(fs);
  auto n = notes(r);
  EXPECT_NE(n["bundle.js"].find("looks minified or bundled (1 lines of"), std::string::npos) << n["bundle.js"];
  EXPECT_NE(n["dense.js"].find("looks minified or bundled"), std::string::npos) << n["dense.js"];
  EXPECT_NE(n["vendor.min.js"].find("minified (the .min.js name)"), std::string::npos) << n["vendor.min.js"];
  EXPECT_EQ(n.count("written.js"), 0u) << n["written.js"];
  for (const auto& d : r.diagnostics)
    if (d.code == "FL008") { EXPECT_EQ(d.severity, core::Severity::Note); }
  EXPECT_TRUE(r.errors.empty());
  // The limits are the policy's: with a higher average, the dense file is read.
  fs.add(".faaslint.yaml", "sources: {minified-average-line-bytes: 400}\n");
  auto relaxed = notes(test::scanMemory(fs));
  EXPECT_EQ(relaxed.count("dense.js"), 0u) << relaxed["dense.js"];
  EXPECT_NE(relaxed["bundle.js"].find("looks minified"), std::string::npos);
}

// tsc writes dist/ from src/ (tsconfig.json); a bundler writes build/api.js and a source map that
// names its sources. With the sources in the scan the outputs are not read, and a handler that
// names an output is linked to its source; without them the output is what there is to read.
TEST(ScriptAnalyzer, BuildOutputsWithTheirSourcesInTheScanAreNotRead) {
  const std::string vulnerable = "exports.handler = async (event) => require('child_process').execSync('echo ' + event.body);\n";
  const std::string manifest = "Transform: AWS::Serverless-2016-10-31\nResources:\n"
                               "  Compiled: {Type: AWS::Serverless::Function, Properties: {CodeUri: ., Handler: dist/app.handler, "
                               "Runtime: nodejs22.x}}\n"
                               "  Bundled: {Type: AWS::Serverless::Function, Properties: {CodeUri: ., Handler: build/api.handler, "
                               "Runtime: nodejs22.x}}\n";
  auto project = [&](bool withSources) {
    core::InMemoryFileSystem fs;
    fs.add("template.yaml", manifest);
    fs.add("tsconfig.json", "{ // comments are allowed\n \"compilerOptions\": {\"outDir\": \"dist\", \"rootDir\": \"src\"}}\n");
    fs.add("dist/app.js", vulnerable);
    fs.add("build/api.js", vulnerable);
    fs.add("build/api.js.map", R"({"version":3,"sources":["webpack://svc/./lib/api.js","webpack://svc/webpack/bootstrap"],"mappings":""})");
    if (withSources) {
      fs.add("src/app.ts", vulnerable);
      fs.add("lib/api.js", vulnerable);
    }
    return test::scanMemory(fs);
  };
  auto with = count(project(true), "SEC012");
  EXPECT_EQ(with, (std::map<std::string, int>{{"lib/api.js", 1}, {"src/app.ts", 1}}));
  auto without = count(project(false), "SEC012");
  EXPECT_EQ(without, (std::map<std::string, int>{{"build/api.js", 1}, {"dist/app.js", 1}}));
}

}  // namespace
}  // namespace faaslint
