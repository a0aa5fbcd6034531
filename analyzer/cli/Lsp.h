#pragma once

namespace faaslint::cli {

/// `faaslint lsp`: serves the Language Server Protocol on standard input and output until the
/// client says `exit` or goes away; returns the exit code.
int runLsp();

}  // namespace faaslint::cli
