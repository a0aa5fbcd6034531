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

}  // namespace faaslint::loaders
