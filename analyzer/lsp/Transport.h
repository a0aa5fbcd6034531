#pragma once
#include <cstddef>
#include <functional>
#include <istream>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace faaslint::lsp {

/// One framed message read from the client, or why there is none.
struct Incoming {
  enum class Kind {
    Message,  ///< `body` holds the JSON text (not parsed yet: a malformed body is answered, not fatal)
    End,  ///< the client closed the stream
    Broken,  ///< the framing itself is unreadable (no or bad Content-Length): nothing after it can be trusted
  };
  Kind kind = Kind::End;
  std::string body;
  std::string error;  ///< for Broken: what was wrong
};

/// JSON-RPC 2.0 over the Language Server Protocol's base protocol: messages framed by
/// `Content-Length: N\r\n\r\n` headers. Reads from one stream on one thread; writes whole messages
/// from any thread (each message is written at once, under a lock).
class Transport {
 public:
  /// Where written messages go (the whole framed message in one call); false: the client is gone.
  using Sink = std::function<bool(std::string_view framed)>;
  /// A body larger than this is refused (the framing is then Broken): a client never sends one.
  static constexpr std::size_t kMaxBodyBytes = 256u << 20;

  Transport(std::istream& in, Sink out) : in_(in), out_(std::move(out)) {}

  /// Blocks for the next message.
  Incoming read();
  /// Frames and writes one message; false when the client can no longer be written to.
  bool write(const nlohmann::json& message);

 private:
  std::istream& in_;
  Sink out_;
  std::mutex writeMutex_;
};

/// The framed form of one message: headers, blank line, body.
std::string frame(std::string_view body);

}  // namespace faaslint::lsp
