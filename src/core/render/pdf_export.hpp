// SPDX-License-Identifier: EUPL-1.2
// PDF from our HTML through an external program: WeasyPrint, or a
// Chromium-based browser (Microsoft Edge, Google Chrome, Chromium) printing
// headless, which every Windows PC has.
#pragma once

#include <optional>
#include <string>

namespace lagesbild {

enum class PdfEngine {
  Automatic,   // WeasyPrint when it is installed, otherwise Chromium
  WeasyPrint,  // $LAGESBILD_WEASYPRINT, or "weasyprint" on PATH
  Chromium,    // `chromium` below, $LAGESBILD_CHROMIUM, or the browsers' usual places
};

struct PdfOptions {
  PdfEngine engine = PdfEngine::Automatic;
  std::string chromium;  // the browser's program, when given (--chromium)
  // Seconds since 1970 that stand in for "now" wherever the PDF would record
  // it, so that the same input gives the same bytes.
  long source_date_epoch = 0;
};

struct PdfResult {
  std::optional<std::string> pdf;  // the PDF's bytes, on success
  bool program_missing = false;    // no engine is installed
  std::string error;               // in Swedish, when pdf is empty
};

PdfResult html_to_pdf(const std::string& html, const PdfOptions& options);

// "weasyprint" or "chromium" as PdfEngine; "auto" is Automatic.
std::optional<PdfEngine> pdf_engine_named(const std::string& name);

}  // namespace lagesbild
