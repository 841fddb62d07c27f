// SPDX-License-Identifier: EUPL-1.2
#include "core/report/party_material.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/text.hpp"
#include "core/report/field_reader.hpp"

namespace lagesbild {

namespace {

const std::string kProvenance = "parter";

std::string provenance_material(const Provenance& p) {
  return fmt::format("p\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1e", p.party, p.organisation,
                     p.written ? to_string(*p.written) : "", p.written_by, p.file);
}

std::string observation_material(const Observation& o) {
  return fmt::format("o\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1e", o.party, o.what, o.where, o.when, o.source,
                     o.count ? std::to_string(*o.count) : "");
}

// One party's part of one area (all parties when `party` is empty), as
// text, for comparing and checksums.
std::string area_material(const JointArea& a, const std::string& party = {}) {
  const auto mine = [&](const std::string& p) { return party.empty() || p == party; };
  std::string out = "a\x1f" + a.id + "\x1e";
  for (const auto& [p, trend] : a.party_trends)
    if (mine(p)) out += "t\x1f" + p + "\x1f" + trend.value_or("~") + "\x1e";
  for (const auto& o : a.observations)
    if (mine(o.party)) out += observation_material(o);
  for (const auto& [p, text] : a.assessments)
    if (mine(p)) out += "b\x1f" + p + "\x1f" + text + "\x1e";
  return out;
}

// 32 bits are enough to say where an edit is; the summa says whether.
std::string short_digest(const std::string& text) {
  return fnv1a_hex(text).substr(0, 8);
}

}  // namespace

std::string party_material_fingerprint(const JointReport& joint) {
  std::string text;
  for (const auto& p : joint.parties) text += provenance_material(p);
  for (const auto& m : joint.missing_parties) text += "m\x1f" + m + "\x1e";
  for (const auto& a : joint.areas) text += area_material(a);
  return fnv1a_hex(text);
}

std::vector<MaterialDigest> party_material_digests(const JointReport& joint) {
  std::vector<MaterialDigest> out;
  for (const auto& p : joint.parties) out.push_back({kProvenance, p.party, short_digest(provenance_material(p))});
  for (const auto& a : joint.areas)
    for (const auto& p : joint.parties) out.push_back({a.id, p.party, short_digest(area_material(a, p.party))});
  return out;
}

bool party_material_edited(const JointReport& joint) {
  return !joint.material_fingerprint.empty() && joint.material_fingerprint != party_material_fingerprint(joint);
}

std::vector<MaterialDigest> party_material_edits(const JointReport& joint) {
  std::vector<MaterialDigest> edits;
  if (!party_material_edited(joint)) return edits;
  const auto now = party_material_digests(joint);
  for (const auto& stored : joint.material_digests) {
    const auto same = [&](const MaterialDigest& d) { return d.part == stored.part && d.party == stored.party; };
    const auto it = std::find_if(now.begin(), now.end(), same);
    if (it == now.end() || it->digest != stored.digest) edits.push_back(stored);
  }
  return edits;
}

std::string party_file_of(const JointReport& joint, const std::string& party) {
  for (const auto& p : joint.parties)
    if (p.party == party && !p.file.empty()) return p.file;
  return "partens fil";
}

void read_material(Reporter& reporter, const YamlNode& node, JointReport& report, const Questionnaire& q) {
  if (node.is_scalar()) {
    report.material_fingerprint = read_text(reporter, node, "underlag", TextKind::Word).value_or("");
    return;
  }
  MappingReader map(reporter, node, "`underlag`");
  if (!map.is_mapping()) return;
  if (const auto* n = map.required("summa"))
    report.material_fingerprint = read_text(reporter, *n, "summa", TextKind::Word).value_or("");
  std::vector<std::string> parts = q.area_ids();
  parts.insert(parts.begin(), "parter");
  for (const auto& part : parts) {
    const YamlNode* n = map.optional(part);
    if (!n) continue;
    MappingReader by_party(reporter, *n, fmt::format("`underlag` för `{}`", part));
    for (const auto& p : report.parties)
      if (const auto* digest = by_party.optional(p.party))
        report.material_digests.push_back(
            {part, p.party, read_text(reporter, *digest, "underlag", TextKind::Word).value_or("")});
    by_party.finish();
  }
  map.finish();
}

void check_party_material(Reporter& reporter, const JointReport& report, Severity severity) {
  if (!party_material_edited(report)) return;
  const std::string fix =
      "Rätta i partens egen fil och kör lagesbild merge igen, så att den gemensamma lägesbilden "
      "visar vad parterna faktiskt skrev.";
  const auto edits = party_material_edits(report);
  for (const auto& edit : edits) {
    const JointArea* area = report.area(edit.part);
    const std::string what =
        area ? fmt::format("texten från {} i `{}` (trend, iakttagelser eller bedömning)", edit.party, edit.part)
             : fmt::format("uppgifterna om {} under `parter`", edit.party);
    reporter.report(severity, area ? area->position : report.parties_position, "andrad-partstext",
                    fmt::format("{} skiljer sig från {}, som lagesbild merge läste: den har ändrats för hand i den "
                                "gemensamma filen. {}",
                                what, party_file_of(report, edit.party), fix));
  }
  if (edits.empty())
    reporter.report(severity, report.material_position, "andrad-partstext",
                    "parternas text (trender, iakttagelser, bedömningar, parter eller "
                    "saknade_parter) har ändrats för "
                    "hand sedan lagesbild merge skrev filen. " +
                        fix);
}

std::vector<std::string> areas_with_different_material(const JointReport& a, const JointReport& b) {
  std::vector<std::string> different;
  for (const auto& area : a.areas) {
    const JointArea* other = b.area(area.id);
    if (!other || area_material(area) != area_material(*other)) different.push_back(area.id);
  }
  return different;
}

}  // namespace lagesbild
