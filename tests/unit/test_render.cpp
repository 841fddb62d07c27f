// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include <algorithm>

#include "core/render/document.hpp"
#include "core/render/document_builder.hpp"
#include "core/render/document_parts.hpp"
#include "core/render/html_writer.hpp"
#include "core/render/joint_summary.hpp"
#include "core/render/markdown_writer.hpp"
#include "core/render/picture_parts.hpp"
#include "core/report/report_loader.hpp"
#include "helpers.hpp"

using namespace lagesbild;

namespace {

struct Loaded {
  QuestionnaireCatalog catalog = test::test_catalog();
  Diagnostics d;
  LoadedReport report;
  explicit Loaded(const std::string& example) : report(load_report(test::example_path(example), catalog, d)) {}
};

bool contains(const Document& doc, const std::string& text) {
  for (const auto& b : doc.blocks) {
    for (const auto& s : b.text)
      if (s.text.find(text) != std::string::npos) return true;
    for (const auto& item : b.items)
      for (const auto& s : item)
        if (s.text.find(text) != std::string::npos) return true;
    for (const auto& row : b.rows)
      for (const auto& cell : row)
        for (const auto& s : cell)
          if (s.text.find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_SUITE("render") {
  TEST_CASE("Markdown escaping makes every markup character literal") {
    CHECK(escape_markdown("a*b_c") == "a\\*b\\_c");
    CHECK(escape_markdown("# rubrik") == "\\# rubrik");
    CHECK(escape_markdown("- punkt") == "\\- punkt");
    CHECK(escape_markdown("12. mars") == "12\\. mars");
    CHECK(escape_markdown("kl. 12.30") == "kl. 12.30");
    CHECK(escape_markdown("a | b") == "a \\| b");
    CHECK(escape_markdown("\\input{x} $y$") == "\\\\input\\{x\\} \\$y\\$");
    CHECK(escape_markdown("<b>") == "\\<b\\>");
    CHECK(escape_markdown("a -- b ... c") == "a \\-- b \\... c");
    CHECK(escape_markdown("rad1\nrad2") == "rad1\\\nrad2");
    CHECK(escape_markdown("  indrag") == "&#32;&#32;indrag");
    CHECK(escape_markdown("Älvdalen, 4 st") == "Älvdalen, 4 st");
  }

  TEST_CASE("HTML escaping") {
    CHECK(escape_html("<script>\"x\" & 'y'</script>") ==
          "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;");
  }

  TEST_CASE("trends are words with arrows") {
    CHECK(trend_with_arrow(std::string("ökande")) == "↑ ökande");
    CHECK(trend_with_arrow(std::string("oförändrad")) == "→ oförändrad");
    CHECK(trend_with_arrow(std::string("minskande")) == "↓ minskande");
    CHECK(trend_with_arrow(std::string("okänd")) == "? okänd");
    CHECK(trend_with_arrow(std::nullopt) == "saknas");
  }

  TEST_CASE("a party's picture: Swedish title, marking, questions and answers") {
    Loaded l("2026-10_alvdalen_kommun.yaml");
    REQUIRE(l.report.local.has_value());
    const Document doc = document_for(*l.report.local, *l.report.questionnaire);
    CHECK(doc.title == "Lägesbild för Älvdalen, oktober 2026 – kommun");
    CHECK(doc.marking == "Klassificering: INTERN");
    CHECK(doc.running_header == "Älvdalen · oktober 2026 · kommun · INTERN");  // whose picture, on every page
    CHECK(doc.blocks.front().role == "marking");
    CHECK(contains(doc, "Vilka händelser och trender kan ni se vad gäller hot och våldsbrott"));
    CHECK(contains(doc, "Inget att rapportera."));
    CHECK(contains(doc, "Upprepad skadegörelse på busskurer"));
  }

  TEST_CASE("a joint picture: agreed trends, actions with their month, approvals, provenance") {
    Loaded l("2026-09_alvdalen_gemensam.yaml");
    REQUIRE(l.report.joint.has_value());
    JointReport joint = *l.report.joint;
    joint.header.period = {2026, 10};  // as if carried into October
    const Document doc = document_for(joint, *l.report.questionnaire);
    CHECK(doc.title == "Gemensam lägesbild för Älvdalen, oktober 2026");
    CHECK(contains(doc, " från 2026-09"));
    CHECK(contains(doc, "Busskurerna på Dalgatan saknar belysning"));
    CHECK(contains(doc, "2026-10-14"));
    CHECK(contains(doc, "2026-09_alvdalen_kommun.yaml"));
    const std::string html = html_text(doc);
    CHECK(html.find("<html lang=\"sv\">") != std::string::npos);
    CHECK(html.find("counter(pages)") != std::string::npos);
    CHECK(html.find("http") == std::string::npos);  // nothing is fetched
  }

  TEST_CASE("format 1.1: the first page sums up, the meeting and registry number head every page") {
    Loaded l("2026-09_alvdalen_gemensam.yaml");
    REQUIRE(l.report.joint.has_value());
    const Document doc = document_for(*l.report.joint, *l.report.questionnaire);
    CHECK(doc.running_header == "Älvdalen · september 2026 · möte 2026-10-14 · dnr KS 2026/118 · INTERN");
    CHECK(doc.blocks[1].text[1].text == "KS 2026/118");  // after the marking: the registry number
    CHECK(contains(doc, "Sammanfattning"));
    CHECK(contains(doc, "Gruppchef (Lokalpolisområde Mora)"));
    CHECK(contains(doc, "Säkerhetssamordnare (Älvdalens kommun)"));  // the party's organisation
    CHECK(contains(doc, "Av 3 åtgärder är 2 öppna och 1 klar."));
    CHECK(contains(doc, " (juli 2026–juni 2027): Vi ska minska skadegörelsen längs Dalgatan."));
    CHECK(contains(doc, "Polisens brottsstatistik"));  // a source by its name, not its id
    CHECK(contains(doc, "Kommun, Fritidsförvaltningen"));
    CHECK(contains(doc, "Busskurerna på Dalgatan saknar belysning"));  // a cause as a list item
    const auto signatures =
        std::find_if(doc.blocks.begin(), doc.blocks.end(), [](const Block& b) { return b.role == "signatures"; });
    REQUIRE(signatures != doc.blocks.end());
    CHECK(signatures->columns[3] == "Underskrift");
    // The areas begin on a page of their own in print.
    const auto first_area =
        std::find_if(doc.blocks.begin(), doc.blocks.end(), [](const Block& b) { return b.role == "page-break"; });
    REQUIRE(first_area != doc.blocks.end());
    CHECK(first_area->text[0].text == "1. Ordningsstörningar och otrygghet");
  }

  TEST_CASE("an action past its deadline at the meeting is marked overdue on the first page") {
    Loaded l("2026-09_alvdalen_gemensam.yaml");
    JointReport joint = *l.report.joint;
    joint.meeting.date = Date{2026, 11, 20};  // after Å3's deadline, 2026-11-15
    const Document doc = document_for(joint, *l.report.questionnaire);
    CHECK(contains(doc, "Av 3 åtgärder är 2 öppna (1 försenad vid mötet) och 1 klar."));
    CHECK(contains(doc, ", försenad"));
    joint.meeting = Meeting{};  // without a meeting: judged at the date the picture was written
    CHECK(reference_date(joint) == Date{2026, 10, 6});
  }

  TEST_CASE("with many open actions the summary runs over, and the areas follow it on that page") {
    Loaded l("2026-09_alvdalen_gemensam.yaml");
    JointReport joint = *l.report.joint;
    CHECK(summary_fits_first_page(joint));
    for (int i = 4; i <= 12; ++i) {
      Action a;
      a.id = "Å" + std::to_string(i);
      a.action = "Fler vuxna ute på fredagskvällar i centrum, med fältassistenterna";
      a.responsible = "kommun";
      a.status = "planerad";
      joint.actions.push_back(a);
    }
    CHECK_FALSE(summary_fits_first_page(joint));
    const Document doc = document_for(joint, *l.report.questionnaire);
    CHECK(std::none_of(doc.blocks.begin(), doc.blocks.end(), [](const Block& b) { return b.role == "page-break"; }));
  }

  TEST_CASE("sources are named as a reader knows them") {
    CHECK(source_name("lupp") == "Lupp");
    CHECK(source_name("brottsstatistik") == "Polisens brottsstatistik");
    CHECK(source_name("medborgardialog") == "Medborgardialog");
    CHECK(source_name("egen_enkät") == "Egen enkät");
  }

  TEST_CASE("Markdown: spaces between spans stay spaces") {
    Document doc;
    paragraph(doc, {Span{"M1", true}, Span{" (2026): löfte"}, Span{", "}, Span{"gul"}});
    CHECK(markdown_text(doc).find("**M1** (2026): löfte, gul\n") != std::string::npos);
  }

  TEST_CASE("sekretess shows its legal ground in the marking") {
    Loaded l("2026-10_alvdalen_kommun.yaml");
    LocalReport r = *l.report.local;
    r.header.classification = Classification::Secret;
    r.header.secrecy_ground = "OSL 35 kap. 1 §";
    const Document doc = document_for(r, *l.report.questionnaire);
    CHECK(doc.marking == "Klassificering: SEKRETESS, OSL 35 kap. 1 §");
    CHECK(doc.running_header == "Älvdalen · oktober 2026 · kommun · SEKRETESS OSL 35 kap. 1 §");
  }
}
