// SPDX-License-Identifier: EUPL-1.2
// `lagesbild merge`: the parties' pictures side by side as one joint picture.
#include <fmt/format.h>

#include <filesystem>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/option_values.hpp"
#include "core/merge/merge_plan.hpp"
#include "core/os/atomic_file.hpp"
#include "core/report/schema_location.hpp"

namespace lagesbild::cli {

namespace {

struct MergeOptions {
  std::vector<std::string> files;
  std::string previous;
  std::string output;
};

int exit_code_of(MergeFailure failure) {
  switch (failure) {
    case MergeFailure::None:
      return kOk;
    case MergeFailure::Usage:
      return kUsage;
    case MergeFailure::InvalidInput:
      return kInvalidInput;
    case MergeFailure::CannotWrite:
      return kCannotWrite;
    case MergeFailure::Internal:
      return kInternal;
  }
  return kInternal;
}

int run_merge(const MergeOptions& o, const Context& context) {
  if (!output_path_option(o.output)) return kUsage;
  QuestionnaireCatalog catalog = context.catalog();
  const MergePlan plan =
      plan_merge({o.files, o.previous, o.output, default_schema_folders(context.executable)}, catalog);
  print_diagnostics(stderr, plan.diagnostics);
  if (plan.failure != MergeFailure::None) {
    print_error(plan.closing_message);
    return exit_code_of(plan.failure);
  }
  const auto mode = mode_for_output(plan.read_files, 0640);
  if (const auto error = write_file_atomically(plan.output, plan.text, mode, Overwrite::Allowed)) {
    print_error(*error);
    return kCannotWrite;
  }
  fmt::print("{}", merge_written_text(plan));
  return kOk;
}

}  // namespace

void setup_merge(CLI::App& app, Context& context) {
  auto options = std::make_shared<MergeOptions>();
  CLI::App* sub = app.add_subcommand("merge", "Slå ihop parternas lägesbilder till en gemensam lägesbild");
  sub->add_option("FIL", options->files, "Parternas lägesbilder för samma kommun och månad")->required()->type_name("");
  sub->add_option("--previous", options->previous,
                  "Förra månadens gemensamma lägesbild: öppna åtgärder följer med, och medborgarlöften, "
                  "prioriteringar, orsaksanalyser, mötesdatum, mötesplats och diarienummer som förslag")
      ->type_name("FIL");
  sub->add_option("-o,--output", options->output,
                  "Filen att skriva (standard: ÅÅÅÅ-MM_kommun_gemensam.yaml bredvid första filen)")
      ->type_name("FIL");
  sub->callback([options, &context] { context.exit_code = run_merge(*options, context); });
}

}  // namespace lagesbild::cli
