// SPDX-License-Identifier: EUPL-1.2
#include "core/yaml/input_bytes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include "core/base/limits.hpp"
#include "core/base/text.hpp"
#include "core/diag/reporter.hpp"
#include "core/diag/source_text.hpp"
#include "core/yaml/lookalikes.hpp"

namespace lagesbild {

namespace {

constexpr std::string_view kSaveAsUtf8 =
    "Spara filen som UTF-8: i Anteckningar (Notepad) välj Arkiv > Spara som och Kodning: UTF-8; "
    "i Notepad++ välj Koda > Konvertera till UTF-8; i VS Code klicka på kodningen nere till "
    "höger och välj Spara med kodning > UTF-8.";

// Windows-1252 bytes 0x80..0x9F; 0xA0..0xFF are the same as Latin-1.
constexpr std::array<char32_t, 32> kCp1252High = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                                  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

char32_t cp1252_to_unicode(unsigned char byte) {
  if (byte < 0x80) return byte;
  if (byte < 0xA0) return kCp1252High[byte - 0x80];
  return byte;
}

void file_error(Diagnostics& out, const std::string& path, Position at, std::string rule, std::string message,
                std::string excerpt = {}) {
  out.add({path, at, Severity::Error, std::move(rule), std::move(message), std::move(excerpt)});
}

bool looks_like_utf16(const std::string& bytes) {
  if (bytes.size() >= 2) {
    const auto b0 = static_cast<unsigned char>(bytes[0]);
    const auto b1 = static_cast<unsigned char>(bytes[1]);
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) return true;
  }
  // Without a BOM: ASCII text in UTF-16 has a NUL in every other byte.
  std::size_t nuls = 0;
  const std::size_t sample = std::min<std::size_t>(bytes.size(), 200);
  for (std::size_t i = 0; i < sample; ++i) nuls += bytes[i] == '\0';
  return sample >= 4 && nuls * 3 >= sample;
}

std::string normalise_line_endings(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

// Reports the first byte that is not UTF-8, recognising Windows-1252 ("ANSI").
void report_not_utf8(Diagnostics& out, const std::string& path, const std::string& text, std::size_t bad) {
  std::size_t lines_with_bad = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (find_invalid_utf8(std::string_view(text).substr(start, end - start)) != std::string_view::npos)
      ++lines_with_bad;
    start = end + 1;
  }
  // Only the valid prefix can be decoded to place the column and quote the line.
  const SourceText prefix(path, text.substr(0, bad));
  Position at = prefix.position_of(bad);
  const std::size_t line_start = text.rfind('\n', bad == 0 ? 0 : bad - 1);
  const std::size_t from = (line_start == std::string::npos || bad == 0) ? 0 : line_start + 1;
  std::size_t to = text.find('\n', bad);
  if (to == std::string::npos) to = text.size();
  // The line as the official sees it: what is UTF-8 read as UTF-8 (a line
  // pasted into a UTF-8 file has both), each other byte as Windows-1252.
  std::u32string shown;
  for (std::size_t i = from; i < to;) {
    const std::string_view rest = std::string_view(text).substr(i, to - i);
    const std::size_t invalid = std::min(find_invalid_utf8(rest), rest.size());
    shown += decode_utf8(rest.substr(0, invalid));
    if (invalid < rest.size()) shown.push_back(cp1252_to_unicode(static_cast<unsigned char>(rest[invalid])));
    i += invalid + 1;
  }
  const auto byte = static_cast<unsigned char>(text[bad]);
  const std::string as_cp1252 = encode_utf8(std::u32string(1, cp1252_to_unicode(byte)));
  std::string more;
  if (lines_with_bad > 1) more = fmt::format(" Totalt {} rader har sådana tecken.", lines_with_bad);
  file_error(out, path, at, "teckenkodning",
             fmt::format("filen är inte sparad som UTF-8: byten 0x{:02X} är troligen tecknet "
                         "\"{}\" i Windows-1252 (ANSI).{} {}",
                         byte, as_cp1252, more, kSaveAsUtf8),
             encode_utf8(shown));
}

}  // namespace

