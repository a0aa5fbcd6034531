#include <aws/core/Aws.h>  // expect: LCK001 "AWS SDK for C++"
#include <aws/dynamodb/DynamoDBClient.h>  // expect: LCK001 "aws/dynamodb/DynamoDBClient.h"
#include <aws/lambda-runtime/runtime.h>  // ok: LCK001
#include <google/cloud/storage/client.h>  // expect: LCK001 "google-cloud-cpp"
#include <string>  // ok: LCK001

int main() { return 0; }
