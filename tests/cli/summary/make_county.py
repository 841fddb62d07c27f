#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Writes the county's test pictures in lan/ (run once; the files are kept).

Three municipalities, August to November 2026, kommun and polis:
- Falun: both parties every month; joint pictures in September (a draft),
  October and November (final: every area agreed and approved by both).
- Mora: both parties every month but November (no police file); no joint
  picture, so its county trend is the parties' own where they agree.
- Orsa: nothing in August; only kommun in September; in October the police
  file is broken (a misspelt trend); in November both and a draft joint
  picture that leaves the last area's agreed trend open (~).
Observations in area i, month m (0 = August), party p of municipality k:
(k + m + i + p) % 4; observation j (from 1) has antal: j from the second on,
so n observations are n(n+1)/2 events. Kommun's trend is TRENDS[(m+i) % 4];
polis agrees in even areas and says TRENDS[(m+i+1) % 4] in odd ones. A joint
picture's agreed trend is TRENDS[(m+i+2) % 4]. county-totals.py counts the
files again, on its own, to check summary's totalt.
"""
import os

AREAS = ["ordningsstörningar", "hot_och_våld", "extremism_och_kriminella_nätverk",
         "ungdomar_och_skolor", "andt", "hot_mot_tjänstemän_och_politiker"]
TRENDS = ["ökande", "oförändrad", "minskande", "okänd"]
PARTIES = ["kommun", "polis"]
MONTHS = ["2026-08", "2026-09", "2026-10", "2026-11"]
MUNICIPALITIES = [("Falun", "falun"), ("Mora", "mora"), ("Orsa", "orsa")]
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lan")


def party_trend(m, i, p):
    return TRENDS[(m + i + (p if i % 2 else 0)) % 4]


def write(name, lines):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def local(k, m, p, broken=False):
    kommun, slug = MUNICIPALITIES[k]
    period, party = MONTHS[m], PARTIES[p]
    lines = ["lägesbild: 1", "mall: dalarna-2019", "typ: lokal", f"kommun: {kommun}", f"part: {party}",
             f"organisation: {'Kommunen' if party == 'kommun' else 'Lokalpolisområdet'}", f"period: {period}",
             f"upprättad: 2026-{int(period[5:]) + 1:02d}-03", "upprättad_av: Samordnare",
             "klassificering: intern", "områden:"]
    for i, area in enumerate(AREAS):
        n = (k + m + i + p) % 4
        trend = "ökad" if broken and i == 0 else party_trend(m, i, p)
        lines += [f"  {area}:", f"    trend: {trend}"]
        if n == 0:
            lines.append("    inget_att_rapportera: true")
        else:
            lines.append("    iakttagelser:")
            for j in range(n):
                lines += [f"      - vad: Händelse {j + 1} i {area} ({kommun}, {period}).",
                          f"        var: Plats {j + 1}"]
                if j > 0:
                    lines.append(f"        antal: {j + 1}")
    write(f"{period}_{slug}_{party}.yaml", lines)


def joint(k, m, final, open_last=False):
    kommun, slug = MUNICIPALITIES[k]
    period = MONTHS[m]
    lines = ["lägesbild: 1", "mall: dalarna-2019", "typ: gemensam", f"kommun: {kommun}", f"period: {period}",
             "klassificering: intern", "parter:", "  - part: kommun", "  - part: polis", "områden:"]
    for i, area in enumerate(AREAS):
        agreed = "~" if open_last and i == len(AREAS) - 1 else TRENDS[(m + i + 2) % 4]
        lines += [f"  {area}:", "    trend:", f"      kommun: {party_trend(m, i, 0)}",
                  f"      polis: {party_trend(m, i, 1)}", f"      gemensam: {agreed}",
                  f"    prioritet: {1 if i == 0 else '~'}"]
    lines += ["orsaksanalys:", "  - problem: Skadegörelse", "    område: ordningsstörningar", "åtgärdsplan: []"]
    if final:
        lines += ["godkännande:", f"  kommun: {{datum: 2026-{int(period[5:]) + 1:02d}-10, av: Samordnare}}",
                  f"  polis: {{datum: 2026-{int(period[5:]) + 1:02d}-10, av: Kommunpolis}}"]
    else:
        lines += ["godkännande:", "  kommun: ~", "  polis: ~"]
    write(f"{period}_{slug}_gemensam.yaml", lines)


os.makedirs(HERE, exist_ok=True)
for m in range(4):
    for p in range(2):
        local(0, m, p)
        if not (m == 3 and p == 1):
            local(1, m, p)
        if m >= 2 or (m == 1 and p == 0):
            local(2, m, p, broken=(m == 2 and p == 1))
joint(0, 1, final=False)
joint(0, 2, final=True)
joint(0, 3, final=True)
joint(2, 3, final=False, open_last=True)
