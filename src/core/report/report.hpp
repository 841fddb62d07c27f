// SPDX-License-Identifier: EUPL-1.2
// The report model: a party's own picture (typ: lokal) and the joint
// picture (typ: gemensam), as lagesbild(5) §2 and §3 describe them, with the
// optional keys of format 1.1 (§6). Positions are kept where later checks
// (completeness, merge) must point at the file.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/base/dates.hpp"
#include "core/diag/diagnostic.hpp"

namespace lagesbild {

// Format 1.1 only adds optional keys (lagesbild(5) §6), so its files keep
// `lägesbild: 1` and every version-1 file stays valid.
constexpr int kFormatVersion = 1;

enum class Classification { Open, Internal, Secret };  // öppen < intern < sekretess

// The format's words, spelled in one place (lagesbild(5)). "gemensam" is the
// joint picture's `typ`, its party slot for the agreed trend, its `ansvarig`
// for shared actions and its file-name suffix.
namespace words {
inline const std::string kJoint = "gemensam";
inline const std::string kLocal = "lokal";
inline const std::string kRising = "ökande";
inline const std::string kUnchanged = "oförändrad";
inline const std::string kFalling = "minskande";
inline const std::string kUnknown = "okänd";
inline const std::string kPlanned = "planerad";
inline const std::string kOngoing = "pågående";
inline const std::string kDone = "klar";
inline const std::string kCancelled = "inställd";
}  // namespace words

const std::vector<std::string>& classification_words();
const std::vector<std::string>& trend_words();          // ökande oförändrad minskande okänd
const std::vector<std::string>& action_status_words();  // planerad pågående klar inställd
const std::vector<std::string>& follow_up_words();      // grön gul röd
std::string to_string(Classification c);
std::optional<Classification> parse_classification(const std::string& word);

// The municipality as an organisation, for examples in hints and templates:
// "Älvdalens kommun", "Mora kommun", "Falu kommun". Swedish adds no genitive
// s after a vowel or an s.
std::string municipality_organisation(const std::string& municipality);

// A classification and its legal grounds ("; "-separated), made at least as
// strict as `other`: the stricter wins, and at the same level the grounds of
// both count. The one rule for joint pictures and summaries (lagesbild(5) §3).
void tighten_classification(Classification& classification, std::string& grounds, Classification other,
                            const std::string& other_grounds);

struct Observation {
  std::string party;          // set in the joint picture
  std::string what;           // vad (required)
  std::string where;          // var
  std::string when;           // när
  std::string source;         // källa
  std::optional<long> count;  // antal
  Position position;
};

// Header keys common to both kinds of picture.
struct ReportHeader {
  int version = kFormatVersion;
  std::string questionnaire;  // mall
  std::string kind;           // typ: lokal | gemensam
  std::string municipality;   // kommun
  Period period;
  Classification classification = Classification::Internal;
  std::string secrecy_ground;   // sekretessgrund
  std::string registry_number;  // diarienummer (1.1)
  Position municipality_position, period_position, questionnaire_position;
};

struct LocalArea {
  std::string id;
  Position position;
  std::optional<std::string> trend;
  bool trend_written = false;       // present, even if misspelt (reported once, not twice)
  bool trend_key_misspelt = false;  // `Trend:`: reported as an unknown key with "Menade du", not also as missing
  Position trend_position;          // the trend key, or the area when there is none
  bool nothing_misspelt = false;    // inget_att_rapportera written but not true/false (reported once)
  std::vector<Observation> observations;
  std::string assessment;  // bedömning
  bool nothing_to_report = false;
};

struct LocalReport {
  ReportHeader header;
  std::string party;
  std::string organisation;
  std::optional<Date> written;  // upprättad
  std::string written_by;       // upprättad_av
  std::vector<std::string> sources;
  std::vector<LocalArea> areas;  // in file order
  Position areas_position;
  Position party_position;
  Position organisation_position, written_by_position;  // for completeness messages
  bool organisation_present = false, written_by_present = false;
  // Keys and areas an unknown key is a misspelling of: reported once, as the
  // unknown key with "Menade du", not also as missing.
  std::vector<std::string> misspelled;
  const LocalArea* area(const std::string& id) const;
};

struct Provenance {
  std::string party;
  std::string organisation;
  std::optional<Date> written;
  std::string written_by;
  std::string file;
  // 1.1: the party's own `källor` and `diarienummer`, recorded for the
  // document. Not part of the checksum `underlag`, so that joint pictures
  // approved before 1.1 stay approved when merged again.
  std::vector<std::string> sources;
  std::string registry_number;
};

struct JointArea {
  std::string id;
  Position position;
  std::vector<std::pair<std::string, std::optional<std::string>>> party_trends;  // in parter order
  std::optional<std::string> agreed_trend;                                       // trend.gemensam
  Position agreed_trend_position;  // trend: gemensam:, or trend:, or the area: where to write it
  std::vector<Observation> observations;
  std::vector<std::pair<std::string, std::string>> assessments;  // bedömningar, per party
  std::string agreed_assessment;                                 // gemensam_bedömning
  std::optional<long> priority;                                  // 1..3
};

struct CauseAnalysis {
  std::string problem;
  std::string area;
  std::vector<std::string> victim;    // brottsutsatt
  std::vector<std::string> offender;  // gärningsperson
  std::vector<std::string> place;     // plats
  std::optional<Period> from_period;  // från_period (1.1): carried from that month
  Position position;
};

struct Action {
  std::string id;
  std::string action;  // åtgärd
  std::string area;
  std::string cause;             // orsak
  std::string goal;              // mål
  std::string responsible;       // ansvarig: a party or gemensam
  std::string unit;              // ansvarig_funktion (1.1): the unit or role that does it
  std::string promise;           // medborgarlöfte (1.1): the id of the promise it serves
  std::optional<Date> deadline;  // klart_senast
  std::string status = words::kPlanned;
  std::optional<std::string> follow_up;  // uppföljning
  std::string comment;
  std::optional<Period> from_period;  // från_period
  Position position;
};

// An action still to be done: followed up, carried to the next month,
// overdue after its deadline (lagesbild(5) §3).
bool is_open(const Action& action);

struct Approval {
  std::string party;
  std::optional<Date> date;
  std::string by;
  bool stale = false;  // underlag_ändrat: the parties' material changed after this approval
  Position position;
};

// One line of `underlag` (lagesbild(5) §3): a short checksum of one party's
// part, either its entry under `parter` or its text in one area.
struct MaterialDigest {
  std::string part;  // "parter" or an area id
  std::string party;
  std::string digest;
};

// One person at the meeting: a role, and the party or (for a guest) the
// organisation they came for (lagesbild(5) §6).
struct Attendee {
  std::string party;         // part
  std::string role;          // roll
  std::string organisation;  // organisation
  std::string name;          // namn: allowed, never needed
  Position position;
};

// The meeting that agreed the joint picture (möte, 1.1).
struct Meeting {
  std::optional<Date> date;       // datum
  std::string place;              // plats
  std::vector<Attendee> present;  // närvarande
  std::optional<Date> next;       // nästa_möte
};

// A citizen promise (medborgarlöfte, 1.1) and the months it is in force.
struct Promise {
  std::string id;
  std::string text;   // löfte
  PeriodRange valid;  // gäller
  Position position;
};

struct JointReport {
  ReportHeader header;
  std::vector<Provenance> parties;           // parter
  std::vector<std::string> missing_parties;  // saknade_parter: parties with no file at merge
  std::vector<JointArea> areas;
  Meeting meeting;                               // möte (1.1)
  std::vector<Promise> promises;                 // medborgarlöften (1.1)
  std::vector<CauseAnalysis> causes;             // orsaksanalys
  std::vector<Action> actions;                   // åtgärdsplan
  std::vector<Approval> approvals;               // godkännande, in parter order
  std::string material_fingerprint;              // underlag (summa): checksum of the parties' parts as merge wrote them
  std::vector<MaterialDigest> material_digests;  // underlag per party and part, to say where an edit is
  Position material_position;                    // the `underlag` key
  Position parties_position;                     // the `parter` key
  // åtgärder_från: the month whose open actions (and, from 1.1, promises,
  // cause analyses, priorities and meeting date) were carried, once.
  std::optional<Period> actions_from;
  Position areas_position;
  Position approvals_position;
  const JointArea* area(const std::string& id) const;
  const Promise* promise(const std::string& id) const;
  std::vector<std::string> party_ids() const;
};

}  // namespace lagesbild
