#include "core/Text.h"

#include <fmt/format.h>

namespace faaslint::core {

std::size_t utf8Sequence(std::string_view s, std::size_t i) {
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = at(i);
  if (c < 0x80) return 1;
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xbf;  // the allowed range of the second byte
  if (c >= 0xc2 && c <= 0xdf) {
    len = 2;
  } else if (c >= 0xe0 && c <= 0xef) {
    len = 3;
    if (c == 0xe0) lo = 0xa0;  // overlong
    if (c == 0xed) hi = 0x9f;  // surrogates
  } else if (c >= 0xf0 && c <= 0xf4) {
    len = 4;
    if (c == 0xf0) lo = 0x90;  // overlong
    if (c == 0xf4) hi = 0x8f;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + len > s.size() || at(i + 1) < lo || at(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < len; ++k)
    if ((at(i + k) & 0xc0) != 0x80) return 0;
  return len;
}

std::string validUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = utf8Sequence(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = utf8Sequence(s, i);
    const auto c = static_cast<unsigned char>(s[i]);
    const bool control = (len == 1 && ((c < 0x20 && c != '\t') || c == 0x7f)) ||
                         (len == 2 && c == 0xc2 && static_cast<unsigned char>(s[i + 1]) < 0xa0);  // C1: U+0080..U+009F
    if (len == 0 || control) {
      for (std::size_t k = 0; k < std::max<std::size_t>(len, 1); ++k) out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[i + k]));
      i += std::max<std::size_t>(len, 1);
      continue;
    }
    out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

std::string_view nonUtf8Encoding(std::string_view s) {
  if (s.starts_with(std::string_view("\xFF\xFE\x00\x00", 4))) return "UTF-32LE";
  if (s.starts_with(std::string_view("\x00\x00\xFE\xFF", 4))) return "UTF-32BE";
  if (s.starts_with("\xFF\xFE")) return "UTF-16LE";
  if (s.starts_with("\xFE\xFF")) return "UTF-16BE";
  // Without a mark: ASCII text in UTF-16 has a NUL beside every character.
  if (s.size() >= 4 && s[0] != '\0' && s[1] == '\0' && s[2] != '\0' && s[3] == '\0') return "UTF-16LE";
  if (s.size() >= 4 && s[0] == '\0' && s[1] != '\0' && s[2] == '\0' && s[3] != '\0') return "UTF-16BE";
  return "";
}

}  // namespace faaslint::core
