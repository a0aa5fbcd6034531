#include <aws/lambda-runtime/runtime.h>
#include <future>
#include <thread>

using namespace aws::lambda_runtime;

int render(int page);

static invocation_response my_handler(invocation_request const& req) {
  auto pages = std::async(std::launch::async, render, 1);
  int n = pages.get();  // expect: DUR006 "blocks on std::future::get"
  std::thread worker([] { render(2); });
  worker.join();  // expect: DUR006 "std::thread::join"
  (void)std::async(std::launch::async, render, 4);  // expect: DUR006 "drops the future that std::async returns"
  std::async(std::launch::async, [] { render(5); });  // expect: DUR006 "its destructor waits for the task"
  auto later = std::async(std::launch::deferred, render, 6);  // ok: DUR006 (kept, and deferred)
  std::async(std::launch::deferred, render, 7);  // ok: DUR006 (deferred: never runs, never waits)
  return invocation_response::success(std::to_string(n), "text/plain");
}

static void batch_tool() {
  std::thread t([] { render(3); });
  t.join();  // ok: DUR006
}

int main() {
  run_handler(my_handler);
  return 0;
}
