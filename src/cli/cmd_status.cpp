// SPDX-License-Identifier: EUPL-1.2
// `lagesbild status DIR`: has every party delivered a valid, complete file
// for the month, and is the joint picture final? For cron and for people.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/municipality_hint.hpp"
#include "cli/option_values.hpp"
#include "core/archive/status.hpp"
#include "core/base/safe_text.hpp"
#include "core/base/text.hpp"

namespace lagesbild::cli {

namespace {

struct StatusOptions {
  std::vector<std::string> folders;
  std::string period;
  std::string questionnaire = "dalarna-2019";
  std::string municipality;
  std::string format = "text";
  unsigned jobs = 0;
};

int run_status(StatusOptions o, const Context& context) {
  o.format = lowercase_ascii(o.format);
  if (o.format != "text" && o.format != "json") {
    print_error(fmt::format("--format {} finns inte; välj text eller json", o.format));
    return kUsage;
  }
  if (o.folders.empty()) o.folders.push_back(".");
  const auto chosen = period_option(o.period, "--period", previous_period(period_of(today())));
  if (!chosen) return kUsage;
  const Period period = *chosen;
  QuestionnaireCatalog catalog = context.catalog();
  const Questionnaire* q = questionnaire_option(catalog, o.questionnaire);
  if (!q) return kUsage;
  const Archive archive = read_archive(o.folders, catalog, jobs_to_use(o.jobs));
  const bool readable = folders_readable(archive);
  for (const auto& link : archive.skipped_links)
    print_error(fmt::format("{} är en symbolisk länk och lästes inte", safe_text(link)));
  if (!readable) return kUsage;

  const MonthStatus status = month_status(archive, *q, period, o.municipality);
  // --kommun with a name no file in the folders has: said, rather than only "saknas".
  if (const std::string line = municipality_not_found(archive, o.folders, o.municipality); !line.empty())
    fmt::print(stderr, "lagesbild status: {}\n", line);
  // Problems of this month's files, for the log; a broken file that cannot
  // be told to belong to one municipality comes first, whatever --kommun is.
  const auto print_broken = [&](const std::string& key) {
    Diagnostics d;
    for (const auto& f : archive.files)
      if (f.municipality_key == key && f.period && *f.period == period && !f.valid) d.append(f.diagnostics);
    print_diagnostics(stderr, d);
  };
  print_broken("");
  for (const auto& m : status.municipalities) print_broken(m.key);
  fmt::print("{}", o.format == "json" ? status_json(status) : status_text(status, o.folders));
  return status.all_delivered() ? kOk : kInvalidInput;
}

}  // namespace

void setup_status(CLI::App& app, Context& context) {
  auto options = std::make_shared<StatusOptions>();
  CLI::App* sub =
      app.add_subcommand("status", "Visa om alla parter har lämnat en giltig, komplett lägesbild för månaden");
  sub->add_option("MAPP", options->folders, "Mappen eller mapparna med lägesbilder (standard: aktuell mapp)")
      ->type_name("");
  sub->add_option("--period", options->period, "Månaden (standard: förra månaden)")->type_name("PERIOD");
  sub->add_option("--mall", options->questionnaire, "Mallens id eller fil (standard: dalarna-2019)")
      ->type_name("ID|FIL");
  sub->add_option("--kommun", options->municipality, "Bara den här kommunen")->type_name("NAMN");
  sub->add_option("--format", options->format, "text (standard) eller json")->type_name("FORMAT");
  add_jobs_option(*sub, options->jobs);
  sub->callback([options, &context] { context.exit_code = run_status(*options, context); });
}

}  // namespace lagesbild::cli
