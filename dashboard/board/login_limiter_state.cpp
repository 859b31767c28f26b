#include "login_limiter_state.hpp"

#include <nlohmann/json.hpp>

namespace hgw::board {
namespace {

constexpr int kStateFormat = 1;

nlohmann::json wall_times(const std::deque<SteadyTime>& times, SteadyTime now, WallTime wall_now) {
  nlohmann::json list = nlohmann::json::array();
  for (const SteadyTime time : times) {
    const WallTime wall =
        wall_now - std::chrono::duration_cast<std::chrono::system_clock::duration>(now - time);
    list.push_back(
        std::chrono::duration_cast<std::chrono::milliseconds>(wall.time_since_epoch()).count());
  }
  return list;
}

std::deque<SteadyTime> steady_times(const nlohmann::json& list, SteadyTime now, WallTime wall_now) {
  std::deque<SteadyTime> times;
  if (!list.is_array()) return times;
  for (const auto& entry : list) {
    if (!entry.is_number_integer()) continue;
    const WallTime wall{std::chrono::milliseconds(entry.get<std::int64_t>())};
    // A clock set back must not make a failure count for longer than the window.
    if (wall > wall_now || wall_now - wall >= LoginLimiter::kWindow) continue;
    times.push_back(now - std::chrono::duration_cast<SteadyTime::duration>(wall_now - wall));
    if (times.size() > static_cast<std::size_t>(LoginLimiter::kMaxGlobalFailures)) break;
  }
  return times;
}

}  // namespace

std::string limiter_state_text(const LoginLimiter::Failures& failures, SteadyTime now,
                               WallTime wall_now) {
  nlohmann::json state{{"format", kStateFormat},
                       {"all", wall_times(failures.all, now, wall_now)},
                       {"by_key", nlohmann::json::object()}};
  for (const auto& [key, times] : failures.by_key)
    state["by_key"][key] = wall_times(times, now, wall_now);
  return state.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

LoginLimiter::Failures limiter_state_from_text(std::string_view text, SteadyTime now,
                                               WallTime wall_now) {
  LoginLimiter::Failures failures;
  const auto state = nlohmann::json::parse(text, nullptr, false);
  if (!state.is_object() || state.value("format", 0) != kStateFormat) return failures;
  failures.all = steady_times(state.value("all", nlohmann::json()), now, wall_now);
  const auto by_key = state.value("by_key", nlohmann::json());
  if (!by_key.is_object()) return failures;
  for (const auto& [key, list] : by_key.items()) {
    if (failures.by_key.size() >= LoginLimiter::kMaxAddresses) break;
    auto times = steady_times(list, now, wall_now);
    if (!times.empty()) failures.by_key[key] = std::move(times);
  }
  return failures;
}

}  // namespace hgw::board
