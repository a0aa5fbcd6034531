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
// A valid template beside each bad file: its MEM002 shows that the rest of the scan completes.
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
/// What the scan said about one file: "LINE:COL CODE message" per finding, in order.
std::vector<std::string> about(const engine::ScanResult& r, const std::string& path) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) {
    if (!d.range.valid() || r.sources.file(d.range.file).path() != path) continue;
    auto p = r.sources.begin(d.range);
    out.push_back(std::to_string(p.line) + ":" + std::to_string(p.column) + " " + d.code + " " + d.message);
  }
  return out;
}
/// The good template was scanned too: its own finding, and nothing else.
void restScanned(const engine::ScanResult& r) {
  auto good = about(r, "good/template.yaml");
  ASSERT_EQ(good.size(), 3u) << (good.empty() ? "" : good[0]);  // MEM001, MEM002, OPS002
  EXPECT_TRUE(has(r, "MEM002"));
}
}  // namespace

TEST(BadInput, MalformedYaml) {
  auto r = scanWithGood("template.yaml", "Resources:\n  F: [\n");
  // At the [ that is never closed (the parser stops after the last line), with the parser's reason.
  EXPECT_EQ(about(r, "template.yaml"),
            std::vector<std::string>{"2:6 FL000 Cannot parse the template: end of sequence flow not found: the [ here is never closed."});
  restScanned(r);
}

TEST(BadInput, MalformedJson) {
  auto r = scanWithGood("template.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {,}}");
  EXPECT_EQ(about(r, "template.json"),
            std::vector<std::string>{
                "1:58 FL000 Cannot parse the template: syntax error while parsing object key - unexpected ','; expected string literal."});
  restScanned(r);
}

TEST(BadInput, EmptyTemplate) {
  auto r = scanWithGood("template.yaml", "");
  EXPECT_EQ(about(r, "template.yaml"), std::vector<std::string>{"1:1 FL000 The template is empty."});
  restScanned(r);
}

TEST(BadInput, NullParametersAndWrongTypes) {
  auto r =
      scanWithGood("template.yaml", "Parameters:\nResources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {MemorySize: big}\n");
  auto own = about(r, "template.yaml");
  EXPECT_TRUE(std::find(own.begin(), own.end(), "5:30 FL002 Resources.F.Properties.MemorySize must be an integer, found 'big'.") !=
              own.end())
      << own.size();
  EXPECT_FALSE(std::any_of(own.begin(), own.end(), [](const std::string& m) { return m.find("MEM00") != std::string::npos; }));
  restScanned(r);
}

TEST(BadInput, AliasBomb) {
  auto r = scanWithGood("template.yaml", test::aliasBomb("AWSTemplateFormatVersion: '2010-09-09'\n"));
  auto own = about(r, "template.yaml");
  ASSERT_EQ(own.size(), 1u);
  EXPECT_NE(own[0].find(" FL000 Cannot parse the template: "), std::string::npos) << own[0];
  restScanned(r);
}

TEST(BadInput, TenThousandDeepNesting) {
  auto r = scanWithGood("template.yaml", "AWSTemplateFormatVersion: x\nResources: " + std::string(10000, '[') + std::string(10000, ']'));
  auto own = about(r, "template.yaml");
  ASSERT_EQ(own.size(), 1u);
  EXPECT_NE(own[0].find(" FL000 Cannot parse the template: "), std::string::npos) << own[0];
  restScanned(r);
  auto j = scanWithGood("template.json", "{\"AWSTemplateFormatVersion\": " + std::string(10000, '[') + std::string(10000, ']') + "}");
  auto ownJ = about(j, "template.json");
  ASSERT_EQ(ownJ.size(), 1u);
  EXPECT_NE(ownJ[0].find(" FL000 Cannot parse the template: "), std::string::npos) << ownJ[0];
}

TEST(BadInput, BinaryFile) {
  auto r = scanWithGood("template.yaml", std::string("AWSTemplateFormatVersion\0\x01\x02\xff", 28));
  EXPECT_EQ(about(r, "template.yaml"), std::vector<std::string>{"1:1 FL000 This is a binary file, not a template; it was not scanned."});
  restScanned(r);
}

