// SPDX-License-Identifier: EUPL-1.2
#include "core/report/new_report_check.hpp"

#include "core/base/personal_data.hpp"
#include "core/base/text.hpp"
#include "core/report/file_names.hpp"

namespace lagesbild {

namespace {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

bool is_municipality_name(const std::string& name) {
  for (char32_t c : decode_utf8(name)) {
    const bool letter = (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c >= 0xC0;
    if (!letter && c != U' ' && c != U'-') return false;
  }
  return !name.empty() && !file_name_slug(name).empty();
}

bool has_identity_number(const std::string& text) {
  for (const auto& finding : find_personal_data(text))
    if (finding.kind == PersonalDataKind::IdentityNumber || finding.kind == PersonalDataKind::CoordinationNumber)
      return true;
  return false;
}

}  // namespace

void trim_new_report(NewReport& r) {
  for (std::string* text : {&r.municipality, &r.organisation, &r.written_by, &r.secrecy_ground, &r.registry_number})
    *text = trimmed(*text);
}

NewReportProblem new_report_problem(const NewReport& r, const Questionnaire& q) {
  for (const std::string* text :
       {&r.municipality, &r.organisation, &r.written_by, &r.secrecy_ground, &r.registry_number})
    if (has_identity_number(*text)) return NewReportProblem::IdentityNumber;
  if (!is_municipality_name(r.municipality)) return NewReportProblem::MunicipalityName;
  if (!q.has_party(r.party)) return NewReportProblem::UnknownParty;
  if (r.classification == Classification::Secret && r.secrecy_ground.empty())
    return NewReportProblem::SecretNeedsGround;
  return NewReportProblem::None;
}

}  // namespace lagesbild
