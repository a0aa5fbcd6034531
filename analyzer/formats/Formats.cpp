#include "formats/Format.h"

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
