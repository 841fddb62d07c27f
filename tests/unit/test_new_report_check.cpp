// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include "core/report/new_report_check.hpp"
#include "helpers.hpp"

using namespace lagesbild;

namespace {

const Questionnaire& dalarna() {
  static auto catalog = test::test_catalog();
  Diagnostics d;
  return *catalog.find("dalarna-2019", d);
}

NewReport valid() {
  NewReport r;
  r.municipality = "Malung-Sälen";
  r.party = "kommun";
  r.period = {2026, 11};
  r.written = {2026, 12, 2};
  return r;
}

}  // namespace

TEST_SUITE("new_report_check") {
  TEST_CASE("a municipality's name with letters, spaces and hyphens and a known party is accepted") {
    CHECK(new_report_problem(valid(), dalarna()) == NewReportProblem::None);
    NewReport r = valid();
    r.municipality = "Upplands Väsby";
    CHECK(new_report_problem(r, dalarna()) == NewReportProblem::None);
  }

  TEST_CASE("each refusal is named") {
    NewReport r = valid();
    r.municipality = "Mora 2";
    CHECK(new_report_problem(r, dalarna()) == NewReportProblem::MunicipalityName);
    r.municipality = "";
    CHECK(new_report_problem(r, dalarna()) == NewReportProblem::MunicipalityName);
    r = valid();
    r.party = "brandkår";
    CHECK(new_report_problem(r, dalarna()) == NewReportProblem::UnknownParty);
    r = valid();
    r.classification = Classification::Secret;
    CHECK(new_report_problem(r, dalarna()) == NewReportProblem::SecretNeedsGround);
    r.secrecy_ground = "OSL 35 kap. 1 §";
    CHECK(new_report_problem(r, dalarna()) == NewReportProblem::None);
  }

  TEST_CASE("an identity number in any text is refused before anything else") {
    NewReport r = valid();
    r.written_by = "Handläggare 19811218-9876";
    r.party = "brandkår";
    CHECK(new_report_problem(r, dalarna()) == NewReportProblem::IdentityNumber);
  }

  TEST_CASE("spaces and tabs around the texts are removed, inside them kept") {
    NewReport r = valid();
    r.municipality = " \tUpplands Väsby ";
    r.organisation = "  Upplands Väsby kommun\t";
    trim_new_report(r);
    CHECK(r.municipality == "Upplands Väsby");
    CHECK(r.organisation == "Upplands Väsby kommun");
  }
}
