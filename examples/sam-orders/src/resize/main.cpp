// Resizes product images on request: a C++ function on the provided.al2023 runtime, built
// with aws-lambda-cpp and the AWS SDK for C++.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>

using namespace aws::lambda_runtime;

bool thumbnail_ready(std::string const& key);

// Waits for the upstream thumbnailer instead of being told when it is done.
static void wait_for_thumbnail(std::string const& key) {
  while (!thumbnail_ready(key)) {
    std::this_thread::sleep_for(std::chrono::seconds(2));
  }
}

void render(std::string const& key, int width);

// Renders as many widths as the request asks for.
static void render_variants(std::string const& key, int variants) {
  for (int i = 0; i < variants; ++i) render(key, 160 * (i + 1));
}

// The request is "KEY:VARIANTS", e.g. "shoe.jpg:3".
static invocation_response resize(invocation_request const& request) {
  const auto colon = request.payload.find(':');
  std::string key = request.payload.substr(0, colon);
  int variants = std::stoi(request.payload.substr(colon + 1));
  std::string command = "convert /tmp/" + key + " -resize 640x480 /tmp/out.jpg";
  if (std::system(command.c_str()) != 0) return invocation_response::failure("convert failed", "ResizeError");
  render_variants(key, variants);
  wait_for_thumbnail(key);
  return invocation_response::success("{\"ok\": true}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(resize);
  Aws::ShutdownAPI(options);
  return 0;
}
