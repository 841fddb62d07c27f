// SPDX-License-Identifier: EUPL-1.2
// Reading option values that several commands share, with one Swedish
// message each when they are wrong. Each returns nullopt/nullptr after
// printing the message; the caller then exits with kUsage.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/archive/archive.hpp"
#include "core/base/dates.hpp"
#include "core/render/pdf_export.hpp"
#include "core/report/questionnaire.hpp"

namespace lagesbild::cli {

// A month given as `flag` (e.g. "--period"), or `fallback` when empty.
std::optional<Period> period_option(const std::string& value, const std::string& flag, const Period& fallback);
// A date given as `flag`, or `fallback` when empty.
std::optional<Date> date_option(const std::string& value, const std::string& flag, const Date& fallback);
// The questionnaire named by --mall (an id or a file).
const Questionnaire* questionnaire_option(QuestionnaireCatalog& catalog, const std::string& id_or_path);
// The format of a document to write: --format, or else -o's extension, or
// else `fallback`. `formats` maps each format to its extensions (".pdf").
// An -o whose extension names no format is refused, so that a document is
// never written over a report (.yaml) or anything else.
std::optional<std::string> output_format(std::string format, const std::string& output,
                                         const std::vector<std::pair<std::string, std::vector<std::string>>>& formats,
                                         const std::string& fallback);

// An output file name (-o) the file system can take: no part of it longer
// than a file name may be, and not longer in all than a path may be. Empty
// (no -o) is fine.
bool output_path_option(const std::string& path);

// -j N: how many files are read at once (validate, status, summary). The
// output is the same whatever N is; 0, the default, is one per core.
void add_jobs_option(CLI::App& command, unsigned& jobs);
unsigned jobs_to_use(unsigned jobs);

// The contents of a --css file ("" when none is given).
std::optional<std::string> stylesheet_option(const std::string& path);

// --pdf-engine: auto, weasyprint or chromium (render, year).
std::optional<PdfEngine> pdf_engine_option(const std::string& name);

// False (after saying why) for a PDF bound for a terminal, where its bytes
// would only garble the screen; `example` is the -o file to suggest.
bool pdf_destination_option(const std::string& format, const std::string& output, const std::string& example);

// The folders given (DIR...) could all be read; each that could not is named
// (status, summary, year).
bool folders_readable(const Archive& archive);

}  // namespace lagesbild::cli
