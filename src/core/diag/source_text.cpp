// SPDX-License-Identifier: EUPL-1.2
#include "core/diag/source_text.hpp"

#include <algorithm>

#include "core/base/text.hpp"

namespace lagesbild {

SourceText::SourceText(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n' && i + 1 < text_.size()) line_starts_.push_back(i + 1);
}

std::string_view SourceText::line(int number) const {
  if (number < 1 || static_cast<std::size_t>(number) > line_starts_.size()) return {};
  const std::size_t start = line_starts_[static_cast<std::size_t>(number - 1)];
  std::size_t end = text_.find('\n', start);
  if (end == std::string::npos) end = text_.size();
  return std::string_view(text_).substr(start, end - start);
}

Position SourceText::position_of(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
  const std::string_view prefix = std::string_view(text_).substr(line_starts_[index], offset - line_starts_[index]);
  return {static_cast<int>(index + 1), static_cast<int>(count_code_points(prefix)) + 1};
}

int SourceText::column_of(int line_number, std::size_t byte_column) const {
  const std::string_view text = line(line_number);
  return static_cast<int>(count_code_points(text.substr(0, std::min(byte_column, text.size())))) + 1;
}

}  // namespace lagesbild
