#pragma once
#include "formats/Format.h"

namespace faaslint::formats {

/// Serverless Framework services: serverless.yml / .yaml / .json, and other names by content.
/// serverless.ts / .js are programs, which faaslint never runs (FL005).
class ServerlessFormat : public ManifestFormat {
 public:
  std::string_view id() const override { return "serverless"; }
  std::string_view noun() const override { return "Serverless Framework file"; }
  bool candidateName(std::string_view name) const override;
  std::vector<std::string_view> ownerNames() const override {
    return {"serverless.yml", "serverless.yaml", "serverless.json", "serverless.ts", "serverless.js"};
  }
  Claim claim(std::string_view path, std::string_view text) const override;
  LoadResult load(const document::Document& doc, const LoadContext& context) const override;
};

/// serverless.yml `custom.faaslint.ignore: [{function, code(s), reason}]`.
std::vector<model::Suppression> serverlessSuppressions(const document::Node* root);

}  // namespace faaslint::formats
