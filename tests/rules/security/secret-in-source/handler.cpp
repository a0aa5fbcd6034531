#include <string>

static const char* kAccessKey = "AKIAIOSFODNN7EXAMPLE";  // expect: SEC009 "AWS access key id"
static const std::string kToken = "ghp_0123456789abcdefghijklmnopqrstuvwxyzAB";  // expect: SEC009 "GitHub token"
static const char* kTable = "orders-production-table";  // ok: SEC009
static const char* kSecretName = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db";  // ok: SEC009

int main() { return kAccessKey[0] + kToken.size() + kTable[0] + kSecretName[0]; }
