#include "secret_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace hgw::core {
namespace {

// A token is a line of text; anything this large is the wrong file.
constexpr std::size_t kMaxTokenBytes = 8 * 1024;

std::string mode_text(mode_t mode) {
  char text[8];
  std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
  return text;
}

}  // namespace

std::optional<std::string> check_token_file_mode(const std::string& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) {
    return path + " cannot be read: " + std::strerror(errno);
  }
  if (!S_ISREG(status.st_mode)) return path + " is not a regular file";
  if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
    return path + " may be read by others (mode " + mode_text(status.st_mode) +
           "); a token must be private: run chmod 600 " + path;
  }
  return std::nullopt;
}

TokenRead read_token_file(const std::string& path) {
  TokenRead result;
  if (auto problem = check_token_file_mode(path)) {
    result.error = *problem;
    return result;
  }
  const int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (descriptor < 0) {
    result.error = path + " cannot be read: " + std::strerror(errno);
    return result;
  }
  std::string text(kMaxTokenBytes + 1, '\0');
  std::size_t filled = 0;
  while (filled < text.size()) {
    const ssize_t count = ::read(descriptor, text.data() + filled, text.size() - filled);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) break;
    filled += static_cast<std::size_t>(count);
  }
  ::close(descriptor);
  text.resize(filled);
  if (text.size() > kMaxTokenBytes) {
    result.error = path + " is too large for a token";
    return result;
  }
  const auto first = text.find_first_not_of(" \t\r\n");
  const auto last = text.find_last_not_of(" \t\r\n");
  if (first == std::string::npos) {
    result.error = path + " is empty; put the token on its first line";
    return result;
  }
  std::string token = text.substr(first, last - first + 1);
  // A line break or control character would end the Authorization header early
  // and let the file add headers of its own.
  const bool clean = std::all_of(token.begin(), token.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 && byte != 0x7F;
  });
  if (!clean) {
    result.error = path + " holds more than one line or control characters; a token is one line";
    return result;
  }
  result.token = std::move(token);
  return result;
}

}  // namespace hgw::core
