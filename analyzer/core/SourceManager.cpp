#include "core/SourceManager.h"

#include <algorithm>

#include "core/Text.h"

namespace faaslint::core {

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
  // Editors show no column for a UTF-8 byte-order mark, and the parsers skip it: dropped here,
  // the one place every file passes, so offsets and columns agree for every reader.
  if (text_.starts_with(kUtf8Bom)) text_.erase(0, kUtf8Bom.size());
  lineStarts_.push_back(0);
  for (std::uint32_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') lineStarts_.push_back(i + 1);
  }
}

std::uint32_t SourceFile::lineOf(std::uint32_t offset) const {
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  return static_cast<std::uint32_t>(it - lineStarts_.begin());
}

std::uint32_t SourceFile::lineStart(std::uint32_t line) const {
  if (line == 0 || line > lineStarts_.size()) return static_cast<std::uint32_t>(text_.size());
  return lineStarts_[line - 1];
}

std::string_view SourceFile::lineText(std::uint32_t line) const {
  if (line == 0 || line > lineStarts_.size()) return {};
  std::uint32_t b = lineStarts_[line - 1];
  std::uint32_t e = line < lineStarts_.size() ? lineStarts_[line] : static_cast<std::uint32_t>(text_.size());
  std::string_view s(text_.data() + b, e - b);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

Position SourceFile::position(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  std::uint32_t line = lineOf(offset);
  std::uint32_t start = lineStarts_[line - 1];
  return {line, 1 + utf16Length(std::string_view(text_.data() + start, offset - start))};
}

std::uint32_t utf16Length(std::string_view s) {
  std::uint32_t units = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = utf8Sequence(s, i);
    units += len == 4 ? 2 : 1;  // a byte that is not UTF-8 counts as one unit, as U+FFFD would
    i += len == 0 ? 1 : len;
  }
  return units;
}

FileId SourceManager::add(std::string path, std::string text) {
  files_.emplace_back(std::move(path), std::move(text));
  return static_cast<FileId>(files_.size() - 1);
}

}  // namespace faaslint::core
