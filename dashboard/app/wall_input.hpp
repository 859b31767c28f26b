#pragma once
// What render and the kiosk share: reading the documents into one merged
// document, printing every problem.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/config.hpp"
#include "core/decode_document.hpp"
#include "core/document.hpp"

namespace hgw::app {

// Prints every error and warning as "NAME: error: PATH: MESSAGE", one a line.
void print_diagnostics(const std::string& name, const core::Diagnostics& diagnostics,
                       std::ostream& out);

// Loads every input with core::load_document and merges them with
// core::merge_and_check. Prints every problem with print_diagnostics to `err`;
// returns nullopt when any input is unreadable or invalid. URLs get the token_file
// and ca_file of the matching source in `config`, when given.
std::optional<core::Document> load_inputs(const std::vector<std::string>& inputs,
                                          const core::DecodeOptions& options, std::ostream& err,
                                          const core::Config* config = nullptr);

}  // namespace hgw::app
