#include <gtest/gtest.h>

#include "../TestSupport.h"
#include "policy/Catalogs.h"

using namespace faaslint;

TEST(Catalogs, EmbeddedCatalogsLoadWithoutErrors) {
  std::vector<std::string> errors;
  auto c = policy::Catalogs::load(errors);
  EXPECT_TRUE(errors.empty()) << errors.front();
  ASSERT_NE(c.provider("aws"), nullptr);
  EXPECT_EQ(c.provider("aws")->plan("").memoryMb->max, 10240);
  ASSERT_NE(c.provider("aws")->runtime("python3.9"), nullptr);
  EXPECT_FALSE(c.secretPatterns.empty());
}

TEST(Catalogs, EveryProviderProfileLoadsWithItsLimits) {
  std::vector<std::string> errors;
  auto c = policy::Catalogs::load(errors);
  ASSERT_TRUE(errors.empty()) << errors.front();
  for (const char* id : {"aws", "azure", "gcp", "knative", "openfaas"}) EXPECT_NE(c.provider(id), nullptr) << id;
  EXPECT_EQ(c.provider("openwhisk"), nullptr);
  const auto* gcp = c.provider("gcp");
  EXPECT_EQ(gcp->plan("").id, "gen1");  // the first plan is the default
  EXPECT_EQ(gcp->plan("gen1").timeoutS->max, 540);
  EXPECT_EQ(gcp->plan("gen2").timeoutS->max, 3600);
  EXPECT_EQ(gcp->plan("gen1").memoryTiersMb.size(), 7u);
  const auto* azure = c.provider("azure");
  EXPECT_EQ(azure->plan("consumption").timeoutS->max, 600);
  EXPECT_FALSE(azure->plan("premium").timeoutS->max.has_value());  // unbounded
  EXPECT_EQ(azure->trigger(model::TriggerKind::Http)->callerTimeoutS, 230);
  EXPECT_EQ(c.provider("aws")->invocation(model::TriggerKind::S3), model::Invocation::Asynchronous);
  EXPECT_EQ(c.provider("aws")->invocation(model::TriggerKind::Other), model::Invocation::Unknown);
}

TEST(Catalogs, AProfileWithoutPlansOrProvenanceIsRejected) {
  std::vector<std::string> errors;
  EXPECT_FALSE(providers::parseProfile("x.yaml", "id: x\nname: X\n", errors).has_value());
  EXPECT_EQ(errors.size(), 2u);  // no vendor/source/as-of, and no plan
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
