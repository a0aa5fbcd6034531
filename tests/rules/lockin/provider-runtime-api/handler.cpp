#include <aws/lambda-runtime/runtime.h>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const& req) {  // ok: LCK004 (the handler itself is plain code)
  return invocation_response::success(req.payload, "application/json");
}

int main() {
  run_handler(handler);  // expect: LCK004 "aws-lambda-cpp runtime loop"
  return 0;
}
