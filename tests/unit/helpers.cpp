#include "helpers.hpp"

#include <cstdlib>
#include <filesystem>

namespace lagesbild::test {

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "lagesbild-test-XXXXXX").string();
  path_ = ::mkdtemp(pattern.data());
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

void TempDir::write(const std::string& name, const std::string& content) const {
  std::ofstream out(file(name), std::ios::binary);
  out << content;
}

}  // namespace lagesbild::test
