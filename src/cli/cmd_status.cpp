// `lagesbild status DIR`: has every party delivered a valid, complete file
// for the month, and is the joint picture final? For cron and for people.
#include <algorithm>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/option_values.hpp"
#include "core/archive/archive.hpp"
#include "core/base/json.hpp"
#include "core/diag/source_text.hpp"
#include "core/base/text.hpp"
#include "core/base/safe_text.hpp"

namespace lagesbild::cli {

namespace {

struct StatusOptions {
  std::vector<std::string> folders;
  std::string period;
  std::string questionnaire = "dalarna-2019";
  std::string municipality;
  std::string format = "text";
};

struct PartyStatus {
  std::string party;
  const ArchiveFile* file = nullptr;  // the first found
  std::size_t files = 0;
  std::string verdict() const {
    if (files == 0) return "saknas";
    if (files > 1) return fmt::format("{} filer för samma part och månad", files);
    if (!file->valid) return "ogiltig (se lagesbild validate)";
    if (file->party == "gemensam" && file->hand_edited)
      return "giltig, inte slutlig: parternas text ändrad för hand efter merge";
    if (file->party == "gemensam") return file->final ? "giltig, slutlig" : "giltig, inte slutlig";
    return file->complete ? "giltig, komplett" : "giltig men inte komplett";
  }
  bool ok() const { return files == 1 && file->valid && (file->party == "gemensam" ? file->final : file->complete); }
};

PartyStatus status_of(const Archive& archive, const std::string& slug, const Period& period, const std::string& party) {
  PartyStatus s;
  s.party = party;
  const auto found = archive.find(slug, period, party);
  s.files = found.size();
  if (!found.empty()) s.file = found.front();
  return s;
}

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
  const Archive archive = read_archive(o.folders, catalog);
  for (const auto& folder : archive.unreadable_folders)
    print_error(fmt::format("mappen {} finns inte eller kan inte läsas", safe_text(folder)));
  for (const auto& link : archive.skipped_links)
    print_error(fmt::format("{} är en symbolisk länk och lästes inte", safe_text(link)));
  if (!archive.unreadable_folders.empty()) return kUsage;

  auto municipalities = archive.municipalities();
  if (!o.municipality.empty()) {
    const std::string slug = file_name_slug(o.municipality);
    municipalities.erase(std::remove_if(municipalities.begin(), municipalities.end(),
                                        [&](const auto& m) { return m.first != slug; }),
                         municipalities.end());
    if (municipalities.empty()) municipalities.emplace_back(slug, o.municipality);
  }
  bool all_delivered = !municipalities.empty();
  std::string text = fmt::format("Lägesbilder för {}\n", swedish_month_year(period));
  std::string json = fmt::format("{{\"period\": \"{}\", \"kommuner\": [", to_string(period));
  for (std::size_t k = 0; k < municipalities.size(); ++k) {
    const auto& [slug, name] = municipalities[k];
    text += fmt::format("\n{}\n", name);
    json += fmt::format("{}\n  {{\"kommun\": {}, \"parter\": [", k ? "," : "", json_string(name));
    std::vector<PartyStatus> rows;
    for (const auto& party : q->parties) rows.push_back(status_of(archive, slug, period, party));
    rows.push_back(status_of(archive, slug, period, "gemensam"));
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const PartyStatus& r = rows[i];
      const bool joint = r.party == "gemensam";
      if (!joint) all_delivered = all_delivered && r.ok();
      const std::string path = r.file ? safe_text(r.file->path) : "–";
      text += fmt::format("  {:<10}{}{} {}\n", r.party, path,
                          std::string(count_code_points(path) < 40 ? 40 - count_code_points(path) : 1, ' '), r.verdict());
      const std::string fields = fmt::format(
          "\"fil\": {}, \"finns\": {}, \"giltig\": {}, \"{}\": {}, \"status\": {}", r.file ? json_string(path) : "null",
          r.files > 0 ? "true" : "false", r.files == 1 && r.file->valid ? "true" : "false", joint ? "slutlig" : "komplett",
          r.ok() ? "true" : "false", json_string(r.verdict()));
      if (joint) {
        json += fmt::format("], \"gemensam\": {{{}}}}}", fields);
      } else {
        json += fmt::format("{}{{\"part\": {}, {}}}", i ? ", " : "", json_string(r.party), fields);
      }
    }
    // Problems of this month's files, for the log.
    Diagnostics d;
    for (const auto& f : archive.files)
      if (f.municipality_slug == slug && f.period && *f.period == period && !f.valid) d.append(f.diagnostics);
    print_diagnostics(stderr, d);
  }
  if (municipalities.empty()) text += "\nInga lägesbilder hittades i " + join(o.folders, ", ") + ".\n";
  json += municipalities.empty() ? "]}\n" : "\n]}\n";
  fmt::print("{}", o.format == "json" ? json : text);
  return all_delivered ? kOk : kInvalidInput;
}

}  // namespace

void setup_status(CLI::App& app, Context& context) {
  auto options = std::make_shared<StatusOptions>();
  CLI::App* sub = app.add_subcommand("status", "Visa om alla parter har lämnat en giltig, komplett lägesbild för månaden");
  sub->add_option("MAPP", options->folders, "Mappen eller mapparna med lägesbilder (standard: aktuell mapp)")
      ->type_name("");
  sub->add_option("--period", options->period, "Månaden (standard: förra månaden)")->type_name("PERIOD");
  sub->add_option("--mall", options->questionnaire, "Mallens id eller fil (standard: dalarna-2019)")->type_name("ID|FIL");
  sub->add_option("--kommun", options->municipality, "Bara den här kommunen")->type_name("NAMN");
  sub->add_option("--format", options->format, "text (standard) eller json")->type_name("FORMAT");
  sub->callback([options, &context] { context.exit_code = run_status(*options, context); });
}

}  // namespace lagesbild::cli
