#pragma once
#include <nlohmann/json_fwd.hpp>
#include <optional>

#include "model/SourceFacts.h"

namespace faaslint::languages {

/// Source facts as JSON, one shape for the result cache and for the analysis worker's replies.
/// Ranges carry offsets only; the file they belong to is given back when reading.
nlohmann::json factsToJson(const model::SourceFacts& facts);

/// Null when `j` is not facts in this shape (a damaged cache entry or a bad reply).
std::optional<model::SourceFacts> factsFromJson(const nlohmann::json& j, core::FileId file);

}  // namespace faaslint::languages
