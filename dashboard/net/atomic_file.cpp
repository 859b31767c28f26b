#include "atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace hgw::net {
namespace {

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

  std::string temporary = path + ".tmp-XXXXXX";
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

}  // namespace hgw::net
