#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/Clock.h"
#include "iam/AwsIam.h"
#include "providers/Profile.h"

namespace faaslint::policy {

/// Serverless Framework defaults (policies/catalogs/serverless-framework.yaml).
struct ServerlessDefaults {
  std::int64_t memoryMb = 0, timeoutS = 0;
};

/// An API that binds code to one provider (policies/catalogs/languages/<id>.yaml). An entry
/// with an empty `what` only shields a more specific path from a broader entry.
struct LockinEntry {
  std::string match;  ///< include path prefix, or a qualified call name
  std::string vendor, what, alternative;
};

/// A call that switches TLS verification off: through an option argument
/// (curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L)), a named argument (requests.get(url,
/// verify=False), { rejectUnauthorized: false }), an argument's value
/// (process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'), or by being called at all
/// (ssl._create_unverified_context()). `call` may hold `*` wildcards.
struct TlsSwitch {
  std::string call;
  std::optional<std::size_t> optionArg, valueArg;
  std::string keyword;  ///< the named argument whose value switches it off
  std::vector<std::string> options, offValues;
  std::string advice;
};

/// Calls that start a shell only when a named argument says so (subprocess.run(cmd, shell=True),
/// spawn(cmd, { shell: true })).
struct ShellSwitch {
  std::vector<std::string> calls;
  std::string keyword;
  std::vector<std::string> onValues;
};

/// Calls that read the whole of an argument into memory when the argument is one of `of`: an
/// object body handed to a parser (pandas.read_csv(obj['Body'])), unless one of the named
/// arguments `unless` is given (chunksize=). `calls` and `of` may hold `*` wildcards.
struct WholeReader {
  std::vector<std::string> calls, of, unless;
  std::string advice;  ///< how to read it in parts instead
};

/// Calls that run an argument as code (eval, new Function, vm.runInNewContext) or rebuild objects
/// that can run code from it (pickle.loads, node-serialize's unserialize), for SEC013. `codeArgs`:
/// the positions that are code (empty: every positional argument). A call is safe when a `safe`
/// argument (by `safeKeyword`, or at position `safePosition`) names one of `safeValues`
/// (yaml.load(..., Loader=yaml.SafeLoader)).
struct CodeSink {
  std::vector<std::string> calls;
  std::vector<std::size_t> codeArgs;
  bool deserializer = false;
  std::string safeKeyword;
  std::optional<std::size_t> safePosition;
  std::vector<std::string> safeValues;
  std::string advice;
};

/// Calls, and the argument of theirs a rule reads: the named argument `keyword` when the call has
/// it, else the positional argument `position` (a catalog's query-arg/query-keyword,
/// path-arg/path-keyword, url-arg).
struct CallArgument {
  std::vector<std::string> calls;
  std::size_t position = 0;
  std::string keyword;
};

/// HTTP downloads that hold the whole response body in memory unless a named argument asks to
/// stream it (requests.get(url) without stream=True; axios without responseType: 'stream'), for
/// MEM004; the URL is the CallArgument (keyword `url`).
struct EagerDownload : CallArgument {
  std::string streamKeyword;
  std::vector<std::string> streamValues;
};

/// Calls that send a request to a URL (requests.get, fetch, axios), for SEC019: the URL is the
/// CallArgument (keyword `url`); `hostKeywords` name options that choose the host on their own
/// (http.get({ host }), a base URL).
struct RequestCall : CallArgument {
  std::vector<std::string> hostKeywords;
};

/// Calls that run a database query given as text (cursor.execute, pg's query, knex.raw), for
/// SEC014: the query is the CallArgument.
/// `generic`: the call is recognised by its method name alone (a cursor passed into a helper),
/// so only a query that starts with an SQL keyword counts.
struct SqlExecutor : CallArgument {
  bool generic = false;
};

/// NoSQL requests whose expressions are text (DynamoDB FilterExpression) or condition objects
/// (ScanFilter), for SEC014: event data in an expression, or the event's own object as a
/// condition, changes what the request reads or writes. Arguments standing for one of
/// `safeBindings` (boto3's condition builders) are built safely.
struct NoSqlRequest {
  std::vector<std::string> calls, expressionKeywords, conditionKeywords, safeBindings;
};

/// Calls that open, write or delete the file at a path (open, fs.readFile, s3.download_file's
/// Filename), for SEC018: the path is the CallArgument.
struct FileCall : CallArgument {};

/// Calls that send a response to the caller (Express's res.send, Flask's Response, Lambda's
/// callback), for SEC020 and SEC022: the body is the CallArgument. `html`: a string body goes out as
/// text/html (Express, Flask) unless a `contentTypeKeywords` argument names another type;
/// `proxyResponse`: the body is an API Gateway proxy response ({statusCode, headers, body}).
struct ResponseCall : CallArgument {
  bool html = false;
  bool proxyResponse = false;
  std::vector<std::string> contentTypeKeywords;
};

/// Calls that decode a JSON Web Token, for SEC021: the token is the CallArgument. The claims are
/// unverified when `always` (jsonwebtoken.decode, jwt-decode), unless the program calls one of
/// `verifiers` too, or when a named argument (`options.verify_signature`, `algorithms[]`) has
/// one of the values `unverifiedWhen` lists for it.
struct TokenDecoder : CallArgument {
  bool always = false;
  std::vector<std::string> verifiers;
  std::vector<std::pair<std::string, std::vector<std::string>>> unverifiedWhen;
  std::string advice;
};

/// Sleep calls whose duration is a literal argument (DUR004 prices the wait): the argument's
/// position and how many seconds one unit of it is (`time.sleep(30)`: 1; `setTimeout(r, 5000)`: 0.001).
struct SleepDuration {
  std::vector<std::string> calls;
  std::size_t argument = 0;
  double secondsPerUnit = 1;
};

/// What the rules look for in one language's handler code (policies/catalogs/languages/<id>.yaml).
struct LanguageCatalog {
  std::string id;  ///< the analyzer's id ("cxx")
  std::vector<std::string> factsLanguages;  ///< SourceFacts::language values it serves ("c", "cpp")
  std::vector<std::string> sleeps, waits, sdkWaits, asyncNames, waitOnDrop, processCalls;
  std::vector<SleepDuration> sleepDurations;
  std::vector<std::string> mountSyncCalls;  ///< synchronous file calls, slow on a network file system (DUR006)
  std::vector<std::string> asyncArguments;  ///< "InvocationType=Event": a named argument that makes an SDK wait asynchronous
  std::vector<std::string> wholeReads;  ///< calls that read a whole object or stream into memory
  std::vector<WholeReader> wholeReaders;
  std::vector<EagerDownload> eagerDownloads;
  std::vector<CodeSink> codeSinks;
  std::vector<SqlExecutor> sqlExecutors;
  std::vector<std::string> sqlKeywords;  ///< the first words of SQL statements, lower case
  std::vector<NoSqlRequest> noSqlRequests;
  std::vector<FileCall> fileCalls;
  std::vector<RequestCall> requestCalls;
  std::vector<ResponseCall> responseCalls;
  /// Handler frameworks whose return value is no response (Express routes answer through `res`),
  /// and those that send a returned string as text/html (Flask).
  std::vector<std::string> returnsIgnoredBy, htmlStringReturns;
  std::vector<TokenDecoder> tokenDecoders;
  std::vector<ShellSwitch> shellSwitches;
  std::vector<TlsSwitch> tlsSwitches;
  std::vector<LockinEntry> sdks, services, runtimeApis;
};

/// A credential pattern (policies/catalogs/secret-patterns.yaml).
struct SecretPattern {
  std::string id;
  std::string description;
  std::string regex;
};

/// Facts that change, loaded from the data files compiled into the binary.
struct Catalogs {
  /// One profile per provider (policies/catalogs/providers/<id>.yaml), sorted by id.
  std::vector<providers::Profile> providers;
  ServerlessDefaults serverless;
  /// One catalog per language (policies/catalogs/languages/<id>.yaml).
  std::vector<LanguageCatalog> languages;
  /// Other tools' rule ids -> our codes (policies/catalogs/anchor-codes.yaml), per tool.
  std::map<std::string, std::vector<std::string>, std::less<>> checkovCodes, cfnNagCodes, cfnLintCodes;
  std::vector<SecretPattern> secretPatterns;
  std::vector<std::string> secretKeyWords;  ///< key-name fragments that suggest a secret
  std::vector<std::string> notSecretValuePrefixes;  ///< "arn:", "{{resolve:", ...
  std::vector<std::string> referenceKeySuffixes;  ///< "_NAME", "_ARN": the key names a secret
  std::vector<std::string> placeholderValues;  ///< RE2, whole value, case-insensitive
  /// AWS IAM actions and managed policies (policies/catalogs/aws-iam/); never null after load().
  std::shared_ptr<const iam::AwsIam> awsIam;

  /// The profile of a provider id ("aws"), or null when faaslint has none (OpenWhisk, ...).
  const providers::Profile* provider(std::string_view id) const;
  /// The catalog for facts of this SourceFacts::language ("cpp"); an empty one when none serves it.
  const LanguageCatalog& languageOf(std::string_view factsLanguage) const;
  /// Loads the embedded catalogs; problems (a missing key, a bad date) go to `errors`.
  static Catalogs load(std::vector<std::string>& errors);
};

}  // namespace faaslint::policy
