#include <gtest/gtest.h>

#include "../TestSupport.h"
#include "policy/Catalogs.h"

using namespace faaslint;

TEST(Catalogs, EmbeddedCatalogsLoadWithoutErrors) {
  std::vector<std::string> errors;
  auto c = policy::Catalogs::load(errors);
  EXPECT_TRUE(errors.empty()) << errors.front();
  EXPECT_EQ(c.aws.memoryMaxMb, 10240);
  ASSERT_NE(c.runtime("python3.9"), nullptr);
  EXPECT_FALSE(c.secretPatterns.empty());
}

TEST(Policy, UnknownKeysAndBadValuesAreFl001AtTheirLine) {
  core::InMemoryFileSystem fs;
  fs.add(".faaslint.yaml", "rules:\n  MEM001:\n    options:\n      max-memory-mb: lots\n      nonsense: 1\n  XYZ999: off\nfrobnicate: 1\n");
  fs.add("template.yaml", "Resources: {}\n");
  auto r = test::scanMemory(fs);
  std::vector<std::uint32_t> lines;
  for (const auto& d : r.diagnostics) {
    EXPECT_EQ(d.code, "FL001");
    lines.push_back(r.sources.begin(d.range).line);
  }
  std::sort(lines.begin(), lines.end());
  EXPECT_EQ(lines, (std::vector<std::uint32_t>{4, 5, 6, 7}));
}

TEST(Policy, OptionsAndSeverityOverridesApply) {
  core::InMemoryFileSystem fs;
  fs.add(".faaslint.yaml", "rules:\n  MEM001: {severity: error, options: {max-memory-mb: 1024}}\n  OPS002: off\n");
  fs.add("template.yaml", "Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {MemorySize: 2048}\n");
  auto r = test::scanMemory(fs);
  ASSERT_EQ(test::codes(r), std::vector<std::string>{"MEM001"});
  EXPECT_EQ(r.diagnostics[0].severity, core::Severity::Error);
}
