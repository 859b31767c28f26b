#pragma once
// Reading a document named on the command line: a file, "-" for standard input,
// or an http(s)/file URL fetched the way the kiosk fetches its sources.

#include <cstddef>
#include <string>

#include "core/config.hpp"

namespace hgw::app {

// Larger documents are refused before parsing: a wall has no use for them and
// they would only cost memory.
inline constexpr std::size_t kMaxDocumentBytes = 16 * 1024 * 1024;

struct InputText {
  bool ok = false;
  std::string text;
  std::string error;  // why it could not be read
};

// For a URL, `config` (when given) supplies the token_file and ca_file of the
// source with that URL, so `validate --config FILE URL` sees what the wall sees.
InputText read_document_input(const std::string& name, const core::Config* config = nullptr);

}  // namespace hgw::app
