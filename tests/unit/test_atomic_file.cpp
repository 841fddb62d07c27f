// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include <filesystem>

#include "core/os/atomic_file.hpp"
#include "core/os/utf8_path.hpp"
#include "helpers.hpp"

using namespace lagesbild;
using lagesbild::test::TempDir;

namespace {

std::size_t entries_in(const std::string& folder) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(path_from_utf8(folder))) ++n;
  return n;
}

}  // namespace

TEST_SUITE("atomic_file") {
  TEST_CASE("writes the whole content and leaves no temporary file") {
    TempDir dir;
    CHECK_FALSE(write_file_atomically(dir.file("a.yaml"), "innehåll\n", 0640, Overwrite::Never).has_value());
    CHECK(test::read_file(dir.file("a.yaml")) == "innehåll\n");
    CHECK(entries_in(dir.path()) == 1);
  }

  TEST_CASE("never overwrites unless allowed") {
    TempDir dir;
    dir.write("a.yaml", "arbete\n");
    const auto error = write_file_atomically(dir.file("a.yaml"), "nytt\n", 0640, Overwrite::Never);
    REQUIRE(error.has_value());
    CHECK(error->find("finns redan") != std::string::npos);
    CHECK(test::read_file(dir.file("a.yaml")) == "arbete\n");
    CHECK_FALSE(write_file_atomically(dir.file("a.yaml"), "nytt\n", 0640, Overwrite::Allowed).has_value());
    CHECK(test::read_file(dir.file("a.yaml")) == "nytt\n");
    CHECK(entries_in(dir.path()) == 1);
  }

  TEST_CASE("a folder that does not exist is an error, in Swedish") {
    const auto error = write_file_atomically("/nonexistent-folder/a.yaml", "x", 0640, Overwrite::Allowed);
    REQUIRE(error.has_value());
    CHECK(error->find("mappen finns inte") != std::string::npos);
  }

  TEST_CASE("a folder is never replaced") {
    TempDir dir;
    std::filesystem::create_directory(path_from_utf8(dir.file("mapp")));
    const auto folder = write_file_atomically(dir.file("mapp"), "y", 0640, Overwrite::Allowed);
    REQUIRE(folder.has_value());
    CHECK(folder->find("är en mapp") != std::string::npos);
  }

  TEST_CASE("Swedish letters in a file name") {
    TempDir dir;
    CHECK_FALSE(write_file_atomically(dir.file("Älvdalen ö.yaml"), "x\n", 0640, Overwrite::Never).has_value());
    CHECK(file_kind(dir.file("Älvdalen ö.yaml")) == FileKind::Regular);
    CHECK(test::read_file(dir.file("Älvdalen ö.yaml")) == "x\n");
  }
}
