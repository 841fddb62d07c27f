// SPDX-License-Identifier: EUPL-1.2
// `lagesbild year DIR...` (also `år`): the year's lägesbild of one
// municipality for kommunfullmäktige, as render writes documents (Markdown,
// HTML, PDF), or its figures as JSON.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/municipality_hint.hpp"
#include "cli/option_values.hpp"
#include "core/archive/year.hpp"
#include "core/archive/year_document.hpp"
#include "core/archive/year_json.hpp"
#include "core/base/safe_text.hpp"
#include "core/base/text.hpp"
#include "core/os/atomic_file.hpp"
#include "core/os/cleanup.hpp"
#include "core/os/program.hpp"
#include "core/render/html_writer.hpp"
#include "core/render/markdown_writer.hpp"
#include "core/render/pdf_export.hpp"

namespace lagesbild::cli {

namespace {

struct YearOptions {
  std::vector<std::string> folders;
  std::string from;
  std::string to;
  std::string format;
  std::string output;
  std::string questionnaire = "dalarna-2019";
  std::string municipality;
  std::string css;
  std::string pdf_engine = "auto";
  std::string chromium;
  unsigned jobs = 0;
};

constexpr int kMaxMonths = 24;

// --from and --to, by default the last whole calendar year; one of them
// alone gives the twelve months from or up to it.
bool window(const YearOptions& o, Period& from, Period& to) {
  const Date now = lagesbild::today();
  const auto given_from = period_option(o.from, "--from", Period{now.year - 1, 1});
  const auto given_to = period_option(o.to, "--to", Period{now.year - 1, 12});
  if (!given_from || !given_to) return false;
  from = *given_from;
  to = *given_to;
  if (!o.from.empty() && o.to.empty()) {
    to = from;
    for (int i = 1; i < 12; ++i) to = next_period(to);
  }
  if (o.from.empty() && !o.to.empty()) {
    from = to;
    for (int i = 1; i < 12; ++i) from = previous_period(from);
  }
  if (to < from) {
    print_error(fmt::format("--from {} ligger efter --to {}; ange en första månad före eller lika med den sista",
                            to_string(from), to_string(to)));
    return false;
  }
  int months = 1;
  for (Period p = from; p != to; p = next_period(p)) ++months;
  if (months > kMaxMonths) {
    print_error(fmt::format("--from {} till --to {} är {} månader; en lägesbild gäller högst {} månader",
                            to_string(from), to_string(to), months, kMaxMonths));
    return false;
  }
  return true;
}

int run_year(YearOptions o, const Context& context) {
  if (!output_path_option(o.output)) return kUsage;
  const auto format = output_format(
      o.format, o.output,
      {{"markdown", {".md", ".markdown"}}, {"html", {".html", ".htm"}}, {"pdf", {".pdf"}}, {"json", {".json"}}},
      "markdown");
  if (!format) return kUsage;
  if (!pdf_destination_option(*format, o.output, "lagesbild-ar.pdf")) return kUsage;
  const auto engine = pdf_engine_option(o.pdf_engine);
  if (!engine) return kUsage;
  Period from, to;
  if (!window(o, from, to)) return kUsage;
  if (o.folders.empty()) o.folders.push_back(".");
  QuestionnaireCatalog catalog = context.catalog();
  const Questionnaire* q = questionnaire_option(catalog, o.questionnaire);
  if (!q) return kUsage;
  const auto css = stylesheet_option(o.css);
  if (!css) return kUsage;
  const Archive archive = read_archive(o.folders, catalog, jobs_to_use(o.jobs));
  if (!folders_readable(archive)) return kUsage;

  YearChoice choice = year_picture(archive, catalog, *q, from, to, o.municipality);
  if (!choice.picture) {
    const std::string folders = safe_text(join(o.folders, ", "));
    if (!o.municipality.empty()) {
      print_error(municipality_not_found(archive, o.folders, o.municipality));
    } else if (choice.municipalities.empty()) {
      print_error(fmt::format("inga lägesbilder hittades i {}", folders));
      return kInvalidInput;
    } else {
      print_error(
          fmt::format("{} {} har lägesbilder från {} kommuner ({}); en lägesbild gäller en kommun: ange vilken med "
                      "--kommun, t.ex. --kommun {}",
                      o.folders.size() == 1 ? "mappen" : "mapparna", folders, choice.municipalities.size(),
                      join(choice.municipalities, ", "), choice.municipalities.front()));
    }
    return kUsage;
  }
  const YearPicture& y = *choice.picture;
  // Broken files of the year are named with their problems, as validate does.
  Diagnostics broken;
  std::vector<std::string> inputs;
  for (const auto& f : archive.files) {
    inputs.push_back(f.path);
    const bool ours = f.municipality_key == y.summary.key || f.municipality_key.empty();
    if (!f.valid && ours && (!f.period || (!(*f.period < from) && !(to < *f.period)))) broken.append(f.diagnostics);
  }
  print_diagnostics(stderr, broken);

  std::string bytes;
  if (*format == "json") {
    bytes = year_json(y);
  } else {
    const Document doc = year_document(y);
    bytes = *format == "markdown" ? markdown_text(doc) : html_text(doc, *css);
    if (*format == "pdf") {
      const auto date = parse_date(doc.date);
      PdfOptions pdf_options;
      pdf_options.engine = *engine;
      pdf_options.chromium = o.chromium;
      pdf_options.source_date_epoch = date ? epoch_seconds(*date) : epoch_seconds(y.reference);
      PdfResult pdf = html_to_pdf(bytes, pdf_options);
      finish_if_interrupted();
      if (!pdf.pdf) {
        print_error(pdf.error);
        return kMissingProgram;
      }
      bytes = std::move(*pdf.pdf);
    }
  }
  if (o.output.empty()) {
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    if (std::fflush(stdout) != 0) return kCannotWrite;
  } else {
    if (!o.css.empty()) inputs.push_back(o.css);
    if (const auto error = write_file_atomically(o.output, bytes, mode_for_output(inputs, 0640), Overwrite::Allowed)) {
      print_error(*error);
      return kCannotWrite;
    }
  }
  // What keeps the year from being whole, one line each, as summary words
  // it; undated, as the year is run by a person, not by cron.
  const std::string prefix = fmt::format("lagesbild year: {}", y.name);
  for (const auto& link : y.skipped_links) fmt::print(stderr, "{}: symbolisk länk lästes inte: {}\n", prefix, link);
  for (const auto& file : y.unattributed_files) fmt::print(stderr, "{}: ogiltig fil: {}\n", prefix, file);
  if (!y.summary.invalid_files.empty())
    fmt::print(stderr, "{}: ogiltiga filer (räknas inte): {}\n", prefix, y.summary.invalid_files.size());
  for (const auto& dup : y.summary.duplicates) fmt::print(stderr, "{}: flera filer för {}\n", prefix, dup);
  for (const auto& m : y.summary.months) {
    if (!m.missing_parties.empty())
      fmt::print(stderr, "{}: lägesbild saknas för {} från {}\n", prefix, swedish_month_year(m.period),
                 join(m.missing_parties, ", "));
    if (!m.incomplete_parties.empty())
      fmt::print(stderr, "{}: ofullständig lägesbild för {} från {}\n", prefix, swedish_month_year(m.period),
                 join(m.incomplete_parties, ", "));
    if (!m.joint_final)
      fmt::print(stderr, "{}: ingen slutlig gemensam lägesbild för {} ({})\n", prefix, swedish_month_year(m.period),
                 m.joint          ? "utkast"
                 : m.joint_broken ? "ogiltig fil"
                                  : "saknas");
  }
  if (y.needs_attention()) return kInvalidInput;
  fmt::print(stderr, "{}: klart, inget att åtgärda\n", prefix);
  return kOk;
}

}  // namespace

void setup_year(CLI::App& app, Context& context) {
  auto options = std::make_shared<YearOptions>();
  CLI::App* sub = app.add_subcommand(
      "year",
      "Årets lägesbild för kommunfullmäktige (lag 2023:196): kartläggning, annan information, analys, "
      "åtgärder och underlag");
  sub->alias("år");
  sub->add_option("MAPP", options->folders, "Mappar med lägesbilder (standard: aktuell mapp)")->type_name("");
  sub->add_option("--from", options->from, "Första månaden (standard: januari förra året)")->type_name("PERIOD");
  sub->add_option("--to", options->to, "Sista månaden (standard: december förra året)")->type_name("PERIOD");
  sub->add_option("--kommun", options->municipality, "Kommunen (krävs när mappen har flera)")->type_name("NAMN");
  sub->add_option("--format", options->format,
                  "markdown, html, pdf eller json (annars efter filändelsen i -o, och utan -o markdown)")
      ->type_name("FORMAT");
  sub->add_option("-o,--output", options->output,
                  "Filen att skriva: .pdf, .html, .md eller .json (utan -o: standard ut)")
      ->type_name("FIL");
  sub->add_option("--mall", options->questionnaire, "Mallens id eller fil (standard: dalarna-2019)")
      ->type_name("ID|FIL");
  sub->add_option("--css", options->css, "Egen stilmall för HTML och PDF")->type_name("FIL");
  sub->add_option("--pdf-engine", options->pdf_engine, "Vad som gör PDF: weasyprint, chromium eller auto (standard)")
      ->type_name("MOTOR");
  sub->add_option("--chromium", options->chromium, "Webbläsarens programfil för PDF")->type_name("FIL");
  add_jobs_option(*sub, options->jobs);
  sub->callback([options, &context] { context.exit_code = run_year(*options, context); });
}

}  // namespace lagesbild::cli
