#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Writes the year of test pictures in arkiv/ for `lagesbild year` (run once; the files are kept).

Älvdalen, 2026-01..2026-12: kommun and polis every month, except that
  - 2026-07 has no file at all (a missing month);
  - the police file for 2026-04 is broken (a misspelt trend), and that month
    has no joint picture;
  - the joint picture for 2026-11 is a draft (not approved); the other
    joint pictures are final;
  - the police file for 2026-09 is sekretess (OSL 18 kap. 1 §), so the whole
    year's document is.
Mora has one file (2026-05), so the folder holds two municipalities.
The number of observations in area i, month m (1..12), party p is
(m + i + p) % 4; observation k (from 0) is at PLACES[(m + k) % 3] from
SOURCES[(i + k + p) % 4] with antal k + 1 from the second on. Actions: Å1
(2026-01, klar from 2026-05), Å2 (pågående, deadline 2026-09-30: late at the
year's end), Å3 (planerad, 2027-03-31, promise M1: open), Å4 (hostile text,
inställd in 2026-10), Å5 (klar in 2026-12). The test counts everything again
from these files (check_year_json.py), not from this script.
"""
import os

AREAS = ["ordningsstörningar", "hot_och_våld", "extremism_och_kriminella_nätverk",
         "ungdomar_och_skolor", "andt", "hot_mot_tjänstemän_och_politiker"]
TRENDS = ["ökande", "oförändrad", "minskande", "okänd"]
PARTIES = ["kommun", "polis"]
PLACES = ["Älvdalen centrum", "Älvdalsskolan", "Idre"]
SOURCES = ["vaktmästare", "fritidsledare", "kommunpolis", "medborgardialog"]
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "arkiv")
HOSTILE = "\"Trygghetsvandring <b>kväll</b> | *hela* [länk](http://x) `kod` & <script>alert(1)</script>\""


def period(m):
    return f"2026-{m:02d}"


def after(m, day):
    return f"2027-01-{day:02d}" if m == 12 else f"2026-{m + 1:02d}-{day:02d}"


def write(name, lines):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def local(kommun, slug, party, m, p, broken=False, secret=False):
    sources = ["medborgardialog", "trygghetsundersökning"] if party == "kommun" else ["brottsstatistik"]
    if party == "kommun" and m == 6:
        sources.append("lupp")
    lines = ["lägesbild: 1", "mall: dalarna-2019", "typ: lokal", f"kommun: {kommun}", f"part: {party}",
             f"organisation: {'Älvdalens kommun' if party == 'kommun' else 'Lokalpolisområde Mora'}",
             f"period: {period(m)}", f"upprättad: {after(m, 3)}", "upprättad_av: Samordnare",
             f"klassificering: {'sekretess' if secret else 'intern'}",
             f"sekretessgrund: {'OSL 18 kap. 1 §' if secret else chr(34) * 2}",
             f"källor: [{', '.join(sources)}]", "områden:"]
    for i, area in enumerate(AREAS):
        n = (m + i + p) % 4
        trend = "ökad" if broken and i == 0 else TRENDS[(m + i + p) % 4]
        lines += [f"  {area}:", f"    trend: {trend}"]
        if n == 0:
            lines.append("    inget_att_rapportera: true")
            continue
        lines.append("    iakttagelser:")
        for k in range(n):
            lines += [f"      - vad: Iakttagelse {k + 1} om {area} ({period(m)}).",
                      f"        var: {PLACES[(m + k) % 3]}", f"        källa: {SOURCES[(i + k + p) % 4]}"]
            if k > 0:
                lines.append(f"        antal: {k + 1}")
        lines.append(f"    bedömning: {party.capitalize()}s bedömning för {period(m)}.")
    write(f"{period(m)}_{slug}_{party}.yaml", lines)


def action(id_, text, area, responsible, deadline, status, first, unit=None, promise=None, follow_up=None):
    return ([f"  - id: {id_}", f"    åtgärd: {text}", f"    område: {area}", f"    ansvarig: {responsible}"]
            + ([f"    ansvarig_funktion: {unit}"] if unit else [])
            + ([f"    medborgarlöfte: {promise}"] if promise else [])
            + [f"    klart_senast: {deadline}", f"    status: {status}"]
            + ([f"    uppföljning: {follow_up}"] if follow_up else [])
            + [f"    från_period: {first}"])


def actions_of(m):
    out = []
    if m <= 5:
        out += action("Å1", "Belysning vid busskurerna på Dalgatan", "ordningsstörningar", "kommun", "2026-05-31",
                      "klar" if m == 5 else "pågående", "2026-01", "Tekniska förvaltningen",
                      follow_up="grön" if m == 5 else None)
    if m >= 2:
        out += action("Å2", "Riktad patrullering fredagskvällar", "ordningsstörningar", "polis", "2026-09-30",
                      "pågående", "2026-02", "Lokalpolisområde Mora", follow_up="gul" if m >= 10 else None)
    if m >= 6:
        out += action("Å3", "Fritidsgården öppen längre på fredagar", "ungdomar_och_skolor", "kommun", "2027-03-31",
                      "planerad", "2026-06", "Fritidsförvaltningen", "M1")
    if 8 <= m <= 10:
        out += action("Å4", HOSTILE, "andt", "gemensam", "2026-12-31", "inställd" if m == 10 else "planerad", "2026-08")
    if m == 12:
        out += action("Å5", "Information till föräldrar om ANDT", "andt", "polis", "2026-12-15", "klar", "2026-12",
                      follow_up="grön")
    return out


def joint(m, draft=False):
    lines = ["lägesbild: 1", "mall: dalarna-2019", "typ: gemensam", "kommun: Älvdalen", f"period: {period(m)}",
             f"klassificering: {'sekretess' if m == 9 else 'intern'}",
             f"sekretessgrund: {'OSL 18 kap. 1 §' if m == 9 else chr(34) * 2}",
             f"diarienummer: KS 2026/{100 + m}", "möte:", f"  datum: {after(m, 10)}", "  plats: Kommunhuset",
             "parter:", "  - part: kommun", "  - part: polis"]
    if m >= 6:
        lines += ["medborgarlöften:", "  - id: M1", "    löfte: Vi ska öka vuxennärvaron i centrum fredagskvällar.",
                  "    gäller: 2026"]
    lines.append("områden:")
    for i, area in enumerate(AREAS):
        priority = 1 if i == 0 else 2 if (i == 3 and m >= 9) else "~"
        assessment = (HOSTILE if (i == 4 and m == 8) else
                      f"\"Gemensam bedömning av {area} för {period(m)}.\"" if (m + i) % 3 == 0 else "\"\"")
        lines += [f"  {area}:", "    trend:", f"      kommun: {TRENDS[(m + i) % 4]}",
                  f"      polis: {TRENDS[(m + i + 1) % 4]}", f"      gemensam: {TRENDS[(m + i) % 4]}",
                  f"    gemensam_bedömning: {assessment}", f"    prioritet: {priority}"]
    lines += ["orsaksanalys:", "  - problem: Skadegörelse på busskurer i centrum", "    område: ordningsstörningar",
              "    orsaker:", "      brottsutsatt: [Busskurer saknar belysning]",
              "      gärningsperson: [Ungdomar utan aktivitet fredagskvällar]",
              "      plats: [Ingen naturlig övervakning efter kl. 22]"]
    if m >= 9:
        lines += ["  - problem: Oro vid fritidsgården", "    område: ungdomar_och_skolor", "    orsaker:",
                  "      brottsutsatt: [Yngre besökare]", "      gärningsperson: [Äldre ungdomar utifrån]",
                  "      plats: [Få vuxna på plats efter kl. 21]"]
        if m > 9:
            lines.append("    från_period: 2026-09")
    lines += ["åtgärdsplan:"] + actions_of(m)
    if draft:
        lines += ["godkännande:", "  kommun: ~", "  polis: ~"]
    else:
        lines += ["godkännande:", f"  kommun: {{datum: {after(m, 12)}, av: Säkerhetssamordnare}}",
                  f"  polis: {{datum: {after(m, 12)}, av: Kommunpolis}}"]
    write(f"{period(m)}_alvdalen_gemensam.yaml", lines)


os.makedirs(HERE, exist_ok=True)
for m in range(1, 13):
    if m == 7:
        continue
    for p, party in enumerate(PARTIES):
        local("Älvdalen", "alvdalen", party, m, p, broken=(m == 4 and party == "polis"),
              secret=(m == 9 and party == "polis"))
    if m != 4:
        joint(m, draft=(m == 11))
local("Mora", "mora", "kommun", 5, 0)
