#include "core/render/pdf_export.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "core/os/cleanup.hpp"
#include "core/os/process.hpp"
#include "core/base/text.hpp"

namespace lagesbild {

namespace {

constexpr int kTimeoutSeconds = 300;

// A private folder (0700) for the HTML and PDF in transit, removed afterwards.
class PrivateFolder {
 public:
  PrivateFolder() {
    std::error_code ec;
    std::string pattern = (std::filesystem::temp_directory_path(ec) / "lagesbild-XXXXXX").string();
    if (::mkdtemp(pattern.data())) {
      path_ = pattern;
      remove_on_interrupt(path_);
      for (const char* name : {"/lagesbild.html", "/lagesbild.pdf"}) remove_on_interrupt(path_ + name);
    }
  }
  ~PrivateFolder() {
    if (path_.empty()) return;
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
    for (const char* name : {"/lagesbild.html", "/lagesbild.pdf"}) keep_on_interrupt(path_ + name);
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
    if (!line.empty()) last = line;
  return last;
}

}  // namespace

PdfResult html_to_pdf(const std::string& html, long source_date_epoch) {
  PdfResult result;
  const char* configured = std::getenv("LAGESBILD_WEASYPRINT");
  const std::string program = configured && *configured ? configured : "weasyprint";
  PrivateFolder folder;
  if (folder.path().empty()) {
    result.error = "kan inte skapa en tillfällig mapp för PDF-filen (kontrollera TMPDIR och diskutrymmet)";
    return result;
  }
  const std::string html_path = folder.path() + "/lagesbild.html";
  const std::string pdf_path = folder.path() + "/lagesbild.pdf";
  {
    std::ofstream out(html_path, std::ios::binary);
    out << html;
    if (!out) {
      result.error = "kan inte skriva den tillfälliga HTML-filen (är disken full?)";
      return result;
    }
  }
  // The PDF's identifier comes from the content, so the same input gives the same bytes.
  // Font subsets carry a timestamp unless SOURCE_DATE_EPOCH fixes it.
  // A tagged PDF (PDF/UA-1: headings, paragraphs, tables for a screen
  // reader) where the WeasyPrint offers it (57 and later); --quiet hides its
  // warning that the variant is experimental. An older one refuses the
  // option before doing anything, and is asked again without it.
  const auto weasyprint = [&](bool tagged) {
    std::vector<std::string> argv = {program, "--quiet", "--encoding", "utf-8"};
    argv.insert(argv.end(), {"--pdf-identifier", fnv1a_hex(html)});
    if (tagged) argv.insert(argv.end(), {"--pdf-variant", "pdf/ua-1"});
    argv.insert(argv.end(), {html_path, pdf_path});
    return run_program(argv, kTimeoutSeconds,
                       {"SOURCE_DATE_EPOCH=" + std::to_string(source_date_epoch),
                        // WeasyPrint's own temporary files go in our folder, removed with it.
                        "TMPDIR=" + folder.path()});
  };
  ProgramResult run = weasyprint(true);
  if (run.started && run.exit_code == 2 && run.output.find("--pdf-variant") != std::string::npos &&
      interrupted_signal() == 0)
    run = weasyprint(false);
  if (interrupted_signal() != 0) {
    result.error = "avbruten";
    return result;  // the folder is removed on the way out
  }
  if (!run.started) {
    result.program_missing = true;
    result.error = fmt::format(
        "PDF skapas med programmet WeasyPrint, som inte finns på datorn ({}). Installera det "
        "(Debian/Ubuntu: apt-get install weasyprint), eller skriv HTML med --format html och skriv ut "
        "den som PDF från webbläsaren.",
        program);
    return result;
  }
  if (run.timed_out) {
    result.error = fmt::format("WeasyPrint blev inte klart på {} sekunder och avbröts.", kTimeoutSeconds);
    return result;
  }
  std::ifstream in(pdf_path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  if (run.exit_code != 0 || !in || bytes.str().compare(0, 5, "%PDF-") != 0) {
    const std::string reason = last_line(run.output);
    result.error = fmt::format("WeasyPrint kunde inte skapa PDF-filen (slutstatus {}): {}", run.exit_code,
                               reason.empty() ? "programmet gav inget felmeddelande" : reason);
    return result;
  }
  result.pdf = bytes.str();
  return result;
}

}  // namespace lagesbild
