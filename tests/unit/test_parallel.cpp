// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "core/base/parallel.hpp"

using namespace lagesbild;

TEST_SUITE("parallel") {
  TEST_CASE("results are consumed in index order, whatever order the workers finish in") {
    for (const unsigned jobs : {1U, 2U, 5U}) {
      CAPTURE(jobs);
      std::vector<std::size_t> order;
      std::atomic<int> running{0}, most{0};
      for_each_ordered(
          200, jobs,
          [&](std::size_t i) {
            const int now = ++running;
            int seen = most.load();
            while (now > seen && !most.compare_exchange_weak(seen, now)) {
            }
            // Early indexes take longest, so later ones finish first.
            if (i % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(300));
            --running;
            return std::to_string(i);
          },
          [&](std::size_t i, std::string value) {
            CHECK(value == std::to_string(i));
            order.push_back(i);
          });
      REQUIRE(order.size() == 200);
      for (std::size_t i = 0; i < order.size(); ++i) CHECK(order[i] == i);
      CHECK(most.load() <= static_cast<int>(jobs));
    }
  }

  TEST_CASE("a worker's exception reaches the caller after the results before it") {
    std::vector<std::size_t> consumed;
    CHECK_THROWS_AS(for_each_ordered(
                        50, 3,
                        [](std::size_t i) {
                          if (i == 20) throw std::runtime_error("trasig");
                          return i;
                        },
                        [&](std::size_t, std::size_t value) { consumed.push_back(value); }),
                    std::runtime_error);
    REQUIRE(consumed.size() == 20);
    CHECK(consumed.back() == 19);
  }

  TEST_CASE("nothing to do, and more workers than work") {
    int calls = 0;
    for_each_ordered(
        0, 4, [](std::size_t i) { return i; }, [&](std::size_t, std::size_t) { ++calls; });
    CHECK(calls == 0);
    for_each_ordered(
        2, 8, [](std::size_t i) { return i; }, [&](std::size_t, std::size_t) { ++calls; });
    CHECK(calls == 2);
    CHECK(default_jobs() >= 1);
  }
}
