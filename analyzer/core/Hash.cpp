#include "core/Hash.h"

#include <fmt/format.h>
#include <xxhash.h>

namespace faaslint::core {
std::string hashHex(std::string_view bytes) {
  return fmt::format("{:016x}", static_cast<std::uint64_t>(XXH3_64bits(bytes.data(), bytes.size())));
}
}  // namespace faaslint::core
