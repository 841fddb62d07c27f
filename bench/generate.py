#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Writes a year of parties' pictures for the benchmark, the same bytes every time.

    bench/generate.py county DIR    Dalarna: 15 municipalities x 12 months x 2 parties = 360 files
    bench/generate.py nation DIR    Sweden: 290 municipalities x 12 months x 2 parties = 6,960 files

The texts are made up but read like real ones: places, times and sources for
each focus area of dalarna-2019, 0-4 observations per area. About one file in
400 has a mistake an official makes (a misspelt trend, a personnummer, a tab,
an unknown source, an area left out) and a few more a warning (a phone
number), so the error paths are timed too. Files go straight into DIR (no
subfolders), named as lagesbild(5) §4 says. Never committed: generate into a
build folder.
"""
import os
import random
import sys

from municipalities import COUNTY, NATION

YEAR = 2026
AREAS = ["ordningsstörningar", "hot_och_våld", "extremism_och_kriminella_nätverk",
         "ungdomar_och_skolor", "andt", "hot_mot_tjänstemän_och_politiker"]
TRENDS = ["ökande", "oförändrad", "minskande", "okänd"]
SOURCES = {"kommun": ["fritidsledare", "lokalvårdare", "vaktmästare", "tjänsteman", "medborgardialog",
                      "trygghetsundersökning", "lupp"],
           "polis": ["kommunpolis", "brottsstatistik", "medborgardialog", "medarbetardialog", "annan"]}
WHAT = {
    "ordningsstörningar": ["Skadegörelse på busskurer, krossade glasrutor.", "Buskörning med mopedbilar på skolgården.",
                           "Inbrott i förråd i flerbostadshus.", "Brand i papperskorgar och containrar.",
                           "Klotter på skolans fasad och i gångtunneln.", "Trasig gatubelysning gör gångvägen otrygg."],
    "hot_och_våld": ["Personal på fritidsgården hotades verbalt av besökare som nekats inträde.",
                     "Misshandel utanför nattöppen restaurang.", "Anmälningar om våld i nära relation ökar.",
                     "Bråk mellan grupper vid resecentrum, en person lindrigt skadad."],
    "extremism_och_kriminella_nätverk": ["Klistermärken med symboler från en våldsbejakande rörelse på lyktstolpar.",
                                         "Uppgifter om rekrytering av unga till narkotikaförsäljning.",
                                         "Propagandaflygblad i brevlådor i centrum.",
                                         "Fordon med okända personer som återkommer kvällstid."],
    "ungdomar_och_skolor": ["Bråk mellan elevgrupper på rasterna, som fortsatt i sociala medier.",
                            "Större grupper ungdomar samlas vid matbutiken efter stängning.",
                            "Elever uppger att de känner sig otrygga på väg till skolan.",
                            "Skadegörelse på toaletterna i skolan."],
    "andt": ["Fynd av snusdosor och tomma flaskor bakom idrottshallen.", "Langning av alkohol till minderåriga vid badplatsen.",
             "Misstänkt försäljning av cannabis vid skolan.", "Berusade ungdomar vid helgens evenemang."],
    "hot_mot_tjänstemän_och_politiker": ["Hot i sociala medier mot förtroendevald efter beslut om skolnedläggning.",
                                         "Trakasserande samtal till handläggare på socialtjänsten.",
                                         "Hotfullt brev till kommunhuset."],
}
WHERE = ["centrum", "resecentrum", "skolgården", "idrottshallen", "fritidsgården", "badplatsen", "matbutiken",
         "Storgatan", "Järnvägsgatan", "hamnen", "bibliotekets entré", "gångtunneln vid stationen"]
WHEN = ["helger, kvällstid", "vardagar efter kl. 18", "fredagar kl. 21–23", "skoltid", "nattetid", "under lovet"]
ASSESS = ["Händelserna samlas kring fredags- och lördagskvällar.", "Ingen tydlig förändring mot föregående månad.",
          "Oklart om det finns lokal förankring; vi följer utvecklingen.", "Ökningen hänger ihop med samlingarna i centrum.",
          "Färre anmälningar än i fjol men fler tips från allmänheten."]
MISTAKES = ["trend", "personnummer", "tab", "source", "area"]


def slug(name):
    """The file name part of a municipality, as lagesbild's file_name_slug() makes it."""
    table = {"å": "a", "ä": "a", "á": "a", "à": "a", "ö": "o", "ø": "o", "ó": "o", "é": "e", "è": "e", "ë": "e",
             "ü": "u"}
    out = ""
    for c in name.lower():
        if c.isascii() and c.isalnum():
            out += c
        elif c in table:
            out += table[c]
        elif c in " -_" and out and out[-1] != "-":
            out += "-"
    return out.rstrip("-")


