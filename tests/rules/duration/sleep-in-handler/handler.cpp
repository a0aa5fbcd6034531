// An aws-lambda-cpp handler that waits by sleeping.
#include <aws/lambda-runtime/runtime.h>
#include <chrono>
#include <thread>
#include <unistd.h>

using namespace aws::lambda_runtime;

static void backoff() {
  std::this_thread::sleep_for(std::chrono::seconds(2));  // expect: DUR004 "Function 'backoff', called from handler 'my_handler', sleeps"
}

static void never_called_by_the_handler() {
  sleep(10);  // ok: DUR004
}

static invocation_response my_handler(invocation_request const& req) {
  usleep(500000);  // expect: DUR004 "'my_handler' sleeps (usleep)"
  backoff();
  return invocation_response::success("{}", "application/json");
}

int main() {
  run_handler(my_handler);
  return 0;
}
