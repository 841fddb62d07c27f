// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "core/report/file_fix.hpp"
#include "core/yaml/line_scan.hpp"
#include "core/yaml/repair.hpp"
#include "helpers.hpp"

using namespace lagesbild;

namespace {

std::vector<std::string> valid_files() {
  std::vector<std::string> files;
  for (const char* name :
       {"2026-09_alvdalen_gemensam.yaml", "2026-10_alvdalen_kommun.yaml", "2026-10_alvdalen_polis.yaml"})
    files.push_back(test::read_file(test::example_path(name)));
  files.push_back(test::read_file(std::string(LAGESBILD_TEST_DATA) + "/cli/validate/ok-komplett.yaml"));
  return files;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

const std::vector<std::string> kSpaces = {"\xC2\xA0", "\xE2\x80\x87", "\xE2\x80\xAF", "\xE3\x80\x80"};
const std::vector<std::string> kDashes = {"\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x88\x92", "\xE2\x80\xA2",
                                          "\xE2\x96\xAA", "\xE2\x80\xA3", "\xE2\x97\xA6", "\xC2\xB7"};
const std::vector<std::string> kColons = {"\xEF\xBC\x9A", "\xEF\xB9\x95", "\xE2\x88\xB6", "\xEA\x9E\x89", "\xCB\x90"};
const std::vector<std::string> kInvisible = {"\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x80\x8D",
                                             "\xE2\x81\xA0", "\xEF\xBB\xBF", "\xC2\xAD"};

// `line` with one look-alike put into a syntax position, or the line itself.
std::string with_lookalike(const std::string& line, std::mt19937& random) {
  const auto pick = [&](const std::vector<std::string>& from) { return from[random() % from.size()]; };
  const std::size_t indent = line.find_first_not_of(' ');
  if (indent == std::string::npos || line[indent] == '#') return line;
  std::size_t key = indent;
  while (line.compare(key, 2, "- ") == 0) key += 2;
  const std::size_t colon = line.find(':', key);
  const bool has_key = colon != std::string::npos && line.find_first_of(" \"'[{", key) > colon &&
                       (colon + 1 == line.size() || line[colon + 1] == ' ');
  switch (random() % 5) {
    case 0:
      if (indent > 0) return line.substr(0, indent - 1) + pick(kSpaces) + line.substr(indent);
      break;
    case 1:
      if (key > indent) return line.substr(0, indent) + pick(kDashes) + line.substr(indent + 1);
      break;
    case 2:
      if (has_key) return line.substr(0, key) + pick(kInvisible) + line.substr(key);
      break;
    case 3:
      if (has_key) return line.substr(0, colon) + pick(kColons) + line.substr(colon + 1);
      break;
    case 4:
      if (has_key && colon + 1 < line.size()) return line.substr(0, colon + 1) + pick(kSpaces) + line.substr(colon + 2);
      break;
  }
  return line;
}

}  // namespace

TEST_SUITE("repair") {
  TEST_CASE("a valid file with look-alikes put into syntax positions is repaired to its own bytes") {
    std::mt19937 random(20);
    for (const std::string& file : valid_files()) {
      const std::vector<std::string> lines = lines_of(file);
      const LineScan scan = scan_lines(file);
      for (int variant = 0; variant < 60; ++variant) {
        std::string mutated;
        int inserted = 0;
        for (std::size_t i = 0; i < lines.size(); ++i) {
          const bool block = scan.lines[i].start == ScannedLine::Start::Block;
          std::string line = lines[i];
          if (block && random() % 6 == 0) {
            line = with_lookalike(line, random);
            inserted += line != lines[i];
          }
          mutated += line + "\n";
        }
        if (file.back() != '\n') mutated.pop_back();
        REQUIRE(inserted > 0);
        const RepairResult repaired = repair_text(mutated);
        REQUIRE(repaired.bytes.has_value());
        CHECK(*repaired.bytes == file);
        CHECK(repair_text(*repaired.bytes).changes.empty());  // idempotent
      }
    }
  }

  TEST_CASE("line ends stay as the file has them, a BOM and UTF-16 become plain UTF-8") {
    CHECK(*repair_text("a:\r\n \xC2\xA0"
                       "b: 1  \r\nc: 2\n")
               .bytes == "a:\r\n  b: 1\r\nc: 2\n");
    CHECK(*repair_text("\xEF\xBB\xBF"
                       "a: 1\r\n")
               .bytes == "a: 1\r\n");
    CHECK(*repair_text(std::string("\xFF\xFE"
                                   "a\0:\0 \0\xE4\0\r\0\n\0",
                                   14))
               .bytes == "a: \xC3\xA4\r\n");
    CHECK_FALSE(repair_text("kommun: \xC4lvdalen\n").bytes.has_value());
  }

  TEST_CASE("trailing spaces go, except in a | block's text") {
    CHECK(*repair_text("a: 1 \nb: |\n  text  \n   \n  mer\n").bytes == "a: 1\nb: |\n  text  \n\n  mer\n");
  }

  TEST_CASE("tabs in an indent become the spaces the other lines use") {
    CHECK(*repair_text("a:\n  b:\n    c: 1\n  d:\n\te: 2\n").bytes == "a:\n  b:\n    c: 1\n  d:\n    e: 2\n");
    CHECK(*repair_text("a:\n\tb:\n\t\tc: 1\n").bytes == "a:\n  b:\n    c: 1\n");
    const RepairResult odd = repair_text("a:\n   b: 1\n\tc: 2\n");
    CHECK(odd.left.size() == 1);
  }

  TEST_CASE("a key is respelled where it stands as written, and only there") {
    std::vector<RepairChange> changes;
    const std::string text = "a:\r\n  Trend: ökande\r\n  vad: \"Trend: x\"\r\n";
    CHECK(respell_keys(text, {{2, 3, "Trend", "trend"}}, changes) ==
          "a:\r\n  trend: ökande\r\n  vad: \"Trend: x\"\r\n");
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].line == 2);
    CHECK(changes[0].before == "nyckeln `Trend`");
    CHECK(changes[0].after == "`trend`");
    changes.clear();
    // Not the key the position names (the file is not the one validated), or not a key: left alone.
    CHECK(respell_keys(text, {{3, 3, "Trend", "trend"}, {2, 4, "Trend", "trend"}, {9, 1, "a", "b"}}, changes) == text);
    CHECK(changes.empty());
    // After å, columns are characters, not bytes; two keys on one line.
    CHECK(respell_keys("å: {Trend: 1, Vad: 2}\n", {{1, 5, "Trend", "trend"}, {1, 15, "Vad", "vad"}}, changes) ==
          "å: {trend: 1, vad: 2}\n");
    CHECK(changes.size() == 2);
  }

  TEST_CASE("a valid file with a key written with a capital and a look-alike is fixed to its own bytes") {
    std::mt19937 random(21);
    test::TempDir dir;
    QuestionnaireCatalog catalog = test::test_catalog();
    for (const std::string& file : valid_files()) {
      const std::vector<std::string> lines = lines_of(file);
      const LineScan scan = scan_lines(file);
      std::vector<std::size_t> keyed;  // lines that start with a plain key in a-z
      for (std::size_t i = 0; i < lines.size(); ++i) {
        std::size_t key = lines[i].find_first_not_of(' ');
        while (key != std::string::npos && lines[i].compare(key, 2, "- ") == 0) key += 2;
        const std::size_t colon = lines[i].find(':');
        if (scan.lines[i].start == ScannedLine::Start::Block && key != std::string::npos &&
            colon != std::string::npos && lines[i][key] >= 'a' && lines[i][key] <= 'z' &&
            lines[i].find_first_of(" \"'[{", key) > colon)
          keyed.push_back(i);
      }
      REQUIRE(keyed.size() > 10);
      for (int variant = 0; variant < 12; ++variant) {
        const std::size_t capital = keyed[random() % keyed.size()];
        const std::size_t lookalike = keyed[random() % keyed.size()];
        std::string mutated;
        for (std::size_t i = 0; i < lines.size(); ++i) {
          std::string line = lines[i];
          if (i == capital) {
            std::size_t key = line.find_first_not_of(' ');
            while (line.compare(key, 2, "- ") == 0) key += 2;
            line[key] = static_cast<char>(line[key] - 'a' + 'A');
          }
          if (i == lookalike) line = with_lookalike(line, random);
          mutated += line + "\n";
        }
        if (file.back() != '\n') mutated.pop_back();
        dir.write("fil.yaml", mutated);
        const FixOutcome fixed = fix_file(dir.file("fil.yaml"), false, {}, catalog);
        INFO("line ", capital + 1, ": ", lines[capital]);
        CHECK(fixed.refused == "");
        CHECK(test::read_file(dir.file("fil.yaml")) == file);
        CHECK(fix_file(dir.file("fil.yaml"), false, {}, catalog).changes.empty());  // idempotent
      }
    }
  }
}
