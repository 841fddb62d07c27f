// SPDX-License-Identifier: EUPL-1.2
#include "core/yaml/layout_messages.hpp"

#include <fmt/format.h>

#include <string_view>

#include "core/base/text.hpp"

namespace lagesbild {

namespace {

std::string name_of(const Frame& block) {
  return block.sequence || block.entry_key.empty() ? std::string("listpunkten") : fmt::format("`{}`", block.entry_key);
}

int line_of(const Frame& block) {
  return block.entry ? block.entry->number : 0;
}

std::size_t at_indent(const ScannedLine& line) {
  return line.indent;
}

// A word that can be a key: no sentence punctuation or quotes in it.
bool key_like(std::string_view word) {
  return !word.empty() && word.find_first_of(".,;!?\"'()[]{}#") == std::string_view::npos;
}

int times_written(const KeyIndents& indents, const std::string& key, long indent) {
  const auto written = indents.find(key);
  if (written == indents.end()) return 0;
  const auto at = written->second.find(indent);
  return at == written->second.end() ? 0 : at->second;
}

}  // namespace

LineProblem missing_space_after_dash(const ScannedLine& line) {
  return {line.number, at_indent(line) + 1,
          fmt::format("mellanslag saknas efter \"-\" i början av raden. Skriv `- {}` med ett mellanslag efter "
                      "bindestrecket.",
                      line.code.substr(1))};
}

LineProblem missing_colon(const ScannedLine& line, const Frame* frame, const KeyIndents& keys) {
  const std::string& code = line.code;
  const std::size_t space = code.find(' ');
  const std::string word = code.substr(0, space);
  const std::string rest = space == std::string::npos ? "" : code.substr(code.find_first_not_of(' ', space));
  if (const std::size_t glued = word.find(':'); glued != std::string::npos && glued + 1 < word.size()) {
    const std::string key = code.substr(0, glued);
    const std::string value = code.substr(glued + 1);
    // A hard space (U+00A0) after the colon never comes here: input_bytes
    // names it, as every look-alike character (lookalikes.hpp).
    return {line.number, at_indent(line) + glued + 1,
            fmt::format("mellanslag saknas efter kolonet i \"{}:{}\". Skriv \"{}: {}\".", key, value, key, value)};
  }
  const bool known = keys.count(word) > 0 || word.find('_') != std::string::npos || (rest.empty() && key_like(word));
  if (!known && frame && frame->entry_plain && frame->entry && count_code_points(frame->entry->code) >= 50)
    return {line.number, at_indent(line),
            fmt::format("raden har samma indrag som {} på rad {} och läses därför som en ny "
                        "nyckel, men den saknar "
                        "kolon. Fortsätter texten från rad {} här: skriv den på samma rad, eller "
                        "dra in raden mer "
                        "än {} (minst {} mellanslag).",
                        name_of(*frame), line_of(*frame), line_of(*frame), name_of(*frame), frame->indent + 2)};
  if (key_like(word))
    return {line.number, at_indent(line) + word.size(),
            rest.empty() ? fmt::format("`{}` saknar kolon – skriv `{}:`.", word, word)
                         : fmt::format("`{}` saknar kolon – skriv `{}: {}`.", word, word, rest)};
  return {line.number, at_indent(line),
          "raden saknar kolon och passar inte in bland nycklarna. Varje rad här ska vara "
          "`nyckel: värde`; hör texten till raden ovanför, skriv den på samma rad som den."};
}

LineProblem missing_dash(const ScannedLine& line, const LineNode& node, const Frame& list, const Frame* parent,
                         const Frame* item) {
  if (node.is_key && item && item->entry && node.key != item->first_key)
    // A key of the item above, dedented to the list's dash.
    return {line.number, at_indent(line),
            fmt::format("`{}` har {} mellanslags indrag, men hör till listpunkten ovanför, vars "
                        "nycklar har {} (`{}` på rad {}). Ge den samma indrag: `{}{}`.",
                        node.key, line.indent, item->indent, item->entry_key, line_of(*item),
                        std::string(static_cast<std::size_t>(item->indent), ' '), line.code)};
  if (node.is_key && !item && list.item_keys.count(node.key) == 0 && parent && !parent->sequence && parent->entry)
    return {line.number, at_indent(line),
            fmt::format("`{}` har {} mellanslags indrag och hamnar därför i listan under {} på rad "
                        "{}. Hör den ihop med {}, ge den samma indrag ({} mellanslag): `{}{}`.",
                        node.key, line.indent, name_of(*parent), line_of(*parent), name_of(*parent), parent->indent,
                        std::string(static_cast<std::size_t>(parent->indent), ' '), line.code)};
  return {line.number, at_indent(line),
          fmt::format("en ny punkt i listan börjar med `- `, som punkterna ovanför. Skriv `- {}`.", line.code)};
}

LineProblem dash_among_keys(const ScannedLine& line, const Frame& block) {
  return {line.number, at_indent(line),
          fmt::format("en listpunkt (`- `) kan inte stå på samma indrag som {} på rad {}. En lista hör till "
                      "nyckeln ovanför den: dra in listpunkten mer än nyckeln.",
                      name_of(block), line_of(block))};
}

std::optional<LineProblem> entry_too_shallow(const ScannedLine& line, const Frame& block, const KeyIndents& indents) {
  const BelongsDeeper* deeper = block.deeper ? &*block.deeper : nullptr;
  const auto target = static_cast<long>(line.indent);
  if (!deeper || !block.entry || (deeper->indent >= 0 && deeper->indent != target)) return std::nullopt;
  if (times_written(indents, block.entry_key, target) == 0 ||
      times_written(indents, block.entry_key, block.indent) > 1)  // the entry itself is once
    return std::nullopt;
  return LineProblem{block.entry->number, at_indent(*block.entry),
                     fmt::format("{} har för litet indrag: raden {} `{}` på rad {} och ska dras in som raden "
                                 "under den ({} mellanslag): `{}{}`.",
                                 name_of(block), deeper->sibling ? "hör ihop med" : "hör till", deeper->key,
                                 deeper->line->number, line.indent, std::string(line.indent, ' '), block.entry->code)};
}

LineProblem text_goes_on_wrongly(const ScannedLine& line, const LineNode& node, const Frame& block,
                                 const KeyIndents& keys) {
  if (node.is_key && node.dashes.empty() && node.key.find(' ') != std::string::npos)
    return {line.number, at_indent(line),
            fmt::format("texten från rad {} fortsätter på den här raden, men \": \" mitt i en text går "
                        "inte utan citattecken. Sätt hela texten inom citattecken, t.ex. `{}: \"...\"`, "
                        "eller skriv den på en rad.",
                        line_of(block), block.entry_key.empty() ? "vad" : block.entry_key)};
  if (const auto shallow = entry_too_shallow(line, block, keys)) return *shallow;
  if (block.sequence && node.is_key && block.entry) {
    // "- vad Text" followed by the item's next key: the item's colon is missing.
    ScannedLine item = *block.entry;
    const std::size_t text = item.code.find_first_not_of(' ', item.code.find('-') + 1);
    item.indent += text;
    item.code = item.code.substr(text);
    return missing_colon(item, nullptr, keys);
  }
  if (node.is_key && node.dashes.empty() && !block.sequence)
    return {line.number, at_indent(line),
            fmt::format("`{}` har {} mellanslags indrag, men hör ihop med {} på rad {} ({} mellanslag). "
                        "Ta bort {} mellanslag i början av raden.",
                        node.key, line.indent, name_of(block), line_of(block), block.indent,
                        static_cast<long>(line.indent) - block.indent)};
  return no_open_block(line, block, nullptr);
}

LineProblem no_open_block(const ScannedLine& line, const Frame& block, const Frame* popped) {
  if (popped && popped->entry)
    return {line.number, at_indent(line),
            fmt::format("raden har {} mellanslags indrag, men raderna den kan höra ihop med har {} "
                        "({} på rad {}) "
                        "eller {} ({} på rad {}). Ge den samma indrag som en av dem.",
                        line.indent, popped->indent, name_of(*popped), line_of(*popped), block.indent, name_of(block),
                        line_of(block))};
  return {line.number, at_indent(line),
          fmt::format("raden har {} mellanslags indrag, men {} på rad {} har sitt värde på samma "
                      "rad, så inga rader "
                      "kan höra till den. Ge raden samma indrag som {} ({} mellanslag).",
                      line.indent, name_of(block), line_of(block), name_of(block), block.indent)};
}

LineProblem value_under_indented(const ScannedLine& line, const OpenValue& value) {
  const std::string owner = value.key.empty() ? "listpunkten" : fmt::format("`{}`", value.key);
  const int from = value.line ? value.line->number : 0;
  return {line.number, at_indent(line),
          fmt::format("raden fortsätter {} från rad {}, men har för litet indrag: dra in den mer "
                      "än {} (minst {} "
                      "mellanslag), eller skriv allt på rad {}.",
                      line.start == ScannedLine::Start::InQuote ? "texten inom citattecken" : "listan inom [ ]", from,
                      owner, value.frame_indent + 1, from)};
}

}  // namespace lagesbild
