// SPDX-License-Identifier: EUPL-1.2
// The floor: what reading these files costs at the least with yaml-cpp, the
// parser lagesbild is built on. Every event of every file, nothing kept, no
// checks. `lagesbild validate` does all this and the format's rules besides.
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <fstream>
#include <string>

struct Ignore : YAML::EventHandler {
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

int main(int argc, char** argv) {
  int broken = 0;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    Ignore ignore;
    try {
      YAML::Parser parser(in);
      while (parser.HandleNextDocument(ignore)) {
      }
    } catch (const YAML::Exception&) {
      ++broken;
    }
  }
  return broken > 0 ? 1 : 0;
}
