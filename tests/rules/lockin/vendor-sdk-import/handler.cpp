#include <aws/core/Aws.h>  // expect: LCK001 "<aws/core/Aws.h> and 1 more of its headers binds this code to the AWS SDK for C++"
#include <aws/dynamodb/DynamoDBClient.h>  // ok: LCK001 (counted with the first AWS SDK include)
#include <aws/lambda-runtime/runtime.h>  // ok: LCK001
#include <aws/logging/logging.h>  // ok: LCK001 (aws-lambda-cpp's own logging header)
#include <google/cloud/storage/client.h>  // expect: LCK001 "google-cloud-cpp"
#include <string>  // ok: LCK001

int main() { return 0; }
