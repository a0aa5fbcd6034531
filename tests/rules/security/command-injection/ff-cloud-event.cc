// functions-framework-cpp: a CloudEvent's optional attributes still carry the event.
#include <google/cloud/functions/function.h>
#include <cstdlib>
#include <string>

namespace gcf = ::google::cloud::functions;

void Archive(gcf::CloudEvent event) {
  auto subject = event.subject().value_or("none");
  std::system(("tar czf /tmp/out.tgz " + subject).c_str());  // expect: SEC012 "reaches system() in handler 'Archive'"
  std::system("sync");  // ok: SEC012 (a constant command)
}

gcf::Function archive() { return gcf::MakeFunction(Archive); }
