// A session is built once and scans many times (the language server's use): the same inputs give
// the same report, an edited file gives the new findings, and the configuration's own problems
// keep their place in every report.
#include <gtest/gtest.h>

#include "../TestSupport.h"

using namespace faaslint;

namespace {
std::vector<std::string> located(const engine::ScanResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) {
    auto p = d.range.valid() ? r.sources.begin(d.range) : core::Position{};
    out.push_back((d.range.valid() ? r.sources.file(d.range.file).path() : d.file) + ":" + std::to_string(p.line) + ":" +
                  std::to_string(p.column) + " " + d.code + " " + d.message);
  }
  return out;
}
}  // namespace

TEST(Session, ScansAgainWithTheSameRulesAndPolicy) {
  core::InMemoryFileSystem fs;
  fs.add(".faaslint.yaml", "rules:\n  MEM001:\n    options:\n      max-memory-mb: 512\n  NOPE01: off\n");
  fs.add("template.yaml", "Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {MemorySize: 1024, Tracing: Active}\n");
  const engine::Session session(rules::table(), fs, "");
  core::FixedClock clock({2026, 11, 27});
  engine::ScanRequest req;
  req.paths = {"template.yaml"};
  req.jobs = 1;
  auto first = session.scan(fs, clock, req);
  auto second = session.scan(fs, clock, req);
  EXPECT_EQ(located(first), located(second));
  // The configuration's option applies (512 MB cap), and its bad rule code is reported at its
  // line in both reports.
  const auto lines = located(first);
  EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const std::string& l) {
    return l.starts_with("template.yaml:4:30 MEM001 ") && l.find("policy cap of 512 MB") != std::string::npos;
  }));
  EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const std::string& l) { return l.starts_with(".faaslint.yaml:5:3 FL001 "); }))
      << lines.size();

  // An edited buffer: the next scan through the same session sees the new text.
  fs.add("template.yaml", "Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {MemorySize: 256, Tracing: Active}\n");
  auto edited = session.scan(fs, clock, req);
  const auto after = located(edited);
  EXPECT_FALSE(std::any_of(after.begin(), after.end(), [](const std::string& l) { return l.find(" MEM001 ") != std::string::npos; }));
  EXPECT_TRUE(std::any_of(after.begin(), after.end(), [](const std::string& l) { return l.starts_with(".faaslint.yaml:5:3 FL001 "); }));
}

TEST(Session, AConfigurationThatCannotBeReadIsAnErrorOfEveryScan) {
  core::InMemoryFileSystem fs;
  fs.add("template.yaml", "Resources: {}\n");
  const engine::Session session(rules::table(), fs, "missing.yaml");
  core::FixedClock clock({2026, 11, 27});
  engine::ScanRequest req;
  req.paths = {"template.yaml"};
  for (int i = 0; i < 2; ++i) {
    auto r = session.scan(fs, clock, req);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].path, "missing.yaml");
  }
}
