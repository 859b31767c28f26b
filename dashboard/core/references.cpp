#include "references.hpp"

#include "json_reader.hpp"

namespace hgw::core {
namespace {

using nlohmann::json;

template <typename Item>
std::optional<std::set<std::string>> ids_in(const std::optional<std::vector<Item>>& items) {
  if (!items) return std::nullopt;
  std::set<std::string> ids;
  for (const auto& item : *items)
    ids.insert(item.id);
  return ids;
}

std::optional<std::set<std::string>> ids_in(const json& root, const char* section) {
  const auto found = root.find(section);
  if (found == root.end() || !found->is_array()) return std::nullopt;
  std::set<std::string> ids;
  for (const auto& item : *found) {
    if (!item.is_object()) continue;
    const auto id = item.find("id");
    if (id != item.end() && id->is_string()) ids.insert(id->get<std::string>());
  }
  return ids;
}

template <typename Item, typename Field>
void add_sites(std::vector<ReferenceSite>& sites, const std::optional<std::vector<Item>>& items,
               const char* section, const char* key, ReferenceTarget target, Field field) {
  if (!items) return;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const std::optional<std::string>& id = field((*items)[i]);
    if (id) sites.push_back({index_path(section, i) + "." + key, *id, target});
  }
}

void add_sites(std::vector<ReferenceSite>& sites, const json& root, const char* section,
               const char* key, ReferenceTarget target) {
  const auto items = root.find(section);
  if (items == root.end() || !items->is_array()) return;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const json& item = (*items)[i];
    if (!item.is_object()) continue;
    const auto id = item.find(key);
    if (id != item.end() && id->is_string()) {
      sites.push_back({index_path(section, i) + "." + key, id->get<std::string>(), target});
    }
  }
}

}  // namespace

std::vector<ReferenceSite> reference_sites(const Document& document) {
  std::vector<ReferenceSite> sites;
  add_sites(
      sites, document.goals, "goals", "team", ReferenceTarget::team,
      [](const Goal& g) -> const auto& { return g.team; });
  add_sites(
      sites, document.trends, "trends", "team", ReferenceTarget::team,
      [](const Trend& t) -> const auto& { return t.team; });
  add_sites(
      sites, document.positives, "positives", "team", ReferenceTarget::team,
      [](const Positive& p) -> const auto& { return p.team; });
  add_sites(
      sites, document.actions, "actions", "goal", ReferenceTarget::goal,
      [](const Action& a) -> const auto& { return a.goal; });
  return sites;
}

std::vector<ReferenceSite> reference_sites(const json& root) {
  std::vector<ReferenceSite> sites;
  if (!root.is_object()) return sites;
  add_sites(sites, root, "goals", "team", ReferenceTarget::team);
  add_sites(sites, root, "trends", "team", ReferenceTarget::team);
  add_sites(sites, root, "positives", "team", ReferenceTarget::team);
  add_sites(sites, root, "actions", "goal", ReferenceTarget::goal);
  return sites;
}

KnownIds known_ids_of(const Document& document) {
  return {ids_in(document.teams), ids_in(document.goals)};
}

KnownIds known_ids_of(const json& root) {
  if (!root.is_object()) return {};
  return {ids_in(root, "teams"), ids_in(root, "goals")};
}

void check_references(const std::vector<ReferenceSite>& sites, const KnownIds& known,
                      ReferenceScope scope, Diagnostics& diagnostics) {
  for (const auto& site : sites) {
    const bool is_team = site.target == ReferenceTarget::team;
    const auto& ids = is_team ? known.teams : known.goals;
    const char* section = is_team ? "teams" : "goals";
    if (ids && ids->contains(site.id)) continue;
    const std::string quoted = describe_json(json(site.id));
    if (scope == ReferenceScope::merged) {
      diagnostics.warning(site.path, std::string("no ") + section + " entry with id " + quoted +
                                         "; shown as school-wide");
    } else if (ids) {
      diagnostics.error(
          site.path, std::string("expected the id of one of the ") + section + ", got " + quoted);
    }
  }
}

std::vector<ReferenceSite> team_filter_sites(const json& root) {
  std::vector<ReferenceSite> sites;
  if (!root.is_object()) return sites;
  const auto display = root.find("display");
  if (display == root.end() || !display->is_object()) return sites;
  const auto teams = display->find("teams");
  if (teams == display->end() || !teams->is_array()) return sites;
  for (std::size_t i = 0; i < teams->size(); ++i) {
    if ((*teams)[i].is_string()) {
      sites.push_back(
          {index_path("display.teams", i), (*teams)[i].get<std::string>(), ReferenceTarget::team});
    }
  }
  return sites;
}

std::vector<ReferenceSite> team_filter_sites(const Document& document) {
  std::vector<ReferenceSite> sites;
  if (!document.display || !document.display->teams) return sites;
  const auto& teams = *document.display->teams;
  for (std::size_t i = 0; i < teams.size(); ++i) {
    sites.push_back({index_path("display.teams", i), teams[i], ReferenceTarget::team});
  }
  return sites;
}

void check_team_filter(const std::vector<ReferenceSite>& filter, const KnownIds& known,
                       Diagnostics& diagnostics) {
  if (!known.teams) return;
  for (const auto& site : filter) {
    if (!known.teams->contains(site.id)) {
      diagnostics.warning(
          site.path, "no team with id " + describe_json(json(site.id)) + "; ignored in the filter");
    }
  }
}

}  // namespace hgw::core
