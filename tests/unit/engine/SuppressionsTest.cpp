#include <gtest/gtest.h>

#include "../TestSupport.h"

using namespace faaslint;

namespace {

std::vector<std::string> suppressedCodes(const engine::ScanResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.suppressed) out.push_back(d.code);
  std::sort(out.begin(), out.end());
  return out;
}

const char* kTemplate = R"(Transform: AWS::Serverless-2016-10-31
Resources:
  Webhook:
    Type: AWS::Serverless::Function
    Metadata:
      faaslint:
        ignore:
          - {code: OPS002, reason: tracing is off on purpose}
      checkov:
        skip:
          - {id: CKV_AWS_258, comment: public webhook verified by signature}
          - {id: CKV_AWS_999, comment: no faaslint counterpart}
    Properties:
      Runtime: python3.13
      Handler: app.h
      ReservedConcurrentExecutions: 20
      FunctionUrlConfig: {AuthType: NONE}
  Api:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.h
      Tracing: Active
      Timeout: 600  # faaslint: ignore[DUR001] batch export runs long
      # faaslint: ignore[MEM001]
      MemorySize: 4096
      ReservedConcurrentExecutions: 5  # faaslint: ignore[SEC005] stale, nothing here
)";

}  // namespace

TEST(Suppressions, InlineMetadataAndForeignToolsSuppressWithReasons) {
  core::InMemoryFileSystem fs;
  fs.add("template.yaml", kTemplate);
  auto r = test::scanMemory(fs);
  EXPECT_EQ(suppressedCodes(r), (std::vector<std::string>{"DUR001", "MEM001", "OPS002", "SEC005"}));
  // What is left: the reasonless inline comment (FL006) and the stale one (FL007), each located.
  ASSERT_EQ(test::codes(r), (std::vector<std::string>{"FL006", "FL007"}));
  EXPECT_EQ(r.sources.begin(r.diagnostics[0].range).line, 25u);
  EXPECT_EQ(r.sources.begin(r.diagnostics[1].range).line, 27u);
}

TEST(Suppressions, UnusedIsNotReportedForCodesThatWereNotChecked) {
  core::InMemoryFileSystem fs;
  fs.add("template.yaml", kTemplate);
  // SEC005 is not checked, so its stale suppression cannot be judged.
  auto r = test::scanWith(fs, [](engine::ScanRequest& req) { req.select = {"DUR"}; });
  EXPECT_EQ(test::codes(r), std::vector<std::string>{"FL006"});
}

TEST(Suppressions, ServerlessCustomIgnorePerFunction) {
  core::InMemoryFileSystem fs;
  fs.add("serverless.yml", R"(service: s
custom:
  faaslint:
    ignore:
      - {function: hook, code: SEC005, reason: signed webhook}
      - {function: other, codes: [DUR001], reason: never matches}
provider: {name: aws, runtime: python3.13, tracing: {lambda: true}}
functions:
  hook: {handler: h.hook, url: true}
  api: {handler: h.api, url: true}
)");
  auto r = test::scanMemory(fs);
  EXPECT_EQ(suppressedCodes(r), std::vector<std::string>{"SEC005"});
  auto c = test::codes(r);
  EXPECT_EQ(std::count(c.begin(), c.end(), "SEC005"), 1);  // api's URL is still reported
  EXPECT_EQ(std::count(c.begin(), c.end(), "FL007"), 1);
}

TEST(Suppressions, ConfigGlobsCoverMatchingFilesOnly) {
  core::InMemoryFileSystem fs;
  const char* t = "Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {Runtime: python2.7, Handler: a.h, "
                  "TracingConfig: {Mode: Active}}\n";
  fs.add("legacy/template.yaml", t);
  fs.add("current/template.yaml", t);
  fs.add(".faaslint.yaml", "ignore:\n  - {path: \"legacy/*\", codes: [SEC011], reason: retired next quarter}\n");
  auto r = test::scanMemory(fs);
  EXPECT_EQ(suppressedCodes(r), std::vector<std::string>{"SEC011"});
  ASSERT_EQ(test::codes(r), std::vector<std::string>{"SEC011"});
  EXPECT_EQ(r.sources.file(r.diagnostics[0].range.file).path(), "current/template.yaml");
}

