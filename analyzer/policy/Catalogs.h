#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/Clock.h"
#include "providers/Profile.h"

namespace faaslint::policy {

/// Serverless Framework defaults (policies/catalogs/serverless-framework.yaml).
struct ServerlessDefaults {
  std::int64_t memoryMb = 0, timeoutS = 0;
};

/// An API that binds code to one provider (policies/catalogs/lockin/<language>.yaml). An entry
/// with an empty `what` only shields a more specific path from a broader entry.
struct LockinEntry {
  std::string match;  ///< include path prefix, or a qualified call name
  std::string vendor, what, alternative;
};

/// A credential pattern (policies/catalogs/secret-patterns.yaml).
struct SecretPattern {
  std::string id;
  std::string description;
  std::string regex;
};

/// Facts that change, loaded from the data files compiled into the binary.
struct Catalogs {
  /// One profile per provider (policies/catalogs/providers/<id>.yaml), sorted by id.
  std::vector<providers::Profile> providers;
  ServerlessDefaults serverless;
  std::vector<LockinEntry> cppSdks, cppServices, cppRuntimeApis;
  /// Other tools' rule ids -> our codes (policies/catalogs/anchor-codes.yaml), per tool.
  std::map<std::string, std::vector<std::string>, std::less<>> checkovCodes, cfnNagCodes, cfnLintCodes;
  std::vector<SecretPattern> secretPatterns;
  std::vector<std::string> secretKeyWords;  ///< key-name fragments that suggest a secret
  std::vector<std::string> notSecretValuePrefixes;  ///< "arn:", "{{resolve:", ...

  /// The profile of a provider id ("aws"), or null when faaslint has none (OpenWhisk, ...).
  const providers::Profile* provider(std::string_view id) const;
  /// Loads the embedded catalogs; problems (a missing key, a bad date) go to `errors`.
  static Catalogs load(std::vector<std::string>& errors);
};

}  // namespace faaslint::policy
