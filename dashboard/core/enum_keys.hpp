#pragma once
// One table per enumeration of the document format: each row holds a value, the
// key the format and the config write for it, and the words the wall shows for
// it. The decoder (key → value), anything that writes keys back (value → key) and
// i18n's label() all read these rows, so a value's key and words live in one place.
// tests/core/enum_tables_test.cpp checks the JSON Schema and the editor's labels.js
// against them.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "document.hpp"
#include "enum_table.hpp"
#include "words.hpp"

namespace hgw::core {

template <typename E>
struct EnumRow {
  E value;
  std::string_view key;
  Words label;  // empty for values the wall never names (units, themes, …)
};

struct PageRow {
  Page value;
  std::string_view key;
  Words label;
  // Its place in the fixed order of pages, whatever the rotation: render's file
  // names (01-overzicht.png) use it.
  int number;
};

struct WeekdayRow {
  Weekday value;
  std::string_view key;
  Words label;        // "maandag"
  Words short_label;  // "ma"
};

template <typename E>
struct RowType {
  using type = EnumRow<E>;
};
template <>
struct RowType<Page> {
  using type = PageRow;
};
template <>
struct RowType<Weekday> {
  using type = WeekdayRow;
};
template <typename E>
using Row = typename RowType<E>::type;

// Every value's row, in the enum's order (checked at compile time).
std::span<const Row<Phase>> enum_rows(Phase);
std::span<const Row<MeetingKind>> enum_rows(MeetingKind);
std::span<const Row<Domain>> enum_rows(Domain);
std::span<const Row<GoalStatus>> enum_rows(GoalStatus);
std::span<const Row<ActionStatus>> enum_rows(ActionStatus);
std::span<const Row<Role>> enum_rows(Role);
std::span<const Row<Unit>> enum_rows(Unit);
std::span<const Row<Priority>> enum_rows(Priority);
std::span<const Row<Page>> enum_rows(Page);
std::span<const Row<Language>> enum_rows(Language);
std::span<const Row<Theme>> enum_rows(Theme);
std::span<const Row<Weekday>> enum_rows(Weekday);

// The row of `value`; nullptr only for a number that is no named value.
template <typename E>
const Row<E>* enum_row(E value) {
  return row_of(enum_rows(E{}), value);
}

template <typename E>
std::optional<E> enum_from_key(std::string_view key) {
  for (const auto& row : enum_rows(E{})) {
    if (row.key == key) return row.value;
  }
  return std::nullopt;
}

template <typename E>
std::string_view enum_key(E value) {
  const auto* row = enum_row(value);
  return row ? row->key : std::string_view{};
}

// "a | b | c", for messages that list what was expected.
template <typename E>
std::string enum_key_list() {
  std::string list;
  for (const auto& row : enum_rows(E{})) {
    if (!list.empty()) list += " | ";
    list += row.key;
  }
  return list;
}

// 1 for overzicht … 6 for ondersteuning.
int page_number(Page page);

}  // namespace hgw::core
