#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/SourceManager.h"

/// Positions and document names as the Language Server Protocol counts them.
namespace faaslint::lsp {

/// What a position's `character` counts: UTF-16 code units (the protocol's default) or bytes of
/// UTF-8, when the client offers it (`general.positionEncodings`).
enum class Encoding { Utf16, Utf8 };

/// A 0-based line and character.
struct Position {
  std::uint32_t line = 0;
  std::uint32_t character = 0;
  friend bool operator==(const Position& a, const Position& b) { return a.line == b.line && a.character == b.character; }
  friend bool operator<(const Position& a, const Position& b) { return a.line < b.line || (a.line == b.line && a.character < b.character); }
};

/// The protocol position of a byte offset in a loaded file.
Position toPosition(const core::SourceFile& file, std::uint32_t offset, Encoding encoding);

/// The byte offset of a protocol position in a text. A character past the end of its line means
/// the end of that line, a line past the end of the text the end of the text (as the protocol
/// says); a position inside a UTF-8 sequence or between two UTF-16 units of one character moves to
/// the start of the character.
std::size_t offsetOf(std::string_view text, Position position, Encoding encoding);

/// The protocol position of a byte offset in a text that is not loaded as a SourceFile (an
/// open document's buffer); offsets past the end mean the end. The inverse of offsetOf.
Position positionIn(std::string_view text, std::size_t offset, Encoding encoding);

/// The path a `file:` URI names (percent-decoded); nullopt for other schemes.
std::optional<std::string> uriToPath(std::string_view uri);
/// The `file:` URI of an absolute path, percent-encoding what a URI path may not hold.
std::string pathToUri(std::string_view path);

}  // namespace faaslint::lsp
