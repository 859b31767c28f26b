#pragma once
// Cross-references inside a document: `team` on goals, trends and positives, `goal`
// on actions, and the display's team filter.

#include "diagnostics.hpp"
#include "document.hpp"

namespace hgw::core {

enum class ReferenceScope {
  // One source on its own: a reference into a section the document has must
  // resolve (error); one into a section it lacks is left for after the merge.
  single_document,
  // After merging: whatever still does not resolve is a warning, and the item is
  // shown as school-wide.
  merged,
};

void check_references(const Document& document, ReferenceScope scope, Diagnostics& diagnostics);

}  // namespace hgw::core