TEST(Suppressions, BadConfigEntriesAreFL001) {
  core::InMemoryFileSystem fs;
  fs.add(".faaslint.yaml", "ignore:\n  - {path: \"x/*\", codes: [NOPE42], reason: r}\n  - just-a-string\n");
  auto r = test::scanMemory(fs);
  EXPECT_EQ(test::codes(r), (std::vector<std::string>{"FL001", "FL001"}));
}

TEST(PartialScan, AHandlerAloneLoadsItsOwningManifestButReportsOnlyTheFilesNamed) {
  core::InMemoryFileSystem fs;
  fs.add("svc/template.yaml", "Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: {Runtime: python2.7, "
                              "Handler: app.h, CodeUri: src/, Tracing: Active}\n");
  fs.add("svc/src/app.py", "def h(event, context):\n    return 1\n");
  fs.add("other/template.yaml", "Resources:\n  G:\n    Type: AWS::Serverless::Function\n    Properties: {Runtime: python2.7}\n");
  auto handlerOnly = test::scanMemory(fs, {"svc/src/app.py"});
  EXPECT_EQ(handlerOnly.manifests, 1u);  // svc/template.yaml was found and loaded
  EXPECT_EQ(handlerOnly.functions, 1u);
  EXPECT_TRUE(handlerOnly.diagnostics.empty());  // but its findings are not about the file named
  auto manifest = test::scanMemory(fs, {"svc/template.yaml"});
  EXPECT_EQ(test::codes(manifest), std::vector<std::string>{"SEC011"});
}

TEST(Suppressions, CommentsInCAndCppSourcesToo) {
  core::InMemoryFileSystem fs;
  fs.add("main.cpp", R"(#include <unistd.h>
int main() {
  sleep(1);  // faaslint: ignore[DUR004] the runtime API needs a pause after a 429
  /* faaslint: ignore[DUR004] */
  sleep(2);
  sleep(3);
}
)");
  auto r = test::scanMemory(fs);
  EXPECT_EQ(suppressedCodes(r), (std::vector<std::string>{"DUR004", "DUR004"}));
  ASSERT_EQ(test::codes(r), (std::vector<std::string>{"FL006", "DUR004"}));  // the block comment has no reason
  EXPECT_EQ(r.sources.begin(r.diagnostics[0].range).line, 4u);
  EXPECT_EQ(r.sources.begin(r.diagnostics[1].range).line, 6u);
}

namespace {
/// The text after applying one fix's edits (byte ranges, applied from the last).
std::string applied(std::string text, const core::Fix& fix) {
  auto edits = fix.edits;
  std::sort(edits.begin(), edits.end(), [](const core::Edit& a, const core::Edit& b) { return a.range.begin > b.range.begin; });
  for (const auto& e : edits) text.replace(e.range.begin, e.range.end - e.range.begin, e.replacement);
  return text;
}
}  // namespace

TEST(Suppressions, AnUnusedCommentComesWithTheFixThatRemovesIt) {
  const std::string text = "Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n"
                           "      Runtime: python3.12\n      TracingConfig: {Mode: Active}\n"
                           "      Timeout: 10   # faaslint: ignore[DUR001] long exports\n"
                           "      # faaslint: ignore[MEM001] big\n"
                           "      MemorySize: 128\n";
  core::InMemoryFileSystem fs;
  fs.add("template.yaml", text);
  auto r = test::scanMemory(fs, {"template.yaml"});
  std::vector<std::string> results;
  for (const auto& d : r.diagnostics) {
    if (d.code != "FL007") continue;
    ASSERT_EQ(d.fixes.size(), 1u) << d.message;
    EXPECT_EQ(d.fixes[0].description, "Remove the unused suppression comment");
    results.push_back(applied(text, d.fixes[0]));
  }
  ASSERT_EQ(results.size(), 2u);
  // The trailing comment goes with the blanks before it; the comment alone on its line, with its line.
  EXPECT_NE(results[0].find("      Timeout: 10\n      # faaslint"), std::string::npos) << results[0];
  EXPECT_NE(results[1].find("long exports\n      MemorySize: 128\n"), std::string::npos) << results[1];
}
