// SPDX-License-Identifier: EUPL-1.2
// The web page's front end: a C API over the core, called from api.js
// (window.lagesbild, documented in src/web/API.md). Like src/cli/, it only
// hands inputs to the core and words its answers; every rule is the core's.
//
// Files live in the module's in-memory file system: api.js writes them into
// the working folder (lb_put_file) with the names the user's files have, so
// that the diagnostics name them exactly as the CLI run in that folder would.
// Every function returns a JSON text made with malloc, which api.js frees.
#include <fmt/format.h>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/base/dates.hpp"
#include "core/base/json_value.hpp"
#include "core/base/limits.hpp"
#include "core/base/text.hpp"
#include "core/diag/diagnostic_format.hpp"
#include "core/merge/merge_plan.hpp"
#include "core/render/html_writer.hpp"
#include "core/render/markdown_writer.hpp"
#include "core/render/render_report.hpp"
#include "core/report/file_names.hpp"
#include "core/report/new_report.hpp"
#include "core/report/new_report_check.hpp"
#include "core/report/questionnaire.hpp"
#include "core/report/report.hpp"
#include "core/report/validation.hpp"
#include "web/form_model.hpp"

namespace fs = std::filesystem;
using namespace lagesbild;

namespace {

// The CLI's exit codes (lagesbild(1)); the page shows them as the CLI would.
constexpr int kOk = 0, kInvalidInput = 1, kUsage = 2, kInternal = 70;

// The questionnaires are embedded in the module at /mallar (CMakeLists.txt).
QuestionnaireCatalog& catalog() {
  static QuestionnaireCatalog shared({"/mallar"});
  return shared;
}

const fs::path kWorkFolder = "/arbete";

char* answer(const JsonValue& value) {
  const std::string text = value.dump();
  char* out = static_cast<char*>(std::malloc(text.size() + 1));
  if (out) std::memcpy(out, text.c_str(), text.size() + 1);
  return out;
}

// Only a file's own name: a name from a browser never reaches outside the
// working folder.
std::string own_name(const char* name) {
  std::string own = fs::path(name ? name : "").filename().string();
  if (own.empty() || own == "." || own == "..") own = "lagesbild.yaml";
  return own;
}

std::string text_of(const char* text) {
  return text ? text : "";
}

// Every call answers; a bug in the core becomes exit 70, never a dead page.
template <typename Work>
char* guarded(Work work) {
  try {
    return answer(work());
  } catch (const std::exception& e) {
    JsonValue v = JsonValue::object();
    v.set("exitCode", kInternal);
    v.set("messages", format_error_line(fmt::format("internt fel: {}. Rapportera gärna felet.", e.what())));
    return answer(v);
  }
}

}  // namespace

