// A functions-framework-cpp HTTP function (Google Cloud Functions / Cloud Run).
#include <google/cloud/functions/framework.h>
#include <cstdlib>
#include <string>

namespace gcf = ::google::cloud::functions;

gcf::HttpResponse thumbnail(gcf::HttpRequest request) {
  std::string target = request.target();
  std::system(("convert " + target + " out.png").c_str());  // expect: SEC012 "in handler 'thumbnail'"
  std::system("convert default.png out.png");  // ok: SEC012
  return gcf::HttpResponse{}.set_payload("done");
}

int main(int argc, char* argv[]) { return gcf::Run(argc, argv, gcf::MakeFunction(thumbnail)); }
