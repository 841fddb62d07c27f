// SPDX-License-Identifier: EUPL-1.2
#include "cli/app.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <sstream>
#include <string_view>
#include <system_error>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "core/base/limits.hpp"
#include "core/base/safe_text.hpp"
#include "core/base/text.hpp"
#include "core/diag/diagnostic_format.hpp"
#include "core/diag/source_text.hpp"
#include "core/os/cleanup.hpp"
#include "core/os/files.hpp"
#include "core/os/program.hpp"
#include "core/os/utf8_path.hpp"
#include "core/report/file_fix.hpp"

namespace lagesbild::cli {

void print_diagnostics(std::FILE* out, Diagnostics diagnostics) {
  fmt::print(out, "{}", format_listed_for_people(std::move(diagnostics)));
}

void print_error(const std::string& message) {
  fmt::print(stderr, "{}", format_error_line(message));
}

namespace {

// The text after "...: " in CLI11's English messages: the offending words.
std::string detail_of(const std::string& what) {
  const auto colon = what.rfind(": ");
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

// CLI11's errors, in Swedish. Its messages are English, so the parts we
// need (option names, values) are taken from them and reworded.
std::string swedish_usage_error(const CLI::ParseError& e) {
  const std::string what = e.what();
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    // CLI11 lists the extra words last first.
    std::vector<std::string> words;
    std::istringstream in(detail_of(what));
    for (std::string word; in >> word;) words.insert(words.begin(), word);
    return fmt::format("okänt argument: {}. Se --help för vad kommandot tar emot.", join(words, " "));
  }
  if (dynamic_cast<const CLI::RequiredError*>(&e)) {
    if (what.find("subcommand") != std::string::npos)
      return "ange ett kommando: new, validate, merge, render, status, summary, year, templates eller schema (se "
             "lagesbild --help)";
    const std::string name = what.substr(0, what.find(" is required"));
    if (name == "FIL" || name == "files") return "ange minst en fil";
    return fmt::format("{} måste anges", name);
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
    const std::string name = what.substr(0, what.find(':'));
    return fmt::format("{} ska anges en gång, med ett värde", name);
  }
  if (dynamic_cast<const CLI::FileError*>(&e))
    return fmt::format("inställningsfilen kan inte läsas: {}", what.substr(0, what.find(" was not readable")));
  if (dynamic_cast<const CLI::ConfigError*>(&e))
    return fmt::format(
        "inställningsfilen kan inte tolkas vid \"{}\": en okänd inställning eller ett okänt avsnitt. "
        "Avsnitten heter som kommandona ([status], [summary]) och inställningarna som flaggorna. "
        "Se lagesbild(1).",
        what.substr(what.rfind(' ') + 1));
  if (dynamic_cast<const CLI::ConversionError*>(&e) || dynamic_cast<const CLI::ValidationError*>(&e)) {
    // "Could not convert: --months = tolv", or "--jobs: " and our own validator's Swedish.
    const auto colon = what.find(": ");
    const std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
    const auto equals = detail.find(" = ");
    if (dynamic_cast<const CLI::ValidationError*>(&e) && equals == std::string::npos)
      return fmt::format("ogiltigt värde (på kommandoraden eller i lagesbild.toml): {}", detail);
    const std::string option = equals == std::string::npos ? std::string("ett värde") : detail.substr(0, equals);
    return fmt::format(
        "ogiltigt värde: {} (på kommandoraden eller i lagesbild.toml); ange ett värde av rätt slag för {}, "
        "se lagesbild KOMMANDO --help",
        detail, option);
  }
  return fmt::format("felaktig användning: {}", what);
}

void print_help(std::string text) {
  if (text.empty() || text.back() != '\n') text += '\n';
  fmt::print("{}", text);
}

using Setup = void (*)(CLI::App&, Context&);
struct Command {
  const char* name;  // or an alias
  Setup setup;
};
constexpr Command kCommands[] = {{"new", setup_new},       {"validate", setup_validate},   {"merge", setup_merge},
                                 {"render", setup_render}, {"status", setup_status},       {"summary", setup_summary},
                                 {"year", setup_year},     {"templates", setup_templates}, {"schema", setup_schema}};

// Declaring every command's options cost more than checking a small report
// (callgrind: 0.8M of 11M instructions for one file). A run that names its
// command first, asks for no help and has no settings file (whose sections
// name the other commands) declares only its own; anything else, all of them.
Setup only_command(int argc, char** argv) {
  if (argc < 2) return nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help" || arg.rfind("--config", 0) == 0) return nullptr;
  }
  if (std::error_code ec; std::filesystem::exists(path_from_utf8("lagesbild.toml"), ec) || ec) return nullptr;
  const std::string_view name = argv[1];
  if (name == "mallar") return setup_templates;
  if (name == "år") return setup_year;
  for (const Command& c : kCommands)
    if (name == c.name) return c.setup;
  return nullptr;
}

int run_arguments(std::vector<std::string> arguments) {
  std::vector<char*> pointers;
  for (auto& a : arguments) pointers.push_back(a.data());
  pointers.push_back(nullptr);
  const int argc = static_cast<int>(arguments.size());
  char** argv = pointers.data();
  Context context;
  context.executable = executable_path(argc > 0 ? argv[0] : nullptr);

  CLI::App app("lagesbild – skriv, kontrollera och sammanställ den månatliga lägesbilden.", "lagesbild");
  // `/path` is a file, never an option (CLI11 takes it for one on Windows).
  app.allow_windows_style_options(false);
  // A server's settings (folders, municipality, output) in lagesbild.toml in
  // the current folder, one [section] per command, so a crontab line is short.
  app.set_config("--config", "lagesbild.toml",
                 "Inställningsfil (standard: lagesbild.toml i aktuell mapp, om den finns)");
  app.allow_config_extras(CLI::config_extras_mode::error);
  app.get_config_ptr()->group("Flaggor");
  app.option_defaults()->group("Flaggor");
  app.set_help_flag("-h,--help", "Visa hjälp och avsluta");
  app.set_version_flag("--version", fmt::format("lagesbild {}", LAGESBILD_VERSION), "Visa versionen och avsluta");
  app.require_subcommand(1);
  app.get_formatter()->label("Usage", "Användning");
  app.get_formatter()->label("OPTIONS", "FLAGGOR");
  app.get_formatter()->label("SUBCOMMAND", "KOMMANDO");
  app.get_formatter()->label("Positionals", "Argument");
  app.get_formatter()->label("REQUIRED", "(obligatorisk)");
  app.get_formatter()->label("TEXT", "TEXT");
  app.footer("Se lagesbild(1) och lagesbild(5) för hela beskrivningen: man lagesbild");

  if (const auto only = only_command(argc, argv)) {
    only(app, context);
  } else {
    for (const Command& c : kCommands) c.setup(app, context);
  }
  for (auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    sub->group("Kommandon");
    sub->get_help_ptr()->group("Flaggor");
    sub->footer(
        "Inställningar kan också stå i lagesbild.toml (se lagesbild(1)); en annan fil anges före "
        "kommandot: lagesbild --config FIL " +
        sub->get_name());
  }

  // The settings file is read by CLI11; a pipe or device there would block
  // a cron job for ever, so only an ordinary file is read.
  std::string config = "lagesbild.toml";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--config" && i + 1 < argc) config = argv[i + 1];
    if (arg.rfind("--config=", 0) == 0) config = arg.substr(9);
  }
  if (std::error_code ec; std::filesystem::exists(path_from_utf8(config), ec) && !is_ordinary_file(config)) {
    print_error(fmt::format("inställningsfilen {} är ingen vanlig fil och läses inte", config));
    return kUsage;
  }

