#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/Located.h"
#include "model/SourceFacts.h"

/// The provider-neutral model every rule reads. No parser types appear here.
///
/// Shape: what every cloud has (name, runtime, handler, code folder, memory, timeout, plan,
/// environment, triggers with a neutral kind, exposure, identity, failure destination, tracing)
/// is a field of `Function`; what exists on AWS alone (function URLs, resource-based invoke
/// permissions, SAM build methods) is in `Function::aws`, and IAM roles are `Project::roles`.
/// Each provider's vocabulary and limits (what "tracing" or a customer-managed key is called, the
/// memory tiers, trigger caps) are data in its profile (policies/catalogs/providers/<id>.yaml),
/// not in this model, so a rule reads one field and asks the profile what it means.
namespace faaslint::model {

using core::Located;
using core::Range;

/// One IAM policy statement, with every action and resource located.
struct IamStatement {
  Located<std::string> effect;  ///< "Allow" / "Deny"; Allow when absent
  std::vector<Located<std::string>> actions;
  std::vector<Located<std::string>> resources;
  bool notAction = false;  ///< written as NotAction
  bool notResource = false;
  bool hasCondition = false;
  Range range;
  std::string path;  ///< logical path of the statement
  /// The AWS managed policy this statement comes from ("AmazonS3FullAccess"), read from the
  /// catalog; its values are located where the policy is attached. Empty when written here.
  std::string managedPolicy;
  bool allows() const { return !effect.known() || effect.value != "Deny"; }
};

/// A managed policy attached to a role or function (name or ARN as written).
struct ManagedPolicy {
  Located<std::string> name;  ///< normalized to the policy name when an ARN is given
  /// A customer managed policy of this template (AWS::IAM::ManagedPolicy): its statements are
  /// already in the role's statements.
  bool customer = false;
  /// Set when its permissions were read (the catalog knows the AWS managed policy, or it is a
  /// customer policy of this template); otherwise rules cannot say what the role grants.
  bool read = false;
};

/// An execution role: a template resource, or the role SAM generates for one function.
struct Role {
  std::string id;  ///< logical id, or "<function>Role" when generated
  bool generated = false;
  Range range;
  std::string path;
  std::vector<IamStatement> statements;
  std::vector<ManagedPolicy> managedPolicies;
  std::vector<Located<std::string>> policyTemplates;  ///< SAM policy templates by name
  /// Defined outside the project (a role ARN written as a literal): its permissions are unknown.
  bool external = false;
};

/// The kind of an event source. AWS services have their own kinds (their limits differ); other
/// providers' triggers use the neutral kinds (Http, Queue, Storage, Topic, Stream), and each
/// profile says how a kind invokes the function and how long a synchronous caller waits.
enum class TriggerKind {
  Http,
  Queue,
  Storage,
  Topic,
  Stream,
  RestApi,
  HttpApi,
  FunctionUrl,
  Alb,
  AppSync,
  Sqs,
  S3,
  Sns,
  Schedule,
  EventBridge,
  DynamoDbStream,
  KinesisStream,
  Kafka,
  CloudWatchLogs,
  IoT,
  Cognito,
  Mq,  ///< Amazon MQ (ActiveMQ, RabbitMQ): polled
  DocumentDb,  ///< DocumentDB change streams: polled
  WebSocket,  ///< API Gateway WebSocket routes: synchronous
  AlexaSkill,  ///< Alexa skills and smart home: synchronous
  Other
};
const char* triggerKindName(TriggerKind k);
/// The kind's id in provider profiles ("rest-api", "sqs", "http", ...).
const char* triggerKindId(TriggerKind k);
/// True for triggers that are HTTP requests (an API route, an HTTP trigger).
bool isHttp(TriggerKind k);

/// How the caller invokes the function.
enum class Invocation { Synchronous, Asynchronous, Poll, Unknown };

/// An event source of a function.
struct Trigger {
  TriggerKind kind = TriggerKind::Other;
  std::string name;  ///< event name or resource id
  Range range;  ///< the event definition
  std::string path;
  /// HTTP triggers: how callers authenticate, as written in the provider's vocabulary (AWS: the
  /// authorizer, "NONE", "AWS_IAM" or a name; Azure: the authLevel), and where it came from (the
  /// event or the API's default). Unknown when the manifest does not say.
  Located<std::string> authorizer;
  /// HTTP triggers: the method, upper case ("GET", "OPTIONS", "ANY"); empty when not written.
  std::string method;
  /// REST API triggers: an API key is required (identifies callers; does not authenticate them).
  Located<bool> apiKeyRequired;
  /// API triggers whose caller does not wait for the whole run, and why: the integration streams
  /// the response (REST API ResponseTransferMode STREAM: up to 15 minutes), or invokes the
  /// function asynchronously (X-Amz-Invocation-Type 'Event', serverless.yml `async: true`).
  std::string callerDoesNotWait;
  /// API triggers: the integration timeout set on the event (TimeoutInMillis), if any.
  Located<std::int64_t> integrationTimeoutMs;
  /// Queue triggers: the queue's visibility timeout in seconds (default when not set).
  Located<std::int64_t> visibilityTimeoutS;
  /// The resource that fires the trigger (queue, bucket, topic, table, stream): its logical id when
  /// it is a resource of this manifest (an SQS trigger's queue only when its visibility timeout
  /// was read), and its name when the manifest writes one (`s3: photos`, a BucketName property,
  /// the last part of an ARN).
  std::string sourceId;
  std::string sourceName;
  /// S3: only keys matching a prefix or suffix filter fire it.
  bool sourceFiltered = false;
  /// CORS origins allowed by the API serving this trigger.
  std::vector<Located<std::string>> corsOrigins;
};

/// A function URL (AWS) and its CORS.
struct FunctionUrl {
  Located<std::string> authType;  ///< "NONE" or "AWS_IAM"
  std::vector<Located<std::string>> corsOrigins;
  Range range;
  std::string path;
};

/// A resource-based permission to invoke the function.
struct InvokePermission {
  Located<std::string> principal;
  Located<std::string> action;
  bool hasSourceArn = false;
  bool hasSourceAccount = false;
  bool hasPrincipalOrgId = false;
  Located<std::string> functionUrlAuthType;
  Range range;
  std::string path;
};

/// One environment variable.
struct EnvVar {
  Located<std::string> key;
  Located<std::string> value;
  /// The logical id of the manifest resource the value references (`!Ref Bucket`,
  /// `!GetAtt Queue.QueueName`, `{Ref: Topic}`); "" when it references none.
  std::string refersTo;
};

/// What only AWS Lambda functions have.
struct AwsFunction {
  Located<std::string> buildMethod;  ///< SAM Metadata.BuildMethod ("makefile", "cmake", ...)
  std::optional<FunctionUrl> url;
  std::vector<InvokePermission> permissions;
};

/// A function in any provider's manifest.
struct Function {
  std::string name;  ///< logical id / function key
  std::string provider = "aws";  ///< profile id: "aws", "azure", "gcp", "knative", "openfaas", or as written
  /// The provider's plan or generation that sets the limits ("managed-instances" on AWS,
  /// "consumption"/"premium" on Azure, "gen1"/"gen2" on Google); empty: the profile's default.
  std::string plan;
  Range range;  ///< the function's name (resource key)
  std::string path;  ///< "Resources.Fn"
  bool generatedByFramework = false;  ///< e.g. CDK custom resources

