// SPDX-License-Identifier: EUPL-1.2
#include "core/base/safe_text.hpp"

#include "core/base/personal_data.hpp"
#include "core/base/text.hpp"

namespace lagesbild {

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

}  // namespace lagesbild
