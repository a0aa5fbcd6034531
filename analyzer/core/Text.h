#pragma once
#include <cstddef>
#include <string>
#include <string_view>

/// Bytes from a scanned repository as text: what is valid UTF-8, and how to show anything else.
/// A report must be valid in its own format whatever bytes a file holds (a stranger's pull request
/// may hold any), and the terminal must never receive a control sequence from a file.
namespace faaslint::core {

/// The length of the well-formed UTF-8 sequence starting at `s[i]` (1 to 4), or 0 when the bytes
/// there are not one (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
std::size_t utf8Sequence(std::string_view s, std::size_t i);

/// `s` with each byte that is not part of well-formed UTF-8 replaced by U+FFFD.
std::string validUtf8(std::string_view s);

/// `s` for a terminal or a log: control characters (C0 but tab, DEL, C1) and bytes that are not
/// UTF-8 written as visible escapes (`\x1b`, `\xff`), so a name in a manifest cannot move the
/// cursor, set colours or rewrite the screen.
std::string printable(std::string_view s);

/// The byte-order mark a file starts with and that faaslint cannot read ("UTF-16LE", "UTF-16BE",
/// "UTF-32LE", "UTF-32BE"), or "" (UTF-8, with or without its own mark).
std::string_view nonUtf8Encoding(std::string_view s);

/// The UTF-8 byte-order mark, which SourceFile drops so that no column counts it.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace faaslint::core
