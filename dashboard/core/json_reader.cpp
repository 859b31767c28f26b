#include "json_reader.hpp"

#include <cmath>
#include <limits>

#include "display_text.hpp"

namespace hgw::core {
namespace {

constexpr std::size_t kDescribeLimit = 40;
// No card on any screen shows more of one text than this (a 4K wall fits about
// 100 characters on a line and gives a text a few lines); cutting here keeps
// every layout step bounded whatever a source sends (10 MB titles included).
constexpr std::size_t kMaxTextCharacters = 1000;

// Cuts `text` after `limit` characters with "…"; returns how many it had.
std::size_t cut_to_characters(std::string& text, std::size_t limit) {
  std::size_t characters = 0;
  std::size_t cut = text.size();
  for (std::size_t index = 0; index < text.size(); ++index) {
    if ((static_cast<unsigned char>(text[index]) & 0xC0) == 0x80) continue;
    if (characters == limit) cut = index;
    ++characters;
  }
  if (characters > limit) {
    text.resize(cut);
    text += "…";
  }
  return characters;
}

// Integral values written as 54 or 54.0 both count as integers (as JSON Schema
// draft 7 has it); anything else is not.
std::optional<std::int64_t> as_integer(const nlohmann::json& value) {
  if (value.is_number_integer()) {
    if (value.is_number_unsigned()) {
      const auto unsigned_value = value.get<std::uint64_t>();
      if (unsigned_value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        return std::nullopt;
      }
      return static_cast<std::int64_t>(unsigned_value);
    }
    return value.get<std::int64_t>();
  }
  if (value.is_number_float()) {
    const double number = value.get<double>();
    if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) < 9.0e15) {
      return static_cast<std::int64_t>(number);
    }
  }
  return std::nullopt;
}

// A string as JSON text for a message, with its invisible characters spelled out.
std::string quoted(const std::string& text) {
  const auto json_text =
      nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return escape_hidden_characters(json_text);
}

}  // namespace

std::string child_path(const std::string& parent, std::string_view key) {
  if (parent.empty()) return std::string(key);
  std::string path = parent;
  path += '.';
  path += key;
  return path;
}

std::string index_path(const std::string& parent, std::size_t index) {
  return parent + "[" + std::to_string(index) + "]";
}

std::string describe_json(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null:
      return "null";
    case nlohmann::json::value_t::object:
      return "an object";
    case nlohmann::json::value_t::array:
      return "an array";
    case nlohmann::json::value_t::string: {
      const auto& text = value.get_ref<const std::string&>();
      if (text.size() <= kDescribeLimit) return quoted(text);
      // Cut on a character boundary so the message stays valid UTF-8.
      std::size_t cut = kDescribeLimit;
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
      return quoted(text.substr(0, cut)) + "…";
    }
    default:
      return value.dump();
  }
}

std::optional<std::string> read_text(const nlohmann::json& value, const std::string& path,
                                     Diagnostics& diagnostics, bool non_empty) {
  if (value.is_string()) {
    // What the wall shows: without bidi controls, zero-width and control
    // characters (display_text.hpp says why they are left out, not refused).
    VisibleText visible = visible_text(value.get_ref<const std::string&>());
    if (!non_empty || visible.text.find_first_not_of(' ') != std::string::npos) {
      if (!visible.hidden.empty()) {
        std::string names;
        for (const char32_t hidden : visible.hidden)
          names += (names.empty() ? "" : ", ") + code_point_name(hidden);
        diagnostics.warning(path, "contains invisible or control characters (" + names +
                                      "); the wall leaves them out");
      }
      const std::size_t characters = cut_to_characters(visible.text, kMaxTextCharacters);
      if (characters > kMaxTextCharacters) {
        diagnostics.warning(path, "has " + std::to_string(characters) +
                                      " characters; the wall shows the first " +
                                      std::to_string(kMaxTextCharacters));
      }
      return std::move(visible.text);
    }
  }
  diagnostics.error(path,
                    std::string(non_empty ? "expected a non-empty string" : "expected a string") +
                        ", got " + describe_json(value));
  return std::nullopt;
}

std::optional<double> read_number(const nlohmann::json& value, const std::string& path,
                                  Diagnostics& diagnostics) {
  if (value.is_number()) {
    const double number = value.get<double>();
    if (std::isfinite(number)) return number;
  }
  diagnostics.error(path, "expected a finite number, got " + describe_json(value));
  return std::nullopt;
}

std::optional<std::int64_t> read_integer(const nlohmann::json& value, const std::string& path,
                                         Diagnostics& diagnostics, std::int64_t min,
                                         std::int64_t max) {
  const auto integer = as_integer(value);
  if (integer && *integer >= min && *integer <= max) return integer;
  std::string expected = "expected an integer";
  if (max == std::numeric_limits<std::int64_t>::max()) {
    expected += " >= " + std::to_string(min);
  } else {
    expected += " from " + std::to_string(min) + " to " + std::to_string(max);
  }
  diagnostics.error(path, expected + ", got " + describe_json(value));
  return std::nullopt;
}