  Located<std::string> runtime;
  Located<std::string> handler;
  Located<std::string> codeDir;  ///< the code's folder as written (SAM CodeUri), relative to the manifest
  Located<std::string> packageType;  ///< "Zip" / "Image"
  Located<std::int64_t> memoryMb;
  Located<std::int64_t> timeoutS;
  Located<std::int64_t> ephemeralStorageMb;
  Located<std::string> architecture;

  std::vector<EnvVar> environment;
  Range environmentRange;  ///< the Variables map (or Environment)
  std::string environmentPath;
  bool environmentUnknown = false;  ///< the variables map is an intrinsic
  Located<std::string> encryptionKey;  ///< the customer-managed key of the environment (AWS KmsKeyArn)

  /// Execution role: index into Project::roles, or unknown (ARN literal, parameter).
  std::optional<std::size_t> role;
  Located<std::string> roleRef;  ///< the Role property as written

  std::vector<Trigger> triggers;
  AwsFunction aws;

  Located<std::string> deadLetterTarget;
  Located<std::string> onFailureDestination;
  Located<std::string> tracing;  ///< "Active" / "PassThrough"
  Located<std::int64_t> logRetentionDays;
  Located<std::int64_t> reservedConcurrency;
  bool inVpc = false;
  /// Where network file systems are mounted in the function (AWS FileSystemConfigs
  /// LocalMountPath, Serverless fileSystemConfig.localMountPath: EFS), as written.
  std::vector<Located<std::string>> networkMounts;
  std::vector<std::pair<std::string, std::string>> tags;

  /// Facts from the handler's source files, filled by the source analyzers and linked by code
  /// location (shared: one file can serve several functions).
  std::vector<std::shared_ptr<const SourceFacts>> sourceFacts;
  /// The handler the manifest names, found in those files (Python `app.lambda_handler`, Node.js
  /// `src/index.handler`): the entry of the code's handler path, with its event parameter.
  std::vector<HandlerFact> codeHandlers;
  /// Those files seen together (call graph, handler path), built once per scan by buildPrograms.
  std::shared_ptr<const SourceProgram> program;
};

/// Everything loaded from one manifest (a template, a serverless.yml, ...).
/// A template parameter (CloudFormation `Parameters`), for the rules that judge its default.
struct Parameter {
  Located<std::string> name;
  Located<std::string> defaultValue;  ///< absent when it has no default
  bool noEcho = false;
};

struct Project {
  core::FileId manifest = core::kNoFile;
  std::string dialect;  ///< "cloudformation", "sam", "serverless"; "source" for code analysed alone
  /// The provider the manifest deploys to (its profile id or the name as written, located where
  /// the manifest says it); empty for source files analysed alone.
  Located<std::string> provider;
  std::vector<Function> functions;
  std::vector<Role> roles;
  std::vector<Parameter> parameters;
  /// Source files analysed on their own (no manifest owns them); dialect "source".
  std::vector<std::shared_ptr<const SourceFacts>> sources;
  std::vector<std::shared_ptr<const SourceProgram>> sourcePrograms;  ///< one per source, by buildPrograms
};

/// Builds each function's SourceProgram (its source files and the handlers its manifest names)
/// and one per source analysed alone, so that the rules share them instead of each working out
/// the handler paths again.
void buildPrograms(Project& p);

}  // namespace faaslint::model
