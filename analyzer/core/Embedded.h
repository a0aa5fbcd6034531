#pragma once
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

/// Policy packs, catalogs and rule documentation compiled into the binary (see
/// cmake/Embed.cmake). Paths are relative to the source tree, e.g. "policies/packs/default.yaml".
namespace faaslint::embedded {
std::optional<std::string_view> find(std::string_view path);
std::vector<std::pair<std::string_view, std::string_view>> all();
}  // namespace faaslint::embedded
