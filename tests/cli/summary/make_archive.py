#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Writes the year of test pictures in arkiv/ (run once; the files are kept).

Älvdalen: kommun and polis every month 2025-12..2026-11, except that the
police file for 2026-03 is missing and the municipality's file for 2026-06 is
broken (a misspelt trend). Joint pictures for 2026-09..2026-11; the latest
(2026-11) has actions: Å1 overdue (pågående, 2026-10-31), Å2 klar but past
its deadline (not overdue), Å3 planerad with a later deadline, Å4 planerad
and overdue (2026-11-15). Mora: kommun only, 2026-10 and 2026-11.
The number of observations in area i, month m, party p is (m + i + p) % 4,
so every count can be worked out by hand. Observation k (from 1) has antal: k
from the second on, so n observations are n(n+1)/2 events (1, 3 or 6).
The 2026-11 joint picture uses format 1.1: a registry number, the meeting, a
citizen promise, and the unit and promise of its overdue actions.
"""
import os

AREAS = ["ordningsstörningar", "hot_och_våld", "extremism_och_kriminella_nätverk",
         "ungdomar_och_skolor", "andt", "hot_mot_tjänstemän_och_politiker"]
TRENDS = ["ökande", "oförändrad", "minskande", "okänd"]
PARTIES = ["kommun", "polis"]
MONTHS = ["2025-12"] + [f"2026-{m:02d}" for m in range(1, 12)]
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "arkiv")


def count(m, i, p):
    return (m + i + p) % 4


def local(kommun, slug, party, period, m, p, broken=False):
    y, mo = period.split("-")
    written = f"{int(y) + (1 if mo == '12' else 0)}-{(int(mo) % 12) + 1:02d}-03"
    lines = ["lägesbild: 1", "mall: dalarna-2019", "typ: lokal", f"kommun: {kommun}", f"part: {party}",
             f"organisation: {'Kommunen' if party == 'kommun' else 'Lokalpolisområdet'}", f"period: {period}",
             f"upprättad: {written}", "upprättad_av: Samordnare", "klassificering: intern", "områden:"]
    for i, area in enumerate(AREAS):
        n = count(m, i, p)
        trend = TRENDS[(m + i) % 4]
        if broken and i == 0:
            trend = "ökad"
        lines += [f"  {area}:", f"    trend: {trend}"]
        if n == 0:
            lines.append("    inget_att_rapportera: true")
        else:
            lines.append("    iakttagelser:")
            for k in range(n):
                lines += [f"      - vad: Händelse {k + 1} i {area} ({period}).", f"        var: Plats {k + 1}"]
                if k > 0:
                    lines.append(f"        antal: {k + 1}")
    name = os.path.join(HERE, f"{period}_{slug}_{party}.yaml")
    with open(name, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def joint(period, m, actions, meeting=()):
    lines = ["lägesbild: 1", "mall: dalarna-2019", "typ: gemensam", "kommun: Älvdalen", f"period: {period}",
             "klassificering: intern", *meeting, "parter:", "  - part: kommun", "  - part: polis", "områden:"]
    for i, area in enumerate(AREAS):
        lines += [f"  {area}:", "    trend:", f"      kommun: {TRENDS[(m + i) % 4]}",
                  f"      polis: {TRENDS[(m + i) % 4]}", f"      gemensam: {TRENDS[(m + i) % 4]}",
                  f"    prioritet: {1 if i == 0 else '~'}"]
    lines += ["orsaksanalys:", "  - problem: Skadegörelse", "    område: ordningsstörningar"]
    lines += ["åtgärdsplan:"] + actions if actions else ["åtgärdsplan: []"]
    lines += ["godkännande:", "  kommun: ~", "  polis: ~"]
    with open(os.path.join(HERE, f"{period}_alvdalen_gemensam.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def action(id_, text, responsible, deadline, status, unit=None, promise=None):
    return ([f"  - id: {id_}", f"    åtgärd: {text}", f"    ansvarig: {responsible}"]
            + ([f"    ansvarig_funktion: {unit}"] if unit else []) + ([f"    medborgarlöfte: {promise}"] if promise else [])
            + [f"    klart_senast: {deadline}", f"    status: {status}"])


MEETING_1_1 = ["diarienummer: KS 2026/123", "möte:", "  datum: 2026-12-10", "  plats: Kommunhuset",
               "  närvarande:", "    - {part: kommun, roll: Säkerhetssamordnare}", "    - {part: polis, roll: Kommunpolis}",
               "  nästa_möte: 2027-01-14", "medborgarlöften:", "  - id: M1",
               "    löfte: Vi ska öka vuxennärvaron i centrum fredagskvällar.", "    gäller: 2026"]


os.makedirs(HERE, exist_ok=True)
for m, period in enumerate(MONTHS):
    for p, party in enumerate(PARTIES):
        if period == "2026-03" and party == "polis":
            continue
        local("Älvdalen", "alvdalen", party, period, m, p, broken=(period == "2026-06" and party == "kommun"))
for m, period in enumerate(MONTHS):
    if period in ("2026-09", "2026-10"):
        joint(period, m, action("Å1", "Belysning vid busskurerna", "kommun", "2026-10-31", "pågående"))
    if period == "2026-11":
        joint(period, m, action("Å1", "Belysning vid busskurerna", "kommun", "2026-10-31", "pågående",
                                "Tekniska förvaltningen")
              + action("Å2", "Patrullering fredagar", "polis", "2026-10-31", "klar")
              + action("Å3", "Fritidsgården öppen längre", "kommun", "2027-02-28", "planerad")
              + action("Å4", "Nattvandring", "gemensam", "2026-11-15", "planerad", None, "M1"), MEETING_1_1)
for m, period in ((10, "2026-10"), (11, "2026-11")):
    local("Mora", "mora", "kommun", period, m, 0)
