#include "core/report/party_material.hpp"

#include <fmt/format.h>

#include "core/base/text.hpp"

namespace lagesbild {

namespace {

void add_observation_material(std::string& out, const Observation& o) {
  out += fmt::format("o\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1e", o.party, o.what, o.where, o.when, o.source,
                     o.count ? std::to_string(*o.count) : "");
}

// The parties' parts of one area, as text, for comparing and checksums.
std::string area_material(const JointArea& a) {
  std::string out = "a\x1f" + a.id + "\x1e";
  for (const auto& [party, trend] : a.party_trends) out += "t\x1f" + party + "\x1f" + trend.value_or("~") + "\x1e";
  for (const auto& o : a.observations) add_observation_material(out, o);
  for (const auto& [party, text] : a.assessments) out += "b\x1f" + party + "\x1f" + text + "\x1e";
  return out;
}

}  // namespace

std::string party_material_fingerprint(const JointReport& joint) {
  std::string text;
  for (const auto& p : joint.parties)
    text += fmt::format("p\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1e", p.party, p.organisation,
                        p.written ? to_string(*p.written) : "", p.written_by, p.file);
  for (const auto& m : joint.missing_parties) text += "m\x1f" + m + "\x1e";
  for (const auto& a : joint.areas) text += area_material(a);
  return fnv1a_hex(text);
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