  // A mistyped command: CLI11 would only say that a command is missing.
  if (argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> commands;
    bool known = false;
    for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
      commands.push_back(sub->get_name());
      known = known || sub->check_name(argv[1]);
    }
    if (!known) {
      std::string message = fmt::format("okänt kommando \"{}\".", argv[1]);
      if (auto suggestion = nearest(argv[1], commands))
        message += fmt::format(" Menade du `lagesbild {}`?", *suggestion);
      print_error(message + " Se lagesbild --help.");
      return kUsage;
    }
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    print_help(app.help());
    return kOk;
  } catch (const CLI::CallForAllHelp&) {
    print_help(app.help("", CLI::AppFormatMode::All));
    return kOk;
  } catch (const CLI::CallForVersion& e) {
    fmt::print("{}\n", e.what());
    return kOk;
  } catch (const CLI::ParseError& e) {
    // Subcommand --help arrives here when thrown from a subcommand's parse.
    if (e.get_exit_code() == 0) {
      fmt::print("{}", e.what());
      return kOk;
    }
    print_error(swedish_usage_error(e));
    return kUsage;
  } catch (const std::filesystem::filesystem_error& e) {
    // A path the system refused (too long, a loop of links...): the user's
    // words were wrong, not lagesbild.
    print_error(
        fmt::format("sökvägen {} kan inte användas av filsystemet (för lång eller på annat sätt ogiltig). "
                    "Kontrollera namnet och försök igen.",
                    utf8_of(e.path1())));
    return kUsage;
  } catch (const std::system_error& e) {
    // fmt::print throws when standard output cannot take more (a full disk;
    // on Windows the C library writes at once rather than at exit).
    print_error("kunde inte skriva till standard ut (är disken full?)");
    return kCannotWrite;
  } catch (const std::exception& e) {
    print_error(fmt::format("internt fel: {}. Detta är ett fel i lagesbild; rapportera det gärna.", e.what()));
    return kInternal;
  }
  // Output that did not reach its file (a full disk under cron) is a failure.
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    print_error("kunde inte skriva till standard ut (är disken full?)");
    return kCannotWrite;
  }
  return context.exit_code;
}

