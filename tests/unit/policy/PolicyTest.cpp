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

TEST(Catalogs, EveryPriceHasItsSourceAndTheDateItWasRead) {
  std::vector<std::string> errors;
  auto c = policy::Catalogs::load(errors);
  ASSERT_TRUE(errors.empty()) << errors.front();
  std::size_t priced = 0;
  for (const char* id : {"aws", "azure", "gcp", "knative", "openfaas"}) {
    const auto& prices = c.provider(id)->prices;
    if (!prices) continue;
    ++priced;
    EXPECT_TRUE(prices->source.starts_with("https://")) << id;
    EXPECT_GE(prices->read, (core::Date{2026, 1, 1})) << id;
    EXPECT_EQ(prices->currency.size(), 3u) << id;
    EXPECT_FALSE(prices->region.empty()) << id;
  }
  EXPECT_GE(priced, 1u);
  // AWS Lambda's us-east-1 list prices, as its pricing page states them.
  const auto* standard = c.provider("aws")->prices->plan("standard");
  ASSERT_NE(standard, nullptr);
  EXPECT_DOUBLE_EQ(standard->gbSecond.at("x86_64"), 0.0000166667);
  EXPECT_DOUBLE_EQ(standard->gbSecond.at("arm64"), 0.0000133334);
  EXPECT_DOUBLE_EQ(standard->request, 0.20 / 1e6);
  EXPECT_EQ(c.provider("aws")->prices->plan("managed-instances"), nullptr);  // billed by its EC2 instances

  // Prices without a source or a date are refused, not used.
  const std::string base = "id: x\nname: X\nvendor: V\nsource: s\nas-of: 2026-01-01\nplans: {p: {}}\n";
  for (const char* prices :
       {"prices: {currency: USD, region: r, read: 2026-12-08, plans: {p: {gb-second: {x86_64: 0.1}}}}\n",
        "prices: {currency: USD, region: r, source: s, plans: {p: {gb-second: {x86_64: 0.1}}}}\n",
        "prices: {currency: USD, region: r, source: s, read: 2026-12-08, plans: {q: {gb-second: {x86_64: 0.1}}}}\n",
        "prices: {currency: USD, region: r, source: s, read: 2026-12-08, plans: {p: {gb-second: {x86_64: cheap}}}}\n"}) {
    errors.clear();
    auto p = providers::parseProfile("x.yaml", base + prices, errors);
    EXPECT_FALSE(errors.empty()) << prices;
  }
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
