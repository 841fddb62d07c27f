#include "core/source_text.hpp"

#include <algorithm>

#include "core/personal_data.hpp"
#include "core/text.hpp"

namespace lagesbild {

SourceText::SourceText(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
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

std::string printable(std::string text) {
  if (!has_control_characters(text, false)) return text;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool c1 = c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if ((c < 0x20 && c != '\t') || c == 0x7F || c1) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      if (c1) ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

std::string safe_text(std::string text, bool for_terminal) {
  if (find_invalid_utf8(text) != std::string::npos) {
    std::string valid;
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t bad = find_invalid_utf8(std::string_view(text).substr(i));
      if (bad == std::string_view::npos) {
        valid.append(text, i, std::string::npos);
        break;
      }
      valid.append(text, i, bad);
      valid += "\xEF\xBF\xBD";
      i += bad + 1;
    }
    text = std::move(valid);
  }
  text = mask_personal_identity_numbers(std::move(text));
  return for_terminal ? printable(std::move(text)) : text;
}

void Reporter::error(Position at, std::string rule, std::string message) {
  report(Severity::Error, at, std::move(rule), std::move(message));
}

void Reporter::warning(Position at, std::string rule, std::string message) {
  report(Severity::Warning, at, std::move(rule), std::move(message));
}

void Reporter::report(Severity severity, Position at, std::string rule, std::string message) {
  Diagnostic d;
  d.file = source_.path();
  d.position = at;
  d.severity = severity;
  d.rule = std::move(rule);
  // Never quote an identity number back (cron logs would spread it), and
  // never print control characters from a file to a terminal.
  d.message = printable(mask_personal_identity_numbers(std::move(message)));
  std::u32string line = decode_utf8(printable(mask_personal_identity_numbers(std::string(source_.line(at.line)))));
  // A very long line is shown as a window around the column.
  constexpr std::size_t kWindow = 70;
  std::size_t column = static_cast<std::size_t>(std::max(at.column, 1));
  if (line.size() > 2 * kWindow) {
    const std::size_t from = column > kWindow ? column - kWindow : 0;
    const bool cut_start = from > 0;
    const bool cut_end = from + 2 * kWindow < line.size();
    line = (cut_start ? U"…" : U"") + line.substr(from, 2 * kWindow) + (cut_end ? U"…" : U"");
    column = column - from + (cut_start ? 1 : 0);
  }
  d.excerpt = encode_utf8(line);
  d.excerpt_column = static_cast<int>(column);
  out_.add(std::move(d));
}

}  // namespace lagesbild
