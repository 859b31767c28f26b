#include "platform/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace hgw::platform {
namespace {

// mkostemp's template: the target's name, ".tmp-" and six characters.
constexpr std::string_view kTemporarySuffix = ".tmp-";
constexpr std::size_t kTemporaryRandomLength = 6;

std::string temporary_template(const std::string& path) {
  return path + std::string(kTemporarySuffix) + std::string(kTemporaryRandomLength, 'X');
}

std::string failure(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + std::strerror(errno);
}

bool write_all(int descriptor, std::string_view contents) {
  while (!contents.empty()) {
    const ssize_t written = ::write(descriptor, contents.data(), contents.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    contents.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

}  // namespace

std::string write_file_atomically(const std::string& path, std::string_view contents,
                                  unsigned mode) {
  const std::filesystem::path target(path);
  const std::string folder =
      target.has_parent_path() ? target.parent_path().string() : std::string(".");
  std::error_code ignored;
  std::filesystem::create_directories(folder, ignored);

  std::string temporary = temporary_template(path);
  const int descriptor = ::mkostemp(temporary.data(), O_CLOEXEC);
  if (descriptor < 0) return failure("cannot create a file in", folder);
  std::string error;
  if (::fchmod(descriptor, static_cast<mode_t>(mode)) != 0) {
    error = failure("cannot set the mode of", temporary);
  } else if (!write_all(descriptor, contents)) {
    error = failure("cannot write", temporary);
  } else if (::fsync(descriptor) != 0) {
    error = failure("cannot sync", temporary);
  }
  if (::close(descriptor) != 0 && error.empty()) error = failure("cannot close", temporary);
  if (error.empty() && ::rename(temporary.c_str(), path.c_str()) != 0) {
    error = failure("cannot rename onto", path);
  }
  if (!error.empty()) {
    ::unlink(temporary.c_str());
    return error;
  }
  const int folder_descriptor = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (folder_descriptor < 0) return failure("cannot open the folder", folder);
  if (::fsync(folder_descriptor) != 0) error = failure("cannot sync the folder", folder);
  ::close(folder_descriptor);
  return error;
}

int remove_unfinished_writes(const std::string& path) {
  const std::filesystem::path target(path);
  const std::string prefix = target.filename().string() + std::string(kTemporarySuffix);
  const std::filesystem::path folder =
      target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  int removed = 0;
  std::error_code error;
  std::error_code ignored;
  // With error codes throughout: a folder that cannot be read is no reason to stop
  // the kiosk from starting.
  for (std::filesystem::directory_iterator entry(folder, error), end; !error && entry != end;
       entry.increment(error)) {
    const std::string name = entry->path().filename().string();
    if (name.size() == prefix.size() + kTemporaryRandomLength && name.starts_with(prefix) &&
        entry->is_regular_file(ignored) && std::filesystem::remove(entry->path(), ignored)) {
      ++removed;
    }
  }
  return removed;
}

}  // namespace hgw::platform
