#include <doctest/doctest.h>

#include "core/render/document.hpp"
#include "core/render/document_builder.hpp"
#include "core/render/html_writer.hpp"
#include "core/render/markdown_writer.hpp"
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
