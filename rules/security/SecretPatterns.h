#pragma once
#include <memory>
#include <mutex>
#include <string_view>

#include "policy/Catalogs.h"

namespace faaslint::rules {

/// The catalog's credential patterns (policies/catalogs/secret-patterns.yaml) as one RE2 set,
/// used by the rules that look for secrets (SEC008 in manifests, SEC009 in code). The set is
/// compiled on the first match only (a scan with nothing to check never pays for it) and once
/// for all the rules that use the same patterns at the same time.
class SecretPatterns {
 public:
  explicit SecretPatterns(const policy::Catalogs& catalogs) : catalogs_(catalogs) {}
  /// The first pattern the text matches, or null. Thread-safe.
  const policy::SecretPattern* match(std::string_view text) const;
  /// True when the whole value is an obvious placeholder (changeme, <your-key>, AWS's EXAMPLE keys).
  bool placeholder(std::string_view value) const;

  struct Compiled;

 private:
  const policy::Catalogs& catalogs_;
  mutable std::once_flag once_;
  mutable std::shared_ptr<const Compiled> compiled_;
};

}  // namespace faaslint::rules
