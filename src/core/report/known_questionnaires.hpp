// SPDX-License-Identifier: EUPL-1.2
// Questionnaires whose reading is compiled in. A questionnaire file with
// exactly these bytes is this questionnaire (reading is a function of the
// bytes), so it need not be parsed again: parsing dalarna-2019 was a quarter
// of the instructions of checking one report. Any other bytes, an edited or
// a new questionnaire, are read as before. known_questionnaires.cpp is
// written by a unit test from templates/ (test_known_questionnaires.cpp;
// LAGESBILD_UPDATE_GOLDEN=1 rewrites it), which also checks that it agrees.
#pragma once

#include <string_view>
#include <vector>

#include "core/report/questionnaire.hpp"

namespace lagesbild {

struct KnownQuestionnaire {
  std::string_view bytes;       // the file, byte for byte
  Questionnaire questionnaire;  // what load_questionnaire() makes of it, without its path
};

const std::vector<KnownQuestionnaire>& known_questionnaires();

}  // namespace lagesbild
