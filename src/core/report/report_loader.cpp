// SPDX-License-Identifier: EUPL-1.2
#include "core/report/report_loader.hpp"

#include <fmt/format.h>

#include "core/base/text.hpp"
#include "core/diag/reporter.hpp"
#include "core/os/utf8_path.hpp"
#include "core/report/field_reader.hpp"
#include "core/report/file_names.hpp"
#include "core/report/read_joint.hpp"
#include "core/report/read_local.hpp"
#include "core/yaml/yaml_reader.hpp"

namespace lagesbild {

ReportHeader read_header(Reporter& reporter, MappingReader& root) {
  ReportHeader h;
  if (const auto* n = root.required("kommun")) {
    h.municipality = read_nonempty_text(reporter, *n, "kommun", TextKind::Word).value_or("");
    h.municipality_position = n->position;
  }
  if (const auto* n = root.required("period", "Skriv månaden som beskrivs, t.ex. 2026-11.")) {
    h.period = read_period(reporter, *n, "period").value_or(Period{});
    h.period_position = n->position;
  }
  if (const auto* n = root.required("klassificering", "Skriv öppen, intern eller sekretess.")) {
    if (auto word = read_choice(reporter, *n, "klassificering", classification_words()))
      h.classification = *parse_classification(*word);
  }
  if (const auto* n = root.optional("diarienummer"))
    h.registry_number = read_text(reporter, *n, "diarienummer", TextKind::Word).value_or("");
  const YamlNode* ground = root.optional("sekretessgrund");
  if (ground) h.secrecy_ground = read_text(reporter, *ground, "sekretessgrund", TextKind::FreeText).value_or("");
  if (h.classification == Classification::Secret && h.secrecy_ground.find_first_not_of(' ') == std::string::npos) {
    reporter.error(ground ? ground->position : root.node().find("klassificering")->position, "sekretessgrund",
                   "klassificeringen är sekretess men sekretessgrund saknas. Ange lagrummet, t.ex. "
                   "sekretessgrund: \"OSL 35 kap. 1 §\".");
  }
  return h;
}

namespace {

// A file named like the convention but not as this report's content says.
void check_file_name(Reporter& reporter, const std::string& path, const ReportHeader& h, const std::string& party) {
  if (h.municipality.empty() || h.period.year == 0 || party.empty()) return;
  const std::string name = base_name(path);
  const bool conventional = name.size() > 8 && parse_period(name.substr(0, 7)) && name[7] == '_';
  const std::string expected = report_file_name(h.period, h.municipality, party);
  if (conventional && name != expected)
    reporter.warning({1, 1}, "filnamn",
                     fmt::format("filen heter {} men innehållet (kommun, period, part) säger {}. Byt namn "
                                 "på filen eller rätta innehållet, så att ingen blandar ihop filerna.",
                                 name, expected));
}

LoadedReport read_report(const std::string& path, YamlDocument document, QuestionnaireCatalog& catalog,
                         Diagnostics& diagnostics) {
  LoadedReport loaded;
  loaded.path = path;
  loaded.document = std::move(document);
  if (!loaded.document.root) return loaded;
  Reporter reporter(loaded.document.source, diagnostics);
  MappingReader root(reporter, *loaded.document.root, "lägesbilden");
  if (!root.is_mapping()) return loaded;
  if (!root.has_key("lägesbild") && root.has_key("mall") && root.has_key("områden") && root.has_key("namn")) {
    reporter.error({1, 1}, "inte-en-lagesbild",
                   "filen är en mall (ett frågeformulär), inte en lägesbild. Skapa en lägesbild från den med "
                   "lagesbild new --mall FIL, och kontrollera den som lägesbild.");
    return loaded;
  }

  if (const auto* n = root.required("lägesbild", "Första raden ska vara `lägesbild: 1`.")) {
    // Format 1.1 only adds optional keys: its files say 1 (lagesbild(5) §6).
    if (n->is_scalar() && n->text.rfind("1.", 0) == 0)
      reporter.error(n->position, "formatversion",
                     fmt::format("formatversionen är 1, inte {}, också med nycklarna från format 1.1: de är "
                                 "frivilliga, så filen behåller versionsnumret. Skriv lägesbild: 1.",
                                 n->text));
    else if (auto version = read_integer(reporter, *n, "lägesbild", 1, 999); version && *version != kFormatVersion)
      reporter.error(n->position, "formatversion",
                     fmt::format("filen är skriven i formatversion {}, men den här versionen av lagesbild "
                                 "läser version {}. Uppdatera lagesbild eller be avsändaren om version {}.",
                                 *version, kFormatVersion, kFormatVersion));
  }
  std::optional<std::string> kind;
  if (const auto* n = root.required("typ", "Skriv lokal (en parts egen lägesbild) eller gemensam."))
    kind = read_choice(reporter, *n, "typ", {words::kLocal, words::kJoint});
  const YamlNode* mall = root.required("mall", "Skriv mallens id, t.ex. dalarna-2019.");
  if (mall) {
    if (auto id = read_nonempty_text(reporter, *mall, "mall", TextKind::Word)) {
      Diagnostics questionnaire_problems;
      const std::string folder = folder_name(path);
      loaded.questionnaire = catalog.find_by_id(*id, questionnaire_problems, folder.empty() ? "." : folder);
      diagnostics.append(questionnaire_problems);
      if (!loaded.questionnaire && !questionnaire_problems.has_errors()) {
        const auto known = catalog.known_ids();
        std::string message = is_identifier(*id)
                                  ? fmt::format("mallen \"{}\" finns inte.", *id)
                                  : fmt::format("`mall` ska vara en malls id, som dalarna-2019, inte \"{}\".", *id);
        if (auto suggestion = nearest(*id, known)) message += fmt::format(" Menade du `{}`?", *suggestion);
        message += known.empty() ? " Inga mallar hittades; se `lagesbild templates`."
                                 : fmt::format(" Kända mallar: {} (se `lagesbild templates`).", join(known, ", "));
        message += fmt::format(
            " En egen eller reviderad mall läggs som {}.yaml i samma mapp som lägesbilden, eller i "
            "en mapp som anges med miljövariabeln LAGESBILD_MALLAR.",
            *id);
        reporter.error(mall->position, "okand-mall", message);
      } else if (!loaded.questionnaire) {
        reporter.error(mall->position, "okand-mall",
                       fmt::format("mallen \"{}\" kunde inte läsas; se felen i mallfilen ovan.", *id));
      }
    }
  }
  if (!loaded.questionnaire || !kind) {
    // Without the questionnaire or the kind, the body cannot be checked; the
    // keys are still known, so they are not reported as unknown.
    return loaded;
  }
  if (*kind == words::kLocal) {
    loaded.local = read_local_report(reporter, root, *loaded.questionnaire);
    loaded.local->header.questionnaire = loaded.questionnaire->id;
    loaded.local->header.kind = words::kLocal;
    check_file_name(reporter, path, loaded.local->header, loaded.local->party);
  } else {
    loaded.joint = read_joint_report(reporter, root, *loaded.questionnaire);
    loaded.joint->header.questionnaire = loaded.questionnaire->id;
    loaded.joint->header.kind = words::kJoint;
    check_file_name(reporter, path, loaded.joint->header, words::kJoint);
  }
  root.finish();
  return loaded;
}

}  // namespace

LoadedReport load_report(const std::string& path, QuestionnaireCatalog& catalog, Diagnostics& diagnostics) {
  return read_report(path, load_yaml_file(path, diagnostics), catalog, diagnostics);
}

LoadedReport load_report_text(const std::string& path, std::string text, QuestionnaireCatalog& catalog,
                              Diagnostics& diagnostics) {
  return read_report(path, parse_yaml(path, std::move(text), diagnostics), catalog, diagnostics);
}

}  // namespace lagesbild