TEST(BadInput, InvalidUtf8IsScannedNotRejected) {
  // Bytes that are not UTF-8 in a string do not stop the file: its own MemorySize is still checked.
  core::InMemoryFileSystem fs;
  fs.add("template.yaml",
         "Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {Description: \"\xff\xfe\", MemorySize: 99999}\n");
  auto r = test::scanMemory(fs);
  auto own = about(r, "template.yaml");
  EXPECT_TRUE(std::any_of(own.begin(), own.end(), [](const std::string& m) { return m.starts_with("4:49 MEM002 "); })) << own.size();
  EXPECT_FALSE(has(r, "FL000"));
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

TEST_F(RealFiles, AFifoAsTheConfigurationIsAnErrorNotAHang) {
  ASSERT_EQ(::mkfifo((dir_ / "config.yaml").c_str(), 0644), 0);
  core::RealFileSystem fs;
  core::FixedClock clock({2026, 11, 27});
  engine::ScanRequest req;
  req.paths = {(dir_ / "good").string()};
  req.configPath = (dir_ / "config.yaml").string();
  auto r = engine::scan(rules::table(), fs, clock, req);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("cannot read the configuration: a FIFO"), std::string::npos) << r.errors[0].message;
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

// The reproducers of issue 16, written anew: one small file must never take the scan down.

TEST(BadInput, SelfReferencingVariablesStopAtTheCopyBudget) {
  // A map holding two references to itself beside an alias of a 10^4-node list: copying it
  // doubled at every level until memory ran out. Now one FL004 where the budget ran out.
  std::string text = "service: s\nprovider: {name: aws}\ncustom:\n  l0: &l0 [x,x,x,x,x,x,x,x,x,x]\n";
  for (int i = 1; i <= 4; ++i) {
    text += "  l" + std::to_string(i) + ": &l" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) text += (k ? ",*l" : "*l") + std::to_string(i - 1);
    text += "]\n";
  }
  text += "  a: {k1: \"${self:custom.a}\", k2: \"${self:custom.a}\", p: *l4}\nfunctions: {f: {handler: h.h}}\n";
  auto r = scanWithGood("serverless.yml", text);
  auto own = about(r, "serverless.yml");
  ASSERT_FALSE(own.empty());
  EXPECT_TRUE(std::any_of(own.begin(), own.end(), [](const std::string& m) {
    return m.find(" FL004 Variable expansion ran away") != std::string::npos;
  })) << own[0];
  EXPECT_EQ(r.functions, 2u);  // the file's function is still loaded
  restScanned(r);
}

TEST(BadInput, ManyReferencesToALargeValueStopAtTheByteBudget) {
  std::string text = "service: s\nprovider: {name: aws}\ncustom:\n  big: \"" + std::string(1u << 20, 'x') + "\"\n  refs:\n";
  for (int i = 0; i < 200; ++i) text += "    - ${self:custom.big}\n";
  text += "functions: {f: {handler: h.h}}\n";
  auto r = scanWithGood("serverless.yml", text);
  auto own = about(r, "serverless.yml");
  ASSERT_FALSE(own.empty());
  EXPECT_TRUE(std::any_of(own.begin(), own.end(), [](const std::string& m) {
    return m.find(" FL004 ") != std::string::npos && m.find("more than 64 MB") != std::string::npos;
  })) << own[0];
  restScanned(r);
}

TEST(BadInput, AListIndexTooLargeForANumberIsAbsentNotAnInternalError) {
  // std::stoul threw here: "internal error" and no report, or SIGABRT from a worker thread.
  const std::string text =
      "service: s\nprovider: {name: aws}\ncustom:\n  list: [a, b]\nfunctions:\n  f:\n    handler: h.h\n    memorySize: "
      "${self:custom.list.99999999999999999999}\n";
  core::InMemoryFileSystem fs;
  fs.add("a/serverless.yml", text);
  fs.add("b/serverless.yml", text);
  fs.add("good/template.yaml", kGood);
  auto r = test::scanWith(fs, [](engine::ScanRequest& req) { req.jobs = 2; });
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.functions, 3u);
  for (const char* path : {"a/serverless.yml", "b/serverless.yml"}) {
    auto own = about(r, path);
    EXPECT_TRUE(std::any_of(own.begin(), own.end(), [](const std::string& m) { return m.starts_with("8:17 FL003 "); })) << path;
  }
  restScanned(r);
}

