// The one module that talks to yaml-cpp. yaml-cpp 0.7 is lenient: it keeps
// the last of duplicate keys, follows aliases, accepts several documents and
// some unterminated quotes. We use its event parser and build our own tree,
// refusing all of that with diagnostics an official can act on.
#include "core/yaml/yaml_reader.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unordered_map>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "core/yaml/input_bytes.hpp"
#include "core/yaml/yaml_errors.hpp"
#include "core/base/limits.hpp"
#include "core/base/text.hpp"
#include "core/diag/reporter.hpp"
#include "core/os/utf8_path.hpp"

namespace lagesbild {

namespace {

struct Abort {};  // thrown from the handler to stop parsing after a fatal problem

bool starts_with_at(const std::string& text, std::size_t pos, std::string_view what) {
  return text.compare(pos, what.size(), what) == 0;
}

class TreeBuilder : public YAML::EventHandler {
 public:
  explicit TreeBuilder(Reporter& reporter) : reporter_(reporter), text_(reporter.source().text()) {}

  std::optional<YamlNode> take_root() { return std::move(root_); }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    YamlNode node;
    node.position = position(mark);
    const auto pos = static_cast<std::size_t>(std::max(mark.pos, 0));
    node.explicit_null = starts_with_at(text_, pos, "~") || starts_with_at(text_, pos, "null") ||
                         starts_with_at(text_, pos, "Null") || starts_with_at(text_, pos, "NULL");
    add(std::move(node));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    reporter_.error(position(mark), "yaml-alias",
                    "alias (*namn) används inte i lägesbilder. Skriv ut värdet i stället.");
    YamlNode node;
    node.position = position(mark);
    add(std::move(node));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    YamlNode node;
    node.kind = YamlNode::Kind::Scalar;
    node.position = position(mark);
    node.offset = static_cast<std::size_t>(std::max(mark.pos, 0));
    node.text = value;
    node.quoted = tag != "?";
    if (node.quoted) check_quotes(mark);
    if (has_control_characters(value, true))
      reporter_.error(node.position, "styrtecken",
                      "texten innehåller ett styrtecken (t.ex. skrivet som \\e, \\0 eller \\x1b inom "
                      "citattecken). Ta bort det; en lägesbild är vanlig text.");
    add(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(mark, tag, anchor, YamlNode::Kind::Sequence, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(mark, tag, anchor, YamlNode::Kind::Mapping, style == YAML::EmitterStyle::Flow);
  }

  // The innermost [ or { still open when the parser gave up, if any.
  std::optional<Position> open_flow() const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (it->flow) return it->node.position;
    return std::nullopt;
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    YamlNode node;
    std::optional<YamlNode> pending_key;
    std::unordered_map<std::string, int> key_lines;  // key -> line, to find duplicates fast
    bool flow = false;                               // [..] or {..}
  };

  Position position(const YAML::Mark& mark) const {
    if (mark.line < 0) return {static_cast<int>(reporter_.source().line_count()), 1};
    return {mark.line + 1, reporter_.source().column_of(mark.line + 1, static_cast<std::size_t>(mark.column))};
  }

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor)
      reporter_.error(position(mark), "yaml-alias",
                      "ankare (&namn) används inte i lägesbilder. Ta bort &namn och skriv ut "
                      "värdet där det behövs.");
  }

  void check_tag(const YAML::Mark& mark, const std::string& tag) {
    if (tag == "?" || tag == "!" || tag == "tag:yaml.org,2002:str") return;
    reporter_.error(position(mark), "yaml-tagg",
                    "YAML-taggar (!namn) används inte i lägesbilder. Ta bort taggen.");
  }

  // yaml-cpp accepts a quoted text that is never closed when a line break
  // follows; find the closing quote ourselves.
  void check_quotes(const YAML::Mark& mark) {
    const auto start = static_cast<std::size_t>(std::max(mark.pos, 0));
    if (start >= text_.size() || (text_[start] != '"' && text_[start] != '\'')) return;
    const char quote = text_[start];
    std::size_t i = start + 1;
    std::size_t close = std::string::npos;
    while (i < text_.size()) {
      if (quote == '"' && text_[i] == '\\') {
        i += 2;
      } else if (text_[i] == quote) {
        if (quote == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') {
          i += 2;
          continue;
        }
        close = i;
        break;
      } else {
        ++i;
      }
    }
    const std::string shown(1, quote);
    if (close == std::string::npos) {
      reporter_.error(position(mark), "yaml-citat",
                      fmt::format("citattecknet ({}) som börjar här avslutas aldrig. Lägg till {} "
                                  "i slutet av texten.",
                                  shown, shown));
      throw Abort{};  // everything after it is part of the text: nothing more to check
    }
    // A quoted text running over a line that looks like the next key was
    // almost certainly meant to end on its own line.
    const SourceText& source = reporter_.source();
    const Position from = source.position_of(start);
    const Position to = source.position_of(close);
    for (int line = from.line + 1; line <= to.line; ++line) {
      const std::string_view content = source.line(line);
      const std::size_t first = content.find_first_not_of(' ');
      const std::size_t colon = content.find(':');
      if (first == std::string_view::npos || colon == std::string_view::npos || colon <= first) continue;
      const std::string_view key = content.substr(first, colon - first);
      const bool key_like = key.find_first_of(" \"'") == std::string_view::npos &&
                            (colon + 1 == content.size() || content[colon + 1] == ' ');
      if (key_like) {
        reporter_.error(from, "yaml-citat",
                        fmt::format("citattecknet ({}) som börjar här avslutas inte på raden, så "
                                    "texten fortsätter in på rad {}. Lägg till {} i slutet av "
                                    "texten på rad {}.",
                                    shown, line, shown, from.line));
        throw Abort{};
      }
    }
  }

