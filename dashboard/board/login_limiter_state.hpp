#pragma once
// The login limiter's failures on disk (DATA/login-limiter.json), so a restart does
// not hand a locked-out guesser fresh tries. Times are stored as wall-clock
// milliseconds and read back relative to the steady clock of the new process.

#include <chrono>
#include <string>
#include <string_view>

#include "login_limiter.hpp"

namespace hgw::board {

using WallTime = std::chrono::system_clock::time_point;

std::string limiter_state_text(const LoginLimiter::Failures& failures, SteadyTime now,
                               WallTime wall_now);
// Unreadable or foreign text gives no failures: the limiter never stops the service.
LoginLimiter::Failures limiter_state_from_text(std::string_view text, SteadyTime now,
                                               WallTime wall_now);

}  // namespace hgw::board
