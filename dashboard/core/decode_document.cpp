#include "decode_document.hpp"

#include <charconv>
#include <string>

#include "decode_sections.hpp"
#include "json_reader.hpp"
#include "json_text.hpp"
#include "privacy.hpp"
#include "references.hpp"

namespace hgw::core {
namespace {

constexpr std::string_view kFormatPrefix = "hgw-dashboard/";

// "hgw-dashboard/1" or "hgw-dashboard/1.3": the major number, or nullopt when the
// text is not of that shape at all.
std::optional<long> format_major(std::string_view format) {
  if (!format.starts_with(kFormatPrefix)) return std::nullopt;
  std::string_view version = format.substr(kFormatPrefix.size());
  const auto dot = version.find('.');
  const std::string_view major_text = version.substr(0, dot);
  if (dot != std::string_view::npos) {
    const std::string_view minor = version.substr(dot + 1);
    if (minor.empty() || minor.find_first_not_of("0123456789") != std::string_view::npos) {
      return std::nullopt;
    }
  }
  if (major_text.empty() || major_text.size() > 6 ||
      major_text.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  long major = 0;
  std::from_chars(major_text.data(), major_text.data() + major_text.size(), major);
  return major;
}

// Anything but none: the document must not be read further, its meaning is unknown.
DecodeFailure check_format(const ObjectReader& root, std::string& format) {
  auto text = root.text("format", Need::required);
  if (!text) return DecodeFailure::invalid_document;
  const auto major = format_major(*text);
  if (!major) {
    root.diagnostics().error("format",
                             "expected \"hgw-dashboard/" + std::to_string(kFormatMajor) +
                                 "\" (or a minor version such as \"hgw-dashboard/1.2\"), got " +
                                 describe_json(*text));
    return DecodeFailure::invalid_document;
  }
  if (*major != kFormatMajor) {
    root.diagnostics().error("format", "unsupported major format " + std::to_string(*major) +
                                           "; this kiosk reads hgw-dashboard/" +
                                           std::to_string(kFormatMajor));
    return DecodeFailure::unsupported_format;
  }
  format = *text;
  return DecodeFailure::none;
}

void warn_time_dependent(const Document& document, const DecodeOptions& options,
                         Diagnostics& diagnostics) {
  if (document.privacy && document.privacy->min_n && *document.privacy->min_n < kMinimumMinN) {
    diagnostics.warning("privacy.min_n", "below " + std::to_string(kMinimumMinN) + " (got " +
                                             std::to_string(*document.privacy->min_n) +
                                             "); the wall uses " + std::to_string(kMinimumMinN));
  }
  if (!options.now) return;
  for (std::size_t i = 0; document.messages && i < document.messages->size(); ++i) {
    const auto& until = (*document.messages)[i].until;
    if (until && *until <= *options.now) {
      diagnostics.warning(
          index_path("messages", i) + ".until",
          "already past (" + format_timestamp(*until) + "); the message is not shown");
    }
  }
  // A figure cannot have been measured on a day still to come: most likely a typo in
  // the year. The wall still shows it, with the date as written.
  const Date today = local_date(*options.now);
  for (std::size_t i = 0; document.goals && i < document.goals->size(); ++i) {
    const auto& measure = (*document.goals)[i].measure;
    if (measure && measure->current_on && *measure->current_on > today) {
      diagnostics.warning(index_path("goals", i) + ".measure.current_on",
                          "in the future (" + format_date_iso(*measure->current_on) +
                              ", today is " + format_date_iso(today) +
                              "); a figure is measured on or before today");
    }
  }
}

}  // namespace

DecodeResult decode_document(const nlohmann::json& root_value, const DecodeOptions& options) {
  DecodeResult result;
  Diagnostics& diagnostics = result.diagnostics;
  auto root = ObjectReader::open(root_value, "", diagnostics);
  if (!root) {
    result.failure = DecodeFailure::invalid_document;
    return result;
  }

  Document document;
  result.failure = check_format(*root, document.format);
  if (result.failure != DecodeFailure::none) return result;

  document.generated_at = root->timestamp("generated_at", Need::optional);
  document.school = sections::school(*root);
  document.privacy = sections::privacy(*root);
  document.teams = sections::teams(*root);
  document.goals = sections::goals(*root);
  document.trends = sections::trends(*root);
  document.actions = sections::actions(*root);
  document.support = sections::support(*root);
  document.positives = sections::positives(*root);
  document.messages = sections::messages(*root);
  document.display = sections::display(*root);

  // References are checked even when fields already failed, so one run lists every
  // problem; the targets come from the JSON, so a broken team is still a target.
  const KnownIds known = known_ids_of(root_value);
  check_references(reference_sites(root_value), known, ReferenceScope::single_document,
                   diagnostics);
  if (diagnostics.has_errors()) {
    result.failure = DecodeFailure::invalid_document;
    return result;
  }
  check_team_filter(team_filter_sites(root_value), known, diagnostics);
  warn_time_dependent(document, options, diagnostics);
  result.document = std::move(document);
  return result;
}

DecodeResult load_document(std::string_view text, const DecodeOptions& options) {
  auto parsed = parse_json_text(text);
  if (!parsed.value) {
    DecodeResult result;
    result.diagnostics.error(kDocumentPath, "not valid JSON: " + parsed.error);
    result.failure = DecodeFailure::not_json;
    return result;
  }
  return decode_document(*parsed.value, options);
}

}  // namespace hgw::core
