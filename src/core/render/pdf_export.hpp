// PDF through WeasyPrint, run as an external program on our HTML.
#pragma once

#include <optional>
#include <string>

namespace lagesbild {

struct PdfResult {
  std::optional<std::string> pdf;  // the PDF's bytes, on success
  bool program_missing = false;    // WeasyPrint is not installed
  std::string error;               // in Swedish, when pdf is empty
};

// $LAGESBILD_WEASYPRINT names the program; default "weasyprint" on PATH.
// `source_date_epoch` (seconds) stands in for "now" wherever the PDF would
// record it, so that the same input gives the same bytes.
PdfResult html_to_pdf(const std::string& html, long source_date_epoch);

}  // namespace lagesbild
