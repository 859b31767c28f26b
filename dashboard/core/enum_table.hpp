#pragma once
// What every table with one row per enum value (enum_keys.cpp, i18n.cpp) checks at
// compile time, so a value added to an enum cannot go without its row and a row
// cannot stand at another value's place.

#include <array>
#include <cstddef>
#include <string_view>

namespace hgw::core {

// True when V is one of its enum's named values. GCC and Clang write a named value
// in __PRETTY_FUNCTION__ by its name ("V = hgw::core::Phase::mdo") and any other
// number by a cast ("V = (hgw::core::Phase)5"); C++20 has no other way to ask.
template <auto V>
constexpr bool is_named_value() {
  constexpr std::string_view signature = __PRETTY_FUNCTION__;
  constexpr auto at = signature.find("V = ");
  static_assert(at != std::string_view::npos, "unknown __PRETTY_FUNCTION__ layout");
  return signature[at + 4] != '(';
}

// Row i holds value i, for every named value and no more. The enums number their
// values from 0 without gaps, so this is "exactly one row per value", and a row is
// found by its value's number without a search.
template <typename Row, std::size_t N>
constexpr bool one_row_per_value(const std::array<Row, N>& rows) {
  using Enum = decltype(Row::value);
  for (std::size_t index = 0; index < N; ++index) {
    if (rows[index].value != static_cast<Enum>(index)) return false;
  }
  return !is_named_value<static_cast<Enum>(N)>();
}

// The row of `value`, or nullptr for a number that is no named value.
template <typename Rows, typename Enum>
constexpr auto row_of(const Rows& rows, Enum value) -> decltype(&rows[0]) {
  const auto index = static_cast<std::size_t>(value);
  return index < rows.size() ? &rows[index] : nullptr;
}

}  // namespace hgw::core