extern "C" {

// Empties the working folder: each call of the API starts from nothing.
void lb_reset() {
  std::error_code ec;
  fs::remove_all(kWorkFolder, ec);
  fs::create_directories(kWorkFolder, ec);
  fs::current_path(kWorkFolder, ec);
}

// Writes a file into the working folder; its name is what lb_* calls take.
// Returns the name it was given there, or "" when a file of that name is
// already there (two files of one name are refused by api.js).
char* lb_put_file(const char* name, const char* bytes, std::size_t size) {
  const std::string own = own_name(name);
  JsonValue v = JsonValue::object();
  std::error_code ec;
  if (fs::exists(kWorkFolder / own, ec)) {
    v.set("name", "");
    return answer(v);
  }
  std::ofstream out(kWorkFolder / own, std::ios::binary);
  out.write(bytes, static_cast<std::streamsize>(size));
  v.set("name", out ? own : std::string());
  return answer(v);
}

// A file over the core's limit, in size only: as large as the user's but
// with none of its bytes, since the core reads nothing of such a file but
// its size (yaml_reader). A 50 MB file is then not copied twice through the
// tab's one thread to be told it is too large. Answers as lb_put_file.
char* lb_put_sized_file(const char* name, double size) {
  const std::string own = own_name(name);
  JsonValue v = JsonValue::object();
  std::error_code ec;
  if (fs::exists(kWorkFolder / own, ec) || !(size > static_cast<double>(limits::kMaxFileBytes))) {
    v.set("name", "");
    return answer(v);
  }
  { std::ofstream create(kWorkFolder / own, std::ios::binary); }
  fs::resize_file(kWorkFolder / own, static_cast<std::uintmax_t>(size), ec);
  v.set("name", ec ? std::string() : own);
  return answer(v);
}

// limits::kMaxFileBytes: api.js sends a larger file in size only.
int lb_max_file_bytes() {
  return static_cast<int>(limits::kMaxFileBytes);
}

// validate [--final] [--strict] FILE: the JSON text, the people's text and the exit code.
char* lb_validate(const char* name, int final, int strict) {
  return guarded([&] {
    const std::string file = own_name(name);
    ValidatedFile checked = validate_file(file, {final != 0, strict != 0}, catalog());
    const int code = checked.unreadable ? kUsage : checked.diagnostics.has_errors() ? kInvalidInput : kOk;
    JsonValue v = JsonValue::object();
    v.set("exitCode", code);
    v.set("text", format_listed_for_people(checked.diagnostics) + verdict_line(file, checked.diagnostics));
    v.set("json", format_as_json(listed(std::move(checked.diagnostics))));
    return v;
  });
}

// merge FILES... [--previous PREVIOUS] [-o EXISTING]: names separated by '\n'.
char* lb_merge(const char* names, const char* previous, const char* existing) {
  return guarded([&] {
    MergeRequest request;
    for (const auto& file : fields_of(text_of(names), '\n'))
      if (!file.empty()) request.files.push_back(file);
    if (previous && *previous) request.previous = own_name(previous);
    if (existing && *existing) request.output = own_name(existing);
    // No schema is installed beside a web page: the joint file has no modeline.
    const MergePlan plan = plan_merge(request, catalog());
    std::string messages = format_listed_for_people(plan.diagnostics);
    JsonValue v = JsonValue::object();
    if (plan.failure != MergeFailure::None) {
      messages += format_error_line(plan.closing_message);
      const int code = plan.failure == MergeFailure::Usage          ? kUsage
                       : plan.failure == MergeFailure::InvalidInput ? kInvalidInput
                       : plan.failure == MergeFailure::CannotWrite  ? 3
                                                                    : kInternal;
      v.set("exitCode", code);
      v.set("fileName", JsonValue());
      v.set("text", JsonValue());
    } else {
      messages += merge_written_text(plan);
      v.set("exitCode", kOk);
      v.set("fileName", fs::path(plan.output).filename().string());
      v.set("text", plan.text);
    }
    v.set("messages", messages);
    return v;
  });
}

// render --format html|markdown FILE
char* lb_render(const char* name, const char* format) {
  return guarded([&] {
    ReportDocument read = document_of_file(own_name(name), catalog());
    std::string messages = format_listed_for_people(read.diagnostics);
    JsonValue v = JsonValue::object();
    if (!read.document) {
      messages += format_error_line(kNotRendered);
      v.set("exitCode", read.unreadable ? kUsage : kInvalidInput);
      v.set("text", JsonValue());
    } else {
      v.set("exitCode", kOk);
      v.set("text", text_of(format) == "markdown" ? markdown_text(*read.document) : html_text(*read.document));
    }
    v.set("messages", messages);
    return v;
  });
}

// new: the options as `lagesbild new` takes them; "" for one not given.
char* lb_new(const char* municipality, const char* party, const char* period, const char* questionnaire,
             const char* organisation, const char* written_by, const char* written, const char* classification,
             const char* secrecy_ground, const char* registry_number) {
  return guarded([&] {
    JsonValue v = JsonValue::object();
    const auto refuse = [&](const std::string& message) {
      v.set("error", message);
      return v;
    };
    NewReport r;
    r.municipality = text_of(municipality);
    r.party = text_of(party);
    r.organisation = text_of(organisation);
    r.written_by = text_of(written_by);
    r.secrecy_ground = text_of(secrecy_ground);
    r.registry_number = text_of(registry_number);
    trim_new_report(r);
    Diagnostics problems;
    const std::string id = text_of(questionnaire).empty() ? "dalarna-2019" : text_of(questionnaire);
    const Questionnaire* q = catalog().find_by_id(id, problems);
    if (!q) return refuse(fmt::format("mallen \"{}\" finns inte; välj {}.", id, join(catalog().known_ids(), ", ")));
    const auto date = text_of(written).empty() ? std::optional<Date>(today()) : parse_date(text_of(written));
    if (!date)
      return refuse(fmt::format("upprättad \"{}\" är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-12-02", written));
    r.written = *date;
    const auto month = text_of(period).empty() ? std::optional<Period>(previous_period(period_of(r.written)))
                                               : parse_period(text_of(period));
    if (!month) return refuse(fmt::format("perioden \"{}\" är ingen månad; skriv ÅÅÅÅ-MM, t.ex. 2026-11", period));
    r.period = *month;
    const auto level = parse_classification(text_of(classification).empty() ? "intern" : text_of(classification));
    if (!level)
      return refuse(
          fmt::format("klassificeringen \"{}\" är inte tillåten; välj öppen, intern eller sekretess", classification));
    r.classification = *level;
    switch (new_report_problem(r, *q)) {
      case NewReportProblem::None:
        break;
      case NewReportProblem::IdentityNumber:
        return refuse(
            "ett personnummer står i ett fält; en lägesbild får inte innehålla personnummer. Ange en roll i stället "
            "för en person.");
      case NewReportProblem::MunicipalityName:
        return refuse("kommun ska vara kommunens namn, med bokstäver, mellanslag och bindestreck, t.ex. Älvdalen");
      case NewReportProblem::UnknownParty:
        return refuse(fmt::format("parten \"{}\" finns inte i mallen {}; välj {}.", r.party, q->id,
                                  list_alternatives(q->parties, "eller")));
      case NewReportProblem::SecretNeedsGround:
        return refuse("klassificeringen sekretess kräver en sekretessgrund, t.ex. \"OSL 35 kap. 1 §\"");
    }
    v.set("fileName", report_file_name(r.period, r.municipality, r.party));
    v.set("text", new_report_text(*q, r));
    return v;
  });
}

// The questionnaire a form is built from.
char* lb_questionnaire(const char* id) {
  return guarded([&] {
    Diagnostics problems;
    const Questionnaire* q = catalog().find_by_id(text_of(id).empty() ? "dalarna-2019" : text_of(id), problems);
    if (!q) {
      JsonValue v = JsonValue::object();
      v.set("error", fmt::format("mallen \"{}\" finns inte i sidan", text_of(id)));
      return v;
    }
    JsonValue areas = JsonValue::array();
    for (const auto& area : q->areas) {
      JsonValue a = JsonValue::object();
      a.set("id", area.id);
      a.set("heading", area.heading);
      a.set("question", area.question);
      areas.push(std::move(a));
    }
    JsonValue v = JsonValue::object();
    v.set("id", q->id);
    v.set("name", q->name);
    v.set("publisher", q->publisher);
    v.set("parties", JsonValue::array_of(q->parties));
    v.set("sources", JsonValue::array_of(q->sources));
    v.set("areas", std::move(areas));
    v.set("trends", JsonValue::array_of(trend_words()));
    v.set("classifications", JsonValue::array_of(classification_words()));
    return v;
  });
}

// A party's file as the form shows it (form_model.hpp).
char* lb_read_form(const char* name) {
  return guarded([&] { return read_form(own_name(name), catalog()); });
}

// The file's text for a form's model, given as api.js's flat records
// (form_model.hpp says how).
char* lb_write_form(const char* records) {
  return guarded([&] { return write_form(text_of(records), catalog()); });
}

// lagesbild(5) §4: the file name for a month, municipality and party.
char* lb_file_name(const char* period, const char* municipality, const char* party) {
  return guarded([&] {
    JsonValue v = JsonValue::object();
    const auto month = parse_period(text_of(period));
    if (!month) {
      v.set("fileName", JsonValue());
    } else if (text_of(party) == words::kJoint) {
      v.set("fileName", joint_file_name(*month, text_of(municipality)));
    } else {
      v.set("fileName", report_file_name(*month, text_of(municipality), text_of(party)));
    }
    return v;
  });
}

void lb_free(char* answer) {
  std::free(answer);
}

}  // extern "C"
