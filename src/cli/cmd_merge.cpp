// `lagesbild merge`: the parties' pictures side by side as one joint picture.
#include <fmt/format.h>

#include <filesystem>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/option_values.hpp"
#include "core/base/safe_text.hpp"
#include "core/base/text.hpp"
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

// What --previous proposed this time, so the meeting knows what to confirm.
void print_proposals(const Carried& c, const JointReport& joint) {
  if (!c.done) return;
  std::vector<std::string> parts;
  if (c.promises) parts.push_back(counted(c.promises, "medborgarlöfte", "medborgarlöften"));
  if (c.priorities) parts.push_back("prioritet i " + counted(c.priorities, "område", "områden"));
  if (c.causes) parts.push_back(counted(c.causes, "orsaksanalys", "orsaksanalyser"));
  if (c.meeting_date && joint.meeting.date) parts.push_back("mötesdatum " + swedish_date(*joint.meeting.date));
  if (c.meeting_place) parts.push_back("mötesplats " + joint.meeting.place);
  if (c.registry_number) parts.push_back("diarienummer " + joint.header.registry_number);
  if (parts.empty()) return;
  fmt::print("Förslag från {} att bekräfta eller ta bort vid mötet: {}.\n", swedish_month_year(*joint.actions_from),
             list_alternatives(parts, "och"));
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
  const JointReport& joint = plan.joint;
  fmt::print("{} {} (gemensam lägesbild för {}, {}; parter: {}{}).\n", plan.updates_existing ? "Uppdaterade" : "Skrev",
             safe_text(plan.output), joint.header.municipality, swedish_month_year(joint.header.period),
             join(joint.party_ids(), ", "),
             joint.missing_parties.empty() ? "" : "; saknas: " + join(joint.missing_parties, ", "));
  if (plan.carried == 1) fmt::print("1 öppen åtgärd från en tidigare månad finns i åtgärdsplanen.\n");
  if (plan.carried > 1) fmt::print("{} öppna åtgärder från tidigare månader finns i åtgärdsplanen.\n", plan.carried);
  print_proposals(plan.proposals, joint);
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
