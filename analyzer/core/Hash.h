#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace faaslint::core {
/// 64-bit xxHash3 of bytes, as 16 lowercase hex digits (stable across runs and machines).
std::string hashHex(std::string_view bytes);
}  // namespace faaslint::core
