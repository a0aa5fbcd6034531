#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace faaslint::core {

using FileId = std::uint32_t;
inline constexpr FileId kNoFile = 0xffffffffu;

/// A half-open byte range [begin, end) in one file of the SourceManager.
struct Range {
  FileId file = kNoFile;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool valid() const { return file != kNoFile; }
  friend bool operator==(const Range&, const Range&) = default;
};

/// A 1-based line and a 1-based column counted in UTF-16 code units (what SARIF and LSP use).
struct Position {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
};

/// One loaded file: its display path (relative to the scan root), bytes and line table. A UTF-8
/// byte-order mark is not part of the text (offsets and columns start after it).
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);
  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  /// Position of a byte offset; offsets past the end clamp to the end of the file.
  Position position(std::uint32_t offset) const;
  /// 1-based line number of a byte offset.
  std::uint32_t lineOf(std::uint32_t offset) const;
  /// Text of a 1-based line without its line terminator.
  std::string_view lineText(std::uint32_t line) const;
  std::uint32_t lineStart(std::uint32_t line) const;
  std::uint32_t lineCount() const { return static_cast<std::uint32_t>(lineStarts_.size()); }

 private:
  std::string path_;
  std::string text_;
  std::vector<std::uint32_t> lineStarts_;
};

/// Owns every file read during a run and maps byte offsets to positions.
/// Files are never removed, so references returned by file() stay valid.
class SourceManager {
 public:
  FileId add(std::string path, std::string text);
  const SourceFile& file(FileId id) const { return files_.at(id); }
  std::size_t size() const { return files_.size(); }
  Position begin(const Range& r) const { return file(r.file).position(r.begin); }
  Position end(const Range& r) const { return file(r.file).position(r.end); }

 private:
  std::deque<SourceFile> files_;
};

/// Number of UTF-16 code units in a UTF-8 byte string; invalid bytes count as one unit each.
std::uint32_t utf16Length(std::string_view utf8);

}  // namespace faaslint::core
