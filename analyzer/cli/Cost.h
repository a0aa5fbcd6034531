#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace faaslint::cli {

/// Options of `faaslint cost`.
struct CostOptions {
  std::vector<std::string> paths;
  std::string format = "text";  ///< text or json
  std::string config;
  std::vector<std::string> vars;  ///< "name=value" for Serverless Framework variables
  std::int64_t invocations = 1'000'000;  ///< how many invocations the totals are for
  std::optional<std::int64_t> durationMs;  ///< a typical billed duration, beside the timeout bound
  std::string region;  ///< the region the prices must be for; empty: the profiles' own
};

/// Prints what each function of the scanned manifests costs at its provider's list prices;
/// returns the exit code (0, or 2 for bad options and input errors).
int runCost(const CostOptions& options);

}  // namespace faaslint::cli
