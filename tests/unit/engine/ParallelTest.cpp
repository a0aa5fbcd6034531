// parallelFor runs every index once at any thread count, and an exception that escapes a task
// reaches the caller (it used to terminate the process from a worker thread).
#include <gtest/gtest.h>
#include <stdexcept>

#include "engine/Parallel.h"

using faaslint::engine::parallelFor;

TEST(ParallelFor, EveryIndexOnceAtAnyThreadCount) {
  for (unsigned jobs : {1u, 2u, 8u}) {
    std::vector<int> seen(1000, 0);
    parallelFor(seen.size(), jobs, [&](std::size_t i) { ++seen[i]; });
    EXPECT_EQ(std::count(seen.begin(), seen.end(), 1), 1000) << jobs;
  }
}

TEST(ParallelFor, AnEscapedExceptionReachesTheCallerAfterTheOtherIndicesRan) {
  for (unsigned jobs : {1u, 2u}) {
    std::vector<int> seen(100, 0);
    EXPECT_THROW(parallelFor(seen.size(), jobs,
                             [&](std::size_t i) {
                               seen[i] = 1;
                               if (i == 7) throw std::out_of_range("stoul");
                             }),
                 std::out_of_range);
    EXPECT_EQ(std::count(seen.begin(), seen.end(), 1), 100) << jobs;
  }
}
