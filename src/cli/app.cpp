#include "cli/app.hpp"

#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <exception>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "core/atomic_file.hpp"
#include "core/diagnostic_format.hpp"
#include "core/text.hpp"

namespace lagesbild::cli {

void print_diagnostics(std::FILE* out, Diagnostics diagnostics) {
  diagnostics.sort();
  for (const auto& d : diagnostics.items()) fmt::print(out, "{}", format_for_people(d));
}

void print_error(const std::string& message) { fmt::print(stderr, "lagesbild: fel: {}\n", message); }

namespace {

std::string executable_path(const char* argv0) {
  char buffer[PATH_MAX];
  const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof(buffer) - 1);
  if (n > 0) return std::string(buffer, static_cast<std::size_t>(n));
  return argv0 ? argv0 : "lagesbild";
}

// The text after "...: " in CLI11's English messages: the offending words.
std::string detail_of(const std::string& what) {
  const auto colon = what.rfind(": ");
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

// CLI11's errors, in Swedish, with "did you mean" for a mistyped command.
std::string swedish_usage_error(const CLI::ParseError& e, const CLI::App& app) {
  const std::string name = e.get_name();
  const std::string what = e.what();
  if (name == "ExtrasError") {
    const std::string extra = detail_of(what);
    std::vector<std::string> commands;
    for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) commands.push_back(sub->get_name());
    if (auto suggestion = nearest(extra, commands))
      return fmt::format("okänt kommando \"{}\". Menade du `lagesbild {}`?", extra, *suggestion);
    return fmt::format("oväntat argument: {}", extra);
  }
  if (name == "RequiredError") {
    if (what.find("subcommand") != std::string::npos)
      return "ange ett kommando: new, validate, merge eller templates (se lagesbild --help)";
    return fmt::format("{} måste anges", what.substr(0, what.find(" is required")));
  }
  if (name == "ConversionError" || name == "ValidationError") return fmt::format("ogiltigt värde: {}", what);
  if (name == "ArgumentMismatch") return fmt::format("fel antal värden: {}", what);
  if (name == "OptionNotFound") return fmt::format("okänd flagga: {}", detail_of(what));
  return fmt::format("felaktig användning: {}", what);
}

void print_help(std::string text) {
  if (text.empty() || text.back() != '\n') text += '\n';
  fmt::print("{}", text);
}

}  // namespace

int run(int argc, char** argv) {
  install_cleanup_on_signals();
  Context context;
  context.executable = executable_path(argc > 0 ? argv[0] : nullptr);

  CLI::App app("lagesbild – skriv, kontrollera och sammanställ den månatliga lägesbilden.", "lagesbild");
  app.option_defaults()->group("Flaggor");
  app.set_help_flag("-h,--help", "Visa hjälp och avsluta");
  app.set_version_flag("--version", fmt::format("lagesbild {}", LAGESBILD_VERSION), "Visa versionen och avsluta");
  app.require_subcommand(1);
  app.get_formatter()->label("Usage", "Användning");
  app.get_formatter()->label("OPTIONS", "FLAGGOR");
  app.get_formatter()->label("SUBCOMMAND", "KOMMANDO");
  app.get_formatter()->label("Positionals", "Argument");
  app.get_formatter()->label("REQUIRED", "(krävs)");
  app.get_formatter()->label("TEXT", "TEXT");
  app.footer("Se lagesbild(1) och lagesbild(5) för hela beskrivningen: man lagesbild");

  setup_new(app, context);
  setup_validate(app, context);
  setup_merge(app, context);
  setup_templates(app, context);
  for (auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) sub->group("Kommandon");

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
      if (auto suggestion = nearest(argv[1], commands)) message += fmt::format(" Menade du `lagesbild {}`?", *suggestion);
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
    print_error(swedish_usage_error(e, app));
    return kUsage;
  } catch (const std::exception& e) {
    print_error(fmt::format("internt fel: {}. Detta är ett fel i lagesbild; rapportera det gärna.", e.what()));
    return kInternal;
  }
  return context.exit_code;
}

}  // namespace lagesbild::cli
