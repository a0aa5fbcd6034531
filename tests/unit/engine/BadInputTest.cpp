// Hostile and broken inputs: each yields a located finding or a clear error, never a crash,
// and the other files are still scanned.
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../TestSupport.h"

using namespace faaslint;

namespace {
const char* kGood = "Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {MemorySize: 99999}\n";

engine::ScanResult scanWithGood(const std::string& name, const std::string& text) {
  core::InMemoryFileSystem fs;
  fs.add(name, text);
  fs.add("good/template.yaml", kGood);
  return test::scanMemory(fs);
}
bool has(const engine::ScanResult& r, const std::string& code) {
  for (const auto& d : r.diagnostics)
    if (d.code == code) return true;
  return false;
}
}  // namespace

TEST(BadInput, MalformedYaml) {
  auto r = scanWithGood("template.yaml", "Resources:\n  F: [\n");
  EXPECT_TRUE(has(r, "FL000"));
  EXPECT_TRUE(has(r, "MEM002"));  // the rest of the scan completes
}

TEST(BadInput, MalformedJson) {
  auto r = scanWithGood("template.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {,}}");
  EXPECT_TRUE(has(r, "FL000"));
  EXPECT_TRUE(has(r, "MEM002"));
}

TEST(BadInput, EmptyTemplate) {
  auto r = scanWithGood("template.yaml", "");
  ASSERT_TRUE(has(r, "FL000"));
  EXPECT_TRUE(has(r, "MEM002"));
}

TEST(BadInput, NullParametersAndWrongTypes) {
  auto r =
      scanWithGood("template.yaml", "Parameters:\nResources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {MemorySize: big}\n");
  EXPECT_TRUE(has(r, "FL002"));
  EXPECT_TRUE(has(r, "MEM002"));
}

TEST(BadInput, AliasBomb) {
  auto r = scanWithGood("template.yaml", test::aliasBomb("AWSTemplateFormatVersion: '2010-09-09'\n"));
  EXPECT_TRUE(has(r, "FL000"));
  EXPECT_TRUE(has(r, "MEM002"));
}

TEST(BadInput, TenThousandDeepNesting) {
  auto r = scanWithGood("template.yaml", "AWSTemplateFormatVersion: x\nResources: " + std::string(10000, '[') + std::string(10000, ']'));
  EXPECT_TRUE(has(r, "FL000"));
  auto j = scanWithGood("template.json", "{\"AWSTemplateFormatVersion\": " + std::string(10000, '[') + std::string(10000, ']') + "}");
  EXPECT_TRUE(has(j, "FL000"));
}

TEST(BadInput, BinaryFile) {
  auto r = scanWithGood("template.yaml", std::string("AWSTemplateFormatVersion\0\x01\x02\xff", 28));
  EXPECT_TRUE(has(r, "FL000"));
  EXPECT_TRUE(has(r, "MEM002"));
}

TEST(BadInput, InvalidUtf8IsScannedNotRejected) {
  auto r =
      scanWithGood("template.yaml",
                   "Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {Description: \"\xff\xfe\", MemorySize: 99999}\n");
  EXPECT_FALSE(r.diagnostics.empty());
}

class RealFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("faaslint-bad-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_ / "good");
    std::ofstream(dir_ / "good" / "template.yaml") << kGood;
  }
  void TearDown() override {
    std::filesystem::permissions(dir_, std::filesystem::perms::owner_all);
    std::filesystem::remove_all(dir_);
  }
  engine::ScanResult scanDir() {
    core::RealFileSystem fs;
    core::FixedClock clock({2026, 11, 27});
    engine::ScanRequest req;
    req.paths = {dir_.string()};
    req.jobs = 2;
    return engine::scan(rules::table(), fs, clock, req);
  }
  std::filesystem::path dir_;
};

TEST_F(RealFiles, SymlinkLoopsAreNotFollowed) {
  std::filesystem::create_directory_symlink(dir_, dir_ / "loop");
  std::filesystem::create_symlink(dir_ / "self.yaml", dir_ / "self.yaml");
  auto r = scanDir();
  EXPECT_TRUE(has(r, "MEM002"));
  EXPECT_EQ(r.manifests, 1u);
}

TEST_F(RealFiles, UnreadableFileIsAnErrorAndTheRestIsScanned) {
  if (::geteuid() == 0) {
    // root reads anything; a FIFO stands in as an unreadable "file"
    ::mkfifo((dir_ / "template.yaml").c_str(), 0644);
  } else {
    std::ofstream(dir_ / "template.yaml") << "x";
    ::chmod((dir_ / "template.yaml").c_str(), 0);
  }
  core::RealFileSystem fs;
  core::FixedClock clock({2026, 11, 27});
  engine::ScanRequest req;
  req.paths = {(dir_ / "template.yaml").string(), (dir_ / "good").string()};
  auto r = engine::scan(rules::table(), fs, clock, req);
  EXPECT_EQ(r.errors.size(), 1u);
  EXPECT_TRUE(has(r, "MEM002"));
}

TEST_F(RealFiles, MissingPathIsAnError) {
  core::RealFileSystem fs;
  core::FixedClock clock({2026, 11, 27});
  engine::ScanRequest req;
  req.paths = {(dir_ / "nope.yaml").string()};
  auto r = engine::scan(rules::table(), fs, clock, req);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("no such file"), std::string::npos);
}
