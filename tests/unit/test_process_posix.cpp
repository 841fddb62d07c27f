// SPDX-License-Identifier: EUPL-1.2
// Running a program on POSIX (process_posix.cpp).
#include <doctest/doctest.h>

#include "core/os/process.hpp"

using namespace lagesbild;

TEST_SUITE("process") {
  TEST_CASE("output, exit code and added environment") {
    const auto r = run_program({"sh", "-c", "echo \"hej $LAGESBILD_PROV\" >&2; exit 3"}, 30, {"LAGESBILD_PROV=å ä"});
    CHECK(r.started);
    CHECK_FALSE(r.timed_out);
    CHECK(r.exit_code == 3);
    CHECK(r.output == "hej å ä\n");
  }

  TEST_CASE("a program that is not installed has not started") {
    CHECK_FALSE(run_program({"/finns/inte/weasyprint"}, 30).started);
  }

  TEST_CASE("a program past its time is stopped") {
    const auto r = run_program({"sleep", "30"}, 1);
    CHECK(r.timed_out);
  }
}
