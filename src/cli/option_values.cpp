// SPDX-License-Identifier: EUPL-1.2
#include "cli/option_values.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/context.hpp"
#include "core/base/parallel.hpp"
#include "core/base/safe_text.hpp"
#include "core/base/text.hpp"
#include "core/os/program.hpp"
#include "core/os/utf8_path.hpp"

namespace lagesbild::cli {

std::optional<Period> period_option(const std::string& value, const std::string& flag, const Period& fallback) {
  if (value.empty()) return fallback;
  const auto period = parse_period(value);
  if (!period) print_error(fmt::format("{} \"{}\" är ingen månad; skriv ÅÅÅÅ-MM, t.ex. 2026-11", flag, value));
  return period;
}

std::optional<Date> date_option(const std::string& value, const std::string& flag, const Date& fallback) {
  if (value.empty()) return fallback;
  const auto date = parse_date(value);
  if (!date) print_error(fmt::format("{} \"{}\" är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-12-02", flag, value));
  return date;
}

const Questionnaire* questionnaire_option(QuestionnaireCatalog& catalog, const std::string& id_or_path) {
  Diagnostics problems;
  const Questionnaire* q = catalog.find(id_or_path, problems);
  if (q) return q;
  print_diagnostics(stderr, problems);
  std::string message = problems.has_errors() ? fmt::format("mallen \"{}\" kan inte läsas.", id_or_path)
                                              : fmt::format("mallen \"{}\" finns inte.", id_or_path);
  if (auto s = nearest(id_or_path, catalog.known_ids())) message += fmt::format(" Menade du {}?", *s);
  print_error(message + " Se `lagesbild templates`.");
  return nullptr;
}

std::optional<std::string> output_format(std::string format, const std::string& output,
                                         const std::vector<std::pair<std::string, std::vector<std::string>>>& formats,
                                         const std::string& fallback) {
  format = lowercase_ascii(format);
  if (format == "md") format = "markdown";
  std::vector<std::string> names;
  std::vector<std::string> extensions;
  for (const auto& [name, exts] : formats) {
    names.push_back(name);
    extensions.insert(extensions.end(), exts.begin(), exts.end());
  }
  if (!format.empty() && std::find(names.begin(), names.end(), format) == names.end()) {
    print_error(fmt::format("--format {} finns inte; välj {}", format, list_alternatives(names, "eller")));
    return std::nullopt;
  }
  if (output.empty()) return format.empty() ? fallback : format;
  const std::string extension = lowercase_ascii(extension_of(output));
  std::string by_extension;
  for (const auto& [name, exts] : formats)
    if (std::find(exts.begin(), exts.end(), extension) != exts.end()) by_extension = name;
  if (by_extension.empty()) {
    print_error(
        fmt::format("-o {}: filändelsen ska vara {}, så att ingen lägesbild (.yaml) eller annan fil skrivs "
                    "över med ett dokument",
                    output, list_alternatives(extensions, "eller")));
    return std::nullopt;
  }
  if (!format.empty() && format != by_extension) {
    print_error(fmt::format("--format {} passar inte ihop med filnamnet {}; ange samma format i båda, eller bara -o",
                            format, output));
    return std::nullopt;
  }
  return by_extension;
}

std::optional<std::string> stylesheet_option(const std::string& path) {
  if (path.empty()) return std::string();
  if (!is_ordinary_file(path)) {
    print_error(fmt::format("stilmallen {} kan inte läsas (finns den, och är den en vanlig fil?)", path));
    return std::nullopt;
  }
  std::ifstream in(path_from_utf8(path), std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  if (!in) {
    print_error(fmt::format("stilmallen {} kan inte läsas (finns den?)", path));
    return std::nullopt;
  }
  return bytes.str();
}

bool output_path_option(const std::string& path) {
  // The limits of Linux and of Windows' long paths; a name past them would
  // fail only when written, after all the work was done.
  constexpr std::size_t kMaxName = 255, kMaxPath = 4095;
  std::size_t longest = 0;
  for (const auto& part : path_from_utf8(path)) longest = std::max(longest, part.native().size());
  if (path.size() <= kMaxPath && longest <= kMaxName) return true;
  print_error(
      fmt::format("-o: filnamnet är för långt ({} tecken). Ett namn i en mapp får vara högst {} tecken och "
                  "hela sökvägen högst {}; välj ett kortare namn.",
                  std::max(longest, path.size()), kMaxName, kMaxPath));
  return false;
}

namespace {

// In Swedish, and without CLI11's "UINT in [0 - 1024]" in --help.
CLI::Validator jobs_range() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        const bool digits =
            !value.empty() && value.size() <= 4 && value.find_first_not_of("0123456789") == std::string::npos;
        if (digits && std::stoul(value) <= 1024) return {};
        return fmt::format("-j ska vara ett heltal från 1 till 1024, eller 0 för en per kärna, inte \"{}\"", value);
      },
      "");
}

}  // namespace

void add_jobs_option(CLI::App& command, unsigned& jobs) {
  command
      .add_option("-j,--jobs", jobs, "Antal filer som läses samtidigt (standard: en per kärna); utdata blir densamma")
      ->type_name("ANTAL")
      ->check(jobs_range());
}

unsigned jobs_to_use(unsigned jobs) {
  return jobs > 0 ? jobs : default_jobs();
}

std::optional<PdfEngine> pdf_engine_option(const std::string& name) {
  const auto engine = pdf_engine_named(name);
  if (!engine) print_error(fmt::format("--pdf-engine {} finns inte; välj auto, weasyprint eller chromium", name));
  return engine;
}

bool pdf_destination_option(const std::string& format, const std::string& output, const std::string& example) {
  if (format != "pdf" || !output.empty() || !stdout_is_terminal()) return true;
  print_error(fmt::format("en PDF skrivs inte till terminalen; ange filen med -o, t.ex. -o {}", example));
  return false;
}

bool folders_readable(const Archive& archive) {
  for (const auto& folder : archive.unreadable_folders)
    print_error(fmt::format("mappen {} finns inte eller kan inte läsas", safe_text(folder)));
  return archive.unreadable_folders.empty();
}

}  // namespace lagesbild::cli
