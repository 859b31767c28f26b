#include "merge.hpp"

#include "references.hpp"

namespace hgw::core {
namespace {

template <typename Section>
void take_if_present(std::optional<Section>& into, const std::optional<Section>& from) {
  if (from) into = from;
}

}  // namespace

Document merge_documents(std::span<const Document> documents) {
  Document merged;
  for (const Document& document : documents) {
    if (merged.format.empty()) merged.format = document.format;
    // The wall is only as fresh as its oldest source: showing the newest time would
    // hide a source that stopped updating.
    if (document.generated_at &&
        (!merged.generated_at || *document.generated_at < *merged.generated_at)) {
      merged.generated_at = document.generated_at;
    }
    take_if_present(merged.school, document.school);
    take_if_present(merged.privacy, document.privacy);
    take_if_present(merged.teams, document.teams);
    take_if_present(merged.goals, document.goals);
    take_if_present(merged.trends, document.trends);
    take_if_present(merged.actions, document.actions);
    take_if_present(merged.support, document.support);
    take_if_present(merged.positives, document.positives);
    take_if_present(merged.messages, document.messages);
    take_if_present(merged.display, document.display);
  }
  return merged;
}

Document merge_and_check(std::span<const Document> documents, Diagnostics& diagnostics) {
  Document merged = merge_documents(documents);
  const KnownIds known = known_ids_of(merged);
  check_references(reference_sites(merged), known, ReferenceScope::merged, diagnostics);
  check_team_filter(team_filter_sites(merged), known, diagnostics);
  return merged;
}

}  // namespace hgw::core
