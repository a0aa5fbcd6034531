#pragma once
#include <vector>

#include "core/Diagnostic.h"
#include "document/Document.h"
#include "formats/Format.h"
#include "model/Model.h"

namespace faaslint::formats {

/// Loads AWS SAM and plain CloudFormation templates (YAML or JSON documents): functions with
/// SAM Globals merged, events, IAM roles and policies, URLs, permissions, event source
/// mappings, invoke configs, queues, log groups and API authorizers.
LoadResult loadCloudFormation(const document::Document& doc);
/// The same for a template-shaped node inside another manifest (serverless.yml `resources`).
LoadResult loadCloudFormation(core::FileId file, const document::Node* root);

}  // namespace faaslint::formats
