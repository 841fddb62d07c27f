// SPDX-License-Identifier: EUPL-1.2
// The parts of a picture's document that a party's own and the joint
// picture share (lagesbild(5) §2, §3, §6): the opening with its running
// header, the draft marking, the questions, the rows of observations, and
// the names a document gives to sources.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/render/document.hpp"
#include "core/report/questionnaire.hpp"
#include "core/report/report.hpp"

namespace lagesbild {

// A document with the marking at the top and a running header on every page:
// "Älvdalen · oktober 2026[ · kommun][ · möte 2026-11-12][ · dnr KS 2026/123]".
// `party`: whose picture it is (empty for the joint picture); `meeting`: the
// date of the meeting that agreed it, for the joint picture.
Document start_picture(const std::string& title, const ReportHeader& h, const std::string& date,
                       const std::string& party, const std::optional<Date>& meeting);

// A draft must never pass for the final picture: marked at the top and in
// the running header of every page.
void mark_as_draft(Document& doc, const std::string& why);

// An area's heading, numbered, with the questionnaire's question under it.
// `role` styles the heading ("page-break": a new page in print).
void question(Document& doc, const QuestionnaireArea& qa, std::size_t number, std::string role = {});

std::string or_dash(const std::string& text);
std::string date_or_dash(const std::optional<Date>& date);

// Plats, (part,) vad, när, källa, antal.
std::vector<Inline> observation_row(const Observation& o, bool with_party);

// A source id as a document names it: "Polisens brottsstatistik" for
// brottsstatistik, "Lupp" for lupp; other ids with a capital letter and
// spaces for '_'. The ids are the questionnaire's (lagesbild(5) §1), whose
// files do not change, so the names of the shipped ids are kept here.
std::string source_name(const std::string& id);
std::vector<std::string> source_names(const std::vector<std::string>& ids);

// A label for what follows ("Brottsutsatt"), kept with it on the page.
void label(Document& doc, std::string text);

}  // namespace lagesbild
