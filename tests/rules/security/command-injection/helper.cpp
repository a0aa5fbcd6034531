// Event data handed to a helper that builds the command: followed through parameters.
#include <aws/lambda-runtime/runtime.h>
#include <cstdlib>
#include <string>

using namespace aws::lambda_runtime;

static int run_tool(const std::string& tool, const std::string& file) {
  std::string cmd = tool + " /tmp/" + file;
  return std::system(cmd.c_str());  // expect: SEC012 "reaches system() in 'run_tool', called from handler 'my_handler'"
}

static int resize(const std::string& file) { return run_tool("convert", file); }

static int run_fixed(const std::string& file) {
  (void)file;
  return std::system("convert /tmp/in.png /tmp/out.png");  // ok: SEC012 (the parameter never reaches the command)
}

static int cleanup(const std::string& dir) {
  return std::system(("rm -rf " + dir).c_str());  // ok: SEC012 (only ever called with a constant)
}

static invocation_response my_handler(invocation_request const& req) {
  resize(req.payload);
  run_fixed(req.payload);
  cleanup("/tmp/work");
  return invocation_response::success("{}", "application/json");
}

int main() {
  run_handler(my_handler);
  return 0;
}
