#include "lsp/Transport.h"

#include <charconv>
#include <fmt/format.h>

namespace faaslint::lsp {
namespace {

/// Header names are case-insensitive (the base protocol follows HTTP).
bool sameName(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string frame(std::string_view body) { return fmt::format("Content-Length: {}\r\n\r\n{}", body.size(), body); }

Incoming Transport::read() {
  Incoming out;
  std::optional<std::size_t> length;
  std::string line;
  bool any = false;
  // Headers up to an empty line. A header line longer than this is not a header.
  constexpr std::size_t kMaxHeaderLine = 4096;
  for (;;) {
    line.clear();
    int c;
    while ((c = in_.get()) != std::char_traits<char>::eof() && c != '\n') {
      if (line.size() >= kMaxHeaderLine) {
        out.kind = Incoming::Kind::Broken;
        out.error = "a header line is longer than 4096 bytes";
        return out;
      }
      line.push_back(static_cast<char>(c));
    }
    if (c == std::char_traits<char>::eof()) {
      out.kind = any ? Incoming::Kind::Broken : Incoming::Kind::End;
      if (any) out.error = "the stream ended inside a message's headers";
      return out;
    }
    const std::string_view header = trim(line);
    if (header.empty()) {
      if (!any) continue;  // blank lines between messages are tolerated
      break;
    }
    any = true;
    const auto colon = header.find(':');
    if (colon == std::string_view::npos) {
      out.kind = Incoming::Kind::Broken;
      out.error = fmt::format("'{}' is not a header (name: value)", header.substr(0, 80));
      return out;
    }
    if (!sameName(trim(header.substr(0, colon)), "Content-Length")) continue;  // Content-Type and others
    const std::string_view value = trim(header.substr(colon + 1));
    std::size_t n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size()) {
      out.kind = Incoming::Kind::Broken;
      out.error = fmt::format("Content-Length '{}' is not a number", value.substr(0, 40));
      return out;
    }
    length = n;
  }
  if (!length) {
    out.kind = Incoming::Kind::Broken;
    out.error = "a message has no Content-Length header";
    return out;
  }
  if (*length > kMaxBodyBytes) {
    out.kind = Incoming::Kind::Broken;
    out.error = fmt::format("a message of {} bytes is larger than the {} byte limit", *length, kMaxBodyBytes);
    return out;
  }
  out.body.resize(*length);
  in_.read(out.body.data(), static_cast<std::streamsize>(*length));
  if (static_cast<std::size_t>(in_.gcount()) != *length) {
    out.kind = Incoming::Kind::Broken;
    out.error = fmt::format("the stream ended after {} of a message's {} bytes", in_.gcount(), *length);
    out.body.clear();
    return out;
  }
  out.kind = Incoming::Kind::Message;
  return out;
}

bool Transport::write(const nlohmann::json& message) {
  // Text from files may hold invalid UTF-8: replaced, never a throw in the middle of a reply.
  const std::string framed = frame(message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  std::lock_guard lock(writeMutex_);
  return out_(framed);
}

}  // namespace faaslint::lsp
