#pragma once
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace faaslint::engine {

/// Runs `work(i)` for i in [0, n) on up to `jobs` threads. Each index is handled by exactly one
/// thread, and results go to per-index slots, so output does not depend on the thread count.
/// The tasks catch their own failures (a file's problem is that file's finding); should one
/// escape anyway, the other indices still run and the first exception is rethrown here, in the
/// caller's thread, instead of terminating the process from a worker thread.
template <class Work> void parallelFor(std::size_t n, unsigned jobs, Work work) {
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(std::min<std::size_t>(n, 1024))));
  std::exception_ptr first;
  std::mutex firstMutex;
  auto run = [&](std::size_t i) {
    try {
      work(i);
    } catch (...) {
      const std::lock_guard lock(firstMutex);
      if (!first) first = std::current_exception();
    }
  };
  if (jobs <= 1) {
    for (std::size_t i = 0; i < n; ++i) run(i);
  } else {
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < jobs; ++t)
      threads.emplace_back([&] {
        for (std::size_t i = next++; i < n; i = next++) run(i);
      });
    for (auto& t : threads) t.join();
  }
  if (first) std::rethrow_exception(first);
}

}  // namespace faaslint::engine
