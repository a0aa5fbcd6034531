#include "rules/security/SecretPatterns.h"

#include <map>
#include <re2/re2.h>
#include <re2/set.h>

namespace faaslint::rules {

struct SecretPatterns::Compiled {
  std::unique_ptr<re2::RE2::Set> set;  ///< null when the patterns do not compile
  std::unique_ptr<re2::RE2::Set> placeholders;  ///< whole-value, case-insensitive; null when none compile
};

namespace {

/// One compiled set per distinct list of patterns, kept while a rule holds it.
std::shared_ptr<const SecretPatterns::Compiled> compiledFor(const std::vector<policy::SecretPattern>& patterns,
                                                            const std::vector<std::string>& placeholders) {
  static std::mutex mutex;
  static std::map<std::string, std::weak_ptr<const SecretPatterns::Compiled>> cache;
  std::string key;
  for (const auto& p : patterns) key += p.regex + '\0';
  key += '\1';
  for (const auto& p : placeholders) key += p + '\0';
  std::lock_guard lock(mutex);
  if (auto hit = cache[key].lock()) return hit;
  auto compiled = std::make_shared<SecretPatterns::Compiled>();
  re2::RE2::Options opts;
  opts.set_max_mem(64 << 20);  // at the default 8 MB a Set thrashes
  opts.set_log_errors(false);
  compiled->set = std::make_unique<re2::RE2::Set>(opts, re2::RE2::UNANCHORED);
  for (const auto& p : patterns) compiled->set->Add(p.regex, nullptr);
  if (!compiled->set->Compile()) compiled->set.reset();
  re2::RE2::Options ci = opts;
  ci.set_case_sensitive(false);
  compiled->placeholders = std::make_unique<re2::RE2::Set>(ci, re2::RE2::ANCHOR_BOTH);
  for (const auto& p : placeholders) compiled->placeholders->Add(p, nullptr);
  if (placeholders.empty() || !compiled->placeholders->Compile()) compiled->placeholders.reset();
  cache[key] = compiled;
  return compiled;
}

}  // namespace

const policy::SecretPattern* SecretPatterns::match(std::string_view text) const {
  std::call_once(once_, [this] { compiled_ = compiledFor(catalogs_.secretPatterns, catalogs_.placeholderValues); });
  std::vector<int> hits;
  if (!compiled_->set || !compiled_->set->Match(text, &hits) || hits.empty()) return nullptr;
  return &catalogs_.secretPatterns[static_cast<std::size_t>(*std::min_element(hits.begin(), hits.end()))];
}

bool SecretPatterns::placeholder(std::string_view value) const {
  std::call_once(once_, [this] { compiled_ = compiledFor(catalogs_.secretPatterns, catalogs_.placeholderValues); });
  return compiled_->placeholders && compiled_->placeholders->Match(value, nullptr);
}

}  // namespace faaslint::rules
