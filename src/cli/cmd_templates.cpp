// SPDX-License-Identifier: EUPL-1.2
// `lagesbild templates`: the questionnaires this installation knows.
#include <fmt/format.h>

#include <set>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "core/base/text.hpp"

namespace lagesbild::cli {

namespace {

// For shell completion (completion/lagesbild.bash), hidden from --help: one
// word a line, nothing on standard error, always exit 0. `mall`: the ids of
// the questionnaires found; `part`: the parties of `questionnaire`, or of
// all questionnaires found when it is empty or unknown.
int list_for_completion(const std::string& what, const std::string& questionnaire, const Context& context) {
  QuestionnaireCatalog catalog = context.catalog();
  std::vector<std::string> ids = catalog.known_ids();
  if (what == "mall") {
    for (const auto& id : ids) fmt::print("{}\n", id);
    return kOk;
  }
  if (what != "part") return kOk;
  Diagnostics ignored;
  if (!questionnaire.empty() && catalog.find(questionnaire, ignored)) ids = {questionnaire};
  std::set<std::string> parties;
  for (const auto& id : ids)
    if (const Questionnaire* q = catalog.find(id, ignored)) parties.insert(q->parties.begin(), q->parties.end());
  for (const auto& party : parties) fmt::print("{}\n", party);
  return kOk;
}

int run_templates(const Context& context) {
  QuestionnaireCatalog catalog = context.catalog();
  const auto ids = catalog.known_ids();
  if (ids.empty()) {
    print_error(fmt::format("inga mallar hittades. Sökte i: {}. Ange en mapp med miljövariabeln LAGESBILD_MALLAR.",
                            join(catalog.folders(), ", ")));
    return kUsage;
  }
  int exit_code = kOk;
  for (const auto& id : ids) {
    Diagnostics problems;
    const Questionnaire* q = catalog.find(id, problems);
    if (!q) {
      print_diagnostics(stderr, problems);
      exit_code = kInvalidInput;
      continue;
    }
    fmt::print("{}\t{} (giltig från {}, {} områden)\n\t{}\n", q->id, q->name, to_string(q->valid_from), q->areas.size(),
               q->path);
  }
  return exit_code;
}

}  // namespace

void setup_templates(CLI::App& app, Context& context) {
  CLI::App* sub = app.add_subcommand("templates", "Lista de mallar (frågeformulär) som lagesbild hittar");
  sub->alias("mallar");
  auto complete = std::make_shared<std::pair<std::string, std::string>>();
  sub->add_option("--complete", complete->first)->group("");
  sub->add_option("--mall", complete->second)->group("");
  sub->callback([&context, complete] {
    context.exit_code = complete->first.empty() ? run_templates(context)
                                                : list_for_completion(complete->first, complete->second, context);
  });
}

}  // namespace lagesbild::cli
