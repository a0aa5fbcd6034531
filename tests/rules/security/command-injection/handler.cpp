#include <aws/lambda-runtime/runtime.h>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const& req) {
  std::string name = req.payload;
  std::string cmd = "convert /tmp/" + name + " -resize 50% /tmp/out.png";
  system(cmd.c_str());  // expect: SEC012 "reaches system() in handler 'my_handler'"
  FILE* p = popen(("identify " + req.payload).c_str(), "r");  // expect: SEC012 "popen"
  system("rm -rf /tmp/work");  // ok: SEC012
  if (p) pclose(p);
  return invocation_response::success("{}", "application/json");
}

int main() {
  run_handler(my_handler);
  return 0;
}
