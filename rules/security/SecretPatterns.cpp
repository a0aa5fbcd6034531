#include "rules/security/SecretPatterns.h"

#include <re2/re2.h>
#include <re2/set.h>

namespace faaslint::rules {

struct SecretPatterns::Compiled {
  std::unique_ptr<re2::RE2::Set> set;
};

SecretPatterns::SecretPatterns(const policy::Catalogs& catalogs) : compiled_(std::make_unique<Compiled>()), catalogs_(catalogs) {
  re2::RE2::Options opts;
  opts.set_max_mem(64 << 20);  // at the default 8 MB a Set thrashes
  opts.set_log_errors(false);
  compiled_->set = std::make_unique<re2::RE2::Set>(opts, re2::RE2::UNANCHORED);
  for (const auto& pat : catalogs.secretPatterns) compiled_->set->Add(pat.regex, nullptr);
  if (!compiled_->set->Compile()) compiled_->set.reset();
}

SecretPatterns::~SecretPatterns() = default;

const policy::SecretPattern* SecretPatterns::match(std::string_view text) const {
  std::vector<int> hits;
  if (!compiled_->set || !compiled_->set->Match(text, &hits) || hits.empty()) return nullptr;
  return &catalogs_.secretPatterns[static_cast<std::size_t>(*std::min_element(hits.begin(), hits.end()))];
}

}  // namespace faaslint::rules
