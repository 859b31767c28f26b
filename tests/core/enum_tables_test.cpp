// The format's enumerations are tabled once, in core (enum_keys.cpp). The JSON
// Schema and the editor's labels.js cannot include C++, so they are checked
// against those tables here: a key or a Dutch label changed in one place only
// fails this test, naming the enum and the key.

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/enum_keys.hpp"
#include "core/i18n.hpp"

using namespace hgw::core;

namespace {

struct TableRow {
  std::string key;
  std::string dutch;  // empty for values the wall never names
};

struct Table {
  std::string name;  // the C++ enum, for messages
  std::vector<TableRow> rows;
};

template <typename E>
Table table_of(std::string name) {
  Table table{std::move(name), {}};
  for (const auto& row : enum_rows(E{})) {
    table.rows.push_back({std::string(row.key), std::string(row.label.nl)});
  }
  return table;
}

std::string read_text(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  REQUIRE_MESSAGE(stream, "cannot read " << path);
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

// Both directions, so a key missing on either side is named.
void check_same_keys(const std::string& where, const Table& table,
                     const std::vector<std::string>& keys) {
  const std::set<std::string> theirs(keys.begin(), keys.end());
  std::set<std::string> ours;
  for (const auto& row : table.rows)
    ours.insert(row.key);
  for (const auto& key : ours) {
    CHECK_MESSAGE(theirs.contains(key),
                  where << " lacks \"" << key << "\", which core's " << table.name << " table has");
  }
  for (const auto& key : theirs) {
    CHECK_MESSAGE(ours.contains(key),
                  where << " has \"" << key << "\", which core's " << table.name << " table lacks");
  }
  CHECK_MESSAGE(theirs.size() == keys.size(), where << " lists a key twice");
}

// --- labels.js -------------------------------------------------------------

struct JsList {
  std::string name;
  std::vector<std::pair<std::string, std::string>> pairs;
};

// labels.js is plain ES module data: `export const name = [ ["key", "label"], … ];`.
// This reads exactly that shape and refuses anything else inside a list, so a
// list written differently fails loudly instead of being half read.
class LabelsReader {
 public:
  explicit LabelsReader(std::string text) : text_(std::move(text)) {}

  std::vector<JsList> lists() {
    std::vector<JsList> found;
    static constexpr std::string_view kExport = "export const ";
    for (auto at = text_.find(kExport); at != std::string::npos; at = text_.find(kExport, at + 1)) {
      pos_ = at + kExport.size();
      JsList list;
      while (pos_ < text_.size() &&
             (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_')) {
        list.name += text_[pos_++];
      }
      skip_space();
      if (!take('=')) continue;
      skip_space();
      if (!take('[')) continue;  // a constant that is no list of pairs
      while (true) {
        skip_space();
        if (take(']')) break;
        std::string key, label;
        const bool pair = take('[') && (skip_space(), string(key)) && (skip_space(), take(',')) &&
                          (skip_space(), string(label)) && (skip_space(), take(']'));
        REQUIRE_MESSAGE(pair, "labels.js: list " << list.name
                                                 << " is not [\"key\", \"label\"] pairs near: "
                                                 << text_.substr(pos_, 40));
        list.pairs.emplace_back(key, label);
        skip_space();
        if (!take(',')) {
          skip_space();
          REQUIRE_MESSAGE(take(']'), "labels.js: list " << list.name << " does not end in ]");
          break;
        }
      }
      found.push_back(std::move(list));
    }
    return found;
  }

 private:
  void skip_space() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_])))
      ++pos_;
  }
  bool take(char c) {
    if (pos_ >= text_.size() || text_[pos_] != c) return false;
    ++pos_;
    return true;
  }
  bool string(std::string& out) {
    if (!take('"')) return false;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      if (text_[pos_] == '\\') {
        ++pos_;
        if (pos_ >= text_.size() || (text_[pos_] != '"' && text_[pos_] != '\\')) return false;
      }
      out += text_[pos_++];
    }
    return take('"');
  }

  std::string text_;
  std::size_t pos_ = 0;
};

