// The generic rule fixture harness. Each file under tests/rules/<family>/<rule-name>/ is
// scanned alone. Inline comments state what must happen on their line:
//   # expect: MEM001 "substring"   a MEM001 diagnostic starts on this line, message contains it
//   # expect: SEC005@12 "substr"   ... and starts at column 12 (1-based, UTF-16), for lines with several values
//   # expect: SEC011:error "subs"  ... and has this severity (error, warning or note)
//   # ok: MEM001                   no MEM001 diagnostic on this line (a documented negative)
//   # fixture-date: 2026-01-01     evaluate dates as of this day
// JSON has no comments: NAME.json.expect holds `LINE CODE "substring"` lines.
// Both directions are checked: every expectation is produced, and for the folder's rule (and
// every code an expectation names, and FL codes) nothing else is produced.
// A folder under a rule's folder is one project (a manifest and its handler code), scanned whole;
// the comments of each of its files speak of that file.
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <set>
#include <sstream>

#include "core/Clock.h"
#include "core/FileSystem.h"
#include "engine/Registry.h"
#include "engine/Runner.h"
#include "languages/Language.h"
#include "rules/RuleTable.h"

namespace fs = std::filesystem;
using namespace faaslint;

namespace {

struct Expectation {
  std::string file;  // the file the comment is in
  std::uint32_t line;
  std::uint32_t column;  // 0: any
  std::string code;
  std::string substring;
  bool ok;
  std::string severity;  // empty: any  // a negative: the code must not appear on this line
};

std::string readAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool isFixtureFile(const fs::path& p) {
  const auto ext = p.extension();
  return ext == ".yaml" || ext == ".yml" || ext == ".json" || ext == ".template" || languages::languageFor(p.filename().string(), false);
}

std::vector<fs::path> fixtures() {
  std::vector<fs::path> out;
  const fs::path root = fs::path(FAASLINT_SOURCE_DIR) / "tests" / "rules";
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    const fs::path rel = e.path().lexically_relative(root);
    const auto depth = std::distance(rel.begin(), rel.end());  // <family>/<rule>/<fixture>: 3
    if (depth != 3) continue;  // the harness's own sources, folders, and the files of project fixtures
    if (e.is_directory()) {
      out.push_back(e.path());
      continue;
    }
    // Manifests, and source files of every language in the registry.
    if (e.is_regular_file() && isFixtureFile(e.path())) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

class RuleFixture : public ::testing::TestWithParam<fs::path> {};

}  // namespace

TEST_P(RuleFixture, ProducesExactlyWhatItsCommentsSay) {
  const fs::path file = GetParam();
  const engine::RuleInfo* rule = engine::findRule(rules::table(), file.parent_path().filename().string());
  ASSERT_NE(rule, nullptr) << "fixture folder is not a rule name: " << file.parent_path();

  std::vector<Expectation> expects;
  core::Date date{2026, 11, 27};
  static const std::regex expectRe(R"((expect|ok): ([A-Z]+[0-9]{3})(?::(error|warning|note))?(?:@([0-9]+))?(?: \"([^\"]*)\")?)");
  static const std::regex dateRe(R"(fixture-date: (\d{4}-\d{2}-\d{2}))");
  std::string current;  // the file whose comments are read
  auto scanLines = [&](const std::string& text, bool sidecar) {
    std::istringstream in(text);
    std::string line;
    for (std::uint32_t n = 1; std::getline(in, line); ++n) {
      std::smatch m;
      if (std::regex_search(line, m, dateRe)) core::Date::parse(m[1].str(), date);
      if (sidecar) {
        static const std::regex sideRe(R"(^(\d+) (ok: )?([A-Z]+[0-9]{3})(?::(error|warning|note))?(?:@([0-9]+))?(?: \"([^\"]*)\")?)");
        if (std::regex_search(line, m, sideRe))
          expects.push_back({current, static_cast<std::uint32_t>(std::stoul(m[1].str())),
                             m[5].matched ? static_cast<std::uint32_t>(std::stoul(m[5].str())) : 0u, m[3].str(), m[6].str(), m[2].matched,
                             m[4].str()});
        continue;
      }
      std::uint32_t at = n;
      for (auto it = std::sregex_iterator(line.begin(), line.end(), expectRe); it != std::sregex_iterator(); ++it)
        expects.push_back({current, at, (*it)[4].matched ? static_cast<std::uint32_t>(std::stoul((*it)[4].str())) : 0u, (*it)[2].str(),
                           (*it)[5].str(), (*it)[1].str() == "ok", (*it)[3].str()});
    }
  };
  auto readExpectations = [&](const fs::path& f) {
    current = fs::weakly_canonical(f).string();
    if (f.extension() == ".json") {
      fs::path sidecar = f;
      sidecar += ".expect";
      ASSERT_TRUE(fs::exists(sidecar)) << "JSON fixture needs " << sidecar;
      scanLines(readAll(sidecar), true);
    } else {
      scanLines(readAll(f), false);
    }
  };
  if (fs::is_directory(file)) {
    for (const auto& e : fs::recursive_directory_iterator(file))  // a project's JSON files (tsconfig.json) need no sidecar
      if (e.is_regular_file() && isFixtureFile(e.path()) && (e.path().extension() != ".json" || fs::exists(e.path().string() + ".expect")))
        readExpectations(e.path());
  } else {
    readExpectations(file);
  }

  core::RealFileSystem realFs;
  core::FixedClock clock(date);
  engine::ScanRequest req;
  req.paths = {file.string()};
  req.jobs = 1;
  auto result = engine::scan(rules::table(), realFs, clock, req);
  ASSERT_TRUE(result.errors.empty()) << result.errors[0].message;
  std::vector<std::string> fileOf;  // per diagnostic, canonical like Expectation::file
  for (const auto& d : result.diagnostics)
    fileOf.push_back(d.range.valid() ? fs::weakly_canonical(result.sources.file(d.range.file).path()).string() : std::string());

  std::set<std::string> watched = {std::string(rule->code)};
  for (const auto& e : expects) watched.insert(e.code);
  std::vector<bool> used(result.diagnostics.size(), false);
  for (const auto& e : expects) {
    bool found = false;
    for (std::size_t i = 0; i < result.diagnostics.size(); ++i) {
      const auto& d = result.diagnostics[i];
      const auto at = result.sources.begin(d.range);
      if (d.code != e.code || fileOf[i] != e.file || at.line != e.line || (e.column && at.column != e.column)) continue;
      if (e.ok) {
        ADD_FAILURE() << fs::path(e.file).filename() << ":" << e.line << ": unexpected " << d.code << ": " << d.message;
        used[i] = true;
        continue;
      }
      if (!used[i] && d.message.find(e.substring) != std::string::npos &&
          (e.severity.empty() || e.severity == core::severityName(d.severity))) {
        used[i] = found = true;
        break;
      }
    }
    if (!e.ok && !found)
      ADD_FAILURE() << fs::path(e.file).filename() << ":" << e.line << (e.column ? ":" + std::to_string(e.column) : "") << ": expected "
                    << e.code << (e.severity.empty() ? "" : ":" + e.severity) << " \"" << e.substring << "\"";
  }
  for (std::size_t i = 0; i < result.diagnostics.size(); ++i) {
    const auto& d = result.diagnostics[i];
    if (used[i] || !(watched.count(d.code) || d.code.starts_with("FL"))) continue;
    ADD_FAILURE() << fs::path(fileOf[i]).filename() << ":" << result.sources.begin(d.range).line << ": unexpected " << d.code << ": "
                  << d.message;
  }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, RuleFixture, ::testing::ValuesIn(fixtures()), [](const auto& info) {
  std::string name = info.param.parent_path().filename().string() + "_" + info.param.filename().string();
  for (auto& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
});
