#include "formats/Format.h"

#include <algorithm>

#include "AllFormats.h"  // generated from formats/Formats.def by cmake/Registries.cmake
#include "core/StaticInstance.h"

namespace faaslint::formats {

const std::vector<const ManifestFormat*>& allFormats() {
  static const std::vector<const ManifestFormat*> formats = {
#define FAASLINT_FORMAT(id, cls) core::staticInstance<cls>(),
#include "formats/Formats.def"
#undef FAASLINT_FORMAT
  };
  return formats;
}

bool manifestName(std::string_view fileName) {
  const auto& formats = allFormats();
  return std::any_of(formats.begin(), formats.end(), [&](const ManifestFormat* f) { return f->candidateName(fileName); });
}

const std::vector<std::string_view>& allOwnerNames() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (const auto* f : allFormats())
      for (auto n : f->ownerNames()) out.push_back(n);
    return out;
  }();
  return names;
}

const ManifestFormat* claimFile(std::string_view path, std::string_view text, Claim& claim) {
  const ManifestFormat* best = nullptr;
  claim = {};
  for (const auto* f : allFormats()) {
    Claim c = f->claim(path, text);
    if (c.strength > claim.strength) {
      claim = std::move(c);
      best = f;
    }
  }
  return best;
}

}  // namespace faaslint::formats
