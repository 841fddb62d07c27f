# SPDX-License-Identifier: EUPL-1.2
"""Sweden's 290 municipalities by county, and Dalarna's 15 for a county's year."""

COUNTIES = {
    "Stockholm": "Botkyrka Danderyd Ekerö Haninge Huddinge Järfälla Lidingö Nacka Norrtälje Nykvarn Nynäshamn "
                 "Salem Sigtuna Sollentuna Solna Stockholm Sundbyberg Södertälje Tyresö Täby Upplands-Bro "
                 "Upplands_Väsby Vallentuna Vaxholm Värmdö Österåker",
    "Uppsala": "Enköping Heby Håbo Knivsta Tierp Uppsala Älvkarleby Östhammar",
    "Södermanland": "Eskilstuna Flen Gnesta Katrineholm Nyköping Oxelösund Strängnäs Trosa Vingåker",
    "Östergötland": "Boxholm Finspång Kinda Linköping Mjölby Motala Norrköping Söderköping Vadstena Valdemarsvik "
                    "Ydre Åtvidaberg Ödeshög",
    "Jönköping": "Aneby Eksjö Gislaved Gnosjö Habo_kommun Jönköping Mullsjö Nässjö Sävsjö Tranås Vaggeryd Vetlanda Värnamo",
    "Kronoberg": "Alvesta Lessebo Ljungby Markaryd Tingsryd Uppvidinge Växjö Älmhult",
    "Kalmar": "Borgholm Emmaboda Hultsfred Högsby Kalmar Mönsterås Mörbylånga Nybro Oskarshamn Torsås Vimmerby "
              "Västervik",
    "Gotland": "Gotland",
    "Blekinge": "Karlshamn Karlskrona Olofström Ronneby Sölvesborg",
    "Skåne": "Bjuv Bromölla Burlöv Båstad Eslöv Helsingborg Hässleholm Höganäs Hörby Höör Klippan Kristianstad "
             "Kävlinge Landskrona Lomma Lund Malmö Osby Perstorp Simrishamn Sjöbo Skurup Staffanstorp Svalöv "
             "Svedala Tomelilla Trelleborg Vellinge Ystad Åstorp Ängelholm Örkelljunga Östra_Göinge",
    "Halland": "Falkenberg Halmstad Hylte Kungsbacka Laholm Varberg",
    "Västra Götaland": "Ale Alingsås Bengtsfors Bollebygd Borås Dals-Ed Essunga Falköping Färgelanda Grästorp "
                       "Gullspång Göteborg Götene Herrljunga Hjo Härryda Karlsborg Kungälv Lerum Lidköping "
                       "Lilla_Edet Lysekil Mariestad Mark Mellerud Munkedal Mölndal Orust Partille Skara Skövde "
                       "Sotenäs Stenungsund Strömstad Svenljunga Tanum Tibro Tidaholm Tjörn Tranemo Trollhättan "
                       "Töreboda Uddevalla Ulricehamn Vara Vårgårda Vänersborg Åmål Öckerö",
    "Värmland": "Arvika Eda Filipstad Forshaga Grums Hagfors Hammarö Karlstad Kil Kristinehamn Munkfors Storfors "
                "Sunne Säffle Torsby Årjäng",
    "Örebro": "Askersund Degerfors Hallsberg Hällefors Karlskoga Kumla Laxå Lekeberg Lindesberg Ljusnarsberg Nora "
              "Örebro",
    "Västmanland": "Arboga Fagersta Hallstahammar Kungsör Köping Norberg Sala Skinnskatteberg Surahammar Västerås",
    "Dalarna": "Avesta Borlänge Falun Gagnef Hedemora Leksand Ludvika Malung-Sälen Mora Orsa Rättvik Smedjebacken "
               "Säter Vansbro Älvdalen",
    "Gävleborg": "Bollnäs Gävle Hofors Hudiksvall Ljusdal Nordanstig Ockelbo Ovanåker Sandviken Söderhamn",
    "Västernorrland": "Härnösand Kramfors Sollefteå Sundsvall Timrå Ånge Örnsköldsvik",
    "Jämtland": "Berg Bräcke Härjedalen Krokom Ragunda Strömsund Åre Östersund",
    "Västerbotten": "Bjurholm Dorotea Lycksele Malå Nordmaling Norsjö Robertsfors Skellefteå Sorsele Storuman Umeå "
                    "Vilhelmina Vindeln Vännäs Åsele",
    "Norrbotten": "Arjeplog Arvidsjaur Boden Gällivare Haparanda Jokkmokk Kalix Kiruna Luleå Pajala Piteå Älvsbyn "
                  "Överkalix Övertorneå",
}


# Håbo (Uppsala) and Habo (Jönköping) have the same file name part, "habo"
# (lagesbild(5) §4): in one folder their files would overwrite each other
# (lagesbild tells them apart by the name in the files, as in a folder per
# county). The bench keeps one folder, so Habo is written "Habo kommun" here
# and the nation's year has all 6,960 files.


def _names(words):
    return [w.replace("_", " ") for w in words.split()]  # "Upplands_Väsby": a name with a space


NATION = [name for county in COUNTIES.values() for name in _names(county)]
COUNTY = _names(COUNTIES["Dalarna"])
assert len(NATION) == 290 and len(COUNTY) == 15
