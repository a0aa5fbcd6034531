// Every input that ever broke a fuzz target, replayed through the same entry point libFuzzer
// calls (fuzz/Targets.h): a crash, a hang or an escaping exception fails the suite. The inputs are
// the team's own minimal files under fuzz/regressions/<target>/.
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

#include "fuzz/Targets.h"

namespace fs = std::filesystem;

namespace {
const fs::path kRegressions = fs::path(FAASLINT_SOURCE_DIR) / "fuzz" / "regressions";
}  // namespace

TEST(FuzzRegressions, EveryFolderNamesATarget) {
  std::size_t folders = 0;
  for (const auto& dir : fs::directory_iterator(kRegressions)) {
    ++folders;
    EXPECT_NE(faaslint::fuzz::findTarget(dir.path().filename().string()), nullptr) << dir.path();
  }
  EXPECT_GT(folders, 0u);
}

TEST(FuzzRegressions, EveryInputEverFoundRunsCleanly) {
  std::size_t inputs = 0;
  for (const auto& target : faaslint::fuzz::targets()) {
    const fs::path dir = kRegressions / std::string(target.name);
    if (!fs::is_directory(dir)) continue;
    for (const auto& file : fs::directory_iterator(dir)) {
      std::ifstream in(file.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      const std::string data = ss.str();
      SCOPED_TRACE(file.path().string());
      EXPECT_NO_THROW(target.run(reinterpret_cast<const std::uint8_t*>(data.data()), data.size()));
      ++inputs;
    }
  }
  EXPECT_GE(inputs, 8u);  // the reproducers of issue 16 at least
}
