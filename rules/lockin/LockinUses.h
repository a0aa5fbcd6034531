#pragma once
#include <string>
#include <vector>

#include "model/Model.h"
#include "policy/Catalogs.h"

/// What binds a file's code to one provider, found once for the rules that report it: LCK001
/// (SDK imports), LCK002 (provider-only services), LCK003 (provider event shapes) and LCK004
/// (runtime APIs) each report their kind; LCK005 sums them per function.
namespace faaslint::rules::lockin {

/// One thing the code depends on, at its first use in the file.
struct Use {
  std::string vendor, what, alternative;
  std::string name;  ///< as the code has it: the import, the first operation, the expression read
  core::Range at;
  std::size_t count = 1;  ///< imports of one SDK, operations of one service, reads of one event shape
  std::string function;  ///< event shapes: the function that reads the event
};

/// Provider SDKs the file imports or includes, one per SDK (the most specific catalog entry
/// decides: runtime headers are LCK004's).
std::vector<Use> sdkImports(const model::SourceFacts& facts, const policy::LanguageCatalog& catalog);
/// Services only one provider offers that the file calls, one per service, with the number of
/// its operations the file uses.
std::vector<Use> serviceCalls(const model::SourceFacts& facts, const policy::LanguageCatalog& catalog);
/// APIs of one platform's runtime the file is written against, one per catalog entry.
std::vector<Use> runtimeApis(const model::SourceFacts& facts, const policy::LanguageCatalog& catalog);
/// Provider-specific event fields the file reads from a handler's event (or from a helper's
/// parameter the event is passed into), one per shape and reading function, from the profiles'
/// event shapes.
std::vector<Use> eventShapes(const model::SourceFacts& facts, const model::SourceProgram& program,
                             const std::vector<const providers::Profile*>& profiles);

/// The profiles whose event shapes apply to code the function runs: its provider's, or every
/// profile for code analysed without a manifest.
std::vector<const providers::Profile*> shapeProfiles(const policy::Catalogs& catalogs, const providers::Profile* owner, bool hasOwner);

}  // namespace faaslint::rules::lockin
