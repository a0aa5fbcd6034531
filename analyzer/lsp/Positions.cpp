#include "lsp/Positions.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/Text.h"

namespace faaslint::lsp {

Position toPosition(const core::SourceFile& file, std::uint32_t offset, Encoding encoding) {
  const std::uint32_t line = file.lineOf(offset);
  const std::uint32_t start = file.lineStart(line);
  const std::uint32_t end = std::min<std::uint32_t>(std::max(offset, start), static_cast<std::uint32_t>(file.text().size()));
  const std::string_view before = file.text().substr(start, end - start);
  return {line - 1, encoding == Encoding::Utf8 ? static_cast<std::uint32_t>(before.size()) : core::utf16Length(before)};
}

std::size_t offsetOf(std::string_view text, Position position, Encoding encoding) {
  std::size_t start = 0;
  for (std::uint32_t line = 0; line < position.line; ++line) {
    const std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return text.size();
    start = nl + 1;
  }
  std::size_t end = text.find('\n', start);
  if (end == std::string_view::npos) end = text.size();
  if (end > start && text[end - 1] == '\r') --end;  // the terminator is not part of the line
  std::size_t at = start;
  std::uint32_t units = 0;
  while (at < end && units < position.character) {
    const std::size_t length = std::max<std::size_t>(1, core::utf8Sequence(text.substr(0, end), at));
    const std::uint32_t width = encoding == Encoding::Utf8 ? static_cast<std::uint32_t>(length) : (length == 4 ? 2u : 1u);
    if (units + width > position.character) break;  // inside this character: its start
    units += width;
    at += length;
  }
  return at;
}

Position positionIn(std::string_view text, std::size_t offset, Encoding encoding) {
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const std::size_t nl = before.rfind('\n');
  const std::size_t start = nl == std::string_view::npos ? 0 : nl + 1;
  const auto line = static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n'));
  const std::string_view column = before.substr(start);
  return {line, encoding == Encoding::Utf8 ? static_cast<std::uint32_t>(column.size()) : core::utf16Length(column)};
}

namespace {

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<std::string> uriToPath(std::string_view uri) {
  constexpr std::string_view scheme = "file://";
  if (uri.size() < scheme.size()) return std::nullopt;
  for (std::size_t i = 0; i < scheme.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(uri[i])) != scheme[i]) return std::nullopt;
  std::string_view rest = uri.substr(scheme.size());
  // file://host/path: only the local host is a path here.
  const std::size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const std::string_view host = rest.substr(0, slash);
  if (!host.empty() && host != "localhost") return std::nullopt;
  rest = rest.substr(slash);
  if (const auto stop = rest.find_first_of("?#"); stop != std::string_view::npos) rest = rest.substr(0, stop);
  std::string out;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size() && hexValue(rest[i + 1]) >= 0 && hexValue(rest[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hexValue(rest[i + 1]) * 16 + hexValue(rest[i + 2])));
      i += 2;
    } else {
      out.push_back(rest[i]);
    }
  }
  if (out.find('\0') != std::string::npos) return std::nullopt;
  return out;
}

std::string pathToUri(std::string_view path) {
  std::string out = "file://";
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~')
      out.push_back(ch);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

}  // namespace faaslint::lsp
