// SPDX-License-Identifier: EUPL-1.2
#include "core/render/picture_parts.hpp"

#include <fmt/format.h>

#include <map>

#include "core/render/document_parts.hpp"

namespace lagesbild {

Document start_picture(const std::string& title, const ReportHeader& h, const std::string& date,
                       const std::string& party, const std::optional<Date>& meeting) {
  std::string running = fmt::format("{} · {}", h.municipality, swedish_month_year(h.period));
  if (!party.empty()) running += " · " + party;
  if (meeting) running += " · möte " + to_string(*meeting);
  if (!h.registry_number.empty()) running += " · dnr " + h.registry_number;
  return begin_document(title, date, h.classification, h.secrecy_ground, running);
}

void mark_as_draft(Document& doc, const std::string& why) {
  doc.running_header = "UTKAST · " + doc.running_header;
  Block draft;
  draft.kind = Block::Kind::Notice;
  draft.text = plain("UTKAST – " + why);
  draft.role = "draft";
  doc.blocks.insert(doc.blocks.begin() + 1, std::move(draft));
}

void question(Document& doc, const QuestionnaireArea& qa, std::size_t number, std::string role) {
  heading(doc, 2, fmt::format("{}. {}", number, qa.heading), std::move(role));
  paragraph(doc, {Span{qa.question, false, true}}, "question");
}

std::string or_dash(const std::string& text) {
  return text.empty() ? "–" : text;
}

std::string date_or_dash(const std::optional<Date>& date) {
  return date ? to_string(*date) : "–";
}

std::vector<Inline> observation_row(const Observation& o, bool with_party) {
  std::vector<Inline> row;
  row.push_back(plain(or_dash(o.where)));
  if (with_party) row.push_back(plain(capitalised(o.party)));
  row.push_back(plain(o.what));
  row.push_back(plain(or_dash(o.when)));
  row.push_back(plain(o.source.empty() ? "–" : source_name(o.source)));
  row.push_back(plain(o.count ? std::to_string(*o.count) : "–"));
  return row;
}

std::string source_name(const std::string& id) {
  // The sources the agreement names (dalarna-2019), as a reader knows them.
  static const std::map<std::string, std::string> kNames = {
      {"tjänsteman", "Kommunens tjänstemän"},
      {"lupp", "Lupp"},
      {"brottsstatistik", "Polisens brottsstatistik"},
      {"annan", "Annan källa"},
  };
  if (const auto it = kNames.find(id); it != kNames.end()) return it->second;
  std::string name = capitalised(id);
  for (char& c : name)
    if (c == '_') c = ' ';
  return name;
}

std::vector<std::string> source_names(const std::vector<std::string>& ids) {
  std::vector<std::string> names;
  for (const auto& id : ids) names.push_back(source_name(id));
  return names;
}

void label(Document& doc, std::string text) {
  paragraph(doc, strong(std::move(text)), "label");
}

}  // namespace lagesbild
