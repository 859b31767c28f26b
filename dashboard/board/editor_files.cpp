#include "editor_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace hgw::board {
namespace {

std::optional<std::string> content_type_of(const std::string& extension) {
  static const std::map<std::string, std::string> known{{".html", "text/html; charset=utf-8"},
                                                        {".js", "text/javascript; charset=utf-8"},
                                                        {".mjs", "text/javascript; charset=utf-8"},
                                                        {".css", "text/css; charset=utf-8"},
                                                        {".json", "application/json"},
                                                        {".png", "image/png"},
                                                        {".svg", "image/svg+xml"},
                                                        {".ico", "image/x-icon"},
                                                        {".txt", "text/plain; charset=utf-8"}};
  const auto found = known.find(extension);
  if (found == known.end()) return std::nullopt;
  return found->second;
}

}  // namespace

EditorFiles::EditorFiles(std::string directory) : directory_(std::move(directory)) {
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(directory_, error)) {
    if (!entry.is_regular_file(error)) continue;
    const auto type = content_type_of(entry.path().extension().string());
    if (type) content_types_[entry.path().filename().string()] = *type;
  }
}

std::optional<EditorFiles::File> EditorFiles::find(const std::string& name) const {
  const auto found = content_types_.find(name);
  if (found == content_types_.end()) return std::nullopt;
  std::ifstream stream(directory_ + "/" + name, std::ios::binary);
  if (!stream) return std::nullopt;
  std::ostringstream content;
  content << stream.rdbuf();
  return File{content.str(), found->second};
}

}  // namespace hgw::board
