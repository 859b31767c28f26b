#pragma once
// Reads typed values out of a JSON tree while keeping the JSON path, so every
// problem is reported as `path: expected …, got …` and reading goes on to find the
// next one. Absent and null both mean "not given" for optional fields.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "date_time.hpp"
#include "diagnostics.hpp"
#include "enum_keys.hpp"

namespace hgw::core {

enum class Need { optional, required };

std::string child_path(const std::string& parent, std::string_view key);
std::string index_path(const std::string& parent, std::size_t index);
// A short, safe rendering of a JSON value for messages: strings quoted and cut.
std::string describe_json(const nlohmann::json& value);

// Value-level readers: the value is present and not null; report and return nullopt
// when it is not what is expected.
std::optional<std::string> read_text(const nlohmann::json& value, const std::string& path,
                                     Diagnostics& diagnostics, bool non_empty);
std::optional<double> read_number(const nlohmann::json& value, const std::string& path,
                                  Diagnostics& diagnostics);
std::optional<std::int64_t> read_integer(const nlohmann::json& value, const std::string& path,
                                         Diagnostics& diagnostics, std::int64_t min,
                                         std::int64_t max);
std::optional<Date> read_date(const nlohmann::json& value, const std::string& path,
                              Diagnostics& diagnostics);
std::optional<TimeOfDay> read_time(const nlohmann::json& value, const std::string& path,
                                   Diagnostics& diagnostics);
std::optional<Instant> read_timestamp(const nlohmann::json& value, const std::string& path,
                                      Diagnostics& diagnostics);

template <typename E>
std::optional<E> read_enum(const nlohmann::json& value, const std::string& path,
                           Diagnostics& diagnostics) {
  if (value.is_string()) {
    if (auto parsed = enum_from_key<E>(value.get_ref<const std::string&>())) return parsed;
  }
  diagnostics.error(path,
                    "expected one of " + enum_key_list<E>() + ", got " + describe_json(value));
  return std::nullopt;
}

// An object being read: looks fields up by key and reports under its path.
class ObjectReader {
 public:
  ObjectReader(const nlohmann::json& object, std::string path, Diagnostics& diagnostics)
      : object_(object), path_(std::move(path)), diagnostics_(diagnostics) {}

  // Checks that `value` is an object; reports and returns nullopt otherwise.
  static std::optional<ObjectReader> open(const nlohmann::json& value, std::string path,
                                          Diagnostics& diagnostics);

  const std::string& path() const { return path_; }
  std::string path_of(std::string_view key) const { return child_path(path_, key); }
  Diagnostics& diagnostics() const { return diagnostics_; }

  // The field's value when present and not null. A missing required field is
  // reported with what was expected.
  const nlohmann::json* field(std::string_view key, Need need, std::string_view expected) const;

  std::optional<std::string> text(std::string_view key, Need need) const;
  std::optional<double> number(std::string_view key, Need need) const;
  std::optional<std::int64_t> integer(std::string_view key, Need need, std::int64_t min,
                                      std::int64_t max) const;
  std::optional<bool> boolean(std::string_view key, Need need) const;
  std::optional<Date> date(std::string_view key, Need need) const;
  std::optional<TimeOfDay> time(std::string_view key, Need need) const;
  std::optional<Instant> timestamp(std::string_view key, Need need) const;
  std::optional<ObjectReader> object(std::string_view key, Need need) const;

  template <typename E>
  std::optional<E> enumeration(std::string_view key, Need need) const {
    const std::string expected = "one of " + enum_key_list<E>();
    const nlohmann::json* value = field(key, need, expected);
    if (value == nullptr) return std::nullopt;
    return read_enum<E>(*value, path_of(key), diagnostics_);
  }

  // Calls `each(element, element_path)` for every element of the array field.
  // Returns false when the field is absent, null or not an array.
  template <typename Each>
  bool array(std::string_view key, Need need, Each&& each) const {
    const nlohmann::json* value = field(key, need, "an array");
    if (value == nullptr) return false;
    const std::string path = path_of(key);
    if (!value->is_array()) {
      diagnostics_.error(path, "expected an array, got " + describe_json(*value));
      return false;
    }
    std::size_t index = 0;
    for (const auto& element : *value) {
      each(element, index_path(path, index));
      ++index;
    }
    return true;
  }

 private:
  const nlohmann::json& object_;
  std::string path_;
  Diagnostics& diagnostics_;
};

}  // namespace hgw::core
