#pragma once
// The editor's files, served by exact name only: the folder is listed once at
// start, and a request that names anything else (a path, an encoded NUL as in
// /editor.js%00.html, a file added later) is 404. The content type comes from the
// listed name, so it always matches the bytes served.

#include <map>
#include <optional>
#include <string>

namespace hgw::board {

class EditorFiles {
 public:
  // An empty or missing folder serves nothing.
  explicit EditorFiles(std::string directory);

  struct File {
    std::string content;
    std::string content_type;
  };
  std::optional<File> find(const std::string& name) const;

 private:
  std::string directory_;
  std::map<std::string, std::string> content_types_;  // file name → content type
};

}  // namespace hgw::board
