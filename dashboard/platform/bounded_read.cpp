#include "platform/bounded_read.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace hgw::platform {
namespace {

// Read in steps, so a small file costs a small buffer whatever the cap.
constexpr std::size_t kStepBytes = 64 * 1024;

FileRead failed(FileRead::Outcome outcome, int error_number) {
  FileRead result;
  result.outcome = outcome;
  result.reason = std::strerror(error_number);
  return result;
}

}  // namespace

FileRead read_descriptor_bounded(int descriptor, std::size_t max_bytes) {
  FileRead result;
  std::size_t filled = 0;
  while (filled <= max_bytes) {
    const std::size_t wanted = std::min(kStepBytes, max_bytes + 1 - filled);
    result.text.resize(filled + wanted);
    const ssize_t count = ::read(descriptor, result.text.data() + filled, wanted);
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) return failed(FileRead::Outcome::read_error, errno);
    if (count == 0) break;
    filled += static_cast<std::size_t>(count);
  }
  result.text.resize(filled);
  if (filled > max_bytes) {
    result.text.clear();
    result.outcome = FileRead::Outcome::too_large;
    return result;
  }
  result.outcome = FileRead::Outcome::read;
  return result;
}

FileRead read_file_bounded(const std::string& path, std::size_t max_bytes) {
  const int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (descriptor < 0) return failed(FileRead::Outcome::cannot_open, errno);
  FileRead result = read_descriptor_bounded(descriptor, max_bytes);
  ::close(descriptor);
  return result;
}

}  // namespace hgw::platform
