// `lagesbild templates`: the questionnaires this installation knows.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "core/base/text.hpp"

namespace lagesbild::cli {

namespace {

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
    fmt::print("{}\t{} (giltig från {}, {} områden)\n\t{}\n", q->id, q->name, to_string(q->valid_from),
               q->areas.size(), q->path);
  }
  return exit_code;
}

}  // namespace

void setup_templates(CLI::App& app, Context& context) {
  CLI::App* sub = app.add_subcommand("templates", "Lista de mallar (frågeformulär) som lagesbild hittar");
  sub->alias("mallar");
  sub->callback([&context] { context.exit_code = run_templates(context); });
}

}  // namespace lagesbild::cli
