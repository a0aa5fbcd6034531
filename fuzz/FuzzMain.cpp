// The libFuzzer entry point of one target, chosen when the binary is built
// (FAASLINT_FUZZ_TARGET, one binary per target: fuzz/CMakeLists.txt).
#include <cstdio>
#include <cstdlib>

#include "fuzz/Targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const faaslint::fuzz::Target* target = [] {
    const auto* t = faaslint::fuzz::findTarget(FAASLINT_FUZZ_TARGET);
    if (!t) {
      std::fprintf(stderr, "no fuzz target named %s\n", FAASLINT_FUZZ_TARGET);
      std::abort();
    }
    return t;
  }();
  return target->run(data, size);
}
