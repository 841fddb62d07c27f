// SPDX-License-Identifier: EUPL-1.2
// `lagesbild new`: this month's file for one party, from the questionnaire.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/option_values.hpp"
#include "core/base/text.hpp"
#include "core/os/atomic_file.hpp"
#include "core/os/utf8_path.hpp"
#include "core/report/file_names.hpp"
#include "core/report/new_report.hpp"
#include "core/report/new_report_check.hpp"
#include "core/report/report_loader.hpp"
#include "core/report/schema_location.hpp"

namespace lagesbild::cli {

namespace {

struct NewOptions {
  std::string municipality;
  std::string party;
  std::string period;
  std::string questionnaire = "dalarna-2019";
  std::string organisation;
  std::string written_by;
  std::string written;
  std::string classification = "intern";
  std::string secrecy_ground;
  std::string registry_number;
  std::string output;
  bool force = false;
};

int run_new(NewOptions o, const Context& context) {
  if (!output_path_option(o.output)) return kUsage;
  NewReport r;
  r.municipality = o.municipality;
  r.party = o.party;
  r.organisation = o.organisation;
  r.written_by = o.written_by;
  r.secrecy_ground = o.secrecy_ground;
  r.registry_number = o.registry_number;
  trim_new_report(r);
  QuestionnaireCatalog catalog = context.catalog();
  const Questionnaire* q = questionnaire_option(catalog, o.questionnaire);
  if (!q) return kUsage;
  const auto written = date_option(o.written, "--upprattad", today());
  if (!written) return kUsage;
  r.written = *written;
  // The questions are about "den senaste månaden".
  const auto period = period_option(o.period, "--period", previous_period(period_of(r.written)));
  if (!period) return kUsage;
  r.period = *period;
  const auto classification = parse_classification(o.classification);
  if (!classification) {
    print_error(
        fmt::format("--klassificering \"{}\" är inte tillåten; välj öppen, intern eller sekretess", o.classification));
    return kUsage;
  }
  r.classification = *classification;
  switch (new_report_problem(r, *q)) {
    case NewReportProblem::None:
      break;
    case NewReportProblem::IdentityNumber:
      print_error(
          "ett personnummer står i en flagga; en lägesbild får inte innehålla personnummer. Ange en roll "
          "i stället för en person.");
      return kUsage;
    case NewReportProblem::MunicipalityName:
      print_error(
          "--kommun ska vara kommunens namn, med bokstäver, mellanslag och bindestreck, t.ex. --kommun Älvdalen");
      return kUsage;
    case NewReportProblem::UnknownParty: {
      std::string message = fmt::format("--part \"{}\" finns inte i mallen {}; välj {}.", o.party, q->id,
                                        list_alternatives(q->parties, "eller"));
      if (auto s = nearest(o.party, q->parties)) message += fmt::format(" Menade du {}?", *s);
      print_error(message);
      return kUsage;
    }
    case NewReportProblem::SecretNeedsGround:
      print_error("--klassificering sekretess kräver --sekretessgrund, t.ex. --sekretessgrund \"OSL 35 kap. 1 §\"");
      return kUsage;
  }
  // VS Code (yaml-language-server) checks the file against the installed schema with no setting.
  r.modeline = schema_modeline(find_schema_file(*q, PictureKind::Local, default_schema_folders(context.executable)));

  const std::string path = o.output.empty() ? report_file_name(r.period, r.municipality, r.party) : o.output;
  if (is_folder(path)) {
    print_error(fmt::format("{} är en mapp; ange ett filnamn med -o, t.ex. -o {}/{}", path, path,
                            report_file_name(r.period, r.municipality, r.party)));
    return kCannotWrite;
  }
  if (!o.force && file_exists(path)) {
    print_error(
        fmt::format("{} finns redan och skrivs inte över, så att inget arbete går förlorat. "
                    "Öppna den befintliga filen, ange ett annat namn med -o, eller lägg till "
                    "--force om du verkligen vill börja om.",
                    path));
    return kCannotWrite;
  }
  // A new report will hold sensitive text: readable by its owner and group only.
  const auto error =
      write_file_atomically(path, new_report_text(*q, r), 0640, o.force ? Overwrite::Allowed : Overwrite::Never);
  if (error) {
    print_error(*error);
    return kCannotWrite;
  }
  fmt::print("Skapade {} ({}, {}, {}).\nFyll i filen i en texteditor och kontrollera den med: lagesbild validate {}\n",
             path, r.municipality, r.party, swedish_month_year(r.period), path);
  return kOk;
}

}  // namespace

void setup_new(CLI::App& app, Context& context) {
  auto options = std::make_shared<NewOptions>();
  CLI::App* sub = app.add_subcommand("new", "Skapa månadens lägesbild för en part, med mallens frågor som kommentarer");
  sub->add_option("--kommun", options->municipality, "Kommunens namn, t.ex. Älvdalen")->required()->type_name("NAMN");
  sub->add_option("--part", options->party, "Parten som skriver: kommun eller polis")->required()->type_name("PART");
  sub->add_option("--period", options->period, "Månaden som beskrivs (standard: förra månaden)")->type_name("PERIOD");
  sub->add_option("--mall", options->questionnaire, "Mallens id eller en mallfil (standard: dalarna-2019)")
      ->type_name("ID|FIL");
  sub->add_option("--organisation", options->organisation, "Fyller i organisation, t.ex. \"Älvdalens kommun\"")
      ->type_name("TEXT");
  sub->add_option("--upprattad-av", options->written_by, "Fyller i upprättad_av, en roll")->type_name("ROLL");
  sub->add_option("--upprattad", options->written, "Fyller i upprättad (standard: i dag)")->type_name("DATUM");
  sub->add_option("--klassificering", options->classification, "öppen, intern (standard) eller sekretess")
      ->type_name("NIVA");
  sub->add_option("--sekretessgrund", options->secrecy_ground, "Fyller i sekretessgrund (krävs vid sekretess)")
      ->type_name("TEXT");
  sub->add_option("--diarienummer", options->registry_number, "Fyller i diarienummer, t.ex. \"KS 2026/123\"")
      ->type_name("TEXT");
  sub->add_option("-o,--output", options->output, "Filen att skriva (standard: ÅÅÅÅ-MM_kommun_part.yaml)")
      ->type_name("FIL");
  sub->add_flag("--force", options->force, "Skriv över en befintlig fil");
  sub->callback([options, &context] { context.exit_code = run_new(*options, context); });
}

}  // namespace lagesbild::cli
