#include "core/SourceManager.h"

#include <algorithm>

namespace faaslint::core {

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
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
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
    bool ok = len != 0 && i + len <= s.size();
    for (std::size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xc0) == 0x80;
    if (!ok) {
      ++units;
      ++i;
      continue;
    }
    units += len == 4 ? 2 : 1;
    i += len;
  }
  return units;
}

FileId SourceManager::add(std::string path, std::string text) {
  files_.emplace_back(std::move(path), std::move(text));
  return static_cast<FileId>(files_.size() - 1);
}

}  // namespace faaslint::core
