#pragma once
// Several sources make one wall (docs/ARCHITECTURE.md): for each top-level section the last
// source that has it wins; sections are never merged deeply.

#include <span>

#include "diagnostics.hpp"
#include "document.hpp"

namespace hgw::core {

Document merge_documents(std::span<const Document> documents);

// Merges and then checks the references that could only be resolved across sources;
// those that still do not resolve become warnings.
Document merge_and_check(std::span<const Document> documents, Diagnostics& diagnostics);

}  // namespace hgw::core
