// SPDX-License-Identifier: EUPL-1.2
#include "core/report/json_schema_joint.hpp"

#include <fmt/format.h>

#include "core/report/report.hpp"

namespace lagesbild {

using schema::Need;

namespace {

// The readers check parties against the file's own `parter`; a schema can
// only offer the questionnaire's.
JsonValue provenance(const Questionnaire& q) {
  schema::Properties p;
  p.emplace_back("part", schema::choice("part", "Parten vars fil slogs ihop.", q.parties, Need::Required));
  p.emplace_back("organisation", schema::text("organisation", "Partens organisation."));
  p.emplace_back("upprättad", schema::date("upprättad", "Datum då partens lägesbild skrevs."));
  p.emplace_back("upprättad_av", schema::text("upprättad_av", "Vem (en roll) som skrev partens lägesbild."));
  p.emplace_back("fil", schema::text("fil", "Partens fil."));
  p.emplace_back("källor", schema::choice_list("källor", "Partens källor (format 1.1).", q.sources));
  p.emplace_back("diarienummer", schema::text("diarienummer", "Partens diarienummer (format 1.1)."));
  return schema::mapping("En sammanslagen fil: part, organisation, upprättad, upprättad_av och fil.", std::move(p),
                         {"part"});
}

// underlag (lagesbild(5) §3): the checksums merge writes, `summa` and one
// per party for `parter` and each area; files of the first release have one
// sum alone, as text. Both are read, and so both are allowed.
JsonValue material(const Questionnaire& q) {
  const auto by_party = [&](const std::string& part) {
    schema::Properties digests;
    for (const auto& party : q.parties)
      digests.emplace_back(party, schema::text("underlag", fmt::format("Summan av {}s del.", party)));
    return schema::mapping(fmt::format("Parternas summor för `{}`.", part), std::move(digests), {}, Need::Optional);
  };
  schema::Properties parts;
  parts.emplace_back("summa", schema::text("summa", "Summan över allt parterna bidragit med.", Need::Required));
  parts.emplace_back("parter", by_party("parter"));
  for (const auto& area : q.areas) parts.emplace_back(area.id, by_party(area.id));
  const std::string description = "Kontrollsummor över parternas delar, skrivna av lagesbild merge. Ändra dem inte.";
  JsonValue alternatives = JsonValue::array(
      {schema::mapping(description, std::move(parts), {"summa"}), schema::text("underlag", description)});
  return schema::any_of(std::move(alternatives), description, Need::Optional);
}

JsonValue joint_area(const Questionnaire& q, const QuestionnaireArea& area, JsonValue observation) {
  const std::string trend_text = "Trenden jämfört med månaden innan: ökande, oförändrad, minskande eller okänd.";
  schema::Properties trends, assessments;
  for (const auto& party : q.parties) {
    trends.emplace_back(
        party, schema::choice("trend", fmt::format("Partens trend ({}). {}", party, trend_text), trend_words()));
    assessments.emplace_back(party, schema::text("bedömning", fmt::format("Partens bedömning ({}).", party)));
  }
  trends.emplace_back(words::kJoint,
                      schema::choice("trend", "Den trend parterna kommit överens om vid mötet.", trend_words()));
  schema::Properties p;
  p.emplace_back("trend",
                 schema::mapping("Varje parts trend och den gemensamma.", std::move(trends), {}, Need::Optional));
  p.emplace_back("iakttagelser",
                 schema::list("Parternas iakttagelser, var och en med sin part.", std::move(observation)));
  p.emplace_back("bedömningar",
                 schema::mapping("Varje parts egen bedömning.", std::move(assessments), {}, Need::Optional));
  p.emplace_back("gemensam_bedömning", schema::text("gemensam_bedömning", "Parternas gemensamma bedömning."));
  p.emplace_back(
      "prioritet",
      schema::integer("prioritet", "Prioritet: 1 högst till 3, eller tomt (~) om området inte prioriteras.", 1, 3));
  JsonValue value = schema::mapping(fmt::format("{}. {}", area.heading, area.question), std::move(p), {});
  value.set("title", area.heading);
  return value;
}

JsonValue cause_analysis(const Questionnaire& q) {
  schema::Properties triangle = {
      {"brottsutsatt", schema::text_list("brottsutsatt", "Orsaker hos de brottsutsatta, en lista med texter.")},
      {"gärningsperson", schema::text_list("gärningsperson", "Orsaker hos gärningspersonerna, en lista med texter.")},
      {"plats", schema::text_list("plats", "Orsaker i platsen, en lista med texter.")},
  };
  schema::Properties p;
  p.emplace_back("problem", schema::text("problem", "Problemet, kort.", Need::Required));
  p.emplace_back("område", schema::choice("område", "Fokusområdet problemet hör till.", q.area_ids(), Need::Required));
  p.emplace_back("orsaker",
                 schema::mapping("Orsakerna enligt problemtriangeln: brottsutsatt, gärningsperson och plats.",
                                 std::move(triangle), {}, Need::Optional));
  p.emplace_back("från_period", schema::period("från_period", "Månaden analysen fördes över från (format 1.1)."));
  return schema::mapping("Ett problem med område och orsaker.", std::move(p), {"problem", "område"});
}

JsonValue action(const Questionnaire& q) {
  std::vector<std::string> responsible = q.parties;
  responsible.push_back(words::kJoint);
  schema::Properties p;
  p.emplace_back("id", schema::text("id", "Åtgärdens id, unikt i filen, t.ex. Å1.", Need::Required));
  p.emplace_back("åtgärd", schema::text("åtgärd", "Vad som ska göras.", Need::Required));
  p.emplace_back("område", schema::choice("område", "Fokusområdet åtgärden hör till.", q.area_ids()));
  p.emplace_back("orsak", schema::text("orsak", "Orsaken åtgärden riktar sig mot."));
  p.emplace_back("mål", schema::text("mål", "Vad åtgärden ska leda till."));
  p.emplace_back("ansvarig",
                 schema::choice("ansvarig", "Den part som ansvarar, eller gemensam.", responsible, Need::Required));
  p.emplace_back("ansvarig_funktion",
                 schema::text("ansvarig_funktion", "Enheten eller rollen som gör åtgärden (format 1.1)."));
  p.emplace_back("medborgarlöfte",
                 schema::text("medborgarlöfte", "Id för medborgarlöftet åtgärden hör till (format 1.1)."));
  p.emplace_back("klart_senast", schema::date("klart_senast", "Datum då åtgärden ska vara klar."));
  p.emplace_back("status", schema::choice("status", "planerad, pågående, klar eller inställd.", action_status_words(),
                                          Need::Required));
  p.emplace_back("uppföljning", schema::choice("uppföljning", "grön, gul, röd eller tomt.", follow_up_words()));
  p.emplace_back("kommentar", schema::text("kommentar", "Kommentar till åtgärden."));
  p.emplace_back("från_period", schema::period("från_period", "Månaden åtgärden fördes över från."));
  return schema::mapping("En åtgärd: id, åtgärd, ansvarig och status, och det som behövs av resten.", std::move(p),
                         {"id", "åtgärd", "ansvarig", "status"});
}

JsonValue approvals(const Questionnaire& q) {
  schema::Properties by_party;
  for (const auto& party : q.parties) {
    schema::Properties fields = {
        {"datum", schema::date("datum", "Datum för godkännandet.", Need::Required)},
        {"av", schema::text("av", "Vem (en roll) som godkände.", Need::Required)},
        {"underlag_ändrat", schema::boolean("underlag_ändrat",
                                            "Skrivs av merge när parternas underlag ändrats efter "
                                            "godkännandet. Ta bort raden när parten godkänt igen.")},
    };
    by_party.emplace_back(party, schema::mapping(fmt::format("Partens godkännande ({}): ~ eller {{datum, av}}.", party),
                                                 std::move(fields), {"datum", "av"}, Need::Optional));
  }
  return schema::mapping("Per part ~ eller {datum: ÅÅÅÅ-MM-DD, av: roll}.", std::move(by_party), {}, Need::Optional);
}

JsonValue meeting(const Questionnaire& q) {
  schema::Properties person = {
      {"part", schema::choice("part", "Parten personen företrädde.", q.parties)},
      {"roll", schema::text("roll", "Personens roll, t.ex. Säkerhetssamordnare.", Need::Required)},
      {"organisation", schema::text("organisation", "Organisationen, för en gäst utan part.")},
      {"namn", schema::text("namn", "Namn behövs inte; rollen räcker.")},
  };
  schema::Properties p = {
      {"datum", schema::date("datum", "Mötets datum.")},
      {"plats", schema::text("plats", "Var mötet hölls.")},
      {"närvarande",
       schema::list("De närvarande: roll och part, eller roll och organisation för en gäst.",
                    schema::mapping("En person: roll och part eller organisation.", std::move(person), {"roll"}))},
      {"nästa_möte", schema::date("nästa_möte", "Datum för nästa möte.")},
  };
  return schema::mapping("Mötet som kom överens om lägesbilden (format 1.1).", std::move(p), {}, Need::Optional);
}

JsonValue promise() {
  schema::Properties p = {
      {"id", schema::text("id", "Löftets id, unikt i filen, t.ex. M1.", Need::Required)},
      {"löfte", schema::text("löfte", "Löftet, som det lämnades till medborgarna.", Need::Required)},
      {"gäller",
       schema::period_range("gäller", "Året (2026) eller månaderna (2026-01..2026-06) löftet gäller.", Need::Required)},
  };
  return schema::mapping("Ett medborgarlöfte: id, löfte och gäller.", std::move(p), {"id", "löfte", "gäller"});
}

}  // namespace

schema::Properties joint_schema_properties(const Questionnaire& q, JsonValue observation) {
  schema::Properties areas;
  for (const auto& area : q.areas) areas.emplace_back(area.id, joint_area(q, area, observation));
  schema::Properties p;
  p.emplace_back("parter", schema::list("En post per sammanslagen fil (skrivs av lagesbild merge).", provenance(q),
                                        Need::Required));
  p.emplace_back("saknade_parter",
                 schema::choice_list("saknade_parter", "Mallens parter som inte lämnade någon fil.", q.parties));
  p.emplace_back("underlag", material(q));
  p.emplace_back("åtgärder_från", schema::period("åtgärder_från", "Månaden vars öppna åtgärder merge förde över."));
  p.emplace_back("områden",
                 schema::mapping("Varje område i mallen, med områdets id som nyckel.", std::move(areas), q.area_ids()));
  p.emplace_back("möte", meeting(q));
  p.emplace_back("medborgarlöften", schema::list("Medborgarlöftena (format 1.1).", promise()));
  p.emplace_back("orsaksanalys", schema::list("Orsaksanalysen: ett problem per punkt.", cause_analysis(q)));
  p.emplace_back("åtgärdsplan", schema::list("Åtgärdsplanen: en åtgärd per punkt.", action(q)));
  p.emplace_back("godkännande", approvals(q));
  return p;
}

}  // namespace lagesbild
