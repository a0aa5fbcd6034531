#pragma once
#include <optional>
#include <string>

#include "core/SourceManager.h"

namespace faaslint::core {

/// Whether a manifest value is absent, a literal we know, or something only known at deploy
/// time (an intrinsic function, a reference, an unresolved variable).
enum class ValueState { Absent, Known, Unknown };

/// A second place that explains a value: the Globals default it was inherited from, the
/// parameter default that resolved a !Ref.
struct Origin {
  Range range;
  std::string what;  ///< e.g. "inherited from Globals.Function.MemorySize"
};

/// A value together with where it was written (range and logical path such as
/// `Resources.Api.Properties.Timeout`) and, when it came from elsewhere, that origin.
template <class T> struct Located {
  ValueState state = ValueState::Absent;
  T value{};
  Range range;
  std::string path;
  std::optional<Origin> origin;
  /// Text of an unknown value as written (e.g. "!Ref MemoryParam"), for messages.
  std::string unresolved;

  bool known() const { return state == ValueState::Known; }
  bool absent() const { return state == ValueState::Absent; }
  bool present() const { return state != ValueState::Absent; }
};

}  // namespace faaslint::core
