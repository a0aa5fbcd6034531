#pragma once
#include <cstdint>

#include "formats/cloudformation/CloudFormationLoader.h"
#include "formats/serverless/ServerlessVariables.h"

namespace faaslint::formats {

/// What the Serverless Framework loader needs besides the document.
struct ServerlessOptions {
  VariableValues variables;  ///< --var name=value
  std::int64_t defaultMemoryMb = 1024;  ///< the framework's default when neither provider nor function sets it
  std::int64_t defaultTimeoutS = 6;
  ProjectFileReader readFile;  ///< for ${file(...)} inside the manifest's folder; empty: never read
};

/// Loads a Serverless Framework service (serverless.yml / .yaml / .json, v3 and v4 syntax) into
/// the same model the SAM loader fills: provider defaults inherited by each function (with the
/// origin kept), IAM (v3+ `provider.iam.role`, legacy `iamRoleStatements`, per-function roles),
/// events, function URLs, destinations, and `resources.Resources` read as CloudFormation.
/// Variables are resolved from the file and the given values only; what cannot be resolved
/// stays unknown, and an FL003 note names the variable where a rule needed the value.
LoadResult loadServerless(const document::Document& doc, const ServerlessOptions& options);

}  // namespace faaslint::formats
