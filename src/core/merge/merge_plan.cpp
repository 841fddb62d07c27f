// SPDX-License-Identifier: EUPL-1.2
// Everything `lagesbild merge` decides before it writes (lagesbild(5) §3):
// which inputs count, whether they belong together, whether an existing
// joint picture may be rewritten without losing the meeting's work, and
// the text to write, checked by our own reader first.
#include "core/merge/merge_plan.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/safe_text.hpp"
#include "core/base/text.hpp"
#include "core/diag/reporter.hpp"
#include "core/os/atomic_file.hpp"
#include "core/os/utf8_path.hpp"
#include "core/report/file_names.hpp"
#include "core/report/joint_writer.hpp"
#include "core/report/party_material.hpp"
#include "core/report/read_local.hpp"
#include "core/report/schema_location.hpp"
#include "core/yaml/comment_scan.hpp"

namespace lagesbild {

MergePlan& MergePlan::refuse(MergeFailure why, std::string message, Diagnostics problems) {
  failure = why;
  closing_message = std::move(message);
  diagnostics.append(problems);
  return *this;
}

namespace {

// Where a report says what kind it is, for messages about the wrong kind.
Position kind_position(const LoadedReport& r) {
  const YamlNode* typ = r.document.root ? r.document.root->find("typ") : nullptr;
  return typ ? typ->position : Position{1, 1};
}

// A joint picture where one is expected (--previous).
bool is_joint(const LoadedReport& r, Diagnostics& d, const std::string& role) {
  if (r.joint) return true;
  if (r.local) {
    Reporter(r.document.source, d)
        .error(kind_position(r), "fel-typ",
               fmt::format("{} ska vara en gemensam lägesbild (typ: gemensam), men filen är en parts egen.", role));
  }
  return false;
}

// Warnings about the joint file's areas and approvals were made where they
// stood in the file as it was read; the file is rewritten, and what is above
// them may have grown or shrunk. They are moved to where the same area or the
// approvals stand in the text written, so that the line named is the line.
Diagnostics pointing_into(const Diagnostics& d, const std::string& output, const JointReport& before,
                          const LoadedReport& written) {
  Diagnostics moved;
  Reporter reporter(written.document.source, moved);
  for (const Diagnostic& item : d.items()) {
    std::optional<Position> now;
    if (item.file == output && item.rule == "godkannande" && item.position.line == before.approvals_position.line)
      now = written.joint->approvals_position;
    if (item.file == output && item.rule == "gemensam-trend") {
      for (const auto& area : before.areas) {
        const JointArea* after = area.position.line == item.position.line ? written.joint->area(area.id) : nullptr;
        if (after) now = after->position;
      }
    }
    if (now) {
      reporter.report(item.severity, *now, item.rule, item.message);
    } else {
      moved.add(item);
    }
  }
  return moved;
}

// Comments people typed into the joint file would be lost by a rewrite.
bool has_own_comments(const LoadedReport& existing, const Questionnaire& q, Diagnostics& d) {
  const auto extra = comments_not_in(existing.document.source.text(),
                                     joint_report_text(*existing.joint, q) + earlier_joint_comments());
  Reporter reporter(existing.document.source, d);
  std::size_t own = 0;
  for (const auto& c : extra) {
    // The editor's modeline is lagesbild's own line, rewritten at every merge
    // (another machine may have the schema elsewhere).
    if (is_schema_modeline(c.text)) continue;
    ++own;
    const std::string_view line = existing.document.source.line(c.line);
    const Position at{c.line, static_cast<int>(count_code_points(line.substr(0, c.column - 1))) + 1};
    if (c.glued && line.find_first_not_of(' ') < c.column - 1) {
      reporter.error(at, "egen-kommentar",
                     "texten klipps av vid \" #\": i YAML börjar en kommentar där, och den skulle gå förlorad när "
                     "filen skrivs om. Sätt hela texten inom citattecken, t.ex. \"Andra månaden i rad #2\", och "
                     "kör lagesbild merge igen.");
    } else {
      reporter.error(at, "egen-kommentar",
                     "kommentaren skrevs inte av lagesbild och skulle gå förlorad när filen skrivs om. Flytta "
                     "texten till ett fält (t.ex. gemensam_bedömning eller en åtgärds kommentar) eller ta bort "
                     "den, och kör lagesbild merge igen.");
    }
  }
  return own > 0;
}

// What --previous proposed this time, so the meeting knows what to confirm.
std::string proposals_text(const Carried& c, const JointReport& joint) {
  if (!c.done) return {};
  std::vector<std::string> parts;
  if (c.promises) parts.push_back(counted(c.promises, "medborgarlöfte", "medborgarlöften"));
  if (c.priorities) parts.push_back("prioritet i " + counted(c.priorities, "område", "områden"));
  if (c.causes) parts.push_back(counted(c.causes, "orsaksanalys", "orsaksanalyser"));
  if (c.meeting_date && joint.meeting.date) parts.push_back("mötesdatum " + swedish_date(*joint.meeting.date));
  if (c.meeting_place) parts.push_back("mötesplats " + joint.meeting.place);
  if (c.registry_number) parts.push_back("diarienummer " + joint.header.registry_number);
  if (parts.empty()) return {};
  return fmt::format("Förslag från {} att bekräfta eller ta bort vid mötet: {}.\n",
                     swedish_month_year(*joint.actions_from), list_alternatives(parts, "och"));
}

}  // namespace

MergePlan plan_merge(const MergeRequest& o, QuestionnaireCatalog& catalog) {
  MergePlan plan;
  Diagnostics d;
  std::vector<LoadedReport> loaded;
  loaded.reserve(o.files.size());
  bool unreadable = false;
  if (!o.output.empty() && is_folder(o.output)) {
    return plan.refuse(
        MergeFailure::CannotWrite,
        fmt::format("{} är en mapp. Ange filen med -o, t.ex. -o {}/ÅÅÅÅ-MM_kommun_gemensam.yaml", o.output, o.output));
  }
  if (!o.output.empty()) {
    const std::string extension = lowercase_ascii(extension_of(o.output));
    if (extension != ".yaml" && extension != ".yml") {
      return plan.refuse(
          MergeFailure::Usage,
          fmt::format("-o {}: den gemensamma lägesbilden är en .yaml-fil; ett dokument görs med lagesbild "
                      "render",
                      o.output));
    }
  }
  for (const auto& file : o.files) {
    // `merge *.yaml` run again matches last run's output: that one is not an input.
    if (!o.output.empty() && same_file(file, o.output)) continue;
    loaded.push_back(load_report(file, catalog, d));
    LoadedReport& r = loaded.back();
    unreadable = unreadable || r.unreadable();
    Reporter reporter(r.document.source, d);
    if (r.local) check_complete(reporter, *r.local, *r.questionnaire, Severity::Warning);
  }
  // A joint picture among the inputs is this month's output when it is the
  // file merge would write; anything else is a mistake.
  std::string default_output;
  for (const auto& r : loaded)
    if (r.local && default_output.empty())
      default_output = beside(r.path, joint_file_name(r.local->header.period, r.local->header.municipality));
  std::vector<LoadedReport> parties;
  for (auto& r : loaded) {
    if (r.joint && o.output.empty() && same_file(r.path, default_output)) continue;
    if (r.joint)
      Reporter(r.document.source, d)
          .error(kind_position(r), "fel-typ",
                 "filen är en gemensam lägesbild. Ange parternas egna filer; förra månadens gemensamma "
                 "anges med --previous.");
    parties.push_back(std::move(r));
  }
  loaded = std::move(parties);
  if (loaded.empty() && !d.has_errors()) {
    return plan.refuse(MergeFailure::Usage, "ange minst en parts lägesbild");
  }
  std::optional<LoadedReport> previous;
  if (!o.previous.empty()) {
    previous = load_report(o.previous, catalog, d);
    unreadable = unreadable || previous->unreadable();
    if (!previous->unreadable()) is_joint(*previous, d, "--previous");
  }
  if (d.has_errors()) {
    return plan.refuse(unreadable ? MergeFailure::Usage : MergeFailure::InvalidInput,
                       "inget skrevs: rätta felen ovan och kör lagesbild merge igen.", d);
  }

  MergeInputs inputs;
  for (const auto& r : loaded) inputs.parties.push_back(&r);
  if (previous) inputs.previous = &*previous;
  check_inputs_belong_together(inputs, d);
  if (d.has_errors()) {
    return plan.refuse(MergeFailure::InvalidInput, "filerna hör inte ihop, så inget skrevs.", d);
  }
  const Questionnaire& q = *loaded.front().questionnaire;
  const ReportHeader& header = loaded.front().local->header;
  std::string output = o.output;
  if (output.empty()) {
    output = beside(o.files.front(), joint_file_name(header.period, header.municipality));
  }

  if (is_folder(output)) {
    return plan.refuse(MergeFailure::CannotWrite,
                       fmt::format("{} är en mapp. Ange filen med -o, t.ex. -o {}/{}", output, output,
                                   joint_file_name(header.period, header.municipality)));
  }
  std::optional<LoadedReport> existing;
  if (file_exists(output)) {
    Diagnostics existing_problems;
    existing = load_report(output, catalog, existing_problems);
    const YamlNode* typ = existing->document.root ? existing->document.root->find("typ") : nullptr;
    if (!existing->unreadable() && (!typ || typ->text != words::kJoint)) {
      return plan.refuse(MergeFailure::CannotWrite,
                         fmt::format("{} finns redan och är ingen gemensam lägesbild; den skrivs inte över. Ange ett "
                                     "annat namn med -o.",
                                     output));
    }
    if (existing_problems.has_errors()) {
      return plan.refuse(existing->unreadable() ? MergeFailure::Usage : MergeFailure::InvalidInput,
                         fmt::format("den befintliga gemensamma lägesbilden {} har fel. Rätta dem först, så att "
                                     "inget som skrevs vid mötet går förlorat; inget skrevs.",
                                     output),
                         existing_problems);
    }
    const ReportHeader& old = existing->joint->header;
    if (old.period != header.period || name_key(old.municipality) != name_key(header.municipality) ||
        existing->questionnaire != &q) {
      return plan.refuse(MergeFailure::CannotWrite,
                         fmt::format("{} är den gemensamma lägesbilden för {} {} (mall {}), inte för {} {}; den skrivs "
                                     "inte över. Ange ett annat namn med -o.",
                                     output, old.municipality, to_string(old.period), old.questionnaire,
                                     header.municipality, to_string(header.period)));
    }
    Diagnostics comment_problems;
    if (has_own_comments(*existing, q, comment_problems)) {
      return plan.refuse(MergeFailure::InvalidInput,
                         fmt::format("{} har egna kommentarer som skulle gå förlorade; inget skrevs.", output),
                         comment_problems);
    }
    // Text from the parties is rewritten from their files at every merge:
    // a hand edit of it in the joint file would be lost without a word.
    const JointReport& before = *existing->joint;
    if (!before.material_fingerprint.empty() && before.material_fingerprint != party_material_fingerprint(before)) {
      Diagnostics scratch;
      MergeInputs fresh = inputs;
      const auto areas = areas_with_different_material(before, merge_reports(fresh, q, scratch));
      Diagnostics edited;
      Reporter reporter(existing->document.source, edited);
      for (const auto& area_id : areas) {
        const JointArea* area = before.area(area_id);
        reporter.error(area ? area->position : Position{1, 1}, "andrad-partstext",
                       "parternas text (trender, iakttagelser eller bedömningar) i det här området har ändrats i den "
                       "gemensamma filen och skulle skrivas över. Rätta i partens egen fil, eller skriv ändringen i "
                       "gemensam_bedömning, och kör lagesbild merge igen.");
      }
      if (areas.empty())
        reporter.error({1, 1}, "andrad-partstext",
                       "parternas uppgifter under `parter` har ändrats i den gemensamma filen och skulle skrivas över. "
                       "Ändra dem i parternas egna filer.");
      return plan.refuse(MergeFailure::InvalidInput,
                         fmt::format("{}: parternas text har ändrats för hand; inget skrevs.", output), edited);
    }
    inputs.existing = &*existing;
  }
  if (previous) {
    const auto& approvals = previous->joint->approvals;
    const bool approved =
        std::all_of(approvals.begin(), approvals.end(), [](const Approval& a) { return a.date && !a.stale; });
    if (!approved)
      d.add({o.previous,
             {},
             Severity::Warning,
             "godkannande",
             "förra månadens gemensamma lägesbild är inte godkänd av alla parter; dess öppna åtgärder förs ändå över.",
             {},
             0});
  }

  JointReport joint = merge_reports(inputs, q, d, &plan.proposals);
  const std::string text =
      schema_modeline(find_schema_file(q, PictureKind::Joint, o.schema_folders)) + joint_report_text(joint, q);
  // Never write a joint picture that we would not accept ourselves.
  Diagnostics self_check;
  const LoadedReport written = load_report_text(output, text, catalog, self_check);
  if (self_check.has_errors()) {
    return plan.refuse(MergeFailure::Internal,
                       "internt fel: den sammanslagna lägesbilden blev ogiltig. Inget skrevs; rapportera felet.",
                       self_check);
  }
  if (existing && written.joint) d = pointing_into(d, output, *existing->joint, written);
  plan.diagnostics = std::move(d);
  plan.output = output;
  plan.text = text;
  plan.read_files = o.files;
  if (previous) plan.read_files.push_back(o.previous);
  if (existing) plan.read_files.push_back(output);
  plan.updates_existing = existing.has_value();
  for (const auto& a : joint.actions) plan.carried += a.from_period && *a.from_period < header.period && is_open(a);
  plan.joint = std::move(joint);
  return plan;
}

std::string merge_written_text(const MergePlan& plan) {
  const JointReport& joint = plan.joint;
  std::string text =
      fmt::format("{} {} (gemensam lägesbild för {}, {}; parter: {}{}).\n",
                  plan.updates_existing ? "Uppdaterade" : "Skrev", safe_text(plan.output), joint.header.municipality,
                  swedish_month_year(joint.header.period), join(joint.party_ids(), ", "),
                  joint.missing_parties.empty() ? "" : "; saknas: " + join(joint.missing_parties, ", "));
  if (plan.carried == 1) text += "1 öppen åtgärd från en tidigare månad finns i åtgärdsplanen.\n";
  if (plan.carried > 1)
    text += fmt::format("{} öppna åtgärder från tidigare månader finns i åtgärdsplanen.\n", plan.carried);
  return text + proposals_text(plan.proposals, joint);
}

}  // namespace lagesbild