// Started from Explorer, lagesbild has a window of its own that would close
// before anyone could read it. Files dropped on lagesbild.exe are validated;
// a double click shows how to use it. Then the window waits for a key.
int run_in_own_window(std::vector<std::string> arguments) {
  bool only_files = arguments.size() > 1;
  for (std::size_t i = 1; i < arguments.size(); ++i)
    only_files = only_files && file_kind(arguments[i]) == FileKind::Regular;
  if (only_files) {
    arguments.insert(arguments.begin() + 1, "validate");
  } else if (arguments.size() == 1) {
    fmt::print(
        "lagesbild körs i PowerShell eller kommandotolken (se LÄSMIG.txt). För att kontrollera en "
        "lägesbild utan att skriva något: dra filen från Utforskaren och släpp den på lagesbild.exe.\n\n");
    arguments.emplace_back("--help");
  }
  std::vector<std::string> files(arguments.begin() + 2, arguments.end());
  int code = run_arguments(arguments);
  std::fflush(stdout);
  QuestionnaireCatalog catalog(default_questionnaire_folders(executable_path(arguments[0].c_str())));
  const bool fixable =
      only_files && code == kInvalidInput &&
      std::any_of(files.begin(), files.end(), [&](const auto& f) { return has_mechanical_fixes(f, {}, catalog); });
  if (fixable) {
    fmt::print(stderr,
               "\nTryck R för att rätta det som kan rättas automatiskt (som lagesbild validate --fix), annan tangent "
               "för att stänga fönstret.\n");
    if (wait_for_key() != 'r') return code;
    fmt::print("\n");
    std::vector<std::string> fix = {arguments[0], "validate", "--fix"};
    fix.insert(fix.end(), files.begin(), files.end());
    code = run_arguments(std::move(fix));
    std::fflush(stdout);
  }
  fmt::print(stderr, "\nTryck på valfri tangent för att stänga fönstret.\n");
  wait_for_key();
  return code;
}

}  // namespace

int run(int argc, char** argv) {
  prepare_standard_streams();
  install_cleanup_on_signals();
  std::vector<std::string> arguments = program_arguments(argc, argv);
  if (console_closes_on_exit()) return run_in_own_window(std::move(arguments));
  return run_arguments(std::move(arguments));
}

}  // namespace lagesbild::cli