  void open(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, YamlNode::Kind kind, bool flow) {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    if (static_cast<int>(stack_.size()) >= limits::kMaxNesting) {
      reporter_.error(position(mark), "yaml-djup",
                      fmt::format("filen är nästlad djupare än {} nivåer; en lägesbild behöver "
                                  "högst sex. Kontrollera indraget.",
                                  limits::kMaxNesting));
      throw Abort{};
    }
    Frame frame;
    frame.node.kind = kind;
    frame.node.position = position(mark);
    frame.flow = flow;
    stack_.push_back(std::move(frame));
  }

  void close() {
    YamlNode node = std::move(stack_.back().node);
    stack_.pop_back();
    add(std::move(node));
  }

  void add(YamlNode node) {
    if (++node_count_ > limits::kMaxNodes) {
      reporter_.error(node.position, "filstorlek",
                      fmt::format("filen har fler än {} värden; en lägesbild har några hundra. "
                                  "Kontrollera att det är rätt fil.",
                                  limits::kMaxNodes));
      throw Abort{};
    }
    if (stack_.empty()) {
      root_ = std::move(node);
      return;
    }
    Frame& top = stack_.back();
    if (top.node.is_sequence()) {
      top.node.items.push_back(std::move(node));
    } else if (!top.pending_key) {
      add_key(top, std::move(node));
    } else {
      // An empty value has yaml-cpp's position of the next token; point at its key.
      if (node.is_null() && !node.explicit_null) node.position = top.pending_key->position;
      top.node.entries.push_back({std::move(*top.pending_key), std::move(node)});
      top.pending_key.reset();
    }
  }

  void add_key(Frame& top, YamlNode key) {
    if (!key.is_scalar()) {
      reporter_.error(key.position, "yaml-nyckel",
                      "en nyckel måste vara ett ord följt av kolon, inte en lista eller tabell.");
      key.kind = YamlNode::Kind::Scalar;
    }
    const auto [it, inserted] = top.key_lines.emplace(key.text, key.position.line);
    if (!inserted)
      reporter_.error(key.position, "dubblett-nyckel",
                      fmt::format("nyckeln `{}` finns redan på rad {} i samma avsnitt. Varje "
                                  "nyckel får bara stå en gång: slå ihop dem eller ta bort den ena.",
                                  key.text, it->second));
    top.pending_key = std::move(key);
  }

  Reporter& reporter_;
  const std::string& text_;
  std::vector<Frame> stack_;
  std::optional<YamlNode> root_;
  std::size_t node_count_ = 0;
};

// Finds where a second document starts, without building it.
class DocumentStartProbe : public YAML::EventHandler {
 public:
  YAML::Mark mark;
  void OnDocumentStart(const YAML::Mark& m) override {
    mark = m;
    throw Abort{};
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
    } catch (const Abort&) {
      reporter.error(exception_position(document.source, probe.mark), "yaml-flera-dokument",
                     "här börjar ett andra YAML-dokument (raden ---). En lägesbild är ett dokument "
                     "per fil: ta bort raden --- eller dela upp filen i flera filer.");
    }
  } catch (const Abort&) {
    return document;
  } catch (const YAML::ParserException& e) {
    const Position at = exception_position(document.source, e.mark);
    const bool unclosed_flow = e.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW || e.msg == YAML::ErrorMsg::END_OF_MAP_FLOW;
    if (const auto flow = builder.open_flow(); unclosed_flow && flow) {
      reporter.error(*flow, "yaml-syntax",
                     e.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW
                         ? "listan [ som börjar här avslutas aldrig med ]. Lägg till ] efter sista värdet."
                         : "{ som börjar här avslutas aldrig med }. Lägg till } efter sista värdet.");
    } else if (const auto slip = typing_slip_before(document.source, at.line)) {
      reporter.error(slip->position, "yaml-syntax", slip->message);
    } else {
      reporter.error(at, "yaml-syntax", syntax_message(e.msg));
    }
    return document;
  } catch (const YAML::Exception& e) {
    reporter.error(exception_position(document.source, e.mark), "yaml-syntax", syntax_message(e.msg));
    return document;
  }
  document.root = builder.take_root();
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
    problem = "det här är en mapp, inte en fil. Ange filen i mappen, t.ex. mapp/2026-11_alvdalen_kommun.yaml.";
  } else if (!fs::is_regular_file(status)) {
    // A pipe or device could block for ever; a report is always a file.
    problem = "det här är ingen vanlig fil (en enhet eller ett rör). Ange en .yaml-fil.";
  } else {
    std::ifstream in(native, std::ios::binary);
    const std::uintmax_t size = fs::file_size(native, ec);
    if (!ec && size > limits::kMaxFileBytes) {
      // Not read at all: say how large it is.
      diagnostics.add({path, {}, Severity::Error, "filstorlek",
                       too_large_message(size),
                       {}, 0});
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
