// SPDX-License-Identifier: EUPL-1.2
// The one module that talks to yaml-cpp. yaml-cpp 0.7 is lenient: it keeps
// the last of duplicate keys, follows aliases, accepts several documents and
// some unterminated quotes. We use its event parser and build our own tree,
// refusing all of that with diagnostics an official can act on.
#include "core/yaml/yaml_reader.hpp"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "core/base/limits.hpp"
#include "core/base/text.hpp"
#include "core/diag/reporter.hpp"
#include "core/os/utf8_path.hpp"
#include "core/yaml/input_bytes.hpp"
#include "core/yaml/layout_check.hpp"
#include "core/yaml/line_scan.hpp"
#include "core/yaml/tree_builder.hpp"
#include "core/yaml/yaml_errors.hpp"

namespace lagesbild {

namespace {

// Finds where a second document starts, without building it.
class DocumentStartProbe : public YAML::EventHandler {
 public:
  YAML::Mark mark;
  void OnDocumentStart(const YAML::Mark& m) override {
    mark = m;
    throw ParseAbort{};
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

// Reads up to `limit` bytes (one past the size limit, so prepare_input_text
// can report it), sized by the file rather than by the limit: zeroing a 4 MiB
// buffer for a 3 kB report cost more than parsing it. The file may have grown
// since it was measured, so reading goes on in doubling steps.
std::string read_at_most(std::istream& in, std::size_t limit, std::size_t expected) {
  std::string buffer;
  std::size_t have = 0;
  std::size_t step = std::min(limit, expected + 1);
  while (step > 0) {
    buffer.resize(have + step);
    in.read(buffer.data() + have, static_cast<std::streamsize>(step));
    have += static_cast<std::size_t>(in.gcount());
    if (!in) break;
    step = std::min(limit - have, std::max<std::size_t>(have, 4096));
  }
  buffer.resize(have);
  return buffer;
}

Position exception_position(const SourceText& source, const YAML::Mark& mark) {
  if (mark.line < 0) return {static_cast<int>(source.line_count()), 1};
  return {mark.line + 1, source.column_of(mark.line + 1, static_cast<std::size_t>(std::max(mark.column, 0)))};
}

}  // namespace

YamlDocument parse_yaml(const std::string& path, std::string bytes, Diagnostics& diagnostics) {
  YamlDocument document;
  std::optional<std::string> text = prepare_input_text(path, std::move(bytes), diagnostics);
  if (!text) {
    document.source = SourceText(path, "");
    return document;
  }
  document.source = SourceText(path, std::move(*text));
  Reporter reporter(document.source, diagnostics);
  // Our own reading of the lines: it names the line where a mistake was made
  // when yaml-cpp fails later, and refuses what yaml-cpp wrongly accepts.
  const LineScan scan = scan_lines(document.source.text());
  const std::optional<LineProblem> layout = find_layout_problem(scan);
  const auto report_line = [&](const LineProblem& p) {
    reporter.error({p.line, document.source.column_of(p.line, p.byte_column)}, "yaml-syntax", p.message);
  };
  // The first of our problems on or before `line`, if any.
  const auto ours_by = [&](int line) -> const LineProblem* {
    const LineProblem* first = scan.problems.empty() ? nullptr : &scan.problems.front();
    if (layout && (!first || layout->line < first->line)) first = &*layout;
    return first && first->line <= line ? first : nullptr;
  };
  std::istringstream stream(document.source.text());
  TreeBuilder builder(reporter);
  try {
    YAML::Parser parser(stream);
    if (!parser.HandleNextDocument(builder)) {
      reporter.error({1, 1}, "tom-fil", "filen är tom. Skapa en ny lägesbild med `lagesbild new`.");
      return document;
    }
    DocumentStartProbe probe;
    try {
      if (parser.HandleNextDocument(probe)) {
        reporter.error({static_cast<int>(document.source.line_count()), 1}, "yaml-flera-dokument",
                       "filen innehåller mer än ett YAML-dokument. En lägesbild är ett dokument per fil: "
                       "ta bort raden --- mitt i filen eller dela upp den i flera filer.");
      }
    } catch (const ParseAbort&) {
      reporter.error(exception_position(document.source, probe.mark), "yaml-flera-dokument",
                     "här börjar ett andra YAML-dokument (raden ---). En lägesbild är ett dokument "
                     "per fil: ta bort raden --- eller dela upp filen i flera filer.");
    }
  } catch (const ParseAbort&) {
    return document;
  } catch (const YAML::ParserException& e) {
    const Position at = exception_position(document.source, e.mark);
    const bool unclosed_flow = e.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW || e.msg == YAML::ErrorMsg::END_OF_MAP_FLOW;
    if (const auto flow = builder.open_flow(); unclosed_flow && flow) {
      reporter.error(*flow, "yaml-syntax",
                     e.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW
                         ? "listan [ som börjar här avslutas aldrig med ]. Lägg till ] efter sista värdet."
                         : "{ som börjar här avslutas aldrig med }. Lägg till } efter sista värdet.");
    } else if (const LineProblem* ours = ours_by(at.line)) {
      report_line(*ours);
    } else {
      reporter.error(at, "yaml-syntax", syntax_message(e.msg));
    }
    return document;
  } catch (const YAML::Exception& e) {
    const Position at = exception_position(document.source, e.mark);
    if (const LineProblem* ours = ours_by(at.line)) {
      report_line(*ours);
    } else {
      reporter.error(at, "yaml-syntax", syntax_message(e.msg));
    }
    return document;
  }
  // yaml-cpp accepted it, but it is not YAML as lagesbild(5) reads it: no
  // tree, so that nothing is read from a guess.
  for (const auto& problem : scan.problems) report_line(problem);
  if (layout) report_line(*layout);
  if (scan.problems.empty() && !layout) document.root = builder.take_root();
  return document;
}

YamlDocument load_yaml_file(const std::string& path, Diagnostics& diagnostics) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path native = path_from_utf8(path);
  const fs::file_status status = fs::status(native, ec);
  std::string problem;
  if (path.empty()) {
    problem = "inget filnamn angavs. Ange filen, t.ex. 2026-11_alvdalen_kommun.yaml.";
  } else if (!fs::exists(status)) {
    problem = "filen finns inte. Kontrollera namnet och mappen (stavning, å ä ö, filändelsen .yaml).";
  } else if (fs::is_directory(status)) {
    problem =
        "det här är en mapp, inte en fil. Ange filen i mappen, t.ex. "
        "mapp/2026-11_alvdalen_kommun.yaml.";
  } else if (!fs::is_regular_file(status)) {
    // A pipe or device could block for ever; a report is always a file.
    problem = "det här är ingen vanlig fil (en enhet eller ett rör). Ange en .yaml-fil.";
  } else {
    std::ifstream in(native, std::ios::binary);
    const std::uintmax_t size = fs::file_size(native, ec);
    if (!ec && size > limits::kMaxFileBytes) {
      // Not read at all: say how large it is.
      diagnostics.add({path, {}, Severity::Error, "filstorlek", too_large_message(size), {}, 0});
      YamlDocument document;
      document.source = SourceText(path, "");
      return document;
    }
    if (in) {
      std::string buffer = read_at_most(in, limits::kMaxFileBytes + 1, ec ? 0 : static_cast<std::size_t>(size));
      if (!in.bad()) return parse_yaml(path, std::move(buffer), diagnostics);
    }
    problem = "filen kan inte läsas: behörighet saknas eller så är den inte en vanlig fil.";
  }
  YamlDocument document;
  document.source = SourceText(path, "");
  document.unreadable = true;
  diagnostics.add({path, {}, Severity::Error, "fil", problem, {}});
  return document;
}

}  // namespace lagesbild