std::optional<Date> read_date(const nlohmann::json& value, const std::string& path,
                              Diagnostics& diagnostics) {
  std::string why;
  if (value.is_string()) {
    const auto& text = value.get_ref<const std::string&>();
    if (auto date = parse_date(text)) return date;
    // Right shape, impossible day: say so, a kc'er will look for a typo otherwise.
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
      if (parse_date(text.substr(0, 8) + "01")) {
        why = " (no such day in the calendar)";
      } else if (parse_date(text.substr(0, 5) + "01-01")) {
        why = " (no month " + text.substr(5, 2) + "; months are 01 to 12)";
      }
    }
  }
  diagnostics.error(path, "expected a date YYYY-MM-DD, got " + describe_json(value) + why);
  return std::nullopt;
}

std::optional<TimeOfDay> read_time(const nlohmann::json& value, const std::string& path,
                                   Diagnostics& diagnostics) {
  if (value.is_string()) {
    if (auto time = parse_time_of_day(value.get_ref<const std::string&>())) return time;
  }
  diagnostics.error(path, "expected a time HH:MM (00:00 to 23:59), got " + describe_json(value));
  return std::nullopt;
}

std::optional<Instant> read_timestamp(const nlohmann::json& value, const std::string& path,
                                      Diagnostics& diagnostics) {
  if (value.is_string()) {
    if (auto instant = parse_timestamp(value.get_ref<const std::string&>())) return instant;
  }
  diagnostics.error(path,
                    "expected an RFC 3339 timestamp with offset (2026-11-30T07:45:00+01:00), got " +
                        describe_json(value));
  return std::nullopt;
}

std::optional<ObjectReader> ObjectReader::open(const nlohmann::json& value, std::string path,
                                               Diagnostics& diagnostics) {
  if (!value.is_object()) {
    diagnostics.error(path.empty() ? kDocumentPath : path,
                      "expected an object, got " + describe_json(value));
    return std::nullopt;
  }
  return ObjectReader(value, std::move(path), diagnostics);
}

const nlohmann::json* ObjectReader::field(std::string_view key, Need need,
                                          std::string_view expected) const {
  const auto found = object_.find(key);
  if (found == object_.end() || found->is_null()) {
    if (need == Need::required) {
      diagnostics_.error(path_of(key), found == object_.end()
                                           ? "missing; expected " + std::string(expected)
                                           : "expected " + std::string(expected) + ", got null");
    }
    return nullptr;
  }
  return &*found;
}

std::optional<std::string> ObjectReader::text(std::string_view key, Need need) const {
  const bool non_empty = need == Need::required;
  const auto* value = field(key, need, non_empty ? "a non-empty string" : "a string");
  return value ? read_text(*value, path_of(key), diagnostics_, non_empty) : std::nullopt;
}

std::optional<double> ObjectReader::number(std::string_view key, Need need) const {
  const auto* value = field(key, need, "a number");
  return value ? read_number(*value, path_of(key), diagnostics_) : std::nullopt;
}

std::optional<std::int64_t> ObjectReader::integer(std::string_view key, Need need, std::int64_t min,
                                                  std::int64_t max) const {
  const auto* value = field(key, need, "an integer");
  return value ? read_integer(*value, path_of(key), diagnostics_, min, max) : std::nullopt;
}

std::optional<bool> ObjectReader::boolean(std::string_view key, Need need) const {
  const auto* value = field(key, need, "true or false");
  if (value == nullptr) return std::nullopt;
  if (value->is_boolean()) return value->get<bool>();
  diagnostics_.error(path_of(key), "expected true or false, got " + describe_json(*value));
  return std::nullopt;
}

std::optional<Date> ObjectReader::date(std::string_view key, Need need) const {
  const auto* value = field(key, need, "a date YYYY-MM-DD");
  return value ? read_date(*value, path_of(key), diagnostics_) : std::nullopt;
}

std::optional<TimeOfDay> ObjectReader::time(std::string_view key, Need need) const {
  const auto* value = field(key, need, "a time HH:MM");
  return value ? read_time(*value, path_of(key), diagnostics_) : std::nullopt;
}

std::optional<Instant> ObjectReader::timestamp(std::string_view key, Need need) const {
  const auto* value = field(key, need, "an RFC 3339 timestamp");
  return value ? read_timestamp(*value, path_of(key), diagnostics_) : std::nullopt;
}

std::optional<ObjectReader> ObjectReader::object(std::string_view key, Need need) const {
  const auto* value = field(key, need, "an object");
  return value ? open(*value, path_of(key), diagnostics_) : std::nullopt;
}

}  // namespace hgw::core
