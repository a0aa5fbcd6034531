#include "rules/cost/Pricing.h"

#include <cmath>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules::cost {

std::optional<InvocationCost> invocationCost(const model::Function& f, const providers::Profile& profile, double seconds) {
  if (!profile.prices) return std::nullopt;
  const providers::PlanPrice* price = profile.prices->plan(profile.plan(f).id);
  const auto memory = effectiveMemory(f, &profile);
  if (!price || price->gbSecond.empty() || !memory) return std::nullopt;
  InvocationCost c;
  c.prices = &*profile.prices;
  c.memoryMb = *memory;
  c.seconds = seconds;
  c.gbSeconds = static_cast<double>(*memory) / 1024.0 * seconds;
  // The written architecture's rate; absent: the first listed (the platform's default, x86_64
  // on AWS); hidden behind an intrinsic: the dearest, since this is a worst case.
  auto rate = f.architecture.known() ? price->gbSecond.find(f.architecture.value) : price->gbSecond.end();
  if (f.architecture.known() && rate == price->gbSecond.end()) return std::nullopt;  // an architecture without a price
  if (!f.architecture.known()) {
    rate = price->gbSecond.find("x86_64");
    if (f.architecture.state == core::ValueState::Unknown || rate == price->gbSecond.end()) {
      rate = price->gbSecond.begin();
      for (auto it = price->gbSecond.begin(); it != price->gbSecond.end(); ++it)
        if (it->second > rate->second) rate = it;
      c.architectureGuessed = f.architecture.state == core::ValueState::Unknown;
    }
  }
  c.architecture = rate->first;
  c.ratePerGbSecond = rate->second;
  c.request = price->request;
  c.total = c.gbSeconds * c.ratePerGbSecond + c.request;
  return c;
}

std::string grouped(std::int64_t n);

std::string money(double amount, const std::string& currency) {
  const std::string sign = currency == "USD" ? "$" : "";
  const std::string suffix = currency == "USD" ? "" : " " + currency;
  if (amount >= 1) {  // "$150,000.50"
    const auto cents = static_cast<std::int64_t>(std::llround(amount * 100));
    return fmt::format("{}{}.{:02}{}", sign, grouped(cents / 100), cents % 100, suffix);
  }
  if (amount >= 0.01) return fmt::format("{}{:.3f}{}", sign, amount, suffix);
  if (amount <= 0) return fmt::format("{}0{}", sign, suffix);
  // Two significant digits of a small amount: 0.0000021.
  const int decimals = std::min(12, 1 - static_cast<int>(std::floor(std::log10(amount))));
  return fmt::format("{}{:.{}f}{}", sign, amount, decimals, suffix);
}

std::string listed(double amount, const std::string& currency) {
  std::string digits = fmt::format("{:.10f}", amount);
  while (digits.size() > 1 && digits.back() == '0' && digits.size() - digits.find('.') > 3) digits.pop_back();
  return currency == "USD" ? "$" + digits : digits + " " + currency;
}

std::string grouped(std::int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
  return (n < 0 ? "-" : "") + digits;
}

}  // namespace faaslint::rules::cost
