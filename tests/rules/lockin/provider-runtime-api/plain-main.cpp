// A custom-runtime handler that speaks plain HTTP to the Runtime API itself: no SDK types.
#include <cstdio>

int main() {  // ok: LCK004
  std::puts("ready");
  return 0;
}
