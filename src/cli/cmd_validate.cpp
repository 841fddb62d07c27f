// SPDX-License-Identifier: EUPL-1.2
// `lagesbild validate FILE...`: everything wrong in every file, in one run.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/option_values.hpp"
#include "core/base/parallel.hpp"
#include "core/base/safe_text.hpp"
#include "core/base/text.hpp"
#include "core/diag/diagnostic_format.hpp"
#include "core/report/file_fix.hpp"
#include "core/report/validation.hpp"

namespace lagesbild::cli {

namespace {

struct ValidateOptions {
  std::vector<std::string> files;
  std::string format = "text";
  bool strict = false;
  bool final = false;
  bool fix = false;
  bool dry_run = false;
  unsigned jobs = 0;
};

// --fix: each file's mechanical repairs, one line per change, in the files'
// order; `unreadable` when a file could not be read or written. Returns the exit code when that is all that is done
// (--dry-run), else nothing: the files are then validated as they now are.
std::optional<int> run_fix(const ValidateOptions& o, QuestionnaireCatalog& catalog, bool& unreadable) {
  bool any_change = false;
  for (const std::string& file : o.files) {
    const FixOutcome fixed = fix_file(file, o.dry_run, {o.final, o.strict}, catalog);
    const std::string name = safe_text(file);
    for (const RepairChange& c : fixed.changes)
      fmt::print("{}:{}: ändrat: {} → {}\n", name, c.line, safe_text(c.before), safe_text(c.after));
    for (const RepairChange& c : fixed.left)
      fmt::print("{}:{}: inte ändrat: {}: {}\n", name, c.line, safe_text(c.before), safe_text(c.after));
    if (!fixed.refused.empty()) fmt::print("{}: inte rättad, filen är som den var: {}.\n", name, fixed.refused);
    if (o.dry_run && !fixed.changes.empty())
      fmt::print("{}: {}, inte {} (--dry-run)\n", name, counted(fixed.changes.size(), "ändring", "ändringar"),
                 fixed.changes.size() == 1 ? "skriven" : "skrivna");
    unreadable = unreadable || fixed.unreadable;
    any_change = any_change || !fixed.changes.empty();
  }
  if (!o.dry_run) return std::nullopt;
  if (unreadable) return kUsage;
  return any_change ? kInvalidInput : kOk;
}

int run_validate(ValidateOptions o, const Context& context) {
  o.format = lowercase_ascii(o.format);
  if (o.format != "text" && o.format != "json") {
    print_error(fmt::format("--format {} finns inte; välj text eller json", o.format));
    return kUsage;
  }
  if (o.dry_run && !o.fix) {
    print_error("--dry-run visar vad --fix skulle ändra; skriv --fix --dry-run");
    return kUsage;
  }
  if (o.fix && o.format == "json") {
    print_error("--fix skriver sina ändringar som text; använd inte --format json med --fix");
    return kUsage;
  }
  QuestionnaireCatalog catalog = context.catalog();
  bool fix_refused = false;
  if (o.fix) {
    if (const auto code = run_fix(o, catalog, fix_refused)) return *code;
  }
  Diagnostics all;
  bool unreadable = false;
  bool any_errors = false;
  std::string verdicts;
  // Files are checked on every core; what is printed of them is printed here,
  // in the order given, so the output is the same as with one core.
  for_each_ordered(
      o.files.size(), jobs_to_use(o.jobs),
      [&](std::size_t i) {
        return validate_file(o.files[i], {o.final, o.strict}, catalog);
      },
      [&](std::size_t i, ValidatedFile c) {
        unreadable = unreadable || c.unreadable;
        verdicts += verdict_line(o.files[i], c.diagnostics);
        any_errors = any_errors || c.diagnostics.has_errors();
        // Listed once, here or in print_diagnostics: a second limit would hide
        // one more problem behind a second "ytterligare" line.
        if (o.format == "text")
          print_diagnostics(stdout, std::move(c.diagnostics));
        else
          all.append(listed(std::move(c.diagnostics)));
      });
  if (o.format == "json") {
    fmt::print("{}", format_as_json(all));
  } else {
    fmt::print("{}", verdicts);
  }
  if (unreadable || fix_refused) return kUsage;
  return any_errors ? kInvalidInput : kOk;
}

}  // namespace

void setup_validate(CLI::App& app, Context& context) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* sub =
      app.add_subcommand("validate", "Kontrollera lägesbilder och visa allt som är fel, var och hur det rättas");
  sub->add_option("FIL", options->files, "Filer att kontrollera")->required()->type_name("");
  sub->add_option("--format", options->format, "text (standard) eller json")->type_name("FORMAT");
  sub->add_flag("--strict", options->strict, "Behandla varningar som fel");
  sub->add_flag("--final", options->final,
                "Kontrollera också att en gemensam lägesbild är slutlig (trender, orsaksanalys, godkännanden)");
  sub->add_flag("--fix", options->fix,
                "Rätta det som är rent mekaniskt (förväxlingsbara tecken, tabbar i indrag, BOM, UTF-16, mellanslag "
                "i radslut) och kontrollera sedan filerna");
  sub->add_flag("--dry-run", options->dry_run, "Med --fix: visa ändringarna utan att skriva");
  add_jobs_option(*sub, options->jobs);
  sub->callback([options, &context] { context.exit_code = run_validate(*options, context); });
}

}  // namespace lagesbild::cli
