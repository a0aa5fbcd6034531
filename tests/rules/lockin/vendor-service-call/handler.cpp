#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/dynamodb/model/PutItemRequest.h>
#include <string>

void save(std::string const& id) {
  Aws::DynamoDB::DynamoDBClient client;  // expect: LCK002 "Amazon DynamoDB (2 APIs of AWS, e.g. Aws::DynamoDB::DynamoDBClient)"
  Aws::DynamoDB::Model::PutItemRequest request;
  request.SetTableName("orders");
  client.PutItem(request);
  std::string copy = id;  // ok: LCK002
}

int main() { save("1"); }
