// Reading option values that several commands share, with one Swedish
// message each when they are wrong. Each returns nullopt/nullptr after
// printing the message; the caller then exits with kUsage.
#pragma once

#include <optional>
#include <string>

#include "core/dates.hpp"
#include "core/questionnaire.hpp"

namespace lagesbild::cli {

// A month given as `flag` (e.g. "--period"), or `fallback` when empty.
std::optional<Period> period_option(const std::string& value, const std::string& flag, const Period& fallback);
// A date given as `flag`, or `fallback` when empty.
std::optional<Date> date_option(const std::string& value, const std::string& flag, const Date& fallback);
// The questionnaire named by --mall (an id or a file).
const Questionnaire* questionnaire_option(QuestionnaireCatalog& catalog, const std::string& id_or_path);
// The contents of a --css file ("" when none is given).
std::optional<std::string> stylesheet_option(const std::string& path);

}  // namespace lagesbild::cli