def organisation(name, party):
    if party == "polis":
        return f"Lokalpolisområde {name}"
    return f"{name}{'' if name[-1] in 'sxz' else 's'} kommun"


def report(rng, name, party, month, mistake, warn):
    period = f"{YEAR}-{month:02d}"
    written = f"{YEAR + month // 12}-{month % 12 + 1:02d}-{rng.randint(1, 9):02d}"
    role = "Säkerhetssamordnare" if party == "kommun" else "Kommunpolis"
    lines = [f"# Lägesbild för {name}, {period} – {party}", "", "lägesbild: 1", "mall: dalarna-2019",
             "typ: lokal", f"kommun: {name}", f"part: {party}", f"organisation: {organisation(name, party)}",
             f"period: {period}", f"upprättad: {written}", f"upprättad_av: {role}", "klassificering: intern",
             "sekretessgrund: \"\"", f"källor: [{', '.join(rng.sample(SOURCES[party], 3))}]", "", "områden:"]
    for i, area in enumerate(AREAS):
        if mistake == "area" and i == 5:
            continue
        trend = "ökad" if mistake == "trend" and i == 0 else rng.choice(TRENDS)
        lines += ["", f"  # {i + 1}.", f"  {area}:", f"    trend: {trend}"]
        n = rng.choice([0, 1, 1, 2, 2, 3, 4])
        if n == 0:
            lines.append("    inget_att_rapportera: true")
            continue
        lines.append("    iakttagelser:")
        for k in range(n):
            what = rng.choice(WHAT[area])
            if mistake == "personnummer" and i == 1 and k == 0:
                what = "Anmälan gäller 19121212-1212, som återkommer varje helg."
            if warn and i == 0 and k == 0:
                what += " Tips kan lämnas på 070-123 45 67."
            source = "grannen" if mistake == "source" and i == 2 and k == 0 else rng.choice(SOURCES[party])
            indent = "\t" if mistake == "tab" and i == 3 and k == 0 else "      "
            lines += [f"{indent}- vad: {what}", f"        var: {name}, {rng.choice(WHERE)}"]
            if rng.random() < 0.6:
                lines.append(f"        när: {rng.choice(WHEN)}")
            lines.append(f"        källa: {source}")
            if rng.random() < 0.4:
                lines.append(f"        antal: {rng.randint(2, 12)}")
        lines.append(f"    bedömning: {rng.choice(ASSESS)}")
    return f"{period}_{slug(name)}_{party}.yaml", "\n".join(lines) + "\n"


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("county", "nation"):
        sys.exit(__doc__)
    names = COUNTY if sys.argv[1] == "county" else NATION
    folder = sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    count = 0
    for m_index, name in enumerate(names):
        for month in range(1, 13):
            for party in ("kommun", "polis"):
                rng = random.Random(f"{name}/{month}/{party}")
                mistake = MISTAKES[count // 400 % len(MISTAKES)] if count % 400 == 199 else None
                file_name, text = report(rng, name, party, month, mistake, warn=count % 150 == 7)
                with open(os.path.join(folder, file_name), "w", encoding="utf-8") as f:
                    f.write(text)
                count += 1
    print(f"{count} filer i {folder}")


if __name__ == "__main__":
    main()
