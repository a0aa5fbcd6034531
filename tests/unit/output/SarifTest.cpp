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
