#pragma once

namespace faaslint::core {

/// The one immutable instance of a stateless registry entry (a format, a language), built on
/// first use; the registries list these pointers.
template <class T> const T* staticInstance() {
  static const T instance;
  return &instance;
}

}  // namespace faaslint::core
