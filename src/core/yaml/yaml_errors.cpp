// SPDX-License-Identifier: EUPL-1.2
#include "core/yaml/yaml_errors.hpp"

#include <yaml-cpp/exceptions.h>

namespace lagesbild {

std::string syntax_message(const std::string& yaml_cpp_message) {
  struct Translation {
    const char* prefix;
    const char* swedish;
  };
  static const Translation kTranslations[] = {
      {YAML::ErrorMsg::END_OF_MAP,
       "raden passar inte in: en nyckel saknar kolon eller har fel indrag. Varje rad ska vara "
       "`nyckel: värde`, med samma indrag som raderna den hör ihop med."},
      {YAML::ErrorMsg::END_OF_MAP_FLOW, "en { ... } avslutas aldrig. Lägg till } eller skriv om värdet utan klamrar."},
      {YAML::ErrorMsg::END_OF_SEQ,
       "listan har fel indrag. Varje punkt i en lista börjar med \"- \" och alla punkter har "
       "samma indrag."},
      {YAML::ErrorMsg::END_OF_SEQ_FLOW,
       "en lista inom [ ] avslutas aldrig. Lägg till ] efter sista värdet, eller sätt en text "
       "som innehåller [ inom citattecken."},
      {YAML::ErrorMsg::MAP_VALUE,
       "ett kolon står där det inte får stå, eller så har raden fel indrag. Innehåller texten "
       "\": \", sätt hela texten inom citattecken, t.ex. vad: \"Kl. 22: larm\"."},
      {YAML::ErrorMsg::BLOCK_ENTRY,
       "en listpunkt (\"- \") står på fel ställe. Kontrollera indraget, och sätt en text som "
       "börjar med \"- \" inom citattecken."},
      {YAML::ErrorMsg::MAP_KEY, "en nyckel står på fel ställe. Kontrollera indraget."},
      {YAML::ErrorMsg::UNKNOWN_TOKEN,
       "oväntat tecken. Börjar texten med ett tecken som @ ` % & * ! | > { eller [, sätt hela "
       "texten inom citattecken."},
      {YAML::ErrorMsg::EOF_IN_SCALAR,
       "filen tar slut mitt i en text: ett citattecken avslutas aldrig. Lägg till det "
       "avslutande citattecknet."},
      {YAML::ErrorMsg::CHAR_IN_SCALAR, "otillåtet tecken i en text. Sätt texten inom citattecken."},
      {YAML::ErrorMsg::DOC_IN_SCALAR, "en rad med --- eller ... står mitt i en text. Sätt texten inom citattecken."},
      {YAML::ErrorMsg::INVALID_ESCAPE,
       "okänt tecken efter \\ i en text inom dubbla citattecken. Skriv \\\\ för ett bakstreck, "
       "eller använd enkla citattecken ('...')."},
      {YAML::ErrorMsg::INVALID_UNICODE, "ogiltig \\u-kod i en text inom dubbla citattecken."},
      {YAML::ErrorMsg::FLOW_END, "en ] eller } saknar sin början. Ta bort den, eller sätt texten inom citattecken."},
      {YAML::ErrorMsg::TAB_IN_INDENTATION, "tabbtecken används som indrag; YAML tillåter bara mellanslag."},
      {YAML::ErrorMsg::UNKNOWN_ANCHOR, "alias (*namn) används inte i lägesbilder. Skriv ut värdet i stället."},
      {YAML::ErrorMsg::CHAR_IN_BLOCK, "oväntat tecken i ett textblock (| eller >)."},
      {YAML::ErrorMsg::ZERO_INDENT_IN_BLOCK,
       "ett textblock (| eller >) måste ha indrag. Dra in textraderna under nyckeln."},
  };
  for (const auto& t : kTranslations)
    if (yaml_cpp_message.rfind(t.prefix, 0) == 0) return t.swedish;
  return "filen är inte giltig YAML här. Kontrollera raden och raden ovanför: indrag, kolon och "
         "citattecken.";
}

}  // namespace lagesbild
