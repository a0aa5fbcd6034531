// The handler is picked at run time from a table (the shape of aws-lambda-cpp's own test
// function): every function in the table is on the handler's path.
#include <aws/lambda-runtime/runtime.h>
#include <cstdlib>
#include <functional>
#include <string>
#include <unistd.h>
#include <unordered_map>

using namespace aws::lambda_runtime;

static invocation_response slow_echo(invocation_request const& request) {
  sleep(3);  // expect: DUR004 "Function 'slow_echo', called from handler 'main', sleeps (sleep)"
  return invocation_response::success(request.payload, "application/json");
}

static void unused_helper() {
  sleep(10);  // ok: DUR004 (neither called nor named by the handler)
}

int main() {
  std::unordered_map<std::string, std::function<invocation_response(invocation_request const&)>> handlers;
  handlers.emplace("slow_echo", slow_echo);
  const char* name = std::getenv("_HANDLER");
  auto it = handlers.find(name == nullptr ? "" : name);
  if (it == handlers.end()) return 2;
  run_handler(it->second);
  return 0;
}
