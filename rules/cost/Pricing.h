#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "model/Model.h"
#include "providers/Profile.h"

/// What a function costs per invocation at its provider's list prices: the one place for the
/// arithmetic the cost rules (and their messages) share.
namespace faaslint::rules::cost {

/// The price of one invocation that is billed for `seconds` at the function's memory.
struct InvocationCost {
  std::int64_t memoryMb = 0;
  double seconds = 0;
  double gbSeconds = 0;
  std::string architecture;  ///< the rate's architecture ("x86_64")
  bool architectureGuessed = false;  ///< the manifest hides it (an intrinsic): the dearest rate was taken
  double ratePerGbSecond = 0;
  double request = 0;
  double total = 0;  ///< gbSeconds × rate + request
  const providers::Prices* prices = nullptr;
};

/// The cost of one invocation of `f` billed for `seconds`; nullopt when the provider has no
/// prices for its plan or the memory is not known.
std::optional<InvocationCost> invocationCost(const model::Function& f, const providers::Profile& profile, double seconds);

/// An amount for a message: "$150,000.50", "$0.150", "$0.0000021" (below a cent, as many
/// digits as it takes to show two).
std::string money(double amount, const std::string& currency);
/// A rate or a cap as listed, every digit kept: "$0.0000166667", "$0.05".
std::string listed(double amount, const std::string& currency);
/// An integer with thousands separators: "10,240".
std::string grouped(std::int64_t n);

}  // namespace faaslint::rules::cost
