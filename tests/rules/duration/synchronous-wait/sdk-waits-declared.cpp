// The same SDK operation when its declaration is known (as with the SDK's headers installed).
#include <aws/lambda-runtime/runtime.h>

namespace Aws::SFN {
namespace Model {
struct StartSyncExecutionRequest {};
struct StartExecutionRequest {};
}  // namespace Model
class SFNClient {
 public:
  int StartSyncExecution(const Model::StartSyncExecutionRequest&) const;
  int StartExecution(const Model::StartExecutionRequest&) const;
};
}  // namespace Aws::SFN

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const& req) {
  Aws::SFN::SFNClient sfn;
  sfn.StartSyncExecution({});  // expect: DUR006 "calls Aws::SFN::SFNClient::StartSyncExecution"
  sfn.StartExecution({});  // ok: DUR006 (starts the workflow and returns)
  return invocation_response::success("{}", "application/json");
}

int main() {
  run_handler(my_handler);
  return 0;
}