// The editor may word a label its own way where its menus have room the wall
// lacks. Each exception says why, and must still be one (see the last check).
struct EditorOwnLabel {
  std::string_view list;
  std::string_view key;
  std::string_view why;
};
constexpr EditorOwnLabel kEditorOwnLabels[]{
    {"meetingKinds", "mdo", "the menu spells the abbreviation out; the wall has no room for it"},
    {"goalStatuses", "aandacht",
     "the menu says what to do (\"Aandacht nodig\"); the wall's mark is short"},
};

bool editor_words_it_own_way(const std::string& list, const std::string& key) {
  for (const auto& own : kEditorOwnLabels) {
    if (own.list == list && own.key == key) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("every key names one value, and every value the wall names has words in both languages") {
  const auto check = [](const auto value_of_type) {
    std::set<std::string_view> keys;
    for (const auto& row : enum_rows(value_of_type)) {
      CHECK_MESSAGE(keys.insert(row.key).second, "key \"" << row.key << "\" is in a table twice");
      CHECK(enum_from_key<decltype(value_of_type)>(row.key) == row.value);
      CHECK(enum_key(row.value) == row.key);
      CHECK_MESSAGE(row.label.nl.empty() == row.label.en.empty(),
                    "\"" << row.key << "\" has words in one language only");
    }
  };
  check(Phase{});
  check(MeetingKind{});
  check(Domain{});
  check(GoalStatus{});
  check(ActionStatus{});
  check(Role{});
  check(Unit{});
  check(Priority{});
  check(Page{});
  check(Language{});
  check(Theme{});
  check(Weekday{});
  for (const auto& row : enum_rows(Page{})) {
    CHECK_FALSE(row.label.nl.empty());
  }
  for (const Language language : {Language::nl, Language::en}) {
    for (const auto& row : enum_rows(Weekday{})) {
      CHECK_FALSE(weekday_name(row.value, language).empty());
    }
    for (auto i = 0; i <= static_cast<int>(Phrase::setup_help); ++i) {
      CHECK_FALSE(phrase(static_cast<Phrase>(i), language).empty());
    }
  }
}

TEST_CASE("render numbers the pages 01 to 06 in their fixed order, whatever the enum's order") {
  CHECK(page_number(Page::overzicht) == 1);
  CHECK(page_number(Page::cyclus) == 2);
  CHECK(page_number(Page::doelen) == 3);
  CHECK(page_number(Page::trends) == 4);
  CHECK(page_number(Page::acties) == 5);
  CHECK(page_number(Page::ondersteuning) == 6);
}

TEST_CASE("the JSON Schema lists exactly the keys of core's enum tables") {
  const auto schema = nlohmann::json::parse(read_text(HGW_API_DIR "/hgw-dashboard-1.schema.json"));
  const std::map<std::string, Table> expected{
      {"/properties/messages/items/properties/priority/enum", table_of<Priority>("Priority")},
      {"/properties/display/properties/pages/items/enum", table_of<Page>("Page")},
      {"/properties/display/properties/language/enum", table_of<Language>("Language")},
      {"/properties/display/properties/theme/enum", table_of<Theme>("Theme")},
      {"/properties/display/properties/schedule/properties/days/items/enum",
       table_of<Weekday>("Weekday")},
      {"/definitions/unit/enum", table_of<Unit>("Unit")},
      {"/definitions/team/properties/cycle/properties/phase/enum", table_of<Phase>("Phase")},
      {"/definitions/team/properties/cycle/properties/next_meeting/properties/kind/enum",
       table_of<MeetingKind>("MeetingKind")},
      {"/definitions/goal/properties/domain/enum", table_of<Domain>("Domain")},
      {"/definitions/goal/properties/status/enum", table_of<GoalStatus>("GoalStatus")},
      {"/definitions/action/properties/status/enum", table_of<ActionStatus>("ActionStatus")},
      {"/definitions/action/properties/role/enum", table_of<Role>("Role")},
  };
  for (const auto& [pointer, table] : expected) {
    const nlohmann::json::json_pointer at(pointer);
    REQUIRE_MESSAGE(schema.contains(at),
                    "the schema has no enum at " << pointer << " (" << table.name << ")");
    std::vector<std::string> keys;
    for (const auto& item : schema.at(at)) {
      if (!item.is_null()) keys.push_back(item.get<std::string>());  // null: "not given"
    }
    check_same_keys("the schema's enum at " + pointer, table, keys);
  }

  // An enum added to the schema must be added above, with its table.
  std::vector<std::string> unchecked;
  const auto walk = [&](const auto& self, const nlohmann::json& node,
                        const std::string& path) -> void {
    if (node.is_object()) {
      for (const auto& [name, child] : node.items()) {
        const std::string child_path = path + "/" + name;
        if (name == "enum" && !expected.contains(child_path)) unchecked.push_back(child_path);
        self(self, child, child_path);
      }
    } else if (node.is_array()) {
      for (std::size_t index = 0; index < node.size(); ++index) {
        self(self, node[index], path + "/" + std::to_string(index));
      }
    }
  };
  walk(walk, schema, "");
  for (const auto& path : unchecked) {
    FAIL_CHECK("the schema's enum at " << path << " is compared with no table of core");
  }
}

TEST_CASE("the editor's labels.js lists the keys and the Dutch labels of core's enum tables") {
  const std::map<std::string, Table> expected{
      {"phases", table_of<Phase>("Phase")},
      {"meetingKinds", table_of<MeetingKind>("MeetingKind")},
      {"actionStatuses", table_of<ActionStatus>("ActionStatus")},
      {"roles", table_of<Role>("Role")},
      {"pages", table_of<Page>("Page")},
      {"days", table_of<Weekday>("Weekday")},
      {"domains", table_of<Domain>("Domain")},
      {"goalStatuses", table_of<GoalStatus>("GoalStatus")},
      {"units", table_of<Unit>("Unit")},
  };
  LabelsReader reader(read_text(HGW_EDITOR_DIR "/labels.js"));
  const auto lists = reader.lists();
  std::set<std::string> seen;
  for (const auto& list : lists) {
    const auto found = expected.find(list.name);
    if (found == expected.end()) {
      FAIL_CHECK("labels.js exports " << list.name << ", which is compared with no table of core");
      continue;
    }
    seen.insert(list.name);
    const Table& table = found->second;
    std::vector<std::string> keys;
    for (const auto& [key, label] : list.pairs) {
      if (key.empty()) continue;  // the menu's "none" choice, like the schema's null
      keys.push_back(key);
      for (const auto& row : table.rows) {
        // Units have no words on the wall (it shows "%" or nothing): only keys to match.
        if (row.key != key || row.dutch.empty() || editor_words_it_own_way(list.name, key))
          continue;
        CHECK_MESSAGE(label == row.dutch, "labels.js " << list.name << " \"" << key << "\" says \""
                                                       << label << "\", core's " << table.name
                                                       << " table says \"" << row.dutch << "\"");
      }
    }
    check_same_keys("labels.js " + list.name, table, keys);
  }
  for (const auto& [name, table] : expected) {
    CHECK_MESSAGE(seen.contains(name), "labels.js no longer exports " << name);
  }

  // An exception that is no longer needed would hide the next real difference.
  for (const auto& own : kEditorOwnLabels) {
    bool still_differs = false;
    for (const auto& list : lists) {
      if (list.name != own.list) continue;
      for (const auto& [key, label] : list.pairs) {
        if (key != own.key) continue;
        for (const auto& row : expected.at(list.name).rows) {
          if (row.key == key && row.dutch != label) still_differs = true;
        }
      }
    }
    CHECK_MESSAGE(still_differs, "labels.js " << own.list << " \"" << own.key
                                              << "\" now agrees with core; drop its exception");
  }
}
