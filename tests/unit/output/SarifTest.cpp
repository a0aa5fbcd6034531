#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

#include "../TestSupport.h"
#include "output/Writers.h"

using namespace faaslint;

namespace {
nlohmann::json sarifOf(const std::string& text) {
  core::InMemoryFileSystem fs;
  fs.add("template.yaml", text);
  auto r = test::scanMemory(fs);
  std::ostringstream out;
  output::writeSarif(out, r, {});
  return nlohmann::json::parse(out.str());
}
std::map<std::string, std::string> fingerprints(const nlohmann::json& log) {
  std::map<std::string, std::string> out;
  for (const auto& res : log["runs"][0]["results"])
    out[res["ruleId"].get<std::string>() + res["message"]["text"].get<std::string>()] =
        res["partialFingerprints"]["primaryLocationLineHash"];
  return out;
}
const char* kA = "Resources:\n  A:\n    Type: AWS::Lambda::Function\n    Properties: {MemorySize: 5000, Timeout: 600}\n"
                 "  B:\n    Type: AWS::Lambda::Function\n    Properties: {MemorySize: 6000}\n";
const char* kShifted = "# a comment\n\nResources:\n  B:\n    Type: AWS::Lambda::Function\n    Properties: {MemorySize: 6000}\n"
                       "  A:\n    Type: AWS::Lambda::Function\n    Properties: {MemorySize: 5000, Timeout: 600}\n";
}  // namespace

