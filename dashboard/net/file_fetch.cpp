#include "file_fetch.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/http_headers.hpp"

namespace hgw::net {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// "file:///boot/firmware/my%20board.json" → "/boot/firmware/my board.json".
std::optional<std::string> path_of(const std::string& url) {
  constexpr std::string_view kPrefix = "file://";
  if (url.size() <= kPrefix.size()) return std::nullopt;
  std::string_view rest = std::string_view(url).substr(kPrefix.size());
  if (rest.starts_with("localhost/")) rest.remove_prefix(9);
  if (!rest.starts_with("/")) return std::nullopt;
  std::string path;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size() && hex_value(rest[i + 1]) >= 0 &&
        hex_value(rest[i + 2]) >= 0) {
      const char decoded = static_cast<char>(hex_value(rest[i + 1]) * 16 + hex_value(rest[i + 2]));
      if (decoded == '\0') return std::nullopt;
      path += decoded;
      i += 2;
    } else {
      path += rest[i];
    }
  }
  return path;
}

FetchResponse failed(core::FetchError error, std::string detail) {
  FetchResponse response;
  response.error = error;
  response.error_detail = std::move(detail);
  return response;
}

}  // namespace

FetchResponse fetch_file(const FetchRequest& request, const FetchLimits& limits) {
  const auto path = path_of(request.url);
  if (!path) return failed(core::FetchError::other, "not a file:// URL with an absolute path");
  const int descriptor = ::open(path->c_str(), O_RDONLY | O_CLOEXEC);
  if (descriptor < 0) {
    const auto error = errno == ENOENT ? core::FetchError::not_found : core::FetchError::other;
    return failed(error, *path + ": " + std::strerror(errno));
  }
  struct stat status {};
  if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)) {
    ::close(descriptor);
    return failed(core::FetchError::other, *path + " is not a regular file");
  }
  FetchResponse response;
  response.etag = "\"" + std::to_string(status.st_ino) + "-" + std::to_string(status.st_size) +
                  "-" + std::to_string(status.st_mtim.tv_sec) + "." +
                  std::to_string(status.st_mtim.tv_nsec) + "\"";
  response.last_modified = core::format_http_date(status.st_mtim.tv_sec);
  if (!request.etag.empty() && request.etag == response.etag) {
    ::close(descriptor);
    response.outcome = FetchOutcome::not_modified;
    return response;
  }
  if (static_cast<std::uint64_t>(status.st_size) > limits.max_bytes) {
    ::close(descriptor);
    return failed(core::FetchError::too_large, *path + " has " + std::to_string(status.st_size) +
                                                   " bytes; at most " +
                                                   std::to_string(limits.max_bytes) + " are read");
  }
  // Read up to one byte past the cap: the file may grow while we read it.
  std::string body(limits.max_bytes + 1, '\0');
  std::size_t filled = 0;
  while (filled < body.size()) {
    const ssize_t count = ::read(descriptor, body.data() + filled, body.size() - filled);
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) {
      const int saved = errno;
      ::close(descriptor);
      return failed(core::FetchError::other, *path + ": " + std::strerror(saved));
    }
    if (count == 0) break;
    filled += static_cast<std::size_t>(count);
  }
  ::close(descriptor);
  if (filled > limits.max_bytes) {
    return failed(core::FetchError::too_large,
                  *path + " has more than " + std::to_string(limits.max_bytes) + " bytes");
  }
  body.resize(filled);
  response.outcome = FetchOutcome::document;
  response.body_bytes = filled;
  response.body = std::move(body);
  return response;
}

}  // namespace hgw::net
