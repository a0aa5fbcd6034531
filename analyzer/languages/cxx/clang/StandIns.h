#pragma once
#include <string_view>
#include <utility>
#include <vector>

/// Stand-in headers for APIs handler code uses but that are rarely installed where faaslint runs.
/// They are searched last (-idirafter), so a real header from the system or from
/// compile_commands.json always wins. Written for faaslint from the libraries' public API
/// shape (names and signatures only); they declare just enough for a semantic AST.
namespace faaslint::languages {

inline constexpr const char* kStandInDir = "/faaslint-stand-ins";

inline const std::vector<std::pair<std::string_view, std::string_view>>& standInHeaders() {
  static const std::vector<std::pair<std::string_view, std::string_view>> headers = {
      {"aws/lambda-runtime/runtime.h", R"(#pragma once
#include <chrono>
#include <functional>
#include <string>
namespace aws { namespace lambda_runtime {
struct invocation_request {
  std::string payload, request_id, xray_trace_id, client_context, cognito_identity, function_arn;
  std::chrono::time_point<std::chrono::system_clock> deadline;
  std::chrono::milliseconds get_time_remaining() const;
};
class invocation_response {
 public:
  static invocation_response success(std::string const& payload, std::string const& content_type);
  static invocation_response failure(std::string const& error_message, std::string const& error_type);
  bool is_success() const;
  std::string const& get_payload() const;
};
void run_handler(std::function<invocation_response(invocation_request const&)> const& handler);
}}
)"},
      {"google/cloud/functions/http_request.h", R"(#pragma once
#include <map>
#include <string>
namespace google { namespace cloud { namespace functions {
class HttpRequest {
 public:
  std::string const& payload() const;
  std::string const& target() const;
  std::string const& verb() const;
  std::multimap<std::string, std::string> const& headers() const;
};
}}}
)"},
      {"google/cloud/functions/http_response.h", R"(#pragma once
#include <string>
namespace google { namespace cloud { namespace functions {
class HttpResponse {
 public:
  HttpResponse& set_payload(std::string v);
  HttpResponse& set_header(std::string name, std::string value);
  HttpResponse& set_result(int code);
};
}}}
)"},
      {"google/cloud/functions/cloud_event.h", R"(#pragma once
#include <chrono>
#include <optional>
#include <string>
namespace google { namespace cloud { namespace functions {
class CloudEvent {
 public:
  CloudEvent(std::string id, std::string source, std::string type, std::string spec_version = "1.0");
  std::string id() const;
  std::string source() const;
  std::string type() const;
  std::string spec_version() const;
  std::optional<std::string> data_content_type() const;
  std::optional<std::string> data_schema() const;
  std::optional<std::string> subject() const;
  std::optional<std::chrono::system_clock::time_point> time() const;
  std::optional<std::string> data() const;
};
}}}
)"},
      {"google/cloud/functions/function.h", R"(#pragma once
#include <google/cloud/functions/cloud_event.h>
#include <google/cloud/functions/http_request.h>
#include <google/cloud/functions/http_response.h>
#include <functional>
#include <map>
#include <string>
namespace google { namespace cloud { namespace functions {
using UserHttpFunction = std::function<HttpResponse(HttpRequest)>;
using UserCloudEventFunction = std::function<void(CloudEvent)>;
class Function {};
Function MakeFunction(UserHttpFunction function);
Function MakeFunction(UserCloudEventFunction function);
Function MakeFunction(std::map<std::string, Function> mapping);
}}}
)"},
      {"google/cloud/functions/framework.h", R"(#pragma once
#include <google/cloud/functions/function.h>
namespace google { namespace cloud { namespace functions {
int Run(int argc, char const* const argv[], Function handler);
}}}
)"},
      {"curl/curl.h", R"(#pragma once
#ifdef __cplusplus
extern "C" {
#endif
typedef void CURL;
typedef enum { CURLE_OK = 0 } CURLcode;
typedef enum {
  CURLOPT_URL = 10002, CURLOPT_POSTFIELDS = 10015, CURLOPT_WRITEFUNCTION = 20011, CURLOPT_WRITEDATA = 10001,
  CURLOPT_SSL_VERIFYPEER = 64, CURLOPT_SSL_VERIFYHOST = 81, CURLOPT_TIMEOUT = 13, CURLOPT_HTTPHEADER = 10023
} CURLoption;
CURL* curl_easy_init(void);
CURLcode curl_easy_setopt(CURL* handle, CURLoption option, ...);
CURLcode curl_easy_perform(CURL* handle);
void curl_easy_cleanup(CURL* handle);
#ifdef __cplusplus
}
#endif
)"},
  };
  return headers;
}

}  // namespace faaslint::languages