TEST(Sarif, ResultsHaveOneLocationRelativeUriAndRuleIndex) {
  auto log = sarifOf(kA);
  ASSERT_EQ(log["runs"].size(), 1u);
  const auto& run = log["runs"][0];
  EXPECT_EQ(run["columnKind"], "utf16CodeUnits");
  for (const auto& res : run["results"]) {
    ASSERT_EQ(res["locations"].size(), 1u);
    const auto& loc = res["locations"][0]["physicalLocation"];
    EXPECT_EQ(loc["artifactLocation"]["uri"], "template.yaml");
    EXPECT_EQ(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    EXPECT_GE(loc["region"]["startLine"].get<int>(), 1);
    EXPECT_EQ(run["tool"]["driver"]["rules"][res["ruleIndex"].get<int>()]["id"], res["ruleId"]);
    EXPECT_EQ(res["message"]["text"].get<std::string>().back(), '.');
  }
}

TEST(Sarif, FingerprintsSurviveInsertedLinesAndReordering) {
  auto a = fingerprints(sarifOf(kA));
  auto b = fingerprints(sarifOf(kShifted));
  EXPECT_FALSE(a.empty());
  EXPECT_EQ(a, b);
}

TEST(Sarif, SecurityRulesCarrySecuritySeverity) {
  auto log = sarifOf("Resources: {}\n");
  for (const auto& rule : log["runs"][0]["tool"]["driver"]["rules"]) {
    bool security = std::string(rule["id"]).starts_with("SEC");
    EXPECT_EQ(rule["properties"].contains("security-severity"), security) << rule["id"];
    EXPECT_FALSE(rule["help"]["text"].get<std::string>().empty());
  }
}

TEST(Sarif, PortabilitySummaryCarriesItsFiguresInPropertiesAndJson) {
  core::InMemoryFileSystem fs;
  fs.add("template.yaml", "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n"
                          "    Properties: {Runtime: python3.12, Handler: app.handler, CodeUri: src/}\n");
  fs.add("src/app.py", "import boto3\n\ndef handler(event, context):\n    return event['requestContext']\n");
  auto r = test::scanMemory(fs);
  std::ostringstream sarif, json;
  output::writeSarif(sarif, r, {});
  output::writeJson(json, r, {});
  const nlohmann::json expected = {{"portabilityScore", 65},
                                   {"handlerSignature", "AWS Lambda handler"},
                                   {"providerSdks", {"AWS SDK for Python (boto3)"}},
                                   {"providerServices", nlohmann::json::array()},
                                   {"providerEventFields", {"the API Gateway request context"}},
                                   {"runtimeApis", nlohmann::json::array()}};
  int found = 0;
  const auto log = nlohmann::json::parse(sarif.str()), doc = nlohmann::json::parse(json.str());
  for (const auto& res : log["runs"][0]["results"])
    if (res["ruleId"] == "LCK005") {
      EXPECT_EQ(res["properties"], expected);
      ++found;
    } else {
      EXPECT_FALSE(res.contains("properties")) << res["ruleId"];
    }
  for (const auto& d : doc["diagnostics"])
    if (d["code"] == "LCK005") {
      EXPECT_EQ(d["properties"], expected);
      ++found;
    }
  EXPECT_EQ(found, 2);
}

TEST(Writers, EveryFormatIsValidWhateverBytesAFileHolds) {
  // One byte that is not UTF-8 in a function's name made the SARIF, JSON and GitLab writers throw
  // (an empty report and exit 2); control characters reached the terminal and JUnit raw.
  core::InMemoryFileSystem fs;
  fs.add("serverless.yml", "service: s\nprovider: {name: aws}\nfunctions:\n  \"f\xff\\e[2J\\a\":\n    handler: h.h\n    timeout: 9000\n");
  fs.add("\xfe.yaml/template.yaml", kA);
  auto r = test::scanMemory(fs);
  ASSERT_FALSE(r.diagnostics.empty());
  for (auto* write : {&output::writeSarif, &output::writeJson, &output::writeGitLab}) {
    std::ostringstream out;
    ASSERT_NO_THROW(write(out, r, {}));
    const auto doc = nlohmann::json::parse(out.str(), nullptr, false);
    ASSERT_FALSE(doc.is_discarded());
    EXPECT_NE(out.str().find("f\xEF\xBF\xBD\\u001b[2J\\u0007"), std::string::npos);  // replaced, and escaped by JSON
  }
  std::ostringstream junit, text;
  output::writeJUnit(junit, r, {});
  EXPECT_EQ(junit.str().find('\xff'), std::string::npos);
  EXPECT_EQ(junit.str().find('\x1b'), std::string::npos);
  EXPECT_NE(junit.str().find("f\xEF\xBF\xBD [2J "), std::string::npos);
  output::writeText(text, r, {});
  EXPECT_EQ(text.str().find('\x1b'), std::string::npos);
  EXPECT_NE(text.str().find("'f\\xff\\x1b[2J\\x07'"), std::string::npos);
  EXPECT_NE(text.str().find("\\xfe.yaml/template.yaml:"), std::string::npos);
}

TEST(Sarif, CertainFixesAreReplacementsAtExactRegions) {
  // A value written as the model holds it is replaced where it stands (quotes kept); a value
  // the loader derived (Serverless `lambda: false`) gets no fix.
  auto log = sarifOf("Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n"
                     "      TracingConfig: {Mode: \"PassThrough\"}\n");
  const nlohmann::json* tracing = nullptr;
  for (const auto& res : log["runs"][0]["results"])
    if (res["ruleId"] == "OPS002") tracing = &res;
  ASSERT_NE(tracing, nullptr);
  const auto& fix = (*tracing)["fixes"][0];
  EXPECT_EQ(fix["description"]["text"], "Set tracing to Active (was PassThrough)");
  const auto& change = fix["artifactChanges"][0];
  EXPECT_EQ(change["artifactLocation"]["uri"], "template.yaml");
  EXPECT_EQ(change["replacements"][0]["deletedRegion"],
            (nlohmann::json{{"startLine", 6}, {"startColumn", 29}, {"endLine", 6}, {"endColumn", 42}}));
  EXPECT_EQ(change["replacements"][0]["insertedContent"]["text"], "\"Active\"");

  core::InMemoryFileSystem fs;
  fs.add(
      "serverless.yml",
      "service: s\nprovider:\n  name: aws\n  runtime: python3.12\n  tracing:\n    lambda: false\nfunctions:\n  a:\n    handler: h.main\n");
  auto r = test::scanMemory(fs);
  ASSERT_FALSE(r.diagnostics.empty());
  for (const auto& d : r.diagnostics) EXPECT_TRUE(d.fixes.empty()) << d.code;
}