TEST(BadInput, AStrayCommaIsASyntaxErrorNotTwoMillionNulls) {
  auto r = scanWithGood("template.yaml", ",");
  EXPECT_EQ(about(r, "template.yaml"), std::vector<std::string>{"1:1 FL000 Cannot parse the template: ',' is not valid here."});
  restScanned(r);
}

namespace {
/// A rule that fails on every project, as a defect in a rule would.
class ThrowingRule final : public engine::Rule {
 public:
  void check(const model::Project&, engine::RuleContext&) const override { throw std::runtime_error("boom"); }
};
}  // namespace

TEST(BadInput, ARuleThatThrowsCostsOnlyItsOwnFindings) {
  engine::RuleTable table = rules::table();
  for (auto& info : table)
    if (info.code == "OPS002")
      info.create = [](engine::RuleOptions&) -> std::unique_ptr<engine::Rule> { return std::make_unique<ThrowingRule>(); };
  core::InMemoryFileSystem fs;
  fs.add("good/template.yaml", kGood);
  fs.add("other/template.yaml", kGood);
  core::FixedClock clock({2026, 11, 27});
  engine::ScanRequest req;
  req.paths = {"."};
  req.jobs = 2;
  auto r = engine::scan(table, fs, clock, req);
  EXPECT_TRUE(r.errors.empty());
  for (const char* path : {"good/template.yaml", "other/template.yaml"}) {
    auto own = about(r, path);
    // MEM001 and MEM002 still reported; OPS002's failure is a finding at the file, not a lost scan.
    EXPECT_EQ(own.size(), 3u) << path;
    EXPECT_TRUE(std::any_of(own.begin(), own.end(), [](const std::string& m) {
      return m.starts_with("1:1 FL000 faaslint failed while checking OPS002 (tracing-disabled) on this file (boom)");
    })) << (own.empty() ? "" : own.back());
  }
}

TEST(BadInput, AUtf16ManifestIsNamedNotCalledBinary) {
  auto r = scanWithGood("template.yaml", std::string("\xFF\xFER\0e\0s\0o\0u\0r\0c\0e\0s\0:\0\n\0", 24));
  EXPECT_EQ(
      about(r, "template.yaml"),
      std::vector<std::string>{"1:1 FL000 This template is UTF-16LE text, not UTF-8; it was not scanned. Save it as UTF-8 to scan it."});
  restScanned(r);
}

TEST(BadInput, AByteOrderMarkMovesNoLocation) {
  auto r = scanWithGood("template.yaml", std::string("\xEF\xBB\xBF") + kGood);
  auto own = about(r, "template.yaml");
  EXPECT_TRUE(std::any_of(own.begin(), own.end(), [](const std::string& m) { return m.starts_with("4:30 MEM002 "); })) << own[0];
}

namespace {
std::vector<std::string> skippedOf(const engine::ScanResult& r) {
  std::vector<std::string> out;
  for (const auto& s : r.skipped) out.push_back(s.path.substr(s.path.rfind('/') + 1) + ": " + s.message);
  return out;
}
}  // namespace

TEST_F(RealFiles, LinksOutOfTheTreeAndSpecialFilesAreNotReadAndSaySo) {
  // `template.yaml -> /etc/passwd` was read and its lines printed under the in-tree name.
  std::filesystem::create_symlink("/etc/passwd", dir_ / "template.yaml");
  std::filesystem::create_directories(dir_ / "in");
  std::ofstream(dir_ / "in" / "real.yaml") << kGood;
  std::filesystem::create_symlink(dir_ / "in" / "real.yaml", dir_ / "serverless.yml.template.yaml");
  std::filesystem::create_directory_symlink(dir_ / "in", dir_ / "linked");
  std::filesystem::create_symlink(dir_ / "nothing", dir_ / "gone.yaml");
  ASSERT_EQ(::mkfifo((dir_ / "in" / "template.yml").c_str(), 0644), 0);
  auto r = scanDir();
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(skippedOf(r), (std::vector<std::string>{
                              "gone.yaml: a symbolic link whose target does not exist; not read",
                              "template.yml: not a regular file (a FIFO, a device or a socket); not read",
                              "linked: a symbolic link to a folder; not followed (name the folder itself to scan it)",
                              "template.yaml: a symbolic link that leads outside the scanned folder; not read (name its target to scan it)",
                          }));
  for (const auto& d : r.diagnostics)
    EXPECT_EQ(r.sources.file(d.range.file).text().find("root:"), std::string::npos) << d.message;  // nothing of /etc/passwd
  // A link that stays in the tree is read like its target.
  EXPECT_FALSE(about(r, dir_.string() + "/serverless.yml.template.yaml").empty());
}

