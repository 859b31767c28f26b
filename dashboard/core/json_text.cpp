#include "json_text.hpp"

#include <string>

#include "display_text.hpp"

namespace hgw::core {
namespace {

struct Position {
  std::size_t line = 1;
  std::size_t column = 1;
};

// nlohmann reports the byte just past the failure; count lines and columns in
// characters (UTF-8 continuation bytes do not start a column).
Position position_of(std::string_view text, std::size_t byte) {
  Position position;
  const std::size_t end = byte > 0 ? std::min(byte - 1, text.size()) : 0;
  for (std::size_t i = 0; i < end; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++position.line;
      position.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++position.column;
    }
  }
  return position;
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at
// line 1, column 2: "; keep only the part after that, which says what was wrong.
std::string reason_of(const std::string& what) {
  const std::string marker = ": ";
  const auto at = what.find("parse error");
  if (at == std::string::npos) {
    const auto end_of_tag = what.find("] ");
    return end_of_tag == std::string::npos ? what : what.substr(end_of_tag + 2);
  }
  const auto colon = what.find(marker, at);
  if (colon == std::string::npos) return what.substr(at);
  return what.substr(colon + marker.size());
}

struct TooDeep {
  std::size_t depth;
};

}  // namespace

JsonParseResult parse_json_text(std::string_view text) {
  JsonParseResult result;
  const auto refuse_deep_nesting = [](int depth, nlohmann::json::parse_event_t event,
                                      nlohmann::json&) {
    if ((event == nlohmann::json::parse_event_t::object_start ||
         event == nlohmann::json::parse_event_t::array_start) &&
        static_cast<std::size_t>(depth) >= kMaxJsonDepth) {
      throw TooDeep{static_cast<std::size_t>(depth)};
    }
    return true;
  };
  try {
    result.value = nlohmann::json::parse(text.begin(), text.end(), refuse_deep_nesting,
                                         /*allow_exceptions=*/true, /*ignore_comments=*/false);
  } catch (const nlohmann::json::parse_error& error) {
    const Position position = position_of(text, error.byte);
    // The reason quotes what was last read: bytes that are not UTF-8, control or
    // bidi characters of the document must not reach a terminal or the wall.
    result.error = "line " + std::to_string(position.line) + ", column " +
                   std::to_string(position.column) + ": " +
                   escape_hidden_characters(reason_of(error.what()));
  } catch (const nlohmann::json::exception& error) {
    // Not a syntax error but still no document: a number too large for a double
    // ("1e400") is reported by nlohmann as out_of_range, without a position; the
    // first place the quoted number appears is where it is.
    const std::string reason = escape_hidden_characters(reason_of(error.what()));
    const auto open = reason.find('\'');
    const auto close = reason.rfind('\'');
    std::string prefix;
    if (open != std::string::npos && close > open + 1) {
      const auto at = text.find(reason.substr(open + 1, close - open - 1));
      if (at != std::string_view::npos) {
        const Position position = position_of(text, at + 1);
        prefix = "line " + std::to_string(position.line) + ", column " +
                 std::to_string(position.column) + ": ";
      }
    }
    result.error = prefix + reason;
  } catch (const TooDeep&) {
    result.error = "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
  }
  return result;
}

}  // namespace hgw::core
