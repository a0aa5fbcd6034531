// functions-framework-cpp's current style: a factory returns MakeFunction(lambda).
#include <google/cloud/functions/function.h>
#include <chrono>
#include <thread>

namespace gcf = ::google::cloud::functions;

gcf::Function report() {
  return gcf::MakeFunction([](gcf::HttpRequest const& request) {
    if (request.verb() == "POST") std::this_thread::sleep_for(std::chrono::seconds(30));  // expect: DUR004 "'report' sleeps"
    return gcf::HttpResponse{}.set_payload("ok");
  });
}

void offline_tool() {
  std::this_thread::sleep_for(std::chrono::seconds(1));  // ok: DUR004
}
