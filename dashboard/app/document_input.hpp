#pragma once
// Reading a document named on the command line: a file, or "-" for standard input.

#include <cstddef>
#include <string>

namespace hgw::app {

// Larger documents are refused before parsing: a wall has no use for them and
// they would only cost memory.
inline constexpr std::size_t kMaxDocumentBytes = 16 * 1024 * 1024;

struct InputText {
  bool ok = false;
  std::string text;
  std::string error;  // why it could not be read
};

InputText read_document_input(const std::string& name);

}  // namespace hgw::app
