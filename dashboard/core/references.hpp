#pragma once
// Cross-references inside a document: `team` on goals, trends and positives, `goal`
// on actions, and the display's team filter.

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

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

enum class ReferenceTarget { team, goal };

// One place that names another item, with the path it is reported under.
struct ReferenceSite {
  std::string path;  // "goals[3].team"
  std::string id;
  ReferenceTarget target = ReferenceTarget::team;
};

// The ids a reference may name; nullopt when the section is absent.
struct KnownIds {
  std::optional<std::set<std::string>> teams;
  std::optional<std::set<std::string>> goals;
};

// From a decoded (merged) document.
std::vector<ReferenceSite> reference_sites(const Document& document);
KnownIds known_ids_of(const Document& document);
// From the JSON itself, while decoding: paths keep the document's own indices even
// when items before them were refused, and a refused item still counts as a target.
std::vector<ReferenceSite> reference_sites(const nlohmann::json& root);
KnownIds known_ids_of(const nlohmann::json& root);

void check_references(const std::vector<ReferenceSite>& sites, const KnownIds& known,
                      ReferenceScope scope, Diagnostics& diagnostics);

// A team filter naming an unknown team never refuses a document; it is a warning.
void check_team_filter(const std::vector<ReferenceSite>& filter, const KnownIds& known,
                       Diagnostics& diagnostics);
std::vector<ReferenceSite> team_filter_sites(const nlohmann::json& root);
std::vector<ReferenceSite> team_filter_sites(const Document& document);

}  // namespace hgw::core
