// SPDX-License-Identifier: EUPL-1.2
// `lagesbild schema`: the JSON Schema of a questionnaire's pictures, for
// editors (yaml-language-server) that check a file as it is typed.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/option_values.hpp"
#include "core/base/text.hpp"
#include "core/os/atomic_file.hpp"
#include "core/os/utf8_path.hpp"
#include "core/report/json_schema.hpp"
#include "core/report/report.hpp"

namespace lagesbild::cli {

namespace {

struct SchemaOptions {
  std::string questionnaire = "dalarna-2019";
  std::string kind;
  std::string output;
  std::string folder;
};

// A schema says nothing about anyone: readable by all, like the questionnaire.
constexpr FileMode kSchemaMode = 0644;

bool write(const std::string& path, const std::string& text) {
  if (const auto error = write_file_atomically(path, text, kSchemaMode, Overwrite::Allowed)) {
    print_error(*error);
    return false;
  }
  return true;
}

int run_schema(SchemaOptions o, const Context& context) {
  if (!output_path_option(o.output) || !output_path_option(o.folder)) return kUsage;
  std::optional<PictureKind> kind;
  o.kind = lowercase_ascii(o.kind);
  if (o.kind == words::kLocal || o.kind.empty()) kind = PictureKind::Local;
  if (o.kind == words::kJoint) kind = PictureKind::Joint;
  if (!kind) {
    print_error(fmt::format("--typ {} finns inte; välj lokal (en parts egen lägesbild) eller gemensam", o.kind));
    return kUsage;
  }
  if (!o.folder.empty() && (!o.output.empty() || !o.kind.empty())) {
    print_error(
        "--mapp skriver båda scheman (lokal och gemensam); ange antingen --mapp eller -o och "
        "--typ");
    return kUsage;
  }
  QuestionnaireCatalog catalog = context.catalog();
  const Questionnaire* q = questionnaire_option(catalog, o.questionnaire);
  if (!q) return kUsage;

  if (!o.folder.empty()) {
    if (!is_folder(o.folder)) {
      print_error(fmt::format("mappen {} finns inte; skapa den först", o.folder));
      return kCannotWrite;
    }
    for (const auto k : {PictureKind::Local, PictureKind::Joint}) {
      const std::string path = utf8_of(path_from_utf8(o.folder) / path_from_utf8(schema_file_name(q->id, k)));
      if (!write(path, json_schema(*q, k))) return kCannotWrite;
      fmt::print("Skrev {}\n", path);
    }
    return kOk;
  }
  const std::string text = json_schema(*q, *kind);
  if (o.output.empty()) {
    fmt::print("{}", text);
    return kOk;
  }
  if (is_folder(o.output)) {
    print_error(fmt::format("{} är en mapp; ange ett filnamn med -o, eller mappen med --mapp", o.output));
    return kCannotWrite;
  }
  return write(o.output, text) ? kOk : kCannotWrite;
}

}  // namespace

void setup_schema(CLI::App& app, Context& context) {
  auto options = std::make_shared<SchemaOptions>();
  CLI::App* sub = app.add_subcommand(
      "schema", "Skriv mallens JSON Schema, så att en editor (VS Code) kontrollerar och kompletterar filen");
  sub->add_option("--mall", options->questionnaire, "Mallens id eller en mallfil (standard: dalarna-2019)")
      ->type_name("ID|FIL");
  sub->add_option("--typ", options->kind, "lokal (en parts egen, standard) eller gemensam")->type_name("TYP");
  sub->add_option("-o,--output", options->output, "Filen att skriva (standard: standard ut)")->type_name("FIL");
  sub->add_option("--mapp", options->folder,
                  "Skriv båda scheman, <mall>.lokal.schema.json och "
                  "<mall>.gemensam.schema.json, i mappen")
      ->type_name("MAPP");
  sub->callback([options, &context] { context.exit_code = run_schema(*options, context); });
}

}  // namespace lagesbild::cli
