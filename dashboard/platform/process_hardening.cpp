#include "platform/process_hardening.hpp"

#include <sys/prctl.h>

#include <cerrno>
#include <cstring>

namespace hgw::platform {

std::string forbid_core_dumps() {
  if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
    return std::string("cannot forbid core dumps: ") + std::strerror(errno);
  }
  return {};
}

bool core_dumps_allowed() {
  return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 1;
}

}  // namespace hgw::platform