namespace {
/// A file system whose listing of one folder fails, as an unreadable folder does for a user
/// other than root.
class Unlistable final : public core::FileSystem {
 public:
  Unlistable(const core::InMemoryFileSystem& base, std::string locked) : base_(base), locked_(std::move(locked)) {}
  core::FileKind kind(const std::string& p) const override { return base_.kind(p); }
  core::ReadResult read(const std::string& p, std::uint64_t limit) const override { return base_.read(p, limit); }
  using core::FileSystem::list;
  std::vector<core::DirEntry> list(const std::string& dir, std::string* error) const override {
    if (dir != locked_) return base_.list(dir, error);
    if (error) *error = "Permission denied";
    return {};
  }
  std::string realPath(const std::string& p) const override { return base_.realPath(p); }

 private:
  const core::InMemoryFileSystem& base_;
  std::string locked_;
};
}  // namespace

TEST(BadInput, FoldersThatCannotBeListedOrAreTooDeepAreReported) {
  core::InMemoryFileSystem mem;
  mem.add("good/template.yaml", kGood);
  mem.add("locked/template.yaml", kGood);
  std::string deep = "deep";
  for (int i = 0; i < 70; ++i) deep += "/d";
  mem.add(deep + "/template.yaml", kGood);
  auto r = test::scanWith(Unlistable(mem, "locked"), [](engine::ScanRequest&) {});
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.skipped.size(), 2u);
  EXPECT_EQ(r.skipped[0].message, "a folder nested more than 64 levels deep; not read");
  EXPECT_EQ(r.skipped[1].path, "locked");
  EXPECT_EQ(r.skipped[1].message, "a folder that cannot be listed (Permission denied); not read");
  restScanned(r);
  // A folder the user named that cannot be listed: the scan could not do what was asked (exit 2).
  auto named = test::scanWith(Unlistable(mem, "locked"), [](engine::ScanRequest& req) { req.paths = {"locked", "good"}; });
  ASSERT_EQ(named.errors.size(), 1u);
  EXPECT_EQ(named.errors[0].message, "cannot list this folder: Permission denied");
  restScanned(named);
}

TEST_F(RealFiles, AnOwningManifestThatLinksOutOfTheTreeIsNotRead) {
  // A pre-commit batch names only a handler; the manifest found next to it is a link to a file
  // outside the tree. A real manifest next to another handler is still found.
  std::filesystem::create_directories(dir_ / "a");
  std::ofstream(dir_ / "a" / "app.py") << "def handler(event, context):\n    return 1\n";
  std::filesystem::create_symlink("/etc/passwd", dir_ / "a" / "serverless.yml");
  std::ofstream(dir_ / "good" / "app.py") << "def handler(event, context):\n    return 1\n";
  core::RealFileSystem fs;
  core::FixedClock clock({2026, 11, 27});
  engine::ScanRequest req;
  req.paths = {(dir_ / "a" / "app.py").string(), (dir_ / "good" / "app.py").string()};
  auto r = engine::scan(rules::table(), fs, clock, req);
  EXPECT_EQ(r.manifests, 1u);  // good/template.yaml only
  for (std::size_t i = 0; i < r.sources.size(); ++i)
    EXPECT_EQ(r.sources.file(static_cast<core::FileId>(i)).text().find("root:"), std::string::npos) << r.sources.file(i).path();
}
