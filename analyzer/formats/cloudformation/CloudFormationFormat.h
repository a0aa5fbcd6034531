#pragma once
#include "formats/Format.h"

namespace faaslint::formats {

/// AWS SAM and CloudFormation templates, YAML or JSON.
class CloudFormationFormat : public ManifestFormat {
 public:
  std::string_view id() const override { return "cloudformation"; }
  std::string_view noun() const override { return "template"; }
  bool candidateName(std::string_view name) const override;
  std::vector<std::string_view> ownerNames() const override { return {"template.yaml", "template.yml", "template.json"}; }
  Claim claim(std::string_view path, std::string_view text) const override;
  LoadResult load(const document::Document& doc, const LoadContext& context) const override;
};

/// `Metadata.faaslint.ignore` of the resources under `resources` (a template's `Resources`, or a
/// serverless.yml's `resources.Resources`), plus `Metadata.checkov.skip`,
/// `Metadata.cfn_nag.rules_to_suppress` and `Metadata.cfn-lint.config.ignore_checks` mapped
/// through the anchor catalog.
std::vector<model::Suppression> metadataSuppressions(const document::Node* templateRoot, const policy::Catalogs& catalogs);

}  // namespace faaslint::formats
