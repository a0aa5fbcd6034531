// Every rule in Rules.def has its class, docs page (documenting each option it reads), and a
// fixture folder with at least one positive and one negative case; codes and names are unique.
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sstream>

#include "core/Embedded.h"
#include "engine/Registry.h"
#include "policy/Catalogs.h"
#include "policy/Policy.h"
#include "rules/RuleTable.h"

namespace fs = std::filesystem;
using namespace faaslint;

namespace {
std::string readAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

TEST(Consistency, CodesAndNamesAreUniqueAndWellFormed) {
  std::set<std::string_view> codes, names;
  for (const auto& r : rules::table()) {
    EXPECT_TRUE(codes.insert(r.code).second) << r.code;
    EXPECT_TRUE(names.insert(r.name).second) << r.name;
    // A family's prefix and three digits (ARCHITECTURE.md: SEC, LCK, MEM, DUR, OPS, COST, FL).
    static const std::set<std::string_view> prefixes{"SEC", "LCK", "MEM", "DUR", "OPS", "COST", "FL"};
    const auto digits = r.code.find_first_of("0123456789");
    EXPECT_TRUE(digits != std::string_view::npos && prefixes.count(r.code.substr(0, digits)) && r.code.size() == digits + 3 &&
                r.code.find_first_not_of("0123456789", digits) == std::string_view::npos)
        << r.code;
  }
}

TEST(Consistency, EveryRuleHasDocsWithItsOptions) {
  std::vector<std::string> errors;
  auto catalogs = policy::Catalogs::load(errors);
  for (const auto& r : rules::table()) {
    auto doc = embedded::find(r.docPath());
    ASSERT_TRUE(doc.has_value()) << r.code << ": missing " << r.docPath();
    EXPECT_NE(doc->find(std::string(r.code)), std::string_view::npos) << r.docPath();
    if (!r.create) continue;
    engine::RuleOptions options(catalogs);
    auto rule = r.create(options);
    ASSERT_NE(rule, nullptr);
    for (const auto& spec : options.specs())
      EXPECT_NE(doc->find("`" + spec.name + "`"), std::string_view::npos) << r.docPath() << " does not document option " << spec.name;
  }
}

TEST(Consistency, EveryRuleHasPositiveAndNegativeFixtures) {
  for (const auto& r : rules::table()) {
    if (!r.create) continue;
    fs::path dir = fs::path(FAASLINT_SOURCE_DIR) / "tests" / "rules" / std::string(r.family) / std::string(r.name);
    ASSERT_TRUE(fs::is_directory(dir)) << r.code << ": missing " << dir;
    bool expect = false, ok = false;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {  // project fixtures' files too
      if (!e.is_regular_file()) continue;
      std::string text = readAll(e.path());
      expect |= text.find("expect: " + std::string(r.code)) != std::string::npos ||
                text.find(" " + std::string(r.code) + " \"") != std::string::npos;
      ok |= text.find("ok: " + std::string(r.code)) != std::string::npos;
    }
    EXPECT_TRUE(expect) << r.code << " has no positive fixture (expect: " << r.code << ")";
    EXPECT_TRUE(ok) << r.code << " has no negative fixture (ok: " << r.code << ")";
  }
}

TEST(Consistency, EveryPolicyOptionHasItsDefaultInThePackOnly) {
  // Policy thresholds are written once, in the default pack: a rule built from it reports no
  // problem (a missing default is an FL001 about a broken build), and every option the pack sets
  // is one a rule reads (an unknown one is FL001 too).
  std::vector<std::string> errors;
  auto catalogs = policy::Catalogs::load(errors);
  core::SourceManager sources;
  std::vector<core::Diagnostic> diagnostics;
  const policy::KnownCodes codes{[](std::string_view c) -> std::optional<std::string> {
                                   const auto* r = engine::findRule(rules::table(), c);
                                   return r ? std::optional<std::string>(r->code) : std::nullopt;
                                 },
                                 [](std::string_view c) { return engine::findRule(rules::table(), c) != nullptr; }};
  auto policy = policy::Policy::load(sources, core::kNoFile, codes, diagnostics);
  ASSERT_TRUE(diagnostics.empty()) << diagnostics.front().message;
  std::size_t fromPack = 0;
  for (const auto& r : rules::table()) {
    if (!r.create) continue;
    std::vector<engine::OptionSpec> specs;
    auto rule = engine::createRule(r, policy, catalogs, diagnostics, &specs);
    for (const auto& d : diagnostics) ADD_FAILURE() << r.code << ": " << d.message;
    diagnostics.clear();
    for (const auto& spec : specs) fromPack += spec.defaultFrom.empty();
  }
  EXPECT_GE(fromPack, 8u);  // options read from the pack exist (8 when this was written)
  // The numbers are not written in the rules' code as well.
  for (const char* file :
       {"rules/memory/UnboundedReadRule.cpp", "rules/memory/OversizedMemoryRule.cpp", "rules/duration/LongTimeoutRule.cpp"}) {
    std::string text = readAll(fs::path(FAASLINT_SOURCE_DIR) / file);
    for (const char* n : {"64,", "3008", "300,"}) EXPECT_EQ(text.find(n), std::string::npos) << file << " repeats a pack default " << n;
  }
}
