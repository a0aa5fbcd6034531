// The runtime's real declarations take a std::function (as aws-lambda-cpp's and
// functions-framework-cpp's headers do), so the handler arrives wrapped in a temporary.
#include <chrono>
#include <functional>
#include <string>
#include <thread>
#include <unistd.h>

namespace aws::lambda_runtime {
struct invocation_request {
  std::string payload;
};
class invocation_response {
 public:
  static invocation_response success(std::string const& payload, std::string const& content_type);
};
void run_handler(std::function<invocation_response(invocation_request const&)> const& handler);
}  // namespace aws::lambda_runtime

namespace google::cloud::functions {
inline namespace v1_2 {
class HttpRequest {
 public:
  std::string const& verb() const;
};
class HttpResponse {
 public:
  HttpResponse&& set_payload(std::string v) &&;
};
class Function {};
Function MakeFunction(std::function<HttpResponse(HttpRequest)> function);
}  // namespace v1_2
}  // namespace google::cloud::functions

using namespace aws::lambda_runtime;
namespace gcf = ::google::cloud::functions;

static invocation_response my_handler(invocation_request const& req) {
  sleep(2);  // expect: DUR004 "Handler 'my_handler' sleeps (sleep)"
  return invocation_response::success(req.payload, "text/plain");
}

static void warm_cache() {
  sleep(1);  // ok: DUR004 (neither handler calls it)
}

gcf::Function after_timeout() {
  return gcf::MakeFunction([](gcf::HttpRequest const& request) {
    if (request.verb() == "GET") std::this_thread::sleep_for(std::chrono::minutes(2));  // expect: DUR004 "Handler 'after_timeout' sleeps"
    return gcf::HttpResponse{}.set_payload("done");
  });
}

int main() {
  run_handler(my_handler);
  return 0;
}
