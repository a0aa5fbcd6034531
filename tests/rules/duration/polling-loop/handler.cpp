#include <aws/lambda-runtime/runtime.h>
#include <chrono>
#include <thread>

using namespace aws::lambda_runtime;

bool job_done(std::string const& id);
void process(int i);

static invocation_response my_handler(invocation_request const& req) {
  while (!job_done(req.payload)) {  // expect: DUR005 "polls: it sleeps"
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  for (;;) {  // expect: DUR005 "has no bounded exit"
    process(0);
  }
  while (true) {  // ok: DUR005
    if (job_done("x")) break;
  }
  for (int i = 0; i < 10; ++i) {  // ok: DUR005
    process(i);
  }
  return invocation_response::success("{}", "application/json");
}

int main() {
  run_handler(my_handler);
  return 0;
}