std::optional<std::string> prepare_input_text(const std::string& path, std::string bytes, Diagnostics& diagnostics) {
  if (bytes.size() > limits::kMaxFileBytes) {
    file_error(diagnostics, path, {}, "filstorlek", too_large_message(bytes.size()));
    return std::nullopt;
  }
  if (looks_like_utf16(bytes)) {
    file_error(diagnostics, path, {1, 1}, "teckenkodning",
               fmt::format("filen är sparad som UTF-16 (Unicode); lagesbild läser bara UTF-8. {}", kSaveAsUtf8));
    return std::nullopt;
  }
  if (bytes.find('\0') != std::string::npos) {
    file_error(diagnostics, path, {}, "binar-fil",
               "filen innehåller binära data och är ingen textfil. En lägesbild är en textfil (.yaml) sparad som "
               "UTF-8; kontrollera att det är rätt fil.");
    return std::nullopt;
  }
  if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.erase(0, 3);  // BOM from Notepad
  // Every report passes here: each step copies only when it changes something.
  std::string text = bytes.find('\r') == std::string::npos ? std::move(bytes) : normalise_line_endings(bytes);
  const std::size_t bad = find_invalid_utf8(text);
  if (bad != std::string_view::npos) {
    report_not_utf8(diagnostics, path, text, bad);
    return std::nullopt;
  }
  if (text.find('\xCC') != std::string::npos || text.find('\xCD') != std::string::npos)
    text = compose_nordic_letters(text);

  // Found first, reported after: the source's line index is only built for a
  // file that has one of these problems.
  std::optional<std::size_t> control;
  for (std::size_t i = 0; i < text.size() && !control; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\n' && c != '\t') control = i;
  }
  std::vector<Position> tabs;  // the first tab in a line's indentation
  int line = 1;
  for (std::size_t start = 0; start < text.size(); ++line) {
    std::size_t i = start;
    std::size_t tab = std::string::npos;
    for (; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i)
      if (text[i] == '\t' && tab == std::string::npos) tab = i - start;
    const bool blank = i == text.size() || text[i] == '\n';
    if (tab != std::string::npos && !blank) tabs.push_back({line, static_cast<int>(tab) + 1});
    const std::size_t end = text.find('\n', i);
    start = end == std::string::npos ? text.size() : end + 1;
  }
  // Characters that look like YAML's where YAML's own are expected: named
  // first, and instead of what YAML would make of them (lagesbild(5)
  // FÖRVÄXLINGSBARA TECKEN).
  const std::vector<LookalikeHit> lookalikes = find_lookalikes(text);
  if (!control && tabs.empty() && lookalikes.empty()) return text;
  const SourceText source(path, text);
  Reporter reporter(source, diagnostics);
  for (const LookalikeHit& hit : lookalikes) {
    std::vector<LineEdit> edits;
    for (const LookalikeHit& other : lookalikes)
      if (other.line == hit.line) edits.insert(edits.end(), other.edits.begin(), other.edits.end());
    reporter.error({hit.line, source.column_of(hit.line, hit.byte_column)}, "forvaxlingsbart-tecken",
                   lookalike_message(hit, apply_edits(source.line(hit.line), edits)));
  }
  if (control) {
    reporter.error(source.position_of(*control), "styrtecken",
                   fmt::format("otillåtet styrtecken (kod {}) i texten. Ta bort tecknet; det syns "
                               "ofta inte i editorn, så radera och skriv om ordet runt det.",
                               static_cast<unsigned char>(text[*control])));
  }
  for (const Position& at : tabs) {
    reporter.error(at, "tabb",
                   "tabbtecken används som indrag; YAML tillåter bara mellanslag. Ersätt tabben "
                   "med mellanslag så att raden hamnar rakt under de rader den hör till.");
  }
  return std::nullopt;
}

std::string too_large_message(std::uintmax_t bytes) {
  return fmt::format(
      "filen är {}; en lägesbild är några kB och lagesbild läser högst {}. Kontrollera att det är "
      "rätt fil.",
      kilobytes(bytes), kilobytes(limits::kMaxFileBytes));
}

}  // namespace lagesbild
