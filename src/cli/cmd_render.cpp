// `lagesbild render`: a party's or the joint picture as Markdown, HTML or PDF.
#include <unistd.h>

#include <filesystem>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/option_values.hpp"
#include "core/atomic_file.hpp"
#include "core/cleanup.hpp"
#include "core/document.hpp"
#include "core/html_writer.hpp"
#include "core/markdown_writer.hpp"
#include "core/pdf_export.hpp"
#include "core/report_loader.hpp"
#include "core/text.hpp"

namespace lagesbild::cli {

namespace {

struct RenderOptions {
  std::string file;
  std::string format;
  std::string output;
  std::string css;
};

// The format an output file's extension names; empty for none we write.
std::string format_of_extension(const std::string& path) {
  const std::string extension = lowercase_ascii(std::filesystem::path(path).extension().string());
  if (extension == ".md" || extension == ".markdown") return "markdown";
  if (extension == ".html" || extension == ".htm") return "html";
  if (extension == ".pdf") return "pdf";
  return {};
}

// --format and -o must agree, and -o must never name a report: a document
// written over a YAML file would destroy an official's work.
std::optional<std::string> chosen_format(const RenderOptions& o, std::string& problem) {
  std::string format = lowercase_ascii(o.format);
  if (format == "md") format = "markdown";
  if (!format.empty() && format != "markdown" && format != "html" && format != "pdf") {
    problem = fmt::format("--format {} finns inte; välj markdown, html eller pdf", o.format);
    return std::nullopt;
  }
  if (o.output.empty()) return format.empty() ? "markdown" : format;
  const std::string by_extension = format_of_extension(o.output);
  if (by_extension.empty()) {
    problem = fmt::format("-o {}: filändelsen ska vara .pdf, .html eller .md, så att ingen lägesbild (.yaml) eller "
                          "annan fil skrivs över med ett dokument",
                          o.output);
    return std::nullopt;
  }
  if (!format.empty() && format != by_extension) {
    problem = fmt::format("--format {} passar inte ihop med filnamnet {}; ange samma format i båda, eller bara -o",
                          format, o.output);
    return std::nullopt;
  }
  return by_extension;
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return std::filesystem::equivalent(a, b, ec);
}


int run_render(const RenderOptions& o, const Context& context) {
  std::string problem;
  const auto format = chosen_format(o, problem);
  if (!format) {
    print_error(problem);
    return kUsage;
  }
  if (!o.output.empty() && (same_file(o.output, o.file) || (!o.css.empty() && same_file(o.output, o.css)))) {
    print_error(fmt::format("-o {} är samma fil som det som läses; välj ett annat namn", o.output));
    return kUsage;
  }
  if (*format == "pdf" && o.output.empty() && ::isatty(STDOUT_FILENO)) {
    print_error("en PDF skrivs inte till terminalen; ange filen med -o, t.ex. -o lagesbild.pdf");
    return kUsage;
  }
  const auto css = stylesheet_option(o.css);
  if (!css) return kUsage;
  QuestionnaireCatalog catalog = context.catalog();
  Diagnostics d;
  LoadedReport loaded = load_report(o.file, catalog, d);
  Reporter reporter(loaded.document.source, d);
  // An incomplete picture renders too, and shows what is unanswered.
  if (loaded.local) check_complete(reporter, *loaded.local, *loaded.questionnaire, Severity::Warning);
  print_diagnostics(stderr, d);
  if (d.has_errors()) {
    print_error("filen har fel och renderades inte; rätta dem och försök igen.");
    return loaded.unreadable() ? kUsage : kInvalidInput;
  }
  const Document doc = loaded.local ? document_for(*loaded.local, *loaded.questionnaire)
                                    : document_for(*loaded.joint, *loaded.questionnaire);
  std::string bytes;
  if (*format == "markdown") {
    bytes = markdown_text(doc);
  } else {
    bytes = html_text(doc, *css);
    if (*format == "pdf") {
      const auto date = parse_date(doc.date);
      PdfResult pdf = html_to_pdf(bytes, date ? epoch_seconds(*date) : 0);
      finish_if_interrupted();
      if (!pdf.pdf) {
        print_error(pdf.error);
        return kMissingProgram;  // missing or failed: both documented as 4
      }
      bytes = std::move(*pdf.pdf);
    }
  }
  if (o.output.empty()) {
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    return std::fflush(stdout) == 0 ? kOk : kCannotWrite;
  }
  std::vector<std::string> inputs = {o.file};
  if (!o.css.empty()) inputs.push_back(o.css);
  if (const auto error = write_file_atomically(o.output, bytes, mode_for_output(inputs, 0640), Overwrite::Allowed)) {
    print_error(*error);
    return kCannotWrite;
  }
  return kOk;
}

}  // namespace

void setup_render(CLI::App& app, Context& context) {
  auto options = std::make_shared<RenderOptions>();
  CLI::App* sub = app.add_subcommand("render", "Gör ett dokument (Markdown, HTML eller PDF) av en lägesbild");
  sub->add_option("FIL", options->file, "En parts eller den gemensamma lägesbilden")->required()->type_name("");
  sub->add_option("--format", options->format,
                  "markdown, html eller pdf (annars efter filändelsen i -o, och utan -o markdown)")
      ->type_name("FORMAT");
  sub->add_option("-o,--output", options->output, "Dokumentet att skriva: .pdf, .html eller .md (utan -o: standard ut)")
      ->type_name("FIL");
  sub->add_option("--css", options->css, "Egen stilmall för HTML och PDF (kommunens grafiska profil)")
      ->type_name("FIL");
  sub->callback([options, &context] { context.exit_code = run_render(*options, context); });
}

}  // namespace lagesbild::cli
