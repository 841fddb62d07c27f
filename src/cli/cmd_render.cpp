// SPDX-License-Identifier: EUPL-1.2
// `lagesbild render`: a party's or the joint picture as Markdown, HTML or PDF.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/option_values.hpp"
#include "core/base/text.hpp"
#include "core/os/atomic_file.hpp"
#include "core/os/cleanup.hpp"
#include "core/os/program.hpp"
#include "core/os/utf8_path.hpp"
#include "core/render/document.hpp"
#include "core/render/html_writer.hpp"
#include "core/render/markdown_writer.hpp"
#include "core/render/pdf_export.hpp"
#include "core/render/render_report.hpp"

namespace lagesbild::cli {

namespace {

struct RenderOptions {
  std::string file;
  std::string format;
  std::string output;
  std::string css;
  std::string pdf_engine = "auto";
  std::string chromium;
};

int run_render(const RenderOptions& o, const Context& context) {
  if (!output_path_option(o.output)) return kUsage;
  const auto format =
      output_format(o.format, o.output,
                    {{"markdown", {".md", ".markdown"}}, {"html", {".html", ".htm"}}, {"pdf", {".pdf"}}}, "markdown");
  if (!format) return kUsage;
  if (!o.output.empty() && (same_file(o.output, o.file) || (!o.css.empty() && same_file(o.output, o.css)))) {
    print_error(fmt::format("-o {} är samma fil som det som läses; välj ett annat namn", o.output));
    return kUsage;
  }
  if (!pdf_destination_option(*format, o.output, "lagesbild.pdf")) return kUsage;
  const auto engine = pdf_engine_option(o.pdf_engine);
  if (!engine) return kUsage;
  const auto css = stylesheet_option(o.css);
  if (!css) return kUsage;
  QuestionnaireCatalog catalog = context.catalog();
  ReportDocument read = document_of_file(o.file, catalog);
  print_diagnostics(stderr, read.diagnostics);
  if (!read.document) {
    print_error(kNotRendered);
    return read.unreadable ? kUsage : kInvalidInput;
  }
  const Document& doc = *read.document;
  std::string bytes;
  if (*format == "markdown") {
    bytes = markdown_text(doc);
  } else {
    bytes = html_text(doc, *css);
    if (*format == "pdf") {
      const auto date = parse_date(doc.date);
      PdfOptions pdf_options;
      pdf_options.engine = *engine;
      pdf_options.chromium = o.chromium;
      pdf_options.source_date_epoch = date ? epoch_seconds(*date) : 0;
      PdfResult pdf = html_to_pdf(bytes, pdf_options);
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
  sub->add_option("--pdf-engine", options->pdf_engine,
                  "Vad som gör PDF: weasyprint, chromium (Edge, Chrome, Chromium) eller auto (WeasyPrint om det "
                  "finns, annars webbläsaren; standard)")
      ->type_name("MOTOR");
  sub->add_option("--chromium", options->chromium,
                  "Webbläsarens programfil för PDF (annars $LAGESBILD_CHROMIUM, eller Edge och Chrome där de brukar "
                  "finnas)")
      ->type_name("FIL");
  sub->callback([options, &context] { context.exit_code = run_render(*options, context); });
}

}  // namespace lagesbild::cli
