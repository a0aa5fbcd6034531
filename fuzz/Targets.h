#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

/// The fuzz targets: each takes any bytes and must return without crashing, hanging or throwing.
/// libFuzzer runs them (fuzz/FuzzMain.cpp, `scripts/fuzz.sh`), and the test suite replays every
/// input that ever broke one (fuzz/regressions/<target>/, tests/unit/FuzzRegressionTest.cpp).
namespace faaslint::fuzz {

struct Target {
  std::string_view name;
  std::string_view about;
  int (*run)(const std::uint8_t* data, std::size_t size);
};

/// Every target, by name: yaml, json, compile-db, serverless-vars, python, javascript, pipeline.
const std::vector<Target>& targets();
const Target* findTarget(std::string_view name);

}  // namespace faaslint::fuzz
