#pragma once
// What the process does to itself before it reads a token: no core dump (and no
// ptrace or /proc/PID/mem by other processes of the same user), since a dump of
// the kiosk would hold the bearer token libcurl keeps in memory (SECURITY.md).

#include <string>

namespace hgw::platform {

// prctl(PR_SET_DUMPABLE, 0). Returns the problem, or an empty string.
std::string forbid_core_dumps();

// Whether the kernel would dump this process (PR_GET_DUMPABLE), for tests.
bool core_dumps_allowed();

}  // namespace hgw::platform
