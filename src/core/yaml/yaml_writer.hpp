// SPDX-License-Identifier: EUPL-1.2
// Writing YAML text ourselves, so that files keep the comments that guide an
// official through them (yaml-cpp's emitter cannot place them as we need).
#pragma once

#include <string>
#include <string_view>

namespace lagesbild {

// A scalar as it should stand after "key: ": plain when that reads back as
// the same text, otherwise double-quoted with escapes.
std::string yaml_scalar(std::string_view text);
// Always double-quoted: for free text, so that nothing typed acts as YAML.
std::string yaml_quoted(std::string_view text);

// Free text after "key: " at `indent`: a literal block (|-) when it has
// several lines, so that an official can still edit it by hand; otherwise
// as yaml_scalar.
std::string yaml_text(std::string_view text, std::size_t indent);

// "key: value" and a comment starting at `column` (counted in characters),
// with at least two spaces before it, as in every file lagesbild writes.
std::string with_comment(const std::string& key_value, std::size_t column, const std::string& comment);

}  // namespace lagesbild
