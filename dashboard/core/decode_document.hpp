#pragma once
// Validation and decoding in one pass: reads a JSON tree into a Document while
// collecting every problem by path (docs/ARCHITECTURE.md). A document with any error is
// refused whole; warnings leave it usable.

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "date_time.hpp"
#include "diagnostics.hpp"
#include "document.hpp"

namespace hgw::core {

inline constexpr int kFormatMajor = 1;

struct DecodeOptions {
  // When given, time-dependent warnings (a message whose `until` has passed) are made.
  std::optional<Instant> now;
};

// Why a document was refused, for whoever acts on the kind of problem (the source
// policy's banner and backoff): the diagnostics' words are for people and may be
// reworded freely.
enum class DecodeFailure {
  none,
  not_json,            // the text is not JSON at all
  unsupported_format,  // `format` names a major version this kiosk cannot read
  invalid_document,    // JSON, but with errors (a missing or malformed `format` too)
};

struct DecodeResult {
  std::optional<Document> document;  // only when there are no errors
  Diagnostics diagnostics;
  DecodeFailure failure = DecodeFailure::none;  // set whenever `document` is empty

  bool ok() const { return document.has_value(); }
};

DecodeResult decode_document(const nlohmann::json& root, const DecodeOptions& options = {});
// Parses the text as JSON first; a syntax error names line and column.
DecodeResult load_document(std::string_view text, const DecodeOptions& options = {});

}  // namespace hgw::core
