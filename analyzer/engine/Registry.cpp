#include "engine/Registry.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "core/Embedded.h"

namespace faaslint::engine {

std::string RuleInfo::docPath() const { return "docs/rules/" + std::string(family) + "/" + std::string(name) + ".md"; }

bool RuleInfo::appliesTo(std::string_view provider) const {
  if (providers == "*") return true;
  std::string_view rest = providers;
  while (!rest.empty()) {
    auto comma = rest.find(',');
    if (rest.substr(0, comma) == provider) return true;
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  return false;
}

std::string RuleInfo::helpUri() const { return "https://github.com/faaslint/faaslint/blob/main/" + docPath(); }

std::string RuleInfo::documentation() const {
  if (auto doc = embedded::find(docPath())) return std::string(*doc);
  return std::string(code) + " " + std::string(name) + "\n\n" + std::string(summary) + "\n";
}

const RuleInfo* findRule(const RuleTable& rules, std::string_view key) {
  for (const auto& r : rules)
    if (r.code == key || r.name == key) return &r;
  return nullptr;
}

bool codeMatches(const RuleTable& rules, std::string_view code, std::string_view pattern) {
  if (pattern.empty()) return false;
  if (const auto* r = findRule(rules, pattern); r && r->name == pattern) return code == r->code;
  return code.starts_with(pattern);
}

namespace {
std::string cased(std::string_view s, int (*to)(int)) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [to](unsigned char c) { return static_cast<char>(to(c)); });
  return out;
}
}  // namespace

std::string normalPattern(const RuleTable& rules, std::string_view pattern) {
  std::string lower = cased(pattern, ::tolower);
  for (const auto& r : rules)
    if (r.name == lower) return lower;
  return cased(pattern, ::toupper);
}

bool knownPattern(const RuleTable& rules, std::string_view pattern) {
  return !pattern.empty() && (findRule(rules, pattern) ||
                              std::any_of(rules.begin(), rules.end(), [&](const RuleInfo& r) { return r.code.starts_with(pattern); }));
}

std::string nearestPattern(const RuleTable& rules, std::string_view pattern) {
  const auto distance = [](std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
      std::size_t diagonal = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= b.size(); ++j) {
        const std::size_t up = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
        diagonal = up;
      }
    }
    return row[b.size()];
  };
  // A code written without its zeros ("SEC9", "LCK05"): the code it pads to.
  if (const auto digit = pattern.find_first_of("0123456789"); digit != std::string_view::npos && digit > 0 && pattern.size() - digit < 3 &&
                                                              pattern.find_first_not_of("0123456789", digit) == std::string_view::npos) {
    std::string padded =
        std::string(pattern.substr(0, digit)) + std::string(3 - (pattern.size() - digit), '0') + std::string(pattern.substr(digit));
    if (findRule(rules, padded)) return padded;
  }
  std::vector<std::string> candidates;
  for (const auto& r : rules) {
    candidates.emplace_back(r.code);
    candidates.emplace_back(r.name);
    const auto digit = r.code.find_first_of("0123456789");
    candidates.emplace_back(r.code.substr(0, digit));  // the family prefix: SEC, FL
  }
  std::string best;
  std::size_t bestDistance = std::max<std::size_t>(2, pattern.size() / 3) + 1;
  const std::string lower = cased(pattern, ::tolower);
  for (const auto& c : candidates)
    if (const std::size_t d = distance(lower, cased(c, ::tolower)); d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  return best;
}

std::unique_ptr<Rule> createRule(const RuleInfo& info, const policy::Policy& policy, const policy::Catalogs& catalogs,
                                 std::vector<core::Diagnostic>& diagnostics, std::vector<OptionSpec>* specs) {
  RuleOptions options(catalogs);
  if (const auto* pack = policy.packSetting(info.code))
    for (const auto& [k, v] : pack->options) options.setDefault(k, v);
  if (const auto* s = policy.setting(info.code))
    for (const auto& [k, v] : s->options) options.set(k, v);
  auto rule = info.create(options);
  for (auto& d : options.finish(std::string(info.code))) diagnostics.push_back(std::move(d));
  if (specs) *specs = options.specs();
  return rule;
}

}  // namespace faaslint::engine
