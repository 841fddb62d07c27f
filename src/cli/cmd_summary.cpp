// SPDX-License-Identifier: EUPL-1.2
// `lagesbild summary DIR...`: a year (or N months) of pictures in figures,
// tables and charts, with the overdue actions. Made for cron.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/municipality_hint.hpp"
#include "cli/option_values.hpp"
#include "core/archive/summary.hpp"
#include "core/archive/summary_document.hpp"
#include "core/archive/summary_json.hpp"
#include "core/base/safe_text.hpp"
#include "core/base/text.hpp"
#include "core/diag/source_text.hpp"
#include "core/os/atomic_file.hpp"

namespace lagesbild::cli {

namespace {

struct SummaryOptions {
  std::vector<std::string> folders;
  std::string to;
  std::string from;
  int months = 12;
  std::string today;
  std::string format;
  std::string output;
  std::string questionnaire = "dalarna-2019";
  std::string municipality;
  std::string css;
  unsigned jobs = 0;
};

int run_summary(SummaryOptions o, const Context& context) {
  if (!output_path_option(o.output)) return kUsage;
  const auto format =
      output_format(o.format, o.output,
                    {{"markdown", {".md", ".markdown"}}, {"html", {".html", ".htm"}}, {"json", {".json"}}}, "markdown");
  if (!format) return kUsage;
  if (o.folders.empty()) o.folders.push_back(".");
  if (o.months < 1 || o.months > 120) {
    print_error("--months ska vara ett antal månader från 1 till 120");
    return kUsage;
  }
  const auto today = date_option(o.today, "--today", lagesbild::today());
  if (!today) return kUsage;
  const auto to = period_option(o.to, "--to", previous_period(period_of(*today)));
  if (!to) return kUsage;
  std::optional<Period> from;
  if (!o.from.empty()) {
    from = period_option(o.from, "--from", *to);
    if (!from) return kUsage;
    if (*to < *from) {
      print_error(
          fmt::format("--from {} ligger efter sista månaden {}; ange en start som ligger före eller är "
                      "lika med --to (standard: förra månaden)",
                      to_string(*from), to_string(*to)));
      return kUsage;
    }
  }
  QuestionnaireCatalog catalog = context.catalog();
  const Questionnaire* q = questionnaire_option(catalog, o.questionnaire);
  if (!q) return kUsage;
  const auto css = stylesheet_option(o.css);
  if (!css) return kUsage;
  Archive archive = read_archive(o.folders, catalog, jobs_to_use(o.jobs));
  if (!folders_readable(archive)) return kUsage;

  const Summary summary = summarise(archive, *q, *to, o.months, *today, o.municipality, from);
  const std::string not_found = municipality_not_found(archive, o.folders, o.municipality);
  // Broken files of the window are reported for the log and left out of the figures.
  Diagnostics broken;
  Classification strictest = Classification::Open;
  std::string grounds;
  std::vector<std::string> inputs;
  for (const auto& f : archive.files) {
    if (!f.valid && summary.covers(f.period) &&
        (o.municipality.empty() || f.municipality_key.empty() ||
         archive.answers_to(f.municipality_key, o.municipality)))
      broken.append(f.diagnostics);
    inputs.push_back(f.path);
    const ReportHeader* h = f.local ? &f.local->header : f.joint ? &f.joint->header : nullptr;
    if (!h) continue;
    tighten_classification(strictest, grounds, h->classification, h->secrecy_ground);
  }
  print_diagnostics(stderr, broken);
  // The summary holds its figures now: the archive's go before the output is
  // made, so that peak memory is one of the two, not both.
  archive = Archive();
  std::string out = *format == "json"   ? summary_json(summary)
                    : *format == "html" ? summary_html(summary, strictest, grounds, *css)
                                        : summary_markdown(summary, strictest, grounds);
  if (o.output.empty()) {
    std::fwrite(out.data(), 1, out.size(), stdout);
    if (std::fflush(stdout) != 0) return kCannotWrite;
  } else if (const auto error =
                 write_file_atomically(o.output, out, mode_for_output(inputs, 0640), Overwrite::Allowed)) {
    print_error(*error);
    return kCannotWrite;
  }
  // One line per thing to look at, dated, so that a month's run stands out in the log.
  const std::string prefix = fmt::format("lagesbild summary {}", to_string(*today));
  for (const auto& link : summary.skipped_links)
    fmt::print(stderr, "{}: symbolisk länk lästes inte: {}\n", prefix, link);
  for (const auto& file : summary.unattributed_files) fmt::print(stderr, "{}: ogiltig fil: {}\n", prefix, file);
  if (!not_found.empty())
    fmt::print(stderr, "{}: {}\n", prefix, not_found);
  else if (summary.municipalities.empty())
    fmt::print(stderr, "{}: inga lägesbilder hittades i {}\n", prefix, safe_text(join(o.folders, ", ")));
  for (const auto& m : summary.municipalities) {
    if (!m.invalid_files.empty())
      fmt::print(stderr, "{}: {}: ogiltiga filer (räknas inte): {}\n", prefix, m.name, m.invalid_files.size());
    for (const auto& dup : m.duplicates) fmt::print(stderr, "{}: {}: flera filer för {}\n", prefix, m.name, dup);
    if (!m.months.empty() && !m.months.back().missing_parties.empty())
      fmt::print(stderr, "{}: {}: lägesbild saknas för {} från {}\n", prefix, m.name,
                 swedish_month_year(m.months.back().period), join(m.months.back().missing_parties, ", "));
    if (!m.months.empty() && !m.months.back().incomplete_parties.empty())
      fmt::print(stderr, "{}: {}: ofullständig lägesbild för {} från {} (se lagesbild validate)\n", prefix, m.name,
                 swedish_month_year(m.months.back().period), join(m.months.back().incomplete_parties, ", "));
    if (!m.overdue.empty()) fmt::print(stderr, "{}: {}: försenade åtgärder: {}\n", prefix, m.name, m.overdue.size());
  }
  if (summary.needs_attention()) return kInvalidInput;
  fmt::print(stderr, "{}: klart, inget att åtgärda\n", prefix);
  return kOk;
}

}  // namespace

void setup_summary(CLI::App& app, Context& context) {
  auto options = std::make_shared<SummaryOptions>();
  CLI::App* sub =
      app.add_subcommand("summary", "Sammanfatta månaderna: trender, iakttagelser, diagram och försenade åtgärder");
  sub->add_option("MAPP", options->folders, "Mappar med lägesbilder (standard: aktuell mapp)")->type_name("");
  sub->add_option("--to", options->to, "Sista månaden (standard: förra månaden)")->type_name("PERIOD");
  sub->add_option("--months", options->months, "Antal månader (standard: 12)")->type_name("ANTAL");
  sub->add_option("--from", options->from,
                  "Första månaden som räknas, t.ex. när samverkan började: månader före den räknas inte och "
                  "saknas inte")
      ->type_name("PERIOD");
  sub->add_option("--today", options->today, "Dagens datum för försenade åtgärder (standard: i dag)")
      ->type_name("DATUM");
  sub->add_option("--format", options->format, "markdown, html eller json (annars efter filändelsen i -o)")
      ->type_name("FORMAT");
  sub->add_option("-o,--output", options->output, "Filen att skriva: .html, .md eller .json (utan -o: standard ut)")
      ->type_name("FIL");
  sub->add_option("--mall", options->questionnaire, "Mallens id eller fil (standard: dalarna-2019)")
      ->type_name("ID|FIL");
  sub->add_option("--kommun", options->municipality, "Bara den här kommunen")->type_name("NAMN");
  sub->add_option("--css", options->css, "Egen stilmall för HTML")->type_name("FIL");
  add_jobs_option(*sub, options->jobs);
  sub->callback([options, &context] { context.exit_code = run_summary(*options, context); });
}

}  // namespace lagesbild::cli
