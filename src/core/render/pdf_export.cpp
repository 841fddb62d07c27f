// SPDX-License-Identifier: EUPL-1.2
#include "core/render/pdf_export.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "core/base/text.hpp"
#include "core/os/cleanup.hpp"
#include "core/os/files.hpp"
#include "core/os/process.hpp"
#include "core/os/program.hpp"
#include "core/os/utf8_path.hpp"

namespace lagesbild {

namespace {

constexpr int kTimeoutSeconds = 300;
constexpr const char* kInTransit[] = {"/lagesbild.html", "/lagesbild.pdf"};

// A private folder (0700) for the HTML, the PDF and the engine's own files
// in transit, removed afterwards.
class PrivateFolder {
 public:
  PrivateFolder() : path_(make_private_folder("lagesbild")) {
    if (path_.empty()) return;
    remove_on_interrupt(path_);
    for (const char* name : kInTransit) remove_on_interrupt(path_ + name);
  }
  ~PrivateFolder() {
    if (path_.empty()) return;
    std::error_code ec;
    std::filesystem::remove_all(path_from_utf8(path_), ec);
    for (const char* name : kInTransit) keep_on_interrupt(path_ + name);
    keep_on_interrupt(path_);
  }
  PrivateFolder(const PrivateFolder&) = delete;
  PrivateFolder& operator=(const PrivateFolder&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string last_line(const std::string& text) {
  std::istringstream in(text);
  std::string line, last;
  while (std::getline(in, line))
    if (!line.empty() && line != "\r") last = line;
  return last;
}

// file:///tmp/x/lagesbild.html, file:///C:/Users/%C3%85sa/...: the browser is given a URL.
std::string file_url(const std::string& path) {
  std::string generic = path_from_utf8(path).generic_u8string();
  if (generic.empty() || generic.front() != '/') generic.insert(0, "/");
  std::string url = "file://";
  for (const char ch : generic) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || std::strchr("/-._~:", c)) {
      url += static_cast<char>(c);
    } else {
      url += fmt::format("%{:02X}", c);
    }
  }
  return url;
}

// Chromium stamps the PDF with the time it was made; the picture's own date
// stands in for it, so that the same input gives the same bytes. The stamp
// is replaced only by one of the same length, so no offset in the file moves.
void fix_chromium_dates(std::string& pdf, long source_date_epoch) {
  const std::time_t t = source_date_epoch;
  const std::tm* utc = std::gmtime(&t);  // NOLINT(concurrency-mt-unsafe): one thread
  if (!utc) return;
  const std::string stamp = fmt::format("D:{:04}{:02}{:02}{:02}{:02}{:02}+00'00'", utc->tm_year + 1900, utc->tm_mon + 1,
                                        utc->tm_mday, utc->tm_hour, utc->tm_min, utc->tm_sec);
  for (const char* key : {"/CreationDate (", "/ModDate ("}) {
    const auto start = pdf.find(key);
    if (start == std::string::npos) continue;
    const auto value = start + std::strlen(key);
    const auto end = pdf.find(')', value);
    if (end != std::string::npos && end - value == stamp.size()) pdf.replace(value, stamp.size(), stamp);
  }
}

struct Engine {
  PdfEngine kind;
  std::string program;
};

std::vector<Engine> engines_to_try(const PdfOptions& options) {
  std::vector<Engine> engines;
  if (options.engine != PdfEngine::Chromium) {
    const auto configured = environment_variable("LAGESBILD_WEASYPRINT");
    engines.push_back({PdfEngine::WeasyPrint, configured && !configured->empty() ? *configured : "weasyprint"});
  }
  if (options.engine != PdfEngine::WeasyPrint) {
    const auto configured = environment_variable("LAGESBILD_CHROMIUM");
    if (!options.chromium.empty()) {
      engines.push_back({PdfEngine::Chromium, options.chromium});
    } else if (configured && !configured->empty()) {
      engines.push_back({PdfEngine::Chromium, *configured});
    } else {
      for (auto& program : chromium_candidates()) engines.push_back({PdfEngine::Chromium, std::move(program)});
    }
  }
  return engines;
}

ProgramResult run_engine(const Engine& engine, const std::string& folder, const std::string& html, long epoch) {
  const std::string html_path = folder + "/lagesbild.html";
  const std::string pdf_path = folder + "/lagesbild.pdf";
  // The engine's own temporary files go in our folder, removed with it.
  const std::vector<std::string> environment = {"SOURCE_DATE_EPOCH=" + std::to_string(epoch), "TMPDIR=" + folder,
                                                "TMP=" + folder, "TEMP=" + folder};
  if (engine.kind == PdfEngine::WeasyPrint) {
    // The PDF's identifier comes from the content, so the same input gives the same bytes.
    // Font subsets carry a timestamp unless SOURCE_DATE_EPOCH fixes it.
    // A tagged PDF (PDF/UA-1: headings, paragraphs, tables for a screen
    // reader) where the WeasyPrint offers it (57 and later); --quiet hides its
    // warning that the variant is experimental. An older one refuses the
    // option before doing anything, and is asked again without it.
    const auto weasyprint = [&](bool tagged) {
      std::vector<std::string> argv = {engine.program, "--quiet", "--encoding", "utf-8"};
      argv.insert(argv.end(), {"--pdf-identifier", fnv1a_hex(html)});
      if (tagged) argv.insert(argv.end(), {"--pdf-variant", "pdf/ua-1"});
      argv.insert(argv.end(), {html_path, pdf_path});
      return run_program(argv, kTimeoutSeconds, environment);
    };
    ProgramResult run = weasyprint(true);
    if (run.started && run.exit_code == 2 && run.output.find("--pdf-variant") != std::string::npos &&
        interrupted_signal() == 0)
      run = weasyprint(false);
    return run;
  }
  // A profile of its own (a running Edge or Chrome is left alone), nothing
  // fetched, no header or footer of the browser's: ours are in the CSS.
  std::vector<std::string> argv = {engine.program,
                                   "--headless",
                                   "--disable-gpu",
                                   "--no-first-run",
                                   "--no-default-browser-check",
                                   "--disable-background-networking",
                                   "--disable-component-update",
                                   "--disable-sync",
                                   "--disable-extensions",
                                   "--user-data-dir=" + folder + "/profil",
                                   "--no-pdf-header-footer",
                                   "--print-to-pdf-no-header",  // the same, for browsers before version 120
                                   "--print-to-pdf=" + pdf_path};
  if (running_as_root()) argv.emplace_back("--no-sandbox");  // Chromium's sandbox refuses root
  argv.push_back(file_url(html_path));
  return run_program(argv, kTimeoutSeconds, environment);
}

std::string missing_message(PdfEngine engine, const std::vector<std::string>& looked_for) {
  const std::string where = join(looked_for, ", ");
  switch (engine) {
    case PdfEngine::WeasyPrint:
      return fmt::format(
          "PDF skapas med programmet WeasyPrint, som inte finns på datorn ({}). Installera det "
          "(Debian/Ubuntu: apt-get install weasyprint), eller skriv HTML med --format html och "
          "skriv ut "
          "den som PDF från webbläsaren.",
          where);
    case PdfEngine::Chromium:
      return fmt::format(
          "PDF skapas med --pdf-engine chromium av en Chromium-baserad webbläsare (Microsoft Edge, "
          "Google Chrome "
          "eller Chromium), men ingen hittades (sökte: {}). Ange webbläsarens programfil med "
          "--chromium FIL, eller "
          "installera Chromium (Debian/Ubuntu: apt-get install chromium).",
          where);
    case PdfEngine::Automatic:
      break;
  }
  return fmt::format(
      "PDF skapas med programmet WeasyPrint eller en Chromium-baserad webbläsare (Microsoft Edge, "
      "Google Chrome "
      "eller Chromium), men ingen av dem finns på datorn (sökte: {}). Installera något av dem "
      "(Debian/Ubuntu: "
      "apt-get install weasyprint), ange webbläsaren med --chromium FIL, eller skriv HTML med "
      "--format html och "
      "skriv ut den som PDF från webbläsaren.",
      where);
}

}  // namespace

std::optional<PdfEngine> pdf_engine_named(const std::string& name) {
  if (name == "auto") return PdfEngine::Automatic;
  if (name == "weasyprint") return PdfEngine::WeasyPrint;
  if (name == "chromium") return PdfEngine::Chromium;
  return std::nullopt;
}

PdfResult html_to_pdf(const std::string& html, const PdfOptions& options) {
  PdfResult result;
  PrivateFolder folder;
  if (folder.path().empty()) {
    result.error = "kan inte skapa en tillfällig mapp för PDF-filen (kontrollera TMPDIR och diskutrymmet)";
    return result;
  }
  {
    std::ofstream out(path_from_utf8(folder.path() + "/lagesbild.html"), std::ios::binary);
    out << html;
    if (!out) {
      result.error = "kan inte skriva den tillfälliga HTML-filen (är disken full?)";
      return result;
    }
  }
  std::vector<std::string> looked_for;
  for (const Engine& engine : engines_to_try(options)) {
    const ProgramResult run = run_engine(engine, folder.path(), html, options.source_date_epoch);
    if (interrupted_signal() != 0) {
      result.error = "avbruten";
      return result;  // the folder is removed on the way out
    }
    if (!run.started) {
      looked_for.push_back(engine.program);
      continue;
    }
    const std::string name = engine.kind == PdfEngine::WeasyPrint ? std::string("WeasyPrint")
                                                                  : fmt::format("Webbläsaren ({})", engine.program);
    if (run.timed_out) {
      result.error = fmt::format("{} blev inte {} på {} sekunder och avbröts.", name,
                                 engine.kind == PdfEngine::WeasyPrint ? "klart" : "klar", kTimeoutSeconds);
      return result;
    }
    std::ifstream in(path_from_utf8(folder.path() + "/lagesbild.pdf"), std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    if (run.exit_code != 0 || !in || bytes.str().compare(0, 5, "%PDF-") != 0) {
      const std::string reason = last_line(run.output);
      result.error = fmt::format("{} kunde inte skapa PDF-filen (slutstatus {}): {}", name, run.exit_code,
                                 reason.empty() ? "programmet gav inget felmeddelande" : reason);
      return result;
    }
    result.pdf = bytes.str();
    if (engine.kind == PdfEngine::Chromium) fix_chromium_dates(*result.pdf, options.source_date_epoch);
    return result;
  }
  result.program_missing = true;
  result.error = missing_message(options.engine, looked_for);
  return result;
}

}  // namespace lagesbild
