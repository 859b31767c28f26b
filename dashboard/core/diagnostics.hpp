#pragma once
// What validation says about a document: errors refuse it whole, warnings are shown
// but do not stop it. Each names the JSON path it concerns, e.g. `actions[2].when`.

#include <string>
#include <vector>

namespace hgw::core {

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string path;  // "(document)" for the whole document
  std::string message;

  std::string to_string() const { return path + ": " + message; }

  bool operator==(const Diagnostic&) const = default;
};

class Diagnostics {
 public:
  void error(std::string path, std::string message) {
    entries_.push_back({Severity::error, std::move(path), std::move(message)});
  }
  void warning(std::string path, std::string message) {
    entries_.push_back({Severity::warning, std::move(path), std::move(message)});
  }
  void append(const Diagnostics& other) {
    entries_.insert(entries_.end(), other.entries_.begin(), other.entries_.end());
  }

  bool has_errors() const {
    for (const auto& entry : entries_) {
      if (entry.severity == Severity::error) return true;
    }
    return false;
  }
  std::size_t count(Severity severity) const {
    std::size_t total = 0;
    for (const auto& entry : entries_)
      total += entry.severity == severity ? 1 : 0;
    return total;
  }
  const std::vector<Diagnostic>& entries() const { return entries_; }
  bool empty() const { return entries_.empty(); }

  bool operator==(const Diagnostics&) const = default;

 private:
  std::vector<Diagnostic> entries_;
};

inline constexpr const char* kDocumentPath = "(document)";

}  // namespace hgw::core
