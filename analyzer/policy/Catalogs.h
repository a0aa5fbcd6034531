#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/Clock.h"

namespace faaslint::policy {

/// One AWS Lambda runtime's lifecycle (policies/catalogs/aws-runtimes.yaml).
struct RuntimeLifecycle {
  std::string name;
  std::optional<core::Date> deprecated;
  std::optional<core::Date> blockCreate;
  std::optional<core::Date> blockUpdate;
  std::string successor;
};

/// AWS Lambda platform limits (policies/catalogs/aws-limits.yaml).
struct AwsLimits {
  std::int64_t memoryMinMb = 0, memoryMaxMb = 0, memoryDefaultMb = 0;
  std::int64_t timeoutMaxS = 0, timeoutDefaultS = 0, managedInstancesTimeoutMaxS = 0;
  std::int64_t ephemeralMinMb = 0, ephemeralMaxMb = 0;
  std::int64_t environmentMaxBytes = 0;
  std::int64_t sqsVisibilityDefaultS = 0;  ///< an SQS queue's VisibilityTimeout when unset
  std::int64_t restApiTimeoutS = 0, httpApiTimeoutS = 0;  ///< API Gateway integration timeouts
  std::vector<std::string> reservedEnvironmentNames;
};

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
  std::string runtimesAsOf;
  std::vector<RuntimeLifecycle> runtimes;
  AwsLimits aws;
  ServerlessDefaults serverless;
  std::vector<LockinEntry> cppSdks, cppServices, cppRuntimeApis;
  /// Other tools' rule ids -> our codes (policies/catalogs/anchor-codes.yaml), per tool.
  std::map<std::string, std::vector<std::string>, std::less<>> checkovCodes, cfnNagCodes, cfnLintCodes;
  std::vector<SecretPattern> secretPatterns;
  std::vector<std::string> secretKeyWords;  ///< key-name fragments that suggest a secret
  std::vector<std::string> notSecretValuePrefixes;  ///< "arn:", "{{resolve:", ...

  const RuntimeLifecycle* runtime(const std::string& name) const;
  /// Loads the embedded catalogs; problems (a missing key, a bad date) go to `errors`.
  static Catalogs load(std::vector<std::string>& errors);
};

}  // namespace faaslint::policy
