#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Clock.h"
#include "model/Model.h"

/// Provider profiles: what a cloud allows and how it names things, loaded from
/// policies/catalogs/providers/<id>.yaml. Rules ask the profile of a function's provider
/// (RuleContext::provider) instead of assuming AWS; a provider without a profile gets only the
/// provider-neutral rules.
namespace faaslint::providers {

/// A closed or half-open range of a setting; `max` absent: no upper bound.
struct Bounds {
  std::int64_t min = 0;
  std::optional<std::int64_t> max;
  std::optional<std::int64_t> defaultValue;
  bool contains(std::int64_t v) const { return v >= min && (!max || v <= *max); }
};

/// One plan or generation, which sets the memory and timeout limits.
struct Plan {
  std::string id;  ///< "standard", "consumption", "gen1"
  std::string name;  ///< for messages: "AWS Lambda", "Google Cloud Functions (1st gen)"
  std::optional<Bounds> memoryMb;
  std::vector<std::int64_t> memoryTiersMb;  ///< the only sizes allowed, when the platform has tiers
  std::optional<Bounds> timeoutS;
  std::optional<std::int64_t> eventTimeoutMaxS;  ///< a lower cap for functions without an HTTP trigger
  std::string timeoutNote;  ///< added after the timeout range in messages ("(longer needs Lambda Managed Instances)")
};

/// How one kind of trigger invokes functions on this provider.
struct TriggerProfile {
  model::Invocation invocation = model::Invocation::Unknown;
  std::optional<std::int64_t> callerTimeoutS;  ///< a synchronous caller gives up after this long
  std::string limit;  ///< what that cap is called ("the REST API integration limit")
};

/// A runtime's lifecycle (the provider's published dates).
struct RuntimeLifecycle {
  std::string name;
  std::optional<core::Date> deprecated;
  std::optional<core::Date> blockCreate;
  std::optional<core::Date> blockUpdate;
  std::string successor;
};

/// A field only this provider's events have (LCK003): a handler reading it is written against the
/// provider's event shape. `field` is a path from the event ("Records[].s3": an element's field).
struct EventShape {
  std::string field;
  std::string what;  ///< "an S3 event notification"
  std::string alternative;
};

/// An SDK operation that sends to something that can trigger a function (DUR007): the argument
/// that names the target, and the trigger kinds a write there fires ("self": the function itself).
struct SourceWrite {
  std::vector<std::string> operations;  ///< "aws.s3.PutObject"; `*` wildcards allowed
  std::vector<std::string> arguments;  ///< named arguments that name the target ("Bucket")
  std::optional<std::size_t> position;  ///< or the positional argument (boto3 upload_file(file, bucket, key))
  std::vector<std::string> triggers;  ///< model::triggerKindId values, or "self"
  /// Fields of the event that name the trigger's own source ("Records[].s3.bucket.name"): a target
  /// taken from one of them is the resource whose event is being handled.
  std::vector<std::string> eventFields;
};

/// What one plan costs per use, in the price list's currency: the on-demand rate of the first
/// usage tier (the one a single invocation is billed at), without free grants.
struct PlanPrice {
  std::map<std::string, double, std::less<>> gbSecond;  ///< per GB-second of configured memory, by architecture ("x86_64")
  double request = 0;  ///< per invocation
};

/// A provider's list prices for one region, with where and when they were read: the cost rules
/// price nothing without a source and a date.
struct Prices {
  std::string currency;  ///< "USD"
  std::string region;  ///< "us-east-1"
  std::string source;  ///< the pricing page, and how it was read
  core::Date read;
  std::map<std::string, PlanPrice, std::less<>> plans;  ///< by plan id; a plan without a price is not priced

  /// The price of a function's plan, or null when the plan has none (Lambda Managed Instances).
  const PlanPrice* plan(std::string_view id) const;
};

/// Everything faaslint knows about one provider.
struct Profile {
  std::string id;  ///< "aws"
  std::string name;  ///< "AWS Lambda"
  std::string vendor;  ///< who runs it, for messages: "AWS", "Microsoft", "Google"
  std::string asOf;
  std::vector<Plan> plans;  ///< the first is the default
  std::optional<Bounds> ephemeralStorageMb;  ///< absent: the provider has no such setting
  std::optional<std::int64_t> environmentMaxBytes;
  std::vector<std::string> reservedEnvironmentNames;
  std::optional<std::int64_t> queueVisibilityDefaultS;
  std::map<std::string, TriggerProfile, std::less<>> triggers;  ///< by model::triggerKindId
  std::vector<std::string> openHttpAuth;  ///< authorizer values that accept anyone
  std::string httpAuthSetting;  ///< what the setting is called ("authorizer", "authLevel")
  std::string httpAuthAdvice;  ///< how to close it, in the provider's words ("" for the rule's own)
  bool failureDestinations = false;  ///< dead-letter queues / on-failure destinations exist
  std::string tracing;  ///< what active tracing is called; "" when functions have no such setting
  std::string customerManagedKey;  ///< the setting for a customer-managed key; "" when none
  std::string openHttpPhrase;  ///< how an open HTTP trigger is described, with {value}: "has no authorizer ({value})"
  std::vector<std::string> nativeRuntimePrefixes, nativeBuildMethods;
  /// Runtime name prefix -> the language that reads its handlers ("python" -> python, "nodejs" -> javascript).
  std::vector<std::pair<std::string, std::string>> runtimeLanguages;
  std::vector<RuntimeLifecycle> runtimes;
  std::vector<EventShape> eventShapes;
  std::vector<SourceWrite> sourceWrites;
  /// Environment variables the runtime sets to the function's own name ("AWS_LAMBDA_FUNCTION_NAME").
  std::vector<std::string> ownNameVariables;
  std::string runtimesAsOf;  ///< when the runtime dates were read (defaults to asOf)
  std::optional<Prices> prices;  ///< absent: faaslint cannot price this provider's functions

  /// The plan with this id, or the default plan.
  const Plan& plan(std::string_view id) const;
  const Plan& plan(const model::Function& f) const { return plan(f.plan); }
  /// The trigger kind's profile, or null when the provider says nothing about it.
  const TriggerProfile* trigger(model::TriggerKind k) const;
  model::Invocation invocation(model::TriggerKind k) const;
  const RuntimeLifecycle* runtime(std::string_view name) const;
  /// True when the function runs native code the C/C++ analyzer reads (a custom runtime or a
  /// native build).
  bool runsNativeCode(const model::Function& f) const;
  /// The language id whose analyzer reads the function's handler, from its runtime ("" when unknown).
  std::string handlerLanguage(const model::Function& f) const;
};

/// Reads one profile from its YAML text; problems go to `errors` ("file: what").
std::optional<Profile> parseProfile(const std::string& file, std::string_view text, std::vector<std::string>& errors);

}  // namespace faaslint::providers
