#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "document/Document.h"
#include "model/Suppression.h"

/// Reading suppressions out of the files formats and languages load. Each format reads its own
/// kinds (CloudFormation resource Metadata, serverless.yml custom.faaslint) with these helpers.
namespace faaslint::formats {

/// Inline comments: `# faaslint: ignore[SEC005,SEC007] reason` (also `//` and `/* */` in code).
std::vector<model::Suppression> inlineSuppressions(const core::SourceFile& file, core::FileId id);

/// "SEC005, SEC007" -> {"SEC005", "SEC007"}.
std::vector<std::string> splitCodes(std::string_view list);
/// `code: SEC005`, `codes: [SEC005, SEC007]` or `id: SEC005` in a suppression entry.
std::vector<std::string> codesOf(const document::Node* entry);
/// The first of `keys` that holds a scalar, trimmed.
std::string reasonOf(const document::Node* entry, std::initializer_list<std::string_view> keys);
/// Another tool's suppressions of resource `id` (a list of its rule ids), mapped to our codes.
void addForeign(std::vector<model::Suppression>& out, const document::Node* list, const model::AnchorMap& map, const std::string& id,
                const std::string& origin, std::initializer_list<std::string_view> reasonKeys);

}  // namespace faaslint::formats
