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

std::size_t entries_in(const std::string& folder) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(folder)) ++n;
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
}

TEST_SUITE("atomic_file") {
  TEST_CASE("only ordinary files are replaced") {
    TempDir dir;
    std::filesystem::create_directory(dir.file("mapp"));
    dir.write("target.yaml", "x");
    std::filesystem::create_symlink(dir.file("target.yaml"), dir.file("link.yaml"));
    const auto folder = write_file_atomically(dir.file("mapp"), "y", 0640, Overwrite::Allowed);
    REQUIRE(folder.has_value());
    CHECK(folder->find("är en mapp") != std::string::npos);
    const auto link = write_file_atomically(dir.file("link.yaml"), "y", 0640, Overwrite::Allowed);
    REQUIRE(link.has_value());
    CHECK(link->find("symbolisk länk") != std::string::npos);
    CHECK(test::read_file(dir.file("target.yaml")) == "x");
    CHECK(write_file_atomically("/dev/null", "y", 0640, Overwrite::Allowed).has_value());
  }
}
