#include "references.hpp"

#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "json_reader.hpp"

namespace hgw::core {
namespace {

template <typename Item>
std::set<std::string> ids_of(const std::optional<std::vector<Item>>& items) {
  std::set<std::string> ids;
  if (items) {
    for (const auto& item : *items) ids.insert(item.id);
  }
  return ids;
}

class ReferenceChecker {
 public:
  ReferenceChecker(ReferenceScope scope, Diagnostics& diagnostics)
      : scope_(scope), diagnostics_(diagnostics) {}

  // `known` is nullopt when the referenced section is absent.
  void check(const std::optional<std::string>& reference, const std::optional<std::set<std::string>>& known,
             const std::string& path, std::string_view section) {
    if (!reference) return;
    if (scope_ == ReferenceScope::single_document && !known) return;
    if (known && known->contains(*reference)) return;
    const std::string quoted = nlohmann::json(*reference).dump();
    if (scope_ == ReferenceScope::single_document) {
      diagnostics_.error(path, "expected the id of one of the " + std::string(section) + ", got " + quoted);
    } else {
      diagnostics_.warning(path, "no " + std::string(section) + " entry with id " + quoted +
                                     "; shown as school-wide");
    }
  }

 private:
  ReferenceScope scope_;
  Diagnostics& diagnostics_;
};

template <typename Item>
std::optional<std::set<std::string>> known_ids(const std::optional<std::vector<Item>>& items) {
  if (!items) return std::nullopt;
  return ids_of(items);
}

}  // namespace

void check_references(const Document& document, ReferenceScope scope, Diagnostics& diagnostics) {
  ReferenceChecker checker(scope, diagnostics);
  const auto teams = known_ids(document.teams);
  const auto goals = known_ids(document.goals);

  if (document.goals) {
    for (std::size_t i = 0; i < document.goals->size(); ++i) {
      checker.check((*document.goals)[i].team, teams, index_path("goals", i) + ".team", "teams");
    }
  }
  if (document.trends) {
    for (std::size_t i = 0; i < document.trends->size(); ++i) {
      checker.check((*document.trends)[i].team, teams, index_path("trends", i) + ".team", "teams");
    }
  }
  if (document.positives) {
    for (std::size_t i = 0; i < document.positives->size(); ++i) {
      checker.check((*document.positives)[i].team, teams, index_path("positives", i) + ".team", "teams");
    }
  }
  if (document.actions) {
    for (std::size_t i = 0; i < document.actions->size(); ++i) {
      checker.check((*document.actions)[i].goal, goals, index_path("actions", i) + ".goal", "goals");
    }
  }

  // A team filter that names an unknown team never refuses a document: the wall
  // shows what it can (all teams, when nothing in the filter matches).
  if (document.display && document.display->teams && teams) {
    const auto& filter = *document.display->teams;
    for (std::size_t i = 0; i < filter.size(); ++i) {
      if (!teams->contains(filter[i])) {
        diagnostics.warning(index_path("display.teams", i),
                            "no team with id " + nlohmann::json(filter[i]).dump() + "; ignored in the filter");
      }
    }
  }
}

}  // namespace hgw::core
