#pragma once
// The keys the document format uses for each enumeration, in one table per type,
// shared by the decoder (key → value) and by anything that writes keys back.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "document.hpp"

namespace hgw::core {

template <typename E>
struct EnumKey {
  E value;
  std::string_view key;
};

std::span<const EnumKey<Phase>> enum_keys(Phase);
std::span<const EnumKey<MeetingKind>> enum_keys(MeetingKind);
std::span<const EnumKey<Domain>> enum_keys(Domain);
std::span<const EnumKey<GoalStatus>> enum_keys(GoalStatus);
std::span<const EnumKey<ActionStatus>> enum_keys(ActionStatus);
std::span<const EnumKey<Role>> enum_keys(Role);
std::span<const EnumKey<Unit>> enum_keys(Unit);
std::span<const EnumKey<Priority>> enum_keys(Priority);
std::span<const EnumKey<Page>> enum_keys(Page);
std::span<const EnumKey<Language>> enum_keys(Language);
std::span<const EnumKey<Theme>> enum_keys(Theme);
std::span<const EnumKey<Weekday>> enum_keys(Weekday);

template <typename E>
std::optional<E> enum_from_key(std::string_view key) {
  for (const auto& entry : enum_keys(E{})) {
    if (entry.key == key) return entry.value;
  }
  return std::nullopt;
}

template <typename E>
std::string_view enum_key(E value) {
  for (const auto& entry : enum_keys(E{})) {
    if (entry.value == value) return entry.key;
  }
  return {};
}

// "a | b | c", for messages that list what was expected.
template <typename E>
std::string enum_key_list() {
  std::string list;
  for (const auto& entry : enum_keys(E{})) {
    if (!list.empty()) list += " | ";
    list += entry.key;
  }
  return list;
}

}  // namespace hgw::core
