#pragma once
// A text the wall shows, in Dutch and in English: the one shape every table of
// words in core uses (i18n.hpp, enum_keys.hpp).

#include <string_view>

#include "document.hpp"

namespace hgw::core {

struct Words {
  std::string_view nl;
  std::string_view en;
};

constexpr std::string_view in_language(const Words& words, Language language) {
  return language == Language::nl ? words.nl : words.en;
}

}  // namespace hgw::core
