// SDK operations that wait for another service's work, recognised without the SDK's headers.
#include <aws/lambda-runtime/runtime.h>
#include <aws/lambda/LambdaClient.h>
#include <aws/lambda/model/InvokeRequest.h>

using namespace aws::lambda_runtime;

struct Dispatcher {
  void Invoke(int);
};

static void notify(Aws::Lambda::LambdaClient& client, const std::string& body) {
  Aws::Lambda::Model::InvokeRequest request;
  request.SetFunctionName("audit");
  request.SetInvocationType(Aws::Lambda::Model::InvocationType::Event);
  client.Invoke(request);  // ok: DUR006 (asked for asynchronously)
}

static invocation_response my_handler(invocation_request const& req) {
  Aws::Lambda::LambdaClient client;
  Aws::Lambda::Model::InvokeRequest request;
  request.SetFunctionName("render-pdf");
  auto outcome = client.Invoke(request);  // expect: DUR006 "calls Aws::Lambda::LambdaClient::Invoke, which waits for another service's work"
  notify(client, req.payload);
  Dispatcher d;
  d.Invoke(1);  // ok: DUR006 (another class's Invoke)
  return invocation_response::success("{}", "application/json");
}

static void tool() {
  Aws::Lambda::LambdaClient client;
  Aws::Lambda::Model::InvokeRequest request;
  client.Invoke(request);  // ok: DUR006 (not on the handler's path)
}

int main() {
  run_handler(my_handler);
  return 0;
}
