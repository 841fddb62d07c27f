// SPDX-License-Identifier: EUPL-1.2
#include "web/form_model.hpp"

#include <fmt/format.h>

#include <cstdlib>

#include "core/base/dates.hpp"
#include "core/diag/diagnostic_format.hpp"
#include "core/report/new_report.hpp"
#include "core/report/report_loader.hpp"
#include "core/report/schema_location.hpp"
#include "core/report/validation.hpp"
#include "core/yaml/comment_scan.hpp"

namespace lagesbild {

namespace {

constexpr char kRecordEnd = '\x1e';
constexpr char kFieldSeparator = '\x1f';

JsonValue model_of(const NewReport& r, const Questionnaire& q) {
  JsonValue areas = JsonValue::array();
  for (const auto& area : r.areas) {
    JsonValue observations = JsonValue::array();
    for (const auto& o : area.observations) {
      JsonValue row = JsonValue::object();
      row.set("vad", o.what);
      row.set("var", o.where);
      row.set("nar", o.when);
      row.set("kalla", o.source);
      row.set("antal", o.count ? JsonValue(*o.count) : JsonValue());
      observations.push(std::move(row));
    }
    JsonValue a = JsonValue::object();
    a.set("id", area.id);
    a.set("trend", area.trend);
    a.set("iakttagelser", std::move(observations));
    a.set("bedomning", area.assessment);
    a.set("ingetAttRapportera", area.nothing_to_report);
    areas.push(std::move(a));
  }
  JsonValue m = JsonValue::object();
  m.set("mall", q.id);
  m.set("kommun", r.municipality);
  m.set("part", r.party);
  m.set("organisation", r.organisation);
  m.set("period", to_string(r.period));
  m.set("upprattad", to_string(r.written));
  m.set("upprattadAv", r.written_by);
  m.set("klassificering", to_string(r.classification));
  m.set("sekretessgrund", r.secrecy_ground);
  m.set("diarienummer", r.registry_number);
  m.set("kallor", JsonValue::array_of(r.sources));
  m.set("omraden", std::move(areas));
  // The editor's first line (lagesbild(5) §2), kept as it was.
  m.set("modeline", r.modeline);
  return m;
}

// The schema modeline `new` and `merge` write first, with its line end.
std::string modeline_of(const std::string& text) {
  if (text.rfind('#', 0) != 0) return {};
  const std::string first = text.substr(0, text.find('\n'));
  return is_schema_modeline(first.substr(1)) ? first + "\n" : std::string();
}

}  // namespace

std::vector<std::string> fields_of(const std::string& text, char separator) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find(separator, start)) != std::string::npos; start = end + 1)
    fields.push_back(text.substr(start, end - start));
  fields.push_back(text.substr(start));
  return fields;
}

JsonValue read_form(const std::string& file, QuestionnaireCatalog& catalog) {
  JsonValue v = JsonValue::object();
  v.set("diagnostics", format_as_json(listed(validate_file(file, {}, catalog).diagnostics)));
  Diagnostics reading;
  const LoadedReport loaded = load_report(file, catalog, reading);
  const auto refuse = [&](const std::string& reason) {
    v.set("model", JsonValue());
    v.set("reason", reason);
    v.set("ownComments", JsonValue::array());
    return v;
  };
  if (loaded.joint)
    return refuse(
        "Det här är en gemensam lägesbild. Formuläret visar en parts egen lägesbild; den gemensamma redigeras i "
        "texten.");
  if (!loaded.local)
    return refuse("Filen kan inte läsas som en parts lägesbild. Rätta felen i texten, så kan den visas i formuläret.");
  // What the reader could not take in (a misspelt key, a wrong value) would
  // not be in the form: the file stays in the text until it is put right.
  if (reading.has_errors())
    return refuse(
        "Filen har fel som formuläret inte kan visa utan att något går förlorat. Rätta felen i texten först; "
        "obesvarade frågor går bra.");
  const std::string text = loaded.document.source.text();
  NewReport r = new_report_of(*loaded.local, *loaded.questionnaire);
  r.modeline = modeline_of(text);
  JsonValue comments = JsonValue::array();
  for (const auto& c : comments_not_in(text, new_report_text(*loaded.questionnaire, r))) {
    if (is_schema_modeline(c.text)) continue;
    JsonValue comment = JsonValue::object();
    comment.set("line", c.line);
    comment.set("text", c.text);
    comments.push(std::move(comment));
  }
  v.set("model", model_of(r, *loaded.questionnaire));
  v.set("reason", "");
  v.set("ownComments", std::move(comments));
  return v;
}

JsonValue write_form(const std::string& records, QuestionnaireCatalog& catalog) {
  JsonValue v = JsonValue::object();
  const auto refuse = [&](const std::string& error) {
    v.set("error", error);
    return v;
  };
  NewReport r;
  const Questionnaire* q = nullptr;
  for (const auto& record : fields_of(records, kRecordEnd)) {
    if (record.empty()) continue;
    std::vector<std::string> f = fields_of(record, kFieldSeparator);
    if (f[0] == "H" && f.size() == 12) {
      Diagnostics problems;
      q = catalog.find_by_id(f[1], problems);
      if (!q) return refuse(fmt::format("mallen \"{}\" finns inte i sidan", f[1]));
      r.municipality = f[2];
      r.party = f[3];
      r.organisation = f[4];
      const auto period = parse_period(f[5]);
      if (!period) return refuse(fmt::format("perioden \"{}\" är ingen månad; skriv ÅÅÅÅ-MM, t.ex. 2026-11", f[5]));
      r.period = *period;
      const auto written = f[6].empty() ? std::optional<Date>(today()) : parse_date(f[6]);
      if (!written) return refuse(fmt::format("upprättad \"{}\" är inget datum; skriv ÅÅÅÅ-MM-DD", f[6]));
      r.written = *written;
      r.written_by = f[7];
      const auto level = parse_classification(f[8]);
      if (!level)
        return refuse(fmt::format("klassificeringen \"{}\" finns inte; välj öppen, intern eller sekretess", f[8]));
      r.classification = *level;
      r.secrecy_ground = f[9];
      r.registry_number = f[10];
      r.modeline = f[11];
    } else if (f[0] == "K" && f.size() == 2) {
      r.sources.push_back(f[1]);
    } else if (f[0] == "A" && f.size() == 5) {
      FilledArea area;
      area.id = f[1];
      area.trend = f[2];
      area.assessment = f[3];
      area.nothing_to_report = f[4] == "1";
      r.areas.push_back(std::move(area));
    } else if (f[0] == "O" && f.size() == 6 && !r.areas.empty()) {
      Observation o;
      o.what = f[1];
      o.where = f[2];
      o.when = f[3];
      o.source = f[4];
      if (!f[5].empty()) o.count = std::strtol(f[5].c_str(), nullptr, 10);
      r.areas.back().observations.push_back(std::move(o));
    } else {
      return refuse(fmt::format("formulärets data kan inte läsas (post \"{}\")", f[0]));
    }
  }
  if (!q) return refuse("formulärets data saknar filens huvud");
  v.set("text", new_report_text(*q, r));
  return v;
}

}  // namespace lagesbild
