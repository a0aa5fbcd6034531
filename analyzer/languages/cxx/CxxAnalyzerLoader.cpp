// Opens libfaaslint_clang.so on first use. Search order: next to the executable (the build
// tree), one level up (tests run from build/tests), and ../<libdir>/faaslint (an installed tree,
// wherever its prefix is).
#include <atomic>
#include <dlfcn.h>
#include <filesystem>
#include <mutex>

#include "languages/cxx/CxxAnalyzer.h"

namespace faaslint::languages {
namespace {

std::atomic<bool> loaded{false};

std::vector<std::filesystem::path> candidates() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::vector<std::filesystem::path> out;
  if (!ec) {
    auto dir = exe.parent_path();
    out.push_back(dir / "libfaaslint_clang.so");
    out.push_back(dir.parent_path() / "libfaaslint_clang.so");
    out.push_back(dir.parent_path() / FAASLINT_INSTALL_LIBDIR / "faaslint" / "libfaaslint_clang.so");  // installed
  }
#ifdef FAASLINT_PLUGIN_DIR
  out.push_back(std::filesystem::path(FAASLINT_PLUGIN_DIR) / "libfaaslint_clang.so");
#endif
  return out;
}

}  // namespace

CxxAnalyzer* cxxAnalyzer(std::string& error) {
  static std::once_flag once;
  static CxxAnalyzer* analyzer = nullptr;
  static std::string loadError;
  std::call_once(once, [] {
    std::string tried;
    for (const auto& path : candidates()) {
      std::error_code ec;
      if (!std::filesystem::exists(path, ec)) {
        tried += (tried.empty() ? "" : ", ") + path.string();
        continue;
      }
      void* lib = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (!lib) {
        loadError = std::string("cannot open the C/C++ analyzer: ") + dlerror();
        return;
      }
      auto create = reinterpret_cast<CxxAnalyzer* (*)()>(dlsym(lib, "faaslint_create_cxx_analyzer"));
      if (!create) {
        loadError = path.string() + " is not a faaslint C/C++ analyzer";
        return;
      }
      analyzer = create();  // lives until the process ends, like the library
      loaded = true;
      return;
    }
    loadError = "the C/C++ analyzer (libfaaslint_clang.so) is not installed; looked in " + tried;
  });
  if (!analyzer) error = loadError;
  return analyzer;
}

bool cxxAnalyzerLoaded() { return loaded; }

}  // namespace faaslint::languages
