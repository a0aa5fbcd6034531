#include <aws/lambda-runtime/runtime.h>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace aws::lambda_runtime;

static char scratch[256 * 1024 * 1024];  // expect: MEM004 "At file scope, static array 'scratch' takes 256 MB up front"
static char small[4096];  // ok: MEM004

static invocation_response my_handler(invocation_request const& req) {
  std::ifstream in("/tmp/" + req.payload, std::ios::binary);
  std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());  // expect: MEM004 "reads a whole stream"
  std::vector<double> samples;
  samples.reserve(100000000);  // expect: MEM004 "In handler 'my_handler', std::vector::reserve takes 763 MB"
  std::vector<char> line;
  line.reserve(4096);  // ok: MEM004
  char* big = new char[512u * 1024 * 1024];  // expect: MEM004 "new[] takes 512 MB"
  delete[] big;
  return invocation_response::success(body.substr(0, 10), "text/plain");
}

int main() {
  run_handler(my_handler);
  return scratch[0] + small[0];
}
