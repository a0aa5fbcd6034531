#include <cstdio>
#include <gtest/gtest.h>
#include <map>
#include <sys/stat.h>

#include "../TestSupport.h"
#include "engine/Baseline.h"

using namespace faaslint;

namespace {

const char* kBefore = R"(Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties: {Runtime: python3.13, Handler: a.h, Timeout: 600, Tracing: Active}
  Hook:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: b.h
      Tracing: Active
      FunctionUrlConfig: {AuthType: NONE}
)";

// The same template edited: comment lines inserted above, resources swapped, and one new
// problem (MemorySize above the cap) added to Hook.
const char* kAfter = R"(# A comment added at the top
# and another one
Transform: AWS::Serverless-2016-10-31
Resources:
  Hook:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: b.h
      Tracing: Active
      MemorySize: 8192
      FunctionUrlConfig: {AuthType: NONE}
  Api:
    Type: AWS::Serverless::Function
    Properties: {Runtime: python3.13, Handler: a.h, Timeout: 600, Tracing: Active}
)";

engine::ScanResult scanText(const char* text) {
  core::InMemoryFileSystem fs;
  fs.add("template.yaml", text);
  return test::scanMemory(fs);
}

}  // namespace

TEST(Baseline, SurvivesInsertedLinesAndReorderedResources) {
  auto before = scanText(kBefore);
  ASSERT_EQ(test::codes(before), (std::vector<std::string>{"DUR001", "COST002", "SEC005"}));
  std::string path = ::testing::TempDir() + "faaslint-baseline.json";
  std::string error;
  ASSERT_TRUE(engine::writeBaseline(path, before, error)) << error;

  auto after = scanText(kAfter);
  auto baseline = engine::readBaseline(path, error);
  ASSERT_TRUE(baseline.has_value()) << error;
  engine::applyBaseline(*baseline, after);
  std::vector<std::string> fresh, unchanged;
  for (const auto& d : after.diagnostics) (d.baseline == core::BaselineState::New ? fresh : unchanged).push_back(d.code);
  EXPECT_EQ(fresh, std::vector<std::string>{"MEM001"});
  std::sort(unchanged.begin(), unchanged.end());
  EXPECT_EQ(unchanged, (std::vector<std::string>{"COST002", "DUR001", "SEC005"}));
  std::remove(path.c_str());
}

TEST(Baseline, CodeFindingsKeepTheirFingerprintWhenLinesMoveOrTheMessageIsReworded) {
  auto scanCode = [](const char* code) {
    core::InMemoryFileSystem fs;
    fs.add("app.py", code);
    return test::scanMemory(fs);
  };
  auto before = scanCode("import os\n\ndef handler(event, context):\n    os.system(event['cmd'])\n    eval(event['expr'])\n");
  auto after = scanCode("import os\n# a comment\n\n\ndef handler(event, context):\n    eval(event['expr'])\n    os.system(event['cmd'])\n");
  ASSERT_EQ(test::codes(before), (std::vector<std::string>{"SEC012", "SEC013"}));
  std::map<std::string, std::string> a, b;
  for (const auto& d : before.diagnostics) a[d.code] = engine::fingerprint(before, d);
  for (const auto& d : after.diagnostics) b[d.code] = engine::fingerprint(after, d);
  EXPECT_EQ(a, b);
  EXPECT_NE(a["SEC012"], a["SEC013"]);
  core::Diagnostic reworded = before.diagnostics.front();
  reworded.message = "Another wording of the same finding.";
  EXPECT_EQ(engine::fingerprint(before, reworded), engine::fingerprint(before, before.diagnostics.front()));
}

TEST(Baseline, MalformedBaselineIsAnError) {
  std::string path = ::testing::TempDir() + "faaslint-bad-baseline.json";
  FILE* f = std::fopen(path.c_str(), "w");
  std::fputs("{\"findings\": 3}", f);
  std::fclose(f);
  std::string error;
  EXPECT_FALSE(engine::readBaseline(path, error).has_value());
  EXPECT_NE(error.find("not a faaslint baseline"), std::string::npos);
  EXPECT_FALSE(engine::readBaseline(path + ".missing", error).has_value());
  // Fields of the wrong type are a clear error too (a number as "tool" threw type_error.302,
  // reported as an internal error).
  for (const char* text : {"{\"tool\": 1}", "{\"tool\": \"faaslint\", \"findings\": [{\"fingerprint\": 7}]}", "[]"}) {
    f = std::fopen(path.c_str(), "w");
    std::fputs(text, f);
    std::fclose(f);
    error.clear();
    EXPECT_FALSE(engine::readBaseline(path, error).has_value()) << text;
    EXPECT_NE(error.find(path), std::string::npos) << text;
  }
  std::remove(path.c_str());
  // A FIFO is refused at once instead of waiting for a writer.
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  EXPECT_FALSE(engine::readBaseline(path, error).has_value());
  EXPECT_NE(error.find("FIFO"), std::string::npos) << error;
  std::remove(path.c_str());
}
