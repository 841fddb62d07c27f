// SPDX-License-Identifier: EUPL-1.2
// Running a program on Windows (process_windows.cpp): CreateProcessW, the
// environment block, the job object's time-out.
#include <doctest/doctest.h>

#include "core/os/process.hpp"

using namespace lagesbild;

TEST_SUITE("process") {
  TEST_CASE("output, exit code and added environment") {
    const auto r = run_program({"cmd.exe", "/c", "echo hej %LAGESBILD_PROV%& exit 3"}, 30, {"LAGESBILD_PROV=ok"});
    CHECK(r.started);
    CHECK_FALSE(r.timed_out);
    CHECK(r.exit_code == 3);
    CHECK(r.output.find("hej ok") != std::string::npos);
  }

  TEST_CASE("a program that is not installed has not started") {
    CHECK_FALSE(run_program({"C:\\finns\\inte\\msedge.exe"}, 30).started);
    CHECK_FALSE(run_program({"weasyprint-finns-inte"}, 30).started);
  }

  TEST_CASE("a program past its time is stopped, with what it started") {
    const auto r = run_program({"cmd.exe", "/c", "ping -n 30 127.0.0.1 >NUL"}, 1);
    CHECK(r.timed_out);
  }
}
