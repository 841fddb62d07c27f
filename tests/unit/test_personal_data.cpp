// SPDX-License-Identifier: EUPL-1.2
#include <doctest/doctest.h>

#include "core/base/personal_data.hpp"

using namespace lagesbild;

namespace {

std::vector<PersonalDataKind> kinds(const std::string& text) {
  std::vector<PersonalDataKind> out;
  for (const auto& f : find_personal_data(text)) out.push_back(f.kind);
  return out;
}

}  // namespace

TEST_SUITE("personal_data") {
  TEST_CASE("personnummer in every written form") {
    // 640823-3234 is a valid test number (Skatteverket's examples use it).
    for (const char* text : {"640823-3234", "6408233234", "19640823-3234", "196408233234", "640823+3234",
                             "ägaren 640823-3234 kontaktad"}) {
      CAPTURE(text);
      CHECK(kinds(text) == std::vector<PersonalDataKind>{PersonalDataKind::IdentityNumber});
    }
  }

  TEST_CASE("a failing check digit or an impossible date is not a personnummer") {
    CHECK(kinds("640823-3235").empty());
    CHECK(kinds("641323-3234").empty());  // month 13
    CHECK(kinds("diarienummer 2026-1234").empty());
    CHECK(kinds("ärende 5000-K123456-26").empty());
    CHECK(kinds("12345678901234").empty());
  }

  TEST_CASE("samordningsnummer add 60 to the day") {
    // 701063-2391: day 63 = 3 + 60; check digit valid.
    CHECK(luhn_valid("7010632391"));
    CHECK(kinds("701063-2391") == std::vector<PersonalDataKind>{PersonalDataKind::CoordinationNumber});
  }

  TEST_CASE("phone numbers, e-mail and vehicle registrations") {
    CHECK(kinds("ring 070-123 45 67") == std::vector<PersonalDataKind>{PersonalDataKind::Phone});
    CHECK(kinds("+46 70 123 45 67") == std::vector<PersonalDataKind>{PersonalDataKind::Phone});
    CHECK(kinds("0251-123 45") == std::vector<PersonalDataKind>{PersonalDataKind::Phone});
    CHECK(kinds("mejla fornamn.efternamn@alvdalen.se.") == std::vector<PersonalDataKind>{PersonalDataKind::Email});
    CHECK(kinds("bil ABC 123 sågs") == std::vector<PersonalDataKind>{PersonalDataKind::VehicleRegistration});
    CHECK(kinds("bil ABC12D sågs") == std::vector<PersonalDataKind>{PersonalDataKind::VehicleRegistration});
  }

  TEST_CASE("ordinary text is not flagged") {
    CHECK(kinds("OSL 35 kap. 1 §").empty());
    CHECK(kinds("4 händelser kl. 22–23 på Riksväg 70, vecka 44").empty());
    CHECK(kinds("2026-11-04").empty());
    CHECK(kinds("@ och e-post").empty());
  }

  TEST_CASE("masking keeps the length and hides every digit") {
    CHECK(mask_personal_identity_numbers("a 640823-3234 b") == "a XXXXXX-XXXX b");
    CHECK(mask_personal_identity_numbers("070-123 45 67") == "070-123 45 67");
  }
}
