// SPDX-License-Identifier: EUPL-1.2
// Written by tests/unit/test_known_questionnaires.cpp from templates/ with
// LAGESBILD_UPDATE_GOLDEN=1; do not edit (known_questionnaires.hpp says why).
// clang-format off
#include "core/report/known_questionnaires.hpp"

namespace lagesbild {

const std::vector<KnownQuestionnaire>& known_questionnaires() {
  static const std::vector<KnownQuestionnaire> known = {
      {// templates/dalarna-2019.yaml
       "# Länsstyrelsen Dalarnas mall för lägesbildsinsamling, som den står i\n"
       "# samverkansöverenskommelsen mellan Älvdalens kommun och Lokalpolisområde Mora\n"
       "# (2019-03-22). Frågorna står ordagrant. En reviderad mall blir en ny fil med\n"
       "# ett nytt id; den här filen ändras inte.\n"
       "mall: dalarna-2019\n"
       "namn: Länsstyrelsen Dalarnas mall för lägesbildsinsamling\n"
       "utgivare: Länsstyrelsen Dalarna\n"
       "giltig_från: 2019-03-22\n"
       "parter: [kommun, polis]\n"
       "källor: [fritidsledare, lokalvårdare, vaktmästare, tjänsteman, kommunpolis, medborgardialog,\n"
       "         medarbetardialog, trygghetsundersökning, lupp, brottsstatistik, annan]\n"
       "områden:\n"
       "  - id: ordningsstörningar\n"
       "    rubrik: Ordningsstörningar och otrygghet\n"
       "    fråga: \"Vilka ordningsstörningar och händelser som kan skapa otrygghet i samhället (t. ex. inbrott, buskörning, bränder eller skadegörelse) har förekommit den senaste månaden?\"\n"
       "  - id: hot_och_våld\n"
       "    rubrik: Hot och våld\n"
       "    fråga: \"Vilka händelser och trender kan ni se vad gäller hot och våldsbrott under den senaste månaden (både i offentliga miljöer och i hemmet)?\"\n"
       "  - id: extremism_och_kriminella_nätverk\n"
       "    rubrik: Extremism och kriminella nätverk\n"
       "    fråga: \"Vilka indikationer på våldsbejakande extremism, kriminella nätverk eller kriminella aktörer (t.ex. i form av klotter, klistermärken, propagandaspridning och rekrytering) har förekommit under den senaste månaden?\"\n"
       "  - id: ungdomar_och_skolor\n"
       "    rubrik: Ungdomar/skolor\n"
       "    fråga: \"På vilka skolor, fritidsgårdar eller i andra miljöer kopplat till ungdomar har ni uppmärksammat bråk eller andra oroligheter och på vilket vis?\"\n"
       "  - id: andt\n"
       "    rubrik: Alkohol, narkotika, dopning och tobak\n"
       "    fråga: \"Vilka indikationer och trender har ni sett under den senaste månaden vad gäller droghandel och bruk/missbruk av alkohol, narkotika och doping och tobak?\"\n"
       "  - id: hot_mot_tjänstemän_och_politiker\n"
       "    rubrik: Hot mot kommunala tjänstemän och politiker\n"
       "    fråga: \"Förekommer hot, våld eller trakasserier med anledning av myndighets eller politiska beslut eller beroende på vilken politisk hemvist man har?\"\n"
       "",
       {"dalarna-2019", "Länsstyrelsen Dalarnas mall för lägesbildsinsamling", "Länsstyrelsen Dalarna", {2019, 3, 22}, {"kommun", "polis"}, {"fritidsledare", "lokalvårdare", "vaktmästare", "tjänsteman", "kommunpolis", "medborgardialog", "medarbetardialog", "trygghetsundersökning", "lupp", "brottsstatistik", "annan"}, {
        {"ordningsstörningar", "Ordningsstörningar och otrygghet", "Vilka ordningsstörningar och händelser som kan skapa otrygghet i samhället (t. ex. inbrott, buskörning, bränder eller skadegörelse) har förekommit den senaste månaden?"},
        {"hot_och_våld", "Hot och våld", "Vilka händelser och trender kan ni se vad gäller hot och våldsbrott under den senaste månaden (både i offentliga miljöer och i hemmet)?"},
        {"extremism_och_kriminella_nätverk", "Extremism och kriminella nätverk", "Vilka indikationer på våldsbejakande extremism, kriminella nätverk eller kriminella aktörer (t.ex. i form av klotter, klistermärken, propagandaspridning och rekrytering) har förekommit under den senaste månaden?"},
        {"ungdomar_och_skolor", "Ungdomar/skolor", "På vilka skolor, fritidsgårdar eller i andra miljöer kopplat till ungdomar har ni uppmärksammat bråk eller andra oroligheter och på vilket vis?"},
        {"andt", "Alkohol, narkotika, dopning och tobak", "Vilka indikationer och trender har ni sett under den senaste månaden vad gäller droghandel och bruk/missbruk av alkohol, narkotika och doping och tobak?"},
        {"hot_mot_tjänstemän_och_politiker", "Hot mot kommunala tjänstemän och politiker", "Förekommer hot, våld eller trakasserier med anledning av myndighets eller politiska beslut eller beroende på vilken politisk hemvist man har?"},}, {}}},
  };
  return known;
}

}  // namespace lagesbild
