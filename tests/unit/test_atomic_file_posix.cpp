// SPDX-License-Identifier: EUPL-1.2
// POSIX file modes and symbolic links (on Windows a file's protection is its
// folder's ACL; links there are checked under Wine by .ci/test-windows).
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>

#include "core/os/atomic_file.hpp"
#include "helpers.hpp"

using namespace lagesbild;
using lagesbild::test::TempDir;

namespace {

mode_t mode_of(const std::string& path) {
  struct stat st {};
  ::stat(path.c_str(), &st);
  return st.st_mode & 0777;
}

}  // namespace

TEST_SUITE("atomic_file") {
  TEST_CASE("outputs are never more readable than their inputs") {
    TempDir dir;
    dir.write("open.yaml", "x");
    dir.write("closed.yaml", "x");
    ::chmod(dir.file("open.yaml").c_str(), 0644);
    ::chmod(dir.file("closed.yaml").c_str(), 0600);
    CHECK(mode_for_output({dir.file("open.yaml")}, 0600) == 0644);
    CHECK(mode_for_output({dir.file("open.yaml"), dir.file("closed.yaml")}, 0644) == 0600);
    CHECK(mode_for_output({}, 0640) == 0640);
    const mode_t mask = ::umask(022);
    write_file_atomically(dir.file("out.yaml"), "x", 0600, Overwrite::Never);
    ::umask(mask);
    CHECK(mode_of(dir.file("out.yaml")) == 0600);
  }

  TEST_CASE("links and devices are never replaced are replaced") {
    TempDir dir;
    dir.write("target.yaml", "x");
    std::filesystem::create_symlink(dir.file("target.yaml"), dir.file("link.yaml"));
    const auto link = write_file_atomically(dir.file("link.yaml"), "y", 0640, Overwrite::Allowed);
    REQUIRE(link.has_value());
    CHECK(link->find("symbolisk länk") != std::string::npos);
    CHECK(test::read_file(dir.file("target.yaml")) == "x");
    CHECK(write_file_atomically("/dev/null", "y", 0640, Overwrite::Allowed).has_value());
  }
}
