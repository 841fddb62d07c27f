// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: any bytes through everything that reads a file — the
// byte checks, the YAML layer, the report readers and every check — and
// then through the writers, which must accept whatever the readers accept.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/diag/reporter.hpp"
#include "core/merge/carry_forward.hpp"
#include "core/render/document.hpp"
#include "core/render/document_builder.hpp"
#include "core/render/html_writer.hpp"
#include "core/render/markdown_writer.hpp"
#include "core/report/joint_writer.hpp"
#include "core/report/read_joint.hpp"
#include "core/report/read_local.hpp"
#include "core/report/report_loader.hpp"

namespace {

lagesbild::QuestionnaireCatalog& catalog() {
  static lagesbild::QuestionnaireCatalog instance({LAGESBILD_SOURCE_TEMPLATES});
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace lagesbild;
  Diagnostics d;
  LoadedReport r = load_report_text("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size), catalog(), d);
  Reporter reporter(r.document.source, d);
  if (r.local) {
    check_complete(reporter, *r.local, *r.questionnaire, Severity::Error);
    const Document doc = document_for(*r.local, *r.questionnaire);
    (void)markdown_text(doc);
    (void)html_text(doc);
  }
  if (r.joint) {
    check_final(reporter, *r.joint, *r.questionnaire);
    const Document doc = document_for(*r.joint, *r.questionnaire);
    (void)markdown_text(doc);
    (void)html_text(doc);
    // What merge writes must read back without errors.
    if (!d.has_errors()) {
      Diagnostics again;
      load_report_text("again.yaml", joint_report_text(*r.joint, *r.questionnaire), catalog(), again);
      if (again.has_errors()) __builtin_trap();
      // And so must next month's, with what --previous carries from this one.
      JointReport next = *r.joint;
      next.header.period = next_period(next.header.period);
      next.meeting = {};
      next.promises.clear();
      next.causes.clear();
      next.actions.clear();
      next.actions_from.reset();
      for (auto& area : next.areas) area.priority.reset();
      for (auto& approval : next.approvals) approval = {approval.party, std::nullopt, {}, false, {}};
      Diagnostics carried;
      carry_forward(next, r, *r.questionnaire, carried);
      load_report_text("next.yaml", joint_report_text(next, *r.questionnaire), catalog(), carried);
      if (carried.has_errors()) __builtin_trap();
    }
  }
  d.sort();
  d.limit_per_file(100);
  return 0;
}
