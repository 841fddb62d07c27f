// SPDX-License-Identifier: EUPL-1.2
// The building blocks of the JSON Schemas (report/json_schema): one value of
// the format each, as lagesbild's readers (report/field_reader) accept it.
//
// Two rules shape them. A schema never rejects what validate accepts: every
// scalar is text to the readers (`vad: 12` is a text, `antal: "3"` a number),
// and an empty value (`trend:`) is the same as a missing key. And an editor
// (yaml-language-server) completes only what an official may type: the
// allowed values, never `null`, `true` or `false` in a text. So "empty" and
// "any other scalar" are written as `not` a list of types, which admits the
// value without offering anything to complete. `errorMessage` (an extension
// yaml-language-server reads, ignored by other validators) words the
// editor's message in Swedish, as validate would.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/base/json_value.hpp"

namespace lagesbild::schema {

enum class Need { Optional, Required };  // Required: present and not empty

// A text: an id, a name or what an official writes (any scalar).
JsonValue text(const std::string& key, const std::string& description, Need need = Need::Optional);
// One of `allowed`, completed by the editor.
JsonValue choice(const std::string& key, const std::string& description, const std::vector<std::string>& allowed,
                 Need need = Need::Optional);
// A list of values from `allowed`; a lone value is a list of one.
JsonValue choice_list(const std::string& key, const std::string& description, const std::vector<std::string>& allowed);
// A list of texts; a lone text is a list of one.
JsonValue text_list(const std::string& key, const std::string& description);
JsonValue date(const std::string& key, const std::string& description, Need need = Need::Optional);
JsonValue period(const std::string& key, const std::string& description, Need need = Need::Optional);
// "2026" or "2026-01..2026-12": the months a citizen promise is in force.
JsonValue period_range(const std::string& key, const std::string& description, Need need);
// An integer from `min` to `max` (as YAML writes it, or as digits in quotes).
JsonValue integer(const std::string& key, const std::string& description, long min, long max,
                  Need need = Need::Optional);
// true or false, without quotes.
JsonValue boolean(const std::string& key, const std::string& description);

// Keys in the format's order, each with its schema; no other key allowed.
using Properties = std::vector<std::pair<std::string, JsonValue>>;
JsonValue mapping(const std::string& description, Properties properties, const std::vector<std::string>& required,
                  Need need = Need::Required);
// A list whose items are `item`.
JsonValue list(const std::string& description, JsonValue item, Need need = Need::Optional);

// What `need` adds to an alternative: the empty value when optional.
JsonValue any_of(JsonValue alternatives, const std::string& description, Need need);

}  // namespace lagesbild::schema
