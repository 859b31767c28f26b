#include "display_text.hpp"

#include <algorithm>
#include <cstdio>

namespace hgw::core {
namespace {

constexpr char32_t kReplacement = 0xFFFD;
// Marks a byte sequence that is not UTF-8; never a code point.
constexpr char32_t kNotUtf8 = 0xFFFFFFFF;
constexpr std::size_t kNamedHiddenLimit = 4;

enum class Treatment { keep, space, remove };

Treatment treatment_of(char32_t c) {
  // Breaks of line or paragraph: the words on both sides stay apart.
  if (c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == 0x85 || c == 0x2028 ||
      c == 0x2029) {
    return Treatment::space;
  }
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return Treatment::remove;  // C0, DEL, C1
  if (c == 0x00AD || c == 0x061C || c == 0x180E) return Treatment::remove;
  if (c >= 0x200B && c <= 0x200F) return Treatment::remove;  // zero width, LRM, RLM
  if (c >= 0x202A && c <= 0x202E) return Treatment::remove;  // bidi embeddings, overrides
  if (c >= 0x2060 && c <= 0x206F) return Treatment::remove;  // word joiner, isolates, …
  if (c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB)) return Treatment::remove;
  if (c >= 0xE0000 && c <= 0xE007F) return Treatment::remove;  // tags: invisible ASCII
  return Treatment::keep;
}

// Decodes one UTF-8 sequence at `text[at]`; sets `length` to the bytes it used.
// Overlong forms, surrogates and values past U+10FFFF are not UTF-8: kNotUtf8,
// one byte long, so decoding goes on at the next byte.
char32_t decode(std::string_view text, std::size_t at, std::size_t& length) {
  const auto byte = [&](std::size_t index) { return static_cast<unsigned char>(text[index]); };
  const unsigned char lead = byte(at);
  length = 1;
  if (lead < 0x80) return lead;
  std::size_t needed = 0;
  char32_t value = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    needed = 1, value = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    needed = 2, value = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    needed = 3, value = lead & 0x07, minimum = 0x10000;
  } else {
    return kNotUtf8;
  }
  if (at + needed >= text.size()) return kNotUtf8;
  for (std::size_t index = 1; index <= needed; ++index) {
    if ((byte(at + index) & 0xC0) != 0x80) return kNotUtf8;
    value = (value << 6) | (byte(at + index) & 0x3F);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    return kNotUtf8;
  }
  length = needed + 1;
  return value;
}

void remember(std::vector<char32_t>& hidden, char32_t c) {
  if (hidden.size() < kNamedHiddenLimit &&
      std::find(hidden.begin(), hidden.end(), c) == hidden.end()) {
    hidden.push_back(c);
  }
}

}  // namespace

std::string code_point_name(char32_t code_point) {
  char name[16];
  std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(code_point));
  return name;
}

VisibleText visible_text(std::string_view utf8) {
  VisibleText result;
  // The common case, plain text, costs one scan and one copy.
  const bool plain = std::all_of(utf8.begin(), utf8.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 && byte < 0x7F;
  });
  if (plain) {
    result.text = std::string(utf8);
    return result;
  }
  result.text.reserve(utf8.size());
  std::size_t at = 0;
  while (at < utf8.size()) {
    std::size_t length = 1;
    const char32_t c = decode(utf8, at, length);
    if (c == kNotUtf8) {
      remember(result.hidden, kReplacement);
      result.text += "\xEF\xBF\xBD";
    } else {
      switch (treatment_of(c)) {
        case Treatment::keep:
          result.text.append(utf8.substr(at, length));
          break;
        case Treatment::space:
          remember(result.hidden, c);
          result.text += ' ';
          break;
        case Treatment::remove:
          remember(result.hidden, c);
          break;
      }
    }
    at += length;
  }
  return result;
}

std::string escape_hidden_characters(std::string_view utf8) {
  std::string escaped;
  escaped.reserve(utf8.size());
  std::size_t at = 0;
  while (at < utf8.size()) {
    std::size_t length = 1;
    const char32_t c = decode(utf8, at, length);
    if (c == kNotUtf8) {
      char code[8];
      std::snprintf(code, sizeof code, "\\x%02X", static_cast<unsigned char>(utf8[at]));
      escaped += code;
    } else if (treatment_of(c) != Treatment::keep) {
      char code[16];
      if (c <= 0xFFFF) {
        std::snprintf(code, sizeof code, "\\u%04X", static_cast<unsigned>(c));
      } else {
        std::snprintf(code, sizeof code, "\\U%08X", static_cast<unsigned>(c));
      }
      escaped += code;
    } else {
      escaped.append(utf8.substr(at, length));
    }
    at += length;
  }
  return escaped;
}

}  // namespace hgw::core
