// Helpers shared by the tests: finding fixtures written by tests/fixtures/make_*.py and running
// Debian's PyTorch from a test.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace scriptorch::test {

inline std::string fixture_path(const std::string& name) { return std::string(SCRIPTORCH_FIXTURE_DIR) + "/" + name; }

inline std::string read_fixture_text(const std::string& name) {
  std::ifstream in(fixture_path(name), std::ios::binary);
  if (!in) throw std::runtime_error("missing fixture " + fixture_path(name) + " (run ctest, which generates them)");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string current;
  for (char c : text) {
    if (c == separator) {
      parts.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  parts.push_back(current);
  return parts;
}

inline std::vector<std::string> read_fixture_lines(const std::string& name) {
  std::vector<std::string> lines = split(read_fixture_text(name), '\n');
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

/// Runs `python_source` with Debian's python3 (PyTorch importable); returns its exit status.
/// The source is written to a temporary file so quoting never matters.
inline int run_python(const std::string& python_source, const std::string& tag) {
  const std::string script = std::string(SCRIPTORCH_FIXTURE_DIR) + "/run_" + tag + ".py";
  {
    std::ofstream out(script);
    out << python_source;
  }
  const std::string command = std::string(SCRIPTORCH_PYTHON) + " " + script;
  return std::system(command.c_str());
}

}  // namespace scriptorch::test
