#pragma once
#include <memory>
#include <string_view>

#include "policy/Catalogs.h"

namespace re2 {
class RE2;
}

namespace faaslint::rules {

/// The catalog's credential patterns (policies/catalogs/secret-patterns.yaml) compiled once into
/// an RE2 set; shared by the rules that look for secrets (SEC008 in manifests, SEC009 in code).
class SecretPatterns {
 public:
  explicit SecretPatterns(const policy::Catalogs& catalogs);
  ~SecretPatterns();
  /// The first pattern the text matches, or null.
  const policy::SecretPattern* match(std::string_view text) const;

 private:
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
  const policy::Catalogs& catalogs_;
};

}  // namespace faaslint::rules
