// SPDX-License-Identifier: EUPL-1.2
#include "core/archive/status.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/json.hpp"
#include "core/base/safe_text.hpp"
#include "core/base/text.hpp"

namespace lagesbild {

namespace {

PartyStatus status_of(const Archive& archive, const std::string& key, const Period& period, const std::string& party) {
  PartyStatus s;
  s.party = party;
  const auto found = archive.find(key, period, party);
  s.files = found.size();
  if (!found.empty()) s.file = found.front();
  return s;
}

std::string path_of(const PartyStatus& r) {
  return r.file ? safe_text(r.file->path) : "–";
}

std::string text_row(const PartyStatus& r) {
  const std::string path = path_of(r);
  const std::size_t width = count_code_points(path);
  return fmt::format("  {:<10}{}{} {}\n", r.party, path, std::string(width < 40 ? 40 - width : 1, ' '), r.verdict());
}

std::string json_fields(const PartyStatus& r) {
  const bool joint = r.party == words::kJoint;
  return fmt::format("\"fil\": {}, \"finns\": {}, \"giltig\": {}, \"{}\": {}, \"status\": {}",
                     r.file ? json_string(path_of(r)) : "null", r.files > 0 ? "true" : "false",
                     r.files == 1 && r.file->valid ? "true" : "false", joint ? "slutlig" : "komplett",
                     r.ok() ? "true" : "false", json_string(r.verdict()));
}

}  // namespace

std::string PartyStatus::verdict() const {
  if (files == 0) return "saknas";
  if (files > 1) return fmt::format("{} filer för samma part och månad", files);
  if (!file->valid) return "ogiltig (se lagesbild validate)";
  if (party == words::kJoint && file->hand_edited)
    return "giltig, inte slutlig: parternas text ändrad för hand efter merge";
  if (party == words::kJoint) return file->final ? "giltig, slutlig" : "giltig, inte slutlig";
  return file->complete ? "giltig, komplett" : "giltig men inte komplett";
}

bool PartyStatus::ok() const {
  return files == 1 && file->valid && (party == words::kJoint ? file->final : file->complete);
}

bool MonthStatus::all_delivered() const {
  if (municipalities.empty()) return false;
  return std::all_of(municipalities.begin(), municipalities.end(), [](const MunicipalityStatus& m) {
    return std::all_of(m.parties.begin(), m.parties.end(), [](const PartyStatus& p) { return p.ok(); });
  });
}

MonthStatus month_status(const Archive& archive, const Questionnaire& q, const Period& period,
                         const std::string& only_municipality) {
  auto municipalities = archive.municipalities();
  if (!only_municipality.empty()) {
    municipalities.erase(std::remove_if(municipalities.begin(), municipalities.end(),
                                        [&](const auto& m) { return !archive.answers_to(m.first, only_municipality); }),
                         municipalities.end());
    if (municipalities.empty()) municipalities.emplace_back(name_key(only_municipality), only_municipality);
  }
  MonthStatus s;
  s.period = period;
  for (const auto& [key, name] : municipalities) {
    MunicipalityStatus m{key, name, {}, status_of(archive, key, period, words::kJoint)};
    for (const auto& party : q.parties) m.parties.push_back(status_of(archive, key, period, party));
    s.municipalities.push_back(std::move(m));
  }
  return s;
}

std::string status_text(const MonthStatus& s, const std::vector<std::string>& folders) {
  std::string text = fmt::format("Lägesbilder för {}\n", swedish_month_year(s.period));
  for (const auto& m : s.municipalities) {
    text += fmt::format("\n{}\n", m.name);
    for (const auto& r : m.parties) text += text_row(r);
    text += text_row(m.joint);
  }
  if (s.municipalities.empty()) text += "\nInga lägesbilder hittades i " + join(folders, ", ") + ".\n";
  return text;
}

std::string status_json(const MonthStatus& s) {
  std::string json = fmt::format("{{\"period\": \"{}\", \"kommuner\": [", to_string(s.period));
  for (std::size_t k = 0; k < s.municipalities.size(); ++k) {
    const MunicipalityStatus& m = s.municipalities[k];
    json += fmt::format("{}\n  {{\"kommun\": {}, \"parter\": [", k ? "," : "", json_string(m.name));
    for (std::size_t i = 0; i < m.parties.size(); ++i)
      json += fmt::format("{}{{\"part\": {}, {}}}", i ? ", " : "", json_string(m.parties[i].party),
                          json_fields(m.parties[i]));
    json += fmt::format("], \"gemensam\": {{{}}}}}", json_fields(m.joint));
  }
  return json + (s.municipalities.empty() ? "]}\n" : "\n]}\n");
}

}  // namespace lagesbild
