#pragma once
#include <string>
#include <vector>

#include "core/SourceManager.h"

namespace faaslint::model {

/// Language-neutral facts from one handler source file. The source analyzers (C/C++ through
/// Clang, others through tree-sitter) fill this; rules read it for every language alike.
/// Only the slot exists for now: no analyzer is built yet.
struct SourceFacts {
  core::FileId file = core::kNoFile;
  std::string language;
  std::string handler;  ///< the handler function these facts concern
};

}  // namespace faaslint::model
