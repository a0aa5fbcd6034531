// A loop whose count the event chooses (the shape of aws-lambda-cpp's Monte Carlo example).
#include <algorithm>
#include <aws/lambda-runtime/runtime.h>
#include <string>

using namespace aws::lambda_runtime;

static double simulate(const int& num_sims) {
  double sum = 0;
  for (int i = 0; i < num_sims; i++) {  // expect: DUR005 "in 'simulate', called from handler 'my_handler' runs as many times as a number in the event says"
    sum += i * 0.5;
  }
  return sum;
}

static double simulate_capped(int n) {
  if (n > 100000) n = 100000;
  double sum = 0;
  for (int i = 0; i < n; i++) sum += i;  // ok: DUR005 (checked against a constant first)
  return sum;
}

static invocation_response my_handler(invocation_request const& req) {
  int num_sims = 1000;
  num_sims = std::stoi(req.payload);
  double price = simulate(num_sims);
  price += simulate_capped(num_sims);
  int rounds = std::stoi(req.payload);
  for (int r = 0; r < rounds; ++r) price += r;  // expect: DUR005 "in handler 'my_handler' runs as many times"
  for (int r = 0; r < rounds && r < 1000; ++r) price += r;  // ok: DUR005 (a constant bounds it too)
  while (rounds-- > 0) price += 1;  // expect: DUR005 "runs as many times as a number in the event says"
  int pages = std::min(std::stoi(req.payload), 50);
  for (int p = 0; p < pages; ++p) price += p;  // ok: DUR005 (clamped with std::min)
  for (std::size_t k = 0; k < req.payload.size(); ++k) price += req.payload[k];  // ok: DUR005 (the input's size, not a count)
  int batch = std::stoi(req.payload);
  if (batch < 0 || batch > 500) return invocation_response::failure("bad batch", "InvalidInput");
  for (int b = 0; b < batch; ++b) price += b;  // ok: DUR005 (rejected when above a limit)
  return invocation_response::success(std::to_string(price), "text/plain");
}

int main() {
  run_handler(my_handler);
  return 0;
}
