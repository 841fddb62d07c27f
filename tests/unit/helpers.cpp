// SPDX-License-Identifier: EUPL-1.2
#include "helpers.hpp"

#include <filesystem>

#include "core/os/files.hpp"
#include "core/os/utf8_path.hpp"

namespace lagesbild::test {

TempDir::TempDir() {
  path_ = make_private_folder("lagesbild-test");
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_from_utf8(path_), ec);
}

void TempDir::write(const std::string& name, const std::string& content) const {
  std::ofstream out(path_from_utf8(file(name)), std::ios::binary);
  out << content;
}

}  // namespace lagesbild::test
