#pragma once
#include <vector>

#include "core/Diagnostic.h"
#include "document/Document.h"
#include "model/Model.h"

namespace faaslint::loaders {

/// What a loader produces from one manifest: the model and its own diagnostics (FL codes).
struct LoadResult {
  model::Project project;
  std::vector<core::Diagnostic> diagnostics;
};

/// Loads AWS SAM and plain CloudFormation templates (YAML or JSON documents): functions with
/// SAM Globals merged, events, IAM roles and policies, URLs, permissions, event source
/// mappings, invoke configs, queues, log groups and API authorizers.
LoadResult loadCloudFormation(const document::Document& doc);
/// The same for a template-shaped node inside another manifest (serverless.yml `resources`).
LoadResult loadCloudFormation(core::FileId file, const document::Node* root);

}  // namespace faaslint::loaders
