#pragma once
// What render and the kiosk share: reading the documents into one merged
// document (printing every problem), and the device's name for the setup page.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/decode_document.hpp"
#include "core/document.hpp"

namespace hgw::app {

// Loads every input with core::load_document and merges them with
// core::merge_and_check. Prints every error and warning as "NAME: error: PATH:
// MESSAGE" to `err`; returns nullopt when any input is unreadable or invalid.
std::optional<core::Document> load_inputs(const std::vector<std::string>& inputs,
                                          const core::DecodeOptions& options, std::ostream& err);

// This device's host name, or "" when it cannot be read.
std::string host_name();

}  // namespace hgw::app
