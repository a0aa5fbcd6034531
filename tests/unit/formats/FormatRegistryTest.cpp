// The format and language registries: which file each claims, by name and content.
#include <gtest/gtest.h>

#include "../TestSupport.h"
#include "formats/Format.h"
#include "languages/Language.h"

using namespace faaslint;

namespace {
std::string claimant(std::string_view path, std::string_view text) {
  formats::Claim claim;
  const auto* f = formats::claimFile(path, text, claim);
  return f ? std::string(f->id()) : "none";
}
}  // namespace

TEST(FormatRegistry, ClaimsByContentNotByExtensionAlone) {
  EXPECT_EQ(claimant("template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n"), "cloudformation");
  EXPECT_EQ(claimant("infra/stack.json", R"({"Resources": {"Fn": {"Type": "AWS::Lambda::Function"}}})"), "cloudformation");
  EXPECT_EQ(claimant("template.yaml", ""), "cloudformation");  // named like a SAM template: reported when empty
  EXPECT_EQ(claimant("serverless.yml", "service: a\nresources:\n  Resources:\n    Q: {Type: AWS::SQS::Queue}\n"), "serverless");
  EXPECT_EQ(claimant("serverless.prod.yml", "service: a\nprovider:\n  name: aws\n"), "serverless");
  // Not manifests: skipped, never FL000.
  EXPECT_EQ(claimant("App.sln.template", "Microsoft Visual Studio Solution File, Format Version 12.00\n"), "none");
  EXPECT_EQ(claimant("chart/templates/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n"),
            "none");
  EXPECT_EQ(claimant("package.json", R"({"name": "x", "version": "1.0.0"})"), "none");
}

TEST(FormatRegistry, AManifestWrittenAsCodeIsClaimedButNotParsed) {
  formats::Claim claim;
  const auto* f = formats::claimFile("serverless.ts", "export default {}", claim);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->id(), "serverless");
  EXPECT_FALSE(claim.unevaluated.empty());
}

TEST(FormatRegistry, FilesNoFormatClaimsAreSkippedWithoutFindings) {
  core::InMemoryFileSystem fs;
  fs.add("App.sln.template", "Microsoft Visual Studio Solution File, Format Version 12.00\n");
  fs.add("chart/templates/service.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n");
  fs.add("tsconfig.json", "{\"compilerOptions\": {}}\n");
  auto r = test::scanMemory(fs);
  EXPECT_TRUE(r.diagnostics.empty()) << r.diagnostics.front().message;
  EXPECT_EQ(r.manifests, 0u);
}

TEST(LanguageRegistry, EachSourcePathHasOneLanguage) {
  const auto* cxx = languages::findLanguage("cxx");
  ASSERT_NE(cxx, nullptr);
  EXPECT_EQ(languages::languageFor("src/handler.cpp", false), cxx);
  EXPECT_EQ(languages::languageFor("src/bootstrap.c", false), cxx);
  EXPECT_EQ(languages::languageFor("src/handler.h", false), nullptr);  // headers only when named
  EXPECT_EQ(languages::languageFor("src/handler.h", true), cxx);
  EXPECT_EQ(languages::languageFor("template.yaml", true), nullptr);
  EXPECT_FALSE(cxx->version().empty());
  EXPECT_TRUE(cxx->isolated());
}
